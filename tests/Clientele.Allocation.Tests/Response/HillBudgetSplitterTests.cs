using Clientele.Allocation.Response;

namespace Clientele.Allocation.Tests.Response;

public class HillBudgetSplitterTests
{
    [Fact]
    public void Split_TwoConcaveCurves_EqualMarginalReturnClosedForm()
    {
        // α = 1: f′(x) = βκ/(x + κ)², so 1000/(x1 + 10)² = 500/(x2 + 10)² ⇒ x1 + 10 = √2 (x2 + 10), x1 + x2 = 100.
        var split = HillBudgetSplitter.Split([new("a", new HillCurve(100, 1, 10)), new("b", new HillCurve(50, 1, 10))], 100);

        var x2 = (110 - 10 * Math.Sqrt(2)) / (1 + Math.Sqrt(2));
        Assert.Equal(100 - x2, split.Spend[0], 1e-6);
        Assert.Equal(x2, split.Spend[1], 1e-6);
        Assert.Equal(1000 / Math.Pow(110 - x2, 2), split.MarginalReturn, 1e-6);
        Assert.Equal(0, split.Unspent, 1e-9);
        Assert.True(split.IsExact);
    }

    [Fact]
    public void Split_MaximumBinds_RestGoesToTheOther()
    {
        var split = HillBudgetSplitter.Split(
            [new("a", new HillCurve(100, 1, 10), MaxSpend: 20), new("b", new HillCurve(50, 1, 10))], 100);

        Assert.Equal(20, split.Spend[0], 1e-9);
        Assert.Equal(80, split.Spend[1], 1e-6);
        Assert.Equal(500 / Math.Pow(90, 2), split.MarginalReturn, 1e-9);
    }

    [Fact]
    public void Split_MaximumsBelowBudget_ReportsUnspent()
    {
        var split = HillBudgetSplitter.Split(
            [new("a", new HillCurve(100, 1, 10), MaxSpend: 20), new("b", new HillCurve(50, 2, 10), MaxSpend: 30)], 100);

        Assert.Equal([20.0, 30.0], split.Spend);
        Assert.Equal(50, split.Unspent, 1e-9);
        Assert.Equal(0, split.MarginalReturn);
    }

    [Fact]
    public void Split_MinimumsAboveBudget_InfeasibleNamingTheShortfall()
    {
        var e = Assert.Throws<AllocationInfeasibleException>(() => HillBudgetSplitter.Split(
            [new("a", new HillCurve(100, 1, 10), MinSpend: 60), new("b", new HillCurve(50, 1, 10), MinSpend: 50)], 100));

        Assert.Equal("budget", e.Constraint);
        Assert.Equal(10, e.Shortfall, 1e-9);
    }

    [Fact]
    public void Split_SShapedSegment_EitherUnfundedOrPastItsInflection()
    {
        // A steep S-curve that saturates at 1000 around κ = 60 against a gentle concave one.
        var s = new HillCurve(1000, 4, 60);
        var split = HillBudgetSplitter.Split([new("s", s), new("c", new HillCurve(200, 1, 50))], 150);

        Assert.True(split.Spend[0] >= s.Inflection);
        Assert.Equal(s.Marginal(split.Spend[0]), split.MarginalReturn, 1e-6);
        Assert.Equal(new HillCurve(200, 1, 50).Marginal(split.Spend[1]), split.MarginalReturn, 1e-6);
    }

    [Fact]
    public void Split_BudgetBelowTheOnlyInflection_SpendsItAllBelowTheInflection()
    {
        // x* = 100·(2/4)^(1/3) ≈ 79; 30 cannot reach it, but spending it still beats leaving it unspent.
        var split = HillBudgetSplitter.Split([new("s", new HillCurve(100, 3, 100))], 30);

        Assert.Equal(30, split.Spend[0], 1e-9);
        Assert.Equal(100 * 0.027 / 1.027, split.TotalResponse, 1e-9);
    }

