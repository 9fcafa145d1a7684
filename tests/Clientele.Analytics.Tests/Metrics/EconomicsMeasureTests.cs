using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.Tests.Metrics;

/// <summary>
/// The economics of <see cref="MetricsFixture"/>, by hand. January investments: I1 people/retention overhead 1000,
/// I2 marketing/acquisition overhead 200, I3 service/retention to customer A 100, I4 channel/retention to dealer D1
/// 300, I5 marketing/retention campaign 60, I6 marketing/acquisition campaign 40; December: I0 500.
/// Charging: I1 by January revenue (A 250, C 150, D 50, E 100 of 550); I2 equally to the new customers C, E; I3 to A;
/// I4 to D1's customers A, B (150 each); I5 to the touched customers A, D (30 each); I6: the touched customers are
/// not new, so it falls back to the new customers C, E (20 each).
/// Cost-to-serve: A = 1000·250/550 + 100 + 150 + 30; B = 150; C = 1000·150/550 + 100 + 20; D = 1000·50/550 + 30; E = 1000·100/550 + 100 + 20.
/// </summary>
public class EconomicsMeasureTests
{
    private const double CostA = 1000 * 250.0 / 550 + 280, CostB = 150, CostC = 1000 * 150.0 / 550 + 120, CostD = 1000 * 50.0 / 550 + 30, CostE = 1000 * 100.0 / 550 + 120;

    private static EconomicsSet All(MetricsData data) => EconomicsCalculator.Compute(data, MetricsFixture.January, CustomerGrouping.All(data), detail: true)[0];

    [Fact]
    public void Compute_Fixture_CostCompositionCacRoiPayback()
    {
        var e = All(MetricsFixture.Build());
        Assert.Equal(1700, e.Investment, 9);
        Assert.Equal(1000, e.CostByCategory["people"], 9);
        Assert.Equal(300, e.CostByCategory["marketing_promotion"], 9);
        Assert.Equal(100, e.CostByCategory["customer_service"], 9);
        Assert.Equal(300, e.CostByCategory["channel_partner"], 9);
        Assert.Equal(0, e.CostByCategory["technology"]);
        Assert.Equal(240, e.CostByStage["acquisition"], 9);
        Assert.Equal(1460, e.CostByStage["retention"], 9);
        Assert.Equal(0, e.CostByStage["expansion"]);
        Assert.Equal(2, e.NewCustomers);
        Assert.Equal(120, e.Cac.Value!.Value, 9); // 240 / 2
        Assert.Equal(100 * (225 - 1700) / 1700.0, e.Roi.Value!.Value, 9);
        Assert.Equal(1700 / (225 / (31 / (365.25 / 12))), e.PaybackMonths.Value!.Value, 9);
        Assert.Equal(225 - 1700, e.Profit.Value!.Value, 9);
        Assert.Equal(0, e.Unattributed);
    }

    [Fact]
    public void Compute_Fixture_IncrementalRoi()
    {
        var e = All(MetricsFixture.Build());

        // Baseline December: margin 40 + 25 + 10 = 75, investment 500; ΔM = 150, ΔI = 1200.
        Assert.Equal(100 * (150 - 1200) / 1200.0, e.IncrementalRoiBaseline.Value!.Value, 9);

        // Control D (margin 20); targeted A (margin 100, targeted cost 280) and B (margin 0, cost 150): uplift (50 − 20) · 2 = 60.
        Assert.Equal(100 * (60 - 430) / 430.0, e.IncrementalRoiControl.Value!.Value, 9);
    }

    [Fact]
    public void Compute_Fixture_RoiAndCacPerGroup()
    {
        var e = All(MetricsFixture.Build());
        Assert.Equal(100 * (100 - CostA) / CostA, e.RoiByTier["gold"].Value!.Value, 9);
        Assert.Equal(100 * (95 - (CostB + CostC + CostD)) / (CostB + CostC + CostD), e.RoiByTier["standard"].Value!.Value, 9);
        Assert.Equal(100 * (30 - CostE) / CostE, e.RoiByTier["(none)"].Value!.Value, 9);
        Assert.False(e.RoiByTier.ContainsKey("silver")); // nobody is silver
        Assert.Equal(100 * (100 - CostA) / CostA, e.RoiBySegment["Champions"].Value!.Value, 9);
        Assert.Equal(100 * (20 - (CostB + CostD)) / (CostB + CostD), e.RoiBySegment["Lost"].Value!.Value, 9);
        Assert.Equal(100 * (100 - (CostA + CostB)) / (CostA + CostB), e.RoiByDealer["D1"].Value!.Value, 9);

        // Acquisition cost charged: C and E 100 + 20 each.
        Assert.Equal(120, e.CacByChannel["online"].Value!.Value, 9);
        Assert.Equal(120, e.CacByChannel["referral"].Value!.Value, 9);
        Assert.Equal(Cac.NoNewCustomers, e.CacByChannel["direct"].Reason);
    }

