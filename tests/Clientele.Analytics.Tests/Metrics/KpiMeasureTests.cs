using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.Tests.Metrics;

/// <summary>Every relationship KPI against the hand-computed values of <see cref="MetricsFixture"/> (see its comments).</summary>
public class KpiMeasureTests
{
    private static KpiSet All(MetricsData data) => KpiCalculator.Compute(data, MetricsFixture.January, CustomerGrouping.All(data), detail: true)[0];

    [Fact]
    public void Compute_Fixture_MatchesHandComputedValues()
    {
        var k = All(MetricsFixture.Build());
        Assert.Equal(4, k.ActiveCustomers);
        Assert.Equal(550, k.Revenue, 9);
        Assert.Equal(5, k.Orders);
        Assert.Equal(225, k.GrossMargin.Value!.Value, 9); // 100 + 75 + 20 + 30
        Assert.Equal(25, k.Nps.Value!.Value, 9); // promoters A, E; detractor D; 100 × (2 − 1) / 4
        Assert.Equal(3.5, k.Csat.Value!.Value, 9); // (5 + 3 + 2 + 4) / 4
        Assert.Equal(5, k.CsatScale);
        Assert.Equal(0.75, k.ComplaintRate.Value!.Value, 9); // 3 complaints in January / 4 active
        Assert.Equal(0.25, k.RepeatPurchaseRate.Value!.Value, 9); // only A bought on 2 days
        Assert.Equal(110, k.AverageOrderValue.Value!.Value, 9); // 550 / 5 orders
        Assert.Equal(1.25, k.PurchaseFrequency.Value!.Value, 9); // 5 purchase days / 4 active
        Assert.Equal(1.0 / 3, k.ChurnRate.Value!.Value, 9); // December A, B, D; B gone
        Assert.Equal(2.0 / 3, k.RetentionRate.Value!.Value, 9);
        Assert.Equal(1.0 / 3, k.ConversionRate.Value!.Value, 9); // created in January L1 (won), L3, L4
        Assert.Equal(17, k.SalesCycleDays.Value!.Value, 9); // won in January: L1 8 days, L2 26 days
        Assert.Equal(250.0 / 550, k.Top20Share.Value!.Value, 9); // ⌈0.2 · 4⌉ = 1 customer: A 250
        Assert.Equal(1.5 / Math.Sqrt(5 * 0.75), k.SatisfactionRepeatCorrelation.Value!.Value, 9); // x = 5, 3, 2, 4; y = 1, 0, 0, 0
        Assert.Equal(new Dictionary<string, double> { ["delivery"] = 3, ["quality"] = 4 }, k.SatisfactionByDimension);
    }

    [Fact]
    public void Compute_Fixture_ParetoKeyAccountsAndCohorts()
    {
        var k = All(MetricsFixture.Build());
        Assert.Equal(101, k.ParetoCurve.Count);
        Assert.Equal(0, k.ParetoCurve[0].RevenueShare);
        Assert.Equal(400.0 / 550, k.ParetoCurve[50].RevenueShare, 9); // ⌈0.5 · 4⌉ = 2: A 250 + C 150
        Assert.Equal(550.0 / 550, k.ParetoCurve[100].RevenueShare, 9);

        // Cumulative 250 (45%), 400 (73%), 500 (91%): three customers reach 80%.
        Assert.Equal(["A", "C", "E"], k.KeyAccounts!.CustomerIds);
        Assert.Equal(0.75, k.KeyAccounts.CustomerShare, 9);
        Assert.Equal(500.0 / 550, k.KeyAccounts.RevenueShare, 9);

        // C and E were acquired in January and both bought in it.
        var cohort = Assert.Single(k.Cohorts);
        Assert.Equal(("2025-01", 2), (cohort.Month, cohort.Customers));
        Assert.Equal([1.0], cohort.Retention);
    }

    [Fact]
    public void CohortRetention_TwoMonths_SharesPerMonthSinceAcquisition()
    {
        // Over December–January: cohort 2024-12 is empty (nobody acquired then), 2025-01 as above.
        var data = MetricsFixture.Build();
        var rows = CohortRetention.Compute(data, new MetricPeriod(new DateOnly(2024, 12, 1), new DateOnly(2025, 1, 31)), CustomerGrouping.All(data), 0);
        var row = Assert.Single(rows);
        Assert.Equal("2025-01", row.Month);
        Assert.Equal([1.0], row.Retention);
    }

