namespace Clientele.Allocation.Tests;

public class OptionReaderTests
{
    [Fact]
    public void KindReader_SyntheticMenus_SameBitsAsColumnReader()
    {
        var table = OptionTable.Build(SyntheticAllocationProblem.Generate(500, 3), null, null);
        Assert.NotNull(table.Kinds);
        Assert.Equal(6, table.Kinds!.Count);
        Assert.Equal([0, 1, 2], table.Active);
        var random = new Random(5);
        for (int trial = 0; trial < 20; trial++)
        {
            double[] lambda = [random.NextDouble() * 2, random.NextDouble() * 80, random.NextDouble() * 30, trial % 2 == 0 ? 0 : random.NextDouble()];
            double[] direction = [random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5, 0];
            double[] price = [lambda[0] + 0.0, lambda[0] + lambda[2], lambda[0] + lambda[3]];
            double[] pull = [direction[0] + 0.0, direction[0] + direction[2], direction[0] + direction[3]];
            var columns = new ColumnReader(table, price, lambda[1], pull, direction[1]);
            var kinds = KindReader.For(table, table.Kinds, lambda, direction, new double[KindReader.RowsLength(table)]);
            for (int o = 0; o < table.OptionCount; o++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(columns.Reduced(o)), BitConverter.DoubleToInt64Bits(kinds.Reduced(o)));
                Assert.Equal(BitConverter.DoubleToInt64Bits(columns.Along(o)), BitConverter.DoubleToInt64Bits(kinds.Along(o)));
                for (int x = 0; x < 3; x++) Assert.Equal(columns.Use(x, o), kinds.Use(x, o));
                Assert.Equal(columns.Cost(o), kinds.Cost(o));
                Assert.Equal(columns.Hours(o), kinds.Hours(o));
                Assert.Equal(columns.Category(o), kinds.Category(o));
            }
        }
    }

    [Fact]
    public void KindReader_GiftAtHandPrices_ReducedValueByHand()
    {
        // One customer: none (0), gift (cost 40, 0.25 h, care, value 100). λ = budget 0.5, hours 20, care 1.5:
        // reduced = (100 − 40) − (0.5 + 1.5)·40 − 20·0.25 = 60 − 80 − 5 = −25; along d = (1, 0, 2): (1 + 2)·40 + 0 = 120.
        var p = new ColumnarAllocationProblem(1000, 10, [0, 2], [0, 40], [0, 0.25], [0, 100], [-1, 0], [500], ["care"]);
        var table = OptionTable.Build(p, null, null);
        var reader = KindReader.For(table, table.Kinds!, [0.5, 20, 1.5], [1, 0, 2], new double[KindReader.RowsLength(table)]);
        Assert.Equal(-25, reader.Reduced(1));
        Assert.Equal(120, reader.Along(1));
        Assert.Equal(0, reader.Reduced(0));
        Assert.Equal(0, reader.Category(1));
    }
}
