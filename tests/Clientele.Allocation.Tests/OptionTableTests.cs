namespace Clientele.Allocation.Tests;

public class OptionTableTests
{
    [Fact]
    public void Build_ParallelWithSeveralBadCustomers_ThrowsTheFirstInCustomerOrder()
    {
        // Errors in three different validation blocks; the first in customer order must win, as in a serial check.
        var p = SyntheticAllocationProblem.Generate(60_000, 2);
        var cost = (double[])p.Cost.Clone();
        var value = (double[])p.Value.Clone();
        cost[6 * 50_000 + 2] = double.NaN;
        value[6 * 40_000 + 4] = double.PositiveInfinity;
        cost[6 * 20_000 + 3] = -5;
        var bad = p with { Cost = cost, Value = value };
        var parallel = Assert.Throws<ArgumentException>(() => OptionTable.Build(bad, null, null, parallel: true));
        var serial = Assert.Throws<ArgumentException>(() => OptionTable.Build(bad, null, null, parallel: false));
        Assert.StartsWith("Customer #20000, option #3: cost is -5", parallel.Message);
        Assert.Equal(serial.Message, parallel.Message);
    }

    [Fact]
    public void Build_ParallelTierWithoutOptionAfterBadNumber_ThrowsTheEarlierCustomer()
    {
        // Customer 30,000 has no option its tier allows (an AllocationInfeasibleException); customer 45,000 a NaN hour.
        var p = SyntheticAllocationProblem.Generate(50_000, 4);
        var tier = new int[p.CustomerCount];
        Array.Fill(tier, -1);
        tier[30_000] = 0;
        var hours = (double[])p.Hours.Clone();
        hours[6 * 45_000 + 1] = double.NaN;
        var bad = p with { Hours = hours, Tier = tier, TierRules = [new TierRule(MinCost: 5_000)], TierNames = ["vip"] };
        var e = Assert.Throws<AllocationInfeasibleException>(() => OptionTable.Build(bad, null, null, parallel: true));
        Assert.Equal("tier:vip", e.Constraint);
        Assert.Equal(4_100, e.Shortfall, 9);
        Assert.StartsWith("tier vip: customer #30000 has no option with cost in [5,000, ∞]", e.Message);
    }

    [Fact]
    public void Build_ParallelAndSerial_SameSummaries()
    {
        var p = SyntheticAllocationProblem.Generate(70_000, 6);
        var a = OptionTable.Build(p, null, null, parallel: true);
        var b = OptionTable.Build(p, null, null, parallel: false);
        Assert.Equal(b.MinUsage, a.MinUsage);
        Assert.Equal(b.MaxUsage, a.MaxUsage);
        Assert.Equal(BitConverter.DoubleToInt64Bits(b.NetSpread), BitConverter.DoubleToInt64Bits(a.NetSpread));
        Assert.Equal(b.Kinds!.Of, a.Kinds!.Of);
        Assert.Equal(b.Active, a.Active);
    }

    [Fact]
    public void Summarize_TwoCustomers_UsageAndSpreadByHand()
    {
        // c0: none, gift (40, 0.25 h, care, value 100); c1: none, visit (150, 3 h, service, value 120).
        // Min use: all 0 (none). Max: budget 40 + 150, hours 0.25 + 3, care 40, service 150. Spread: (60 − 0) + (0 − (−30)) = 90 → 45.
        var p = new ColumnarAllocationProblem(100, 2, [0, 2, 4], [0, 40, 0, 150], [0, 0.25, 0, 3], [0, 100, 0, 120], [-1, 0, -1, 1], [30, 200], ["care", "service"]);
        var t = OptionTable.Build(p, null, null);
        Assert.Equal([0, 0, 0, 0], t.MinUsage);
        Assert.Equal([190, 3.25, 40, 150], t.MaxUsage);
        Assert.Equal(45, t.NetSpread);
        Assert.Equal([0, 1, 2], t.Active);
    }
}