    [Fact]
    public void Compute_NoSurveys_NullWithReason()
    {
        var k = All(MetricsFixture.Build(withSurveys: false));
        Assert.Null(k.Nps.Value);
        Assert.Equal("no survey responses with an NPS answer in the period", k.Nps.Reason);
        Assert.Null(k.Csat.Value);
        Assert.NotNull(k.Csat.Reason);
        Assert.Equal("fewer than 3 customers with a satisfaction score in the period", k.SatisfactionRepeatCorrelation.Reason);
        Assert.Empty(k.SatisfactionByDimension);
    }

    [Fact]
    public void Compute_NoMarginRate_MarginUnknownWithReason()
    {
        // C's rows carry no margin and there is no rate to value them with.
        var k = All(MetricsFixture.Build(marginRate: null));
        Assert.Null(k.GrossMargin.Value);
        Assert.Equal(GrossMargin.UnknownReason, k.GrossMargin.Reason);
    }

    [Fact]
    public void Compute_EmptyPeriod_RatesNullWithReasons()
    {
        var data = MetricsFixture.Build();
        var k = KpiCalculator.Compute(data, new MetricPeriod(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 31)), CustomerGrouping.All(data), detail: true)[0];
        Assert.Equal(0, k.ActiveCustomers);
        Assert.Equal(Active.NoneReason, k.RepeatPurchaseRate.Reason);
        Assert.Equal("no orders in the period", k.AverageOrderValue.Reason);
        Assert.StartsWith("no customer was active in the preceding period", k.ChurnRate.Reason);
        Assert.Equal(k.ChurnRate.Reason, k.RetentionRate.Reason);
        Assert.Equal("no leads created in the period", k.ConversionRate.Reason);
        Assert.Equal("no customer had positive revenue in the period", k.Top20Share.Reason);
        Assert.Empty(k.ParetoCurve);
        Assert.Null(k.KeyAccounts);
    }

    [Fact]
    public void Compute_ByRegion_GroupsByLabelWithNoneLast()
    {
        var data = MetricsFixture.Build();
        var sets = KpiCalculator.Compute(data, MetricsFixture.January, CustomerGrouping.By(data, Dimension.Region), detail: false);
        Assert.Equal(["East", "West", "(none)"], sets.Select(s => s.Group));
        var east = sets[0];
        Assert.Equal(2, east.ActiveCustomers); // A, C
        Assert.Equal(0.5, east.RepeatPurchaseRate.Value!.Value, 9);
        Assert.Equal(0, east.ChurnRate.Value!.Value, 9); // December: A only, still active
        Assert.Equal(50, east.Nps.Value!.Value, 9); // A 10 (promoter), C 7 (passive)
        var west = sets[1];
        Assert.Equal(0.5, west.ChurnRate.Value!.Value, 9); // December: B, D; B gone
        Assert.Equal(-100, west.Nps.Value!.Value, 9); // D 3
        Assert.StartsWith("lost and open leads have no customer", east.ConversionRate.Reason);
        Assert.Equal(8, east.SalesCycleDays.Value!.Value, 9); // L1 won with C
    }

    [Fact]
    public void Compute_ByChannel_LeadsBySourceChannel()
    {
        var data = MetricsFixture.Build();
        var sets = KpiCalculator.Compute(data, MetricsFixture.January, CustomerGrouping.By(data, Dimension.Channel), detail: false).ToDictionary(s => s.Group);
        Assert.Equal(0.5, sets["online"].ConversionRate.Value!.Value, 9); // L1 won, L3 lost
        Assert.Equal(0, sets["direct"].ConversionRate.Value!.Value, 9); // L4 open
        Assert.Equal("no leads created in the period", sets["referral"].ConversionRate.Reason); // L2 created in December
    }

    [Fact]
    public void ComputeOverTime_ByMonth_OneSetPerMonthWithItsOwnPrecedingPeriod()
    {
        var data = MetricsFixture.Build();
        var sets = KpiCalculator.ComputeOverTime(data, new MetricPeriod(new DateOnly(2024, 12, 1), new DateOnly(2025, 1, 31)), Dimension.Month);
        Assert.Equal(["2024-12", "2025-01"], sets.Select(s => s.Group));
        Assert.Equal(3, sets[0].ActiveCustomers);
        Assert.Equal(4, sets[1].ActiveCustomers);
        Assert.Equal(1.0 / 3, sets[1].ChurnRate.Value!.Value, 9);
        Assert.StartsWith("no customer was active in the preceding period", sets[0].ChurnRate.Reason); // November is empty
    }
}