    [Fact]
    public void Split_ManySShapedSegments_LocalSearchBeatsAnEvenSplit()
    {
        var random = new Random(7);
        var segments = Enumerable.Range(0, 14).Select(i => new SegmentResponse(
            "s" + i, new HillCurve(10 + 990 * random.NextDouble(), 1.5 + 2.5 * random.NextDouble(), 50 + 400 * random.NextDouble()))).ToArray();

        var split = HillBudgetSplitter.Split(segments, 2000);

        Assert.False(split.IsExact);
        Assert.Equal(2000, split.TotalSpend, 1e-6);
        Assert.True(split.TotalResponse > segments.Sum(s => s.Curve.Value(2000.0 / 14)), $"{split.TotalResponse} vs {segments.Sum(s => s.Curve.Value(2000.0 / 14))}: {string.Join(", ", split.Spend.Select((x, i) => $"{x:F0}/{segments[i].Curve.Inflection:F0}/{segments[i].Curve.Beta:F0}"))}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Split_LocalSearch_WithinOnePercentOfEnumeration(int seed)
    {
        var random = new Random(seed);
        var segments = Enumerable.Range(0, 8).Select(i => new SegmentResponse(
            "s" + i, new HillCurve(10 + 990 * random.NextDouble(), 1.2 + 2.8 * random.NextDouble(), 20 + 500 * random.NextDouble()))).ToArray();

        var exact = HillBudgetSplitter.Split(segments, 1500);
        var local = HillBudgetSplitter.Split(segments, 1500, maxEnumerated: 0);

        Assert.True(exact.IsExact);
        Assert.False(local.IsExact);
        Assert.True(local.TotalResponse >= 0.99 * exact.TotalResponse, $"local {local.TotalResponse} vs enumerated {exact.TotalResponse}");
    }

    private const int Seeds = 40;

    public static TheoryData<int, int> Instances()
    {
        var data = new TheoryData<int, int>();
        for (var seed = 1; seed <= Seeds; seed++) data.Add(seed, 2 + seed % 2);
        for (var seed = Seeds + 1; seed <= Seeds + 6; seed++) data.Add(seed, 4);
        return data;
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void Split_RandomInstance_AtLeastTheFineGridBest(int seed, int count)
    {
        var random = new Random(seed);
        const double budget = 1000;
        var segments = new SegmentResponse[count];
        for (var i = 0; i < count; i++)
        {
            var curve = new HillCurve(10 + 990 * random.NextDouble(), 0.4 + 3.6 * random.NextDouble(), 20 + 780 * random.NextDouble());
            var bounded = random.NextDouble() < 0.3;
            segments[i] = new SegmentResponse(
                "s" + i, curve, bounded ? 100 * random.NextDouble() : 0, bounded ? 200 + 600 * random.NextDouble() : double.PositiveInfinity);
        }

        var split = HillBudgetSplitter.Split(segments, budget);
        // A 1000-step grid for 2–3 segments; 400 steps keep the 4-segment grid (≈ 10⁷ points) quick.
        var gridBest = GridBest(segments, budget, count == 4 ? 400 : 1000);

        Assert.True(split.TotalResponse >= gridBest - 1e-6 * gridBest, $"split {split.TotalResponse} at [{string.Join(", ", split.Spend)}] < grid {gridBest}; segments {string.Join("; ", segments.Select(s => $"β={s.Curve.Beta} α={s.Curve.Alpha} κ={s.Curve.Kappa} [{s.MinSpend}, {s.MaxSpend}] x*={s.Curve.Inflection}"))}");
        Assert.True(split.TotalSpend <= budget * (1 + 1e-12));
        for (var i = 0; i < count; i++)
        {
            Assert.InRange(split.Spend[i], segments[i].MinSpend - 1e-9, segments[i].MaxSpend + 1e-9);
        }
    }

    /// <summary>The best Σ f_i(x_i) over spends on the grid k·budget/steps that respect the bounds.</summary>
    private static double GridBest(SegmentResponse[] segments, double budget, int steps)
    {
        var step = budget / steps;
        var tables = segments.Select(s => Enumerable.Range(0, steps + 1).Select(k =>
        {
            var x = k * step;
            return x < s.MinSpend - 1e-9 ? double.NegativeInfinity : s.Curve.Value(Math.Min(x, s.MaxSpend));
        }).ToArray()).ToArray();
        var best = double.NegativeInfinity;
        switch (segments.Length)
        {
            case 2:
                for (var a = 0; a <= steps; a++) best = Math.Max(best, tables[0][a] + tables[1][steps - a]);
                break;
            case 3:
                for (var a = 0; a <= steps; a++)
                for (var b = 0; a + b <= steps; b++) best = Math.Max(best, tables[0][a] + tables[1][b] + tables[2][steps - a - b]);
                break;
            default:
                for (var a = 0; a <= steps; a++)
                for (var b = 0; a + b <= steps; b++)
                {
                    var ab = tables[0][a] + tables[1][b];
                    for (var c = 0; a + b + c <= steps; c++) best = Math.Max(best, ab + tables[2][c] + tables[3][steps - a - b - c]);
                }

                break;
        }

        return best;
    }
}
