namespace Clientele.Allocation.Tests;

public class OptionKindsTests
{
    [Fact]
    public void Find_CatalogueMenus_NumbersKindsInOrderOfFirstAppearance()
    {
        // Three customers: none, greeting, gift; the third's gift costs 41 — a fourth kind.
        double[] cost = [0, 3, 40, 0, 3, 40, 0, 3, 41];
        double[] hours = [0, 0, 0.25, 0, 0, 0.25, 0, 0, 0.25];
        int[] category = [-1, 0, 0, -1, 0, 0, -1, 0, 0];
        var kinds = OptionKinds.Find(cost, hours, category, menuLength: 3)!;
        Assert.Equal([0, 1, 2, 0, 1, 2, 0, 1, 3], kinds.Of);
        Assert.Equal(4, kinds.Count);
        Assert.Equal([0, 3, 40, 41], kinds.Cost);
        Assert.Equal([0, 0, 0.25, 0.25], kinds.Hours);
        Assert.Equal([-1, 0, 0, 0], kinds.Category);
    }

    [Fact]
    public void Find_SameCostOtherCategoryOrHours_DifferentKinds()
    {
        double[] cost = [150, 150, 150, 150];
        double[] hours = [3, 3, 2, 3];
        int[] category = [1, 0, 1, 1];
        var kinds = OptionKinds.Find(cost, hours, category, menuLength: 1)!;
        Assert.Equal([0, 1, 2, 0], kinds.Of);
    }

    [Fact]
    public void Find_NegativeZeroCost_OwnKind()
    {
        // 0 and −0 compare equal but are different bits; a kind must reproduce each option's numbers exactly.
        double[] cost = [0.0, -0.0, 0.0];
        var kinds = OptionKinds.Find(cost, [0, 0, 0], [-1, -1, -1], menuLength: 1)!;
        Assert.Equal([0, 1, 0], kinds.Of);
        Assert.True(double.IsNegative(kinds.Cost[1]));
    }

    [Theory]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void Find_DistinctCosts_NullAbove256Kinds(int distinct, bool found)
    {
        var cost = Enumerable.Range(0, distinct).Select(c => (double)c).ToArray();
        var kinds = OptionKinds.Find(cost, new double[distinct], new int[distinct], menuLength: 6);
        Assert.Equal(found, kinds is not null);
        if (kinds is not null) Assert.Equal(255, kinds.Of[255]);
    }

    [Fact]
    public void Find_ParallelBlocks_SameNumberingAsSerial()
    {
        // Block 0 holds only kind A (cost 1); block 1 brings B (2), then A, then C (3); block 2 brings C and D (4).
        int total = 2 * OptionKinds.Block + 10;
        var cost = new double[total];
        Array.Fill(cost, 1);
        int b1 = OptionKinds.Block, b2 = 2 * OptionKinds.Block;
        cost[b1] = 2;
        cost[b1 + 2] = 3;
        cost[b2] = 3;
        cost[b2 + 5] = 4;
        var hours = new double[total];
        var category = new int[total];
        var serial = OptionKinds.Find(cost, hours, category, 6, parallel: false)!;
        var parallel = OptionKinds.Find(cost, hours, category, 6, parallel: true)!;
        Assert.Equal([1, 2, 3, 4], serial.Cost);
        Assert.Equal(serial.Cost, parallel.Cost);
        Assert.Equal(serial.Of, parallel.Of);
        Assert.Equal(1, parallel.Of[b1]);
        Assert.Equal(0, parallel.Of[b1 + 1]);
        Assert.Equal(2, parallel.Of[b2]);
        Assert.Equal(3, parallel.Of[b2 + 5]);
    }
}