    [Fact]
    public void Compute_Fixture_RoiPerInvestmentSharesEachMarginByCharge()
    {
        var e = All(MetricsFixture.Build());

        // Acquisition (I2, I6) is charged 120 to C and 120 to E: its benefit is 120 · (75 / CostC + 30 / CostE).
        double acquisition = 120 * (75 / CostC + 30 / CostE);
        Assert.Equal(100 * (acquisition - 240) / 240, e.RoiByStage["acquisition"].Value!.Value, 9);

        // I3 is A's only customer-service cost: 100 · 100 / CostA.
        double service = 100 * 100 / CostA;
        Assert.Equal(100 * (service - 100) / 100, e.RoiByCategory["customer_service"].Value!.Value, 9);

        // Benefits add up to the margin of the charged customers (all, 225); so does ROI weighted by cost.
        double benefit = e.RoiByStage.Sum(p => (p.Value.Value!.Value / 100 + 1) * e.CostByStage[p.Key]);
        Assert.Equal(225, benefit, 9);
        Assert.Equal(["CMP-1", "CMP-2"], e.RoiByCampaign.Keys.Order());
    }

    [Fact]
    public void Compute_Fixture_CostToServeAndProfitPerTier()
    {
        var e = All(MetricsFixture.Build());
        var gold = e.Tiers.Single(t => t.Group == "gold");
        Assert.Equal(1, gold.Customers);
        Assert.Equal(CostA, gold.CostToServe, 9);
        Assert.Equal(100 - CostA, gold.Profit.Value!.Value, 9);
        var standard = e.Tiers.Single(t => t.Group == "standard");
        Assert.Equal(3, standard.Customers);
        Assert.Equal((95 - (CostB + CostC + CostD)) / 3, standard.ProfitPerCustomer.Value!.Value, 9);

        // Least profitable first: A (100 − 734.5), C (75 − 392.7), E (30 − 301.8), B (0 − 150), D (20 − 120.9).
        Assert.Equal(["A", "C", "E", "B", "D"], e.LeastProfitable.Select(c => c.CustomerId));
        Assert.Equal(100 - CostA, e.LeastProfitable[0].Profit, 9);
    }

    [Fact]
    public void Compute_NoInvestments_RoiNullWithReason()
    {
        var e = All(MetricsFixture.Build(withInvestments: false));
        Assert.Equal(Roi.NoInvestment, e.Roi.Reason);
        Assert.Equal(Roi.NoInvestment, e.PaybackMonths.Reason);
        Assert.StartsWith("investment did not grow", e.IncrementalRoiBaseline.Reason);
        Assert.Equal(Cac.NoAcquisitionCost, e.Cac.Reason); // an empty ledger is not a free acquisition
    }

    [Fact]
    public void Compute_ByDealer_ChargedCostPerGroup()
    {
        var data = MetricsFixture.Build();
        var sets = EconomicsCalculator.Compute(data, MetricsFixture.January, CustomerGrouping.By(data, Dimension.Dealer), detail: false).ToDictionary(s => s.Group);
        Assert.Equal(CostA + CostB, sets["D1"].Investment, 9);
        Assert.Equal(CostD, sets["D2"].Investment, 9);
        Assert.Equal(CostC + CostE, sets["(none)"].Investment, 9);
        Assert.Equal(300, sets["D1"].CostByCategory["channel_partner"], 9);
        Assert.Equal(100 * (100 - (CostA + CostB)) / (CostA + CostB), sets["D1"].Roi.Value!.Value, 9);
        Assert.Equal(120, sets["(none)"].Cac.Value!.Value, 9); // C and E: 240 / 2
    }

    [Fact]
    public void ComputeOverTime_ByMonth_DecemberHasOnlyItsOverhead()
    {
        var data = MetricsFixture.Build();
        var sets = EconomicsCalculator.ComputeOverTime(data, new MetricPeriod(new DateOnly(2024, 12, 1), new DateOnly(2025, 1, 31)), Dimension.Month);
        Assert.Equal(500, sets[0].Investment, 9);
        Assert.Equal(100 * (75 - 500) / 500.0, sets[0].Roi.Value!.Value, 9);
        Assert.Equal(Cac.NoAcquisitionCost, sets[0].Cac.Reason); // December books only retention overhead
        Assert.Equal(1700, sets[1].Investment, 9);
    }
}
