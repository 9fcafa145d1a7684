using Clientele.Analytics.Metrics;
using Clientele.Domain;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

/// <summary>
/// Reading the measures' data from a store, against SQLite and PostgreSQL: the SQL aggregation must give the same
/// numbers as aggregating the same entities in memory, and the hand-computed values. The company is the one of the
/// analytics fixture (Clientele.Analytics.Tests/Metrics/MetricsFixture.cs): January 2025, five customers; here E has
/// no acquired-on day (its first purchase, 2025-01-25, stands in), D is in the control group by attribute, and the
/// margin rate is the store's: Σ margin / Σ amount of the rows with a margin up to the period end = 201 / 1529.
/// </summary>
public abstract class MetricsStoreTests
{
    private static readonly MetricPeriod January = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31));
    private const double Rate = 201.0 / 1529; // every stored row with a margin up to the period end, t0 included

    protected abstract ITestDatabase CreateDatabase();

    private static readonly Customer[] Customers =
    [
        new("A", Industry: "Food", Size: SizeClass.Large, Region: "East", AcquisitionChannel: "direct", DealerId: "D1", AcquiredOn: new DateOnly(2024, 6, 1)),
        new("B", Industry: "Food", Size: SizeClass.Small, Region: "West", AcquisitionChannel: "online", DealerId: "D1", AcquiredOn: new DateOnly(2024, 7, 1)),
        new("C", Industry: "Tech", Size: SizeClass.Small, Region: "East", AcquisitionChannel: "online", AcquiredOn: new DateOnly(2025, 1, 10)),
        new("D", Size: SizeClass.Medium, Region: "West", AcquisitionChannel: "direct", DealerId: "D2", AcquiredOn: new DateOnly(2024, 5, 1),
            Attributes: new Dictionary<string, string> { ["group"] = "Control" }),
        new("E", AcquisitionChannel: "referral"),
    ];

    private static TransactionRecord T(string id, string customer, int y, int m, int d, decimal amount, decimal? margin, string? order = null) =>
        new(id, customer, new DateOnly(y, m, d), amount, margin, OrderId: order);

    private static readonly TransactionRecord[] Transactions =
    [
        T("t0", "A", 2024, 10, 1, 999, 1), // before the window: not read
        T("t1", "A", 2024, 12, 5, 100, 40), T("t2", "B", 2024, 12, 10, 50, null), T("t3", "D", 2024, 12, 15, 30, 10),
        T("t4", "A", 2025, 1, 5, 100, 40, "O1"), T("t5", "A", 2025, 1, 5, 50, 20, "O1"), T("t6", "A", 2025, 1, 20, 100, 40, "O2"),
        T("t7", "C", 2025, 1, 10, 200, null), T("t8", "C", 2025, 1, 12, -50, null), T("t9", "D", 2025, 1, 15, 50, 20), T("t10", "E", 2025, 1, 25, 100, 30),
    ];

    private static readonly Interaction[] Interactions =
    [
        new("x1", "A", new DateOnly(2025, 1, 7), InteractionKind.Complaint), new("x2", "C", new DateOnly(2025, 1, 11), InteractionKind.Complaint),
        new("x3", "C", new DateOnly(2025, 1, 11), InteractionKind.Complaint), new("x4", "B", new DateOnly(2024, 12, 20), InteractionKind.Complaint),
        new("x5", "A", new DateOnly(2025, 1, 3), InteractionKind.CampaignTouch), new("x6", "D", new DateOnly(2025, 1, 4), InteractionKind.CampaignTouch),
        new("x7", "E", new DateOnly(2025, 1, 26), InteractionKind.Visit),
    ];

    private static SurveyResponse S(string id, string customer, int y, int m, int d, int nps, decimal satisfaction, params (string, decimal)[] dims) =>
        new(id, customer, new DateOnly(y, m, d), nps, satisfaction, 5, dims.ToDictionary(x => x.Item1, x => x.Item2));

    private static readonly SurveyResponse[] Surveys =
    [
        S("s1", "A", 2025, 1, 8, 10, 5, ("quality", 5), ("delivery", 4)), S("s2", "C", 2025, 1, 15, 7, 3, ("quality", 3)),
        S("s3", "D", 2025, 1, 16, 3, 2, ("delivery", 2)), S("s4", "E", 2025, 1, 26, 9, 4), S("s5", "B", 2024, 12, 20, 0, 1),
    ];

    private static readonly Lead[] Leads =
    [
        new("L1", new DateOnly(2025, 1, 2), "C", "online", new DateOnly(2025, 1, 10), LeadOutcome.Won),
        new("L2", new DateOnly(2024, 12, 25), "E", "referral", new DateOnly(2025, 1, 20), LeadOutcome.Won),
        new("L3", new DateOnly(2025, 1, 5), null, "online", new DateOnly(2025, 1, 15), LeadOutcome.Lost),
        new("L4", new DateOnly(2025, 1, 6), null, "direct"),
        new("L5", new DateOnly(2024, 10, 1), null, "direct", new DateOnly(2024, 10, 10), LeadOutcome.Lost),
    ];

    private static Investment I(string id, int y, int m, int d, decimal amount, CostCategory category, LifecycleStage stage, InvestmentTargetKind kind = InvestmentTargetKind.Overhead, string? target = null) =>
        new(id, new DateOnly(y, m, d), amount, category, stage, kind, target);

    private static readonly Investment[] Investments =
    [
        I("I0", 2024, 12, 31, 500, CostCategory.People, LifecycleStage.Retention),
        I("I1", 2025, 1, 31, 1000, CostCategory.People, LifecycleStage.Retention),
        I("I2", 2025, 1, 15, 200, CostCategory.MarketingPromotion, LifecycleStage.Acquisition),
        I("I3", 2025, 1, 20, 100, CostCategory.CustomerService, LifecycleStage.Retention, InvestmentTargetKind.Customer, "A"),
        I("I4", 2025, 1, 10, 300, CostCategory.ChannelPartner, LifecycleStage.Retention, InvestmentTargetKind.Dealer, "D1"),
        I("I5", 2025, 1, 5, 60, CostCategory.MarketingPromotion, LifecycleStage.Retention, InvestmentTargetKind.Campaign, "CMP-1"),
        I("I6", 2025, 1, 12, 40, CostCategory.MarketingPromotion, LifecycleStage.Acquisition, InvestmentTargetKind.Campaign, "CMP-2"),
        I("I7", 2025, 3, 1, 777, CostCategory.Other, LifecycleStage.Retention), // after the window: not read
    ];

    private static ClienteleStore Filled(ITestDatabase db, bool snapshot)
    {
        var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers(Customers);
        store.InsertTransactions(Transactions);
        store.InsertInteractions(Interactions);
        store.InsertSurveyResponses(Surveys);
        store.InsertLeads(Leads);
        store.InsertInvestments(Investments);
        if (snapshot)
        {
            (string Id, string Segment, double Clv)[] rows = [("A", "Champions", 100), ("B", "Lost", 50), ("C", "New", 10), ("D", "Lost", 5)];
            store.SaveAnalysisSnapshot("run-1", January.To, TimeUnit.Week, null,
                rows.Select(r => new AnalysisResult(r.Id, 0, 0, 1, 0, 0m, 1, 1, 1, 3, r.Segment, 0.5, 1, 1, r.Clv)));
        }

        return store;
    }

    [Fact]
    public void ReadMetricsData_Fixture_HandComputedKpis()
    {
        using var db = CreateDatabase();
        using var store = Filled(db, snapshot: true);
        var data = store.ReadMetricsData(January);
        Assert.Equal(Rate, data.MarginRate!.Value, 12);
        Assert.Equal(new DateOnly(2025, 1, 25).DayNumber, data.Customers.AcquiredDay[4]); // first purchase stands in
        Assert.Equal([false, false, false, true, false], data.Customers.InControlGroup.ToArray());
        Assert.Equal(9, data.Days.Count); // 3 in December, 6 in January (A's two O1 lines are one day); t0 is before the window
        Assert.Equal(4, data.Leads.Count); // L5 neither created nor closed in the window
        Assert.Equal(7, data.Investments.Count); // I7 after the window

        var k = KpiCalculator.Compute(data, January, CustomerGrouping.All(data), detail: true)[0];
        Assert.Equal((4, 550.0, 5), (k.ActiveCustomers, k.Revenue, k.Orders));
        Assert.Equal(100 + 150 * Rate + 20 + 30, k.GrossMargin.Value!.Value, 9);
        Assert.Equal(25, k.Nps.Value!.Value, 9);
        Assert.Equal(3.5, k.Csat.Value!.Value, 9);
        Assert.Equal(0.75, k.ComplaintRate.Value!.Value, 9);
        Assert.Equal(110, k.AverageOrderValue.Value!.Value, 9);
        Assert.Equal(1.0 / 3, k.ChurnRate.Value!.Value, 9);
        Assert.Equal(1.0 / 3, k.ConversionRate.Value!.Value, 9);
        Assert.Equal(17, k.SalesCycleDays.Value!.Value, 9);
        Assert.Equal(250.0 / 550, k.Top20Share.Value!.Value, 9);
        Assert.Equal(new Dictionary<string, double> { ["delivery"] = 3, ["quality"] = 4 }, k.SatisfactionByDimension);

        var bySegment = KpiCalculator.Compute(data, January, CustomerGrouping.By(data, Dimension.Segment), detail: false);
        Assert.Equal(["Champions", "Lost", "New", "(none)"], bySegment.Select(s => s.Group));
        Assert.Equal(0.5, bySegment[1].ChurnRate.Value!.Value, 9); // Lost: B and D active in December, B gone

        var e = EconomicsCalculator.Compute(data, January, CustomerGrouping.All(data), detail: true)[0];
        Assert.Equal(1700, e.Investment, 9);
        Assert.Equal(120, e.Cac.Value!.Value, 9); // 240 acquisition / C and E
        Assert.Equal(100 * (k.GrossMargin.Value!.Value - 1700) / 1700, e.Roi.Value!.Value, 9);
        Assert.True(e.IncrementalRoiControl.HasValue); // D is the control group
        Assert.Equal(["gold", "standard", "(none)"], e.RoiByTier.Keys);
    }

    [Fact]
    public void ReadMetricsData_Fixture_SameAsAggregatingInMemory()
    {
        using var db = CreateDatabase();
        using var store = Filled(db, snapshot: true);
        var stored = store.ReadMetricsData(January);
        var memory = MetricsData.FromEntities(stored.Customers, Transactions, Interactions, Surveys, Leads, Investments, Rate);
        foreach (var dimension in new[] { Dimension.Region, Dimension.Channel, Dimension.Tier })
        {
            var a = KpiCalculator.Compute(stored, January, CustomerGrouping.By(stored, dimension), detail: false);
            var b = KpiCalculator.Compute(memory, January, CustomerGrouping.By(memory, dimension), detail: false);
            Assert.Equal(b.Select(Numbers), a.Select(Numbers));
            var x = EconomicsCalculator.Compute(stored, January, CustomerGrouping.By(stored, dimension), detail: false);
            var y = EconomicsCalculator.Compute(memory, January, CustomerGrouping.By(memory, dimension), detail: false);
            Assert.Equal(y.Select(Numbers), x.Select(Numbers));
        }
    }

    [Fact]
    public void ReadMetricsData_OnlyTheCommandsParts_SameMeasuresAndTheOtherCalculatorRefuses()
    {
        using var db = CreateDatabase();
        using var store = Filled(db, snapshot: true);
        var all = store.ReadMetricsData(January);
        var kpiOnly = store.ReadMetricsData(January, MetricsParts.Kpi);
        var economicsOnly = store.ReadMetricsData(January, MetricsParts.Economics);
        Assert.Equal((MetricsParts.Kpi, 4, 0), (kpiOnly.Parts, kpiOnly.Leads.Count, kpiOnly.Investments.Count));
        Assert.Equal((MetricsParts.Economics, 0, 7), (economicsOnly.Parts, economicsOnly.Leads.Count, economicsOnly.Investments.Count));
        foreach (var dimension in new[] { Dimension.Region, Dimension.Tier })
        {
            Assert.Equal(
                KpiCalculator.Compute(all, January, CustomerGrouping.By(all, dimension), detail: false).Select(Numbers),
                KpiCalculator.Compute(kpiOnly, January, CustomerGrouping.By(kpiOnly, dimension), detail: false).Select(Numbers));
            Assert.Equal(
                EconomicsCalculator.Compute(all, January, CustomerGrouping.By(all, dimension), detail: false).Select(Numbers),
                EconomicsCalculator.Compute(economicsOnly, January, CustomerGrouping.By(economicsOnly, dimension), detail: false).Select(Numbers));
        }

        Assert.Throws<ArgumentException>(() => KpiCalculator.Compute(economicsOnly, January, CustomerGrouping.All(economicsOnly), detail: false));
        Assert.Throws<ArgumentException>(() => EconomicsCalculator.Compute(kpiOnly, January, CustomerGrouping.All(kpiOnly), detail: false));
    }

    [Fact]
    public void ReadMetricsData_NoSnapshot_SegmentAndClvMissing()
    {
        using var db = CreateDatabase();
        using var store = Filled(db, snapshot: false);
        var data = store.ReadMetricsData(January);
        Assert.All(data.Customers.Clv, v => Assert.True(double.IsNaN(v)));
        Assert.Equal(["(none)"], data.Customers.Column(Dimension.Segment).Labels.ToArray());
    }

    [Fact]
    public void ReadMetricsData_EveryRowInTheWindowHasAMargin_MarginRateNotReadAndMarginExact()
    {
        using var db = CreateDatabase();
        using var store = Filled(db, snapshot: false);
        var day = new MetricPeriod(new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 1)); // only t0 (margin 1) in the window
        var data = store.ReadMetricsData(day);
        Assert.Null(data.MarginRate);
        var k = KpiCalculator.Compute(data, day, CustomerGrouping.All(data), detail: false)[0];
        Assert.Equal(1.0, k.GrossMargin.Value!.Value, 9);
    }

    [Fact]
    public void ReadMetricsData_EmptyStore_EmptyData()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        var data = store.ReadMetricsData(January);
        Assert.Equal(0, data.Customers.Count);
        Assert.Null(data.MarginRate);
        var k = KpiCalculator.Compute(data, January, CustomerGrouping.All(data), detail: true)[0];
        Assert.Equal(Active.NoneReason, k.ComplaintRate.Reason);
    }

    private static string Numbers(KpiSet k) =>
        FormattableString.Invariant($"{k.Group} {k.ActiveCustomers} {k.Revenue:R} {k.Orders} {k.GrossMargin.Value:F9} {k.Nps} {k.Csat} {k.ComplaintRate} {k.RepeatPurchaseRate} {k.AverageOrderValue} {k.ChurnRate} {k.ConversionRate} {k.SalesCycleDays} {k.Top20Share}");

    private static string Numbers(EconomicsSet e) =>
        FormattableString.Invariant($"{e.Group} {e.Investment:F9} {e.NewCustomers} {e.Cac.Value:F9} {e.GrossMargin.Value:F9} {e.Roi.Value:F9} {e.IncrementalRoiControl.Value:F9} {e.PaybackMonths.Value:F9}");
}

public sealed class SqliteMetricsStoreTests : MetricsStoreTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresMetricsStoreTests : MetricsStoreTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
