using Clientele.Reports.Model;

namespace Clientele.Reports.Tests;

/// <summary>The report data of the hand-built <see cref="SmallStore"/>: every figure worked out by hand from its rows.</summary>
public sealed class ReportDataBuilderTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private static ReportData Build(SmallStore small, ReportOptions? options = null)
    {
        using var store = small.Open();
        return ReportDataBuilder.Build(store, options ?? new ReportOptions(), At);
    }

    [Fact]
    public void Build_SmallStore_OverviewTilesFromTheSnapshot()
    {
        using var small = new SmallStore();

        var data = Build(small);

        Assert.Equal("run-1", data.Snapshot!.RunId);
        Assert.Equal(new KpiTile("customers", 10, "integer"), data.Overview.Tiles.Single(t => t.Key == "customers"));
        Assert.Equal(5500, data.Overview.Tiles.Single(t => t.Key == "totalClv").Value!.Value, 9);
        Assert.Equal(0.55, data.Overview.Tiles.Single(t => t.Key == "meanPAlive").Value!.Value, 12);
        Assert.Equal(10, data.Overview.ClvHistogram.Sum(b => b.Count));
        Assert.Null(data.Overview.ClvEmpty);
    }

    [Fact]
    public void Build_SmallStore_PeriodEndsAtTheLastTransaction()
    {
        using var small = new SmallStore();

        var data = Build(small);

        // Customer C10 buys on the 10th of January to October 2025; the period is the 12 months up to that day.
        Assert.Equal(new ReportPeriod(new DateOnly(2024, 10, 11), new DateOnly(2025, 10, 10)), data.Period);
    }

    [Fact]
    public void Build_SmallStore_SegmentsHeatMapAndTiers()
    {
        using var small = new SmallStore();

        var s = Build(small).Segments;

        Assert.Null(s.Empty);
        Assert.Equal(
            [new SegmentRow("Lost", 5, 0.5, 1500, 1500, 0.3), new SegmentRow("Champions", 3, 0.3, 2700, 2700, 0.9), new SegmentRow("New", 2, 0.2, 1300, 1300, 0.65)],
            s.Segments.Select(r => r with { MeanPAlive = Math.Round(r.MeanPAlive!.Value, 12) }));
        // R = F = ⌊(i + 1) / 2⌋: two customers per diagonal cell; cell (5, 5) holds C09 and C10.
        Assert.Equal([(1, 1, 2), (2, 2, 2), (3, 3, 2), (4, 4, 2), (5, 5, 2)], s.RfmCells.Select(c => (c.R, c.F, c.Customers)));
        Assert.Equal(950, s.RfmCells[^1].MeanClv);
        // Ten customers: gold = ⌈5% · 10⌉ = 1 (C10), silver up to ⌈20% · 10⌉ = 2 (C09), standard the other eight.
        Assert.Equal([new TierRow("gold", 1, 1000, 1000), new TierRow("silver", 1, 900, 900), new TierRow("standard", 8, 3600, 3600)], s.Tiers);
    }

    [Fact]
    public void Build_SmallStore_DealerScorecards()
    {
        using var small = new SmallStore();

        var d = Build(small).Dealers;

        Assert.Null(d.Empty);
        Assert.Equal(5500, d.TotalSales);
        var north = d.Dealers.Single(x => x.DealerId == "D1");
        Assert.Equal(3000, north.Sales);
        Assert.Equal(5, north.CustomersServed);
        Assert.Equal(0.03, north.MarketShare!.Value, 12);
        Assert.Null(d.Dealers.Single(x => x.DealerId == "D2").MarketShare);
    }

    [Fact]
    public void Build_SmallStore_ChurnRiskRankedByValueAtRisk()
    {
        using var small = new SmallStore();

        var c = Build(small, new ReportOptions(ChurnTop: 3)).ChurnRisk;

        // Value at risk = 100 i · (1 − i / 10): 250 for C05, 240 for C04 and C06 (ties by id); Σ = 5500 − 10 · Σ i² = 1650.
        Assert.Equal(["C05", "C04", "C06"], c.Customers.Select(x => x.CustomerId));
        Assert.Equal(250, c.Customers[0].ValueAtRisk, 9);
        Assert.Equal(1650, c.TotalValueAtRisk, 9);
        Assert.Equal("Lost", c.Customers[0].Segment);
    }

    [Fact]
    public void Build_SmallStore_PlanByTierAndOption()
    {
        using var small = new SmallStore();

        var p = Build(small).Plan;

        Assert.Null(p.Empty);
        Assert.Equal("plan-2026", p.PlanId);
        Assert.Equal(3, p.Items);
        Assert.Equal(650, p.TotalCost);
        Assert.Equal(5, p.TotalHours);
        Assert.Equal(2300, p.TotalExpectedValue);
        Assert.Equal(
            [new PlanCell("gold", "trip", 1, 500, 4, 2000), new PlanCell("silver", "gift", 1, 100, 1, 300), new PlanCell("standard", "greeting", 1, 50, 0, 0)],
            p.Cells);
    }

    [Fact]
    public void Build_SmallStore_PeriodKpisParetoAndTrends()
    {
        using var small = new SmallStore();

        var o = Build(small).Overview;

        // Customer i buys i times 100: revenue 100 · 55 = 5500 from 10 active customers; the top 2 (C10, C09) make 1900.
        Assert.Equal(5500, o.Tiles.Single(t => t.Key == "revenue").Value!.Value, 9);
        Assert.Equal(10, o.Tiles.Single(t => t.Key == "activeCustomers").Value);
        Assert.Equal(1900.0 / 5500, o.Tiles.Single(t => t.Key == "top20Share").Value!.Value, 12);
        Assert.Equal(101, o.Pareto.Count);
        // The top 10% of customers is C10 alone: 1000 of 5500.
        Assert.Equal(0.1, o.Pareto[10].CustomerShare);
        Assert.Equal(1000.0 / 5500, o.Pareto[10].RevenueShare, 12);
        Assert.Equal(new CurvePoint(1, 1), o.Pareto[^1]);
        // Months October 2024 (cut to the period) to October 2025; in January 2025 all ten customers buy once.
        var t = o.Trends!;
        Assert.Equal("2024-10", t.Periods[0]);
        Assert.Equal("2025-10", t.Periods[^1]);
        int january = t.Periods.ToList().IndexOf("2025-01");
        Assert.Equal((1000.0, 10, 10), (t.Revenue[january]!.Value, t.Orders[january], t.ActiveCustomers[january]));
        // October: only C10 buys (its tenth purchase).
        Assert.Equal((100.0, 1, 1), (t.Revenue[^1]!.Value, t.Orders[^1], t.ActiveCustomers[^1]));
        int march = t.Periods.ToList().IndexOf("2025-03");
        Assert.Equal(0, t.Nps[march]);
        Assert.Equal(4, t.Csat[march]);
        Assert.Null(t.Nps[january]);
    }

    [Fact]
    public void Build_SmallStore_EconomicsCostComposition()
    {
        using var small = new SmallStore();

        var e = Build(small).Economics;

        Assert.Null(e.Empty);
        Assert.Equal(500, e.Tiles.Single(t => t.Key == "investment").Value);
        Assert.Equal([new KeyValue("people", 300), new KeyValue("marketing_promotion", 200)], e.CostByCategory);
        Assert.Equal([new KeyValue("acquisition", 300), new KeyValue("retention", 200)], e.CostByStage);
    }

    [Fact]
    public void Build_SmallStore_RelationshipNpsAndSatisfaction()
    {
        using var small = new SmallStore();

        var r = Build(small).Relationship;

        Assert.Null(r.Empty);
        Assert.Null(r.SurveysEmpty);
        Assert.Equal(0, r.Tiles.Single(t => t.Key == "nps").Value);
        Assert.Equal(4, r.Tiles.Single(t => t.Key == "csat").Value);
    }

    [Fact]
    public void Build_EmptyStore_EverySectionSaysWhy()
    {
        using var small = new SmallStore(withData: false);

        var data = Build(small);

        Assert.Null(data.Period);
        Assert.Null(data.Snapshot);
        Assert.Empty(data.Overview.Tiles);
        Assert.Equal(EmptyState.NoSnapshot, data.Overview.ClvEmpty);
        Assert.Equal(EmptyState.NoSnapshot, data.Segments.Empty);
        Assert.Equal(EmptyState.NoTransactions, data.Dealers.Empty);
        Assert.Equal(EmptyState.NoTransactions, data.Economics.Empty);
        Assert.Equal(EmptyState.NoTransactions, data.Relationship.Empty);
        Assert.Equal(EmptyState.NoTransactions, data.Overview.TrendsEmpty);
        Assert.Equal(EmptyState.NoSnapshot, data.ChurnRisk.Empty);
        Assert.Equal(EmptyState.NoPlan, data.Plan.Empty);
    }

    [Fact]
    public void Build_ToBeforeTheSnapshot_UsesNoSnapshot()
    {
        using var small = new SmallStore();

        var data = Build(small, new ReportOptions(To: new DateOnly(2025, 6, 30)));

        Assert.Null(data.Snapshot);
        Assert.Equal(new DateOnly(2025, 6, 30), data.Period!.To);
        Assert.Equal(EmptyState.NoSnapshot, data.Segments.Empty);
    }

    [Theory]
    [InlineData("fr", "Language")]
    [InlineData("yuan", "Currency")]
    public void Validated_BadOption_ThrowsNamingIt(string value, string parameter)
    {
        var options = parameter == "Language" ? new ReportOptions(Language: value) : new ReportOptions(Currency: value);

        var e = Assert.Throws<ArgumentException>(() => options.Validated());

        Assert.Contains(value, e.Message);
    }

    [Theory]
    [InlineData("zh-cn", "zh-CN")]
    [InlineData("ZH", "zh-CN")]
    [InlineData("en-US", "en")]
    public void Parse_LanguageNames_Normalized(string text, string expected) => Assert.Equal(expected, ReportLanguage.Parse(text));
}
