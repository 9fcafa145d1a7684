using Clientele.Analytics.ChurnRisk;
using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.Tests.ChurnRisk;

public class ChurnRiskListTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);
    private static readonly DateOnly PreviousAsOf = new(2025, 6, 30);

    // c1: rhythm 84 / 4 = 21 days, last purchase 152 − 84 = 68 days ago (2025-10-24), so 68 − 21 = 47 days overdue.
    private static readonly ChurnCustomerFacts C1 = new(
        "c1", 1000, 0.41, 0.92, 4, 84, 152,
        new SatisfactionReading(new(2025, 11, 1), 5, 10), new SatisfactionReading(new(2025, 5, 1), 9, 10),
        2, new DateOnly(2025, 11, 27), new CustomerProfile("At risk", "D1", "East", "retail", "small", "dealer"));

    private static readonly ChurnCustomerFacts C2 = new("c2", 2000, 0.95, 0.97, 10, 100, 112, Profile: new CustomerProfile(Region: "East"));
    private static readonly ChurnCustomerFacts C3 = new("c3", 400, 0.30, null, 1, 30, 200, OpenComplaints: 1, OldestOpenComplaint: new DateOnly(2025, 12, 1), Profile: new CustomerProfile(Region: "North"));
    private static readonly ChurnCustomerFacts C4 = new("c4", double.NaN, double.NaN, null, 0, 0, 10);
    private static readonly ChurnCustomerFacts C5 = new("c5", 50, 0.0, 0.2, 0, 0, 400);

    private static readonly ChurnCustomerFacts[] Customers = [C1, C2, C3, C4, C5];

    [Fact]
    public void Build_FiveCustomers_RankedByClvTimesOneMinusPAliveWithHandComputedTotals()
    {
        var report = ChurnRiskList.Build(Customers, AsOf, PreviousAsOf, top: 3);

        // Value at risk: c1 1000 × 0.59 = 590, c3 400 × 0.7 = 280, c2 2000 × 0.05 = 100, c5 50 × 1 = 50; c4 has no prediction.
        Assert.Equal(["c1", "c3", "c2"], report.Entries.Select(e => e.CustomerId));
        Assert.Equal([1, 2, 3], report.Entries.Select(e => e.Rank));
        Assert.Equal(590, report.Entries[0].ValueAtRisk, 9);
        Assert.Equal(280, report.Entries[1].ValueAtRisk, 9);
        Assert.Equal(100, report.Entries[2].ValueAtRisk, 9);
        Assert.Equal(1000 / 0.41, report.Entries[0].ValueIfAlive!.Value, 9);
        Assert.Equal(68, report.Entries[0].DaysSinceLastPurchase);
        Assert.Equal((5, 4, 3450.0, 1020.0), (report.Customers, report.Scored, report.TotalClv, Math.Round(report.TotalValueAtRisk, 9)));
        Assert.Empty(report.Groups);
    }

    [Fact]
    public void Build_CustomerWithEveryWarning_StatesFourReasonsInWords()
    {
        var entry = ChurnRiskList.Build(Customers, AsOf, PreviousAsOf, top: 1).Entries[0];

        Assert.Equal(
            [
                "P(alive) fell from 0.92 to 0.41 since the analysis of 2025-06-30",
                "overdue by 47 days against its own rhythm of one purchase every 21 days",
                "satisfaction fell from 9 to 5 (of 10)",
                "2 open complaints (oldest 34 days)",
            ],
            entry.Reasons.Select(r => r.Text));
        Assert.Equal(
            [ChurnReasonKind.ProbabilityAliveFell, ChurnReasonKind.PurchaseOverdue, ChurnReasonKind.SatisfactionFell, ChurnReasonKind.OpenComplaints],
            entry.Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void Build_NoPreviousSnapshotLowPAliveOneComplaint_LowPAliveAndComplaintReasons()
    {
        var entry = ChurnRiskList.Build(Customers, AsOf, null, top: 2).Entries[1];

        Assert.Equal("c3", entry.CustomerId);
        Assert.Equal(["P(alive) is only 0.30 as of 2025-12-31", "1 open complaint (30 days old)"], entry.Reasons.Select(r => r.Text));
    }

    [Fact]
    public void Build_PAliveZero_ValueIfAliveNullAndWholeClvAtRisk()
    {
        var entry = ChurnRiskList.Build(Customers, AsOf, PreviousAsOf, top: 10).Entries.Single(e => e.CustomerId == "c5");

        Assert.Null(entry.ValueIfAlive);
        Assert.Equal(50, entry.ValueAtRisk);
        Assert.Equal(4, entry.Rank);
    }

    [Theory]
    [InlineData(4, 84, 84 + 42, "overdue by 21 days against its own rhythm of one purchase every 21 days")] // exactly two gaps
    [InlineData(4, 84, 84 + 41, null)]                                                                     // not yet two gaps
    [InlineData(10, 30, 30 + 9, null)]                                                                     // 3 × 3 days, but only 6 days over
    [InlineData(10, 30, 30 + 10, "overdue by 7 days against its own rhythm of one purchase every 3 days")]
    [InlineData(1, 84, 84 + 400, null)]                                                                    // one gap is no rhythm
    public void Reasons_DaysSinceLastPurchase_OverdueOnlyByTheStatedRule(int x, int recencyDays, int ageDays, string? expected)
    {
        var customer = new ChurnCustomerFacts("c", 100, 0.9, null, x, recencyDays, ageDays);

        var reasons = ChurnRiskList.Reasons(customer, AsOf, null, ChurnRiskRules.Default);

        Assert.Equal(expected, reasons.SingleOrDefault(r => r.Kind == ChurnReasonKind.PurchaseOverdue)?.Text);
    }

    [Theory]
    [InlineData(0.60, 0.50, "P(alive) fell from 0.60 to 0.50 since the analysis of 2025-06-30")]
    [InlineData(0.59, 0.50, null)]
    [InlineData(0.50, 0.45, "P(alive) is only 0.45 as of 2025-12-31")]
    public void Reasons_PAliveChange_FellAtATenthOrLowBelowHalf(double before, double now, string? expected)
    {
        var customer = new ChurnCustomerFacts("c", 100, now, before, 0, 0, 10);

        var reasons = ChurnRiskList.Reasons(customer, AsOf, PreviousAsOf, ChurnRiskRules.Default);

        Assert.Equal(expected, reasons.SingleOrDefault()?.Text);
    }

    [Theory]
    [InlineData(4, 5, 6, 10, "satisfaction fell from 4 of 5 to 6 of 10")] // 0.8 → 0.6 of the scale
    [InlineData(9, 10, 8, 10, "satisfaction fell from 9 to 8 (of 10)")]   // exactly a tenth of the scale
    [InlineData(5, 5, 4.6, 5, null)]                                     // 0.08 of the scale
    [InlineData(3, 5, 4, 5, null)]                                       // rose
    public void Reasons_SatisfactionAnswers_FellByATenthOfTheScale(double previous, int previousScale, double latest, int latestScale, string? expected)
    {
        var customer = new ChurnCustomerFacts(
            "c", 100, 0.9, null, 0, 0, 10,
            new SatisfactionReading(new(2025, 12, 1), (decimal)latest, latestScale), new SatisfactionReading(new(2025, 1, 1), (decimal)previous, previousScale));

        var reasons = ChurnRiskList.Reasons(customer, AsOf, null, ChurnRiskRules.Default);

        Assert.Equal(expected, reasons.SingleOrDefault()?.Text);
    }

    [Fact]
    public void Build_ByRegion_ValueAtRiskSummedPerRegionLargestFirst()
    {
        var groups = ChurnRiskList.Build(Customers, AsOf, PreviousAsOf, top: 0, Dimension.Region).Groups;

        Assert.Equal(["East", "North", "(none)"], groups.Select(g => g.Key));
        Assert.Equal((2, 3000.0, 690.0), (groups[0].Customers, groups[0].Clv, Math.Round(groups[0].ValueAtRisk, 9)));
        Assert.Equal(690.0 / 1020.0, groups[0].Share!.Value, 9);
        Assert.Equal(280, groups[1].ValueAtRisk, 9);
        Assert.Equal(50, groups[2].ValueAtRisk, 9);
    }

    [Fact]
    public void Build_ByTier_TopFivePercentByClvGold()
    {
        // n = 4 customers with a CLV (c4 has none): gold = ⌈0.2⌉ = 1 customer (c2, the largest CLV), gold or silver = ⌈0.8⌉ = 1, so no silver.
        var groups = ChurnRiskList.Build(Customers, AsOf, PreviousAsOf, top: 0, Dimension.Tier).Groups;

        Assert.Equal([("standard", 3, 920.0), ("gold", 1, 100.0)], groups.Select(g => (g.Key, g.Customers, Math.Round(g.ValueAtRisk, 9))));
    }

    [Theory]
    [InlineData(Dimension.Month, "2025-10")]
    [InlineData(Dimension.Quarter, "2025-Q4")]
    [InlineData(Dimension.Year, "2025")]
    [InlineData(Dimension.Segment, "At risk")]
    [InlineData(Dimension.Dealer, "D1")]
    [InlineData(Dimension.Channel, "dealer")]
    public void Build_ByDimension_KeyOfTheLastPurchaseOrProfile(Dimension dimension, string key)
    {
        var groups = ChurnRiskList.Build([C1], AsOf, PreviousAsOf, top: 0, dimension).Groups;

        Assert.Equal(key, Assert.Single(groups).Key);
    }

    [Fact]
    public void Build_NegativeTopOrPreviousNotBefore_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ChurnRiskList.Build(Customers, AsOf, null, top: -1));
        Assert.Throws<ArgumentException>(() => ChurnRiskList.Build(Customers, AsOf, AsOf, top: 1));
    }
}
