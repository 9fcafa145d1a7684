using Clientele.Analytics.Dealers;
using Clientele.Domain.Entities;
using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.Tests.Dealers;

public class DealerScorecardTests
{
    private static readonly MetricPeriod Period = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

    // Satisfaction share sums: D1 4 answers averaging 0.8 (4.0 of 5), D2 2 averaging 0.6 (3.0), D4 1 of 1.0 (5.0).
    private static readonly DealerFigures[] Figures =
    [
        new(new Dealer("D1", "One", "East", "A", 10, 0.8m, null, 10_000m), 5000m, 4000m, 10, 4, 3.2, 2),
        new(new Dealer("D2", "Two", "East", "B", 4, 0.5m, null, 10_000m), 3000m, 3000m, 5, 2, 1.2, 0),
        new(new Dealer("D3", "Three", "West", "B"), 1500m, 0m, 3, 0, 0, 3),
        new(new Dealer("D4", "Four", "West", "C", 1, 0.2m, null, 5_000m), 500m, 1000m, 2, 1, 1.0, 1),
    ];

    [Fact]
    public void Build_FourDealers_MetricsAsHandComputed()
    {
        var rows = DealerScorecard.Build(Figures, Period).Dealers.ToDictionary(r => r.DealerId);

        Assert.Equal(0.25, rows["D1"].Growth!.Value, 12);
        Assert.Equal(-0.5, rows["D4"].Growth!.Value, 12);
        Assert.Null(rows["D3"].Growth);
        Assert.Equal(0.5, rows["D1"].MarketShare!.Value, 12);
        Assert.Equal(0.1, rows["D4"].MarketShare!.Value, 12);
        Assert.Null(rows["D3"].MarketShare);
        Assert.Equal(4.0, rows["D1"].Satisfaction!.Value, 12);
        Assert.Equal(3.0, rows["D2"].Satisfaction!.Value, 12);
        Assert.Null(rows["D3"].Satisfaction);
        Assert.Equal([0.2, 0.0, 1.0, 0.5], new[] { "D1", "D2", "D3", "D4" }.Select(d => rows[d].ComplaintRate!.Value));
        Assert.Equal(
            ["growth: no sales in the preceding period", "market share: region market size not recorded",
             "satisfaction: no survey responses from its customers in the period", "coverage: not recorded"],
            rows["D3"].Notes);
    }

    [Fact]
    public void Build_DefaultWeights_PercentileRankScoresRankAndTiersAsHandComputed()
    {
        var report = DealerScorecard.Build(Figures, Period);
        var rows = report.Dealers;

        // D1: .25·1 + .2·1 + .15·1 + .1·1 + .15·.5 + .1·(2/3) + .05·1 = 0.891667.
        // D2: .25·(2/3) + .2·.5 + .15·.5 + .1·(2/3) + .15·0 + .1·1 + .05·.5 = 0.533333.
        // D3 has sales 1/3, customers 1/3, complaints 0 only: (.25/3 + .1/3) / .45 = 0.259259.
        // D4: .15·1 (satisfaction) + .1·(1/3) (complaints inverted) = 0.183333.
        Assert.Equal(["D1", "D2", "D3", "D4"], rows.Select(r => r.DealerId));
        Assert.Equal(89.166666666667, rows[0].Score!.Value, 9);
        Assert.Equal(53.333333333333, rows[1].Score!.Value, 9);
        Assert.Equal(25.925925925926, rows[2].Score!.Value, 9);
        Assert.Equal(18.333333333333, rows[3].Score!.Value, 9);
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.Rank!.Value));
        Assert.Equal(["A", "B", "C", "C"], rows.Select(r => r.SuggestedTier));
        Assert.Equal(2.0 / 3.0, rows[0].Normalized[ScorecardMetric.Complaints], 12);
        Assert.False(rows[2].Normalized.ContainsKey(ScorecardMetric.Growth));
    }

    [Fact]
    public void Build_SalesOfTenThousand_KeyDealersTheFirstTwoReachingEightyPercent()
    {
        var report = DealerScorecard.Build(Figures, Period);

        Assert.Equal(["D1", "D2"], report.Dealers.Where(r => r.IsKeyDealer).Select(r => r.DealerId));
        Assert.Equal(0.8, report.KeyDealerShare!.Value, 12);
        Assert.Equal(10_000m, report.TotalSales);
    }

    [Fact]
    public void Build_SalesWeightOnly_ScoreIsSalesPercentileRank()
    {
        var rows = DealerScorecard.Build(Figures, Period, ScorecardWeights.Parse("sales=1")).Dealers;

        Assert.Equal([100.0, 200.0 / 3, 100.0 / 3, 0.0], rows.Select(r => r.Score!.Value).ToArray(), new ToleranceComparer(1e-9));
    }

    [Fact]
    public void Build_ByRegion_SumsGrowthAndMeanScorePerRegion()
    {
        var groups = DealerScorecard.Build(Figures, Period, groupByRegion: true).Groups;

        Assert.Equal(["East", "West"], groups.Select(g => g.Key));
        Assert.Equal((2, 8000m, 7000m, 15, 2), (groups[0].Dealers, groups[0].Sales, groups[0].PreviousSales, groups[0].CustomersServed, groups[0].KeyDealers));
        Assert.Equal(1.0 / 7.0, groups[0].Growth!.Value, 12);
        Assert.Equal(71.25, groups[0].MeanScore!.Value, 9);
        Assert.Equal(1.0, groups[1].Growth!.Value, 12);
        Assert.Equal((25.925925925926 + 18.333333333333) / 2, groups[1].MeanScore!.Value, 9);
    }

    [Fact]
    public void Build_DealerWithoutCustomersOrAnyWeightedMetric_NullScoreLastWithoutTier()
    {
        var figures = Figures.Append(new DealerFigures(new Dealer("D5"), 0m, 0m, 0, 0, 0, 0)).ToArray();

        var rows = DealerScorecard.Build(figures, Period, ScorecardWeights.Parse("growth=1,satisfaction=1")).Dealers;

        var last = rows[^1];
        Assert.Equal(("D5", (int?)null, (double?)null, (string?)null), (last.DealerId, last.Rank, last.Score, last.SuggestedTier));
        Assert.Null(last.ComplaintRate);
        Assert.Contains("score: none of the weighted metrics is available", last.Notes);
    }

    [Fact]
    public void PercentileRanks_TiesAndNull_MeanRankOverKMinusOne()
    {
        var ranks = DealerScorecard.PercentileRanks([3, 1, 3, null, 2]);

        Assert.Equal([2.5 / 3, 0, 2.5 / 3, null, 1.0 / 3], ranks);
        Assert.Equal([0.5], DealerScorecard.PercentileRanks([42.0]));
    }

    [Theory]
    [InlineData(1, 4, "A")]
    [InlineData(2, 4, "B")]
    [InlineData(3, 4, "C")]
    [InlineData(2, 10, "A")]
    [InlineData(3, 10, "B")]
    [InlineData(5, 10, "B")]
    [InlineData(6, 10, "C")]
    public void SuggestedTier_ScoreRank_ATopFifthBNextThirtyPercent(int rank, int scored, string tier)
    {
        Assert.Equal(tier, DealerScorecard.SuggestedTier(rank, scored));
    }

    [Fact]
    public void Period_TwelveMonths_PrecedingPeriodOfEqualLength()
    {
        var period = new MetricPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        Assert.Equal((365, new DateOnly(2024, 1, 2), new DateOnly(2024, 12, 31)), (period.Days, period.Preceding.From, period.Preceding.To));
    }

    [Theory]
    [InlineData("sales", typeof(FormatException))]
    [InlineData("colour=1", typeof(FormatException))]
    [InlineData("sales=1,sales=2", typeof(FormatException))]
    [InlineData("sales=-1", typeof(ArgumentException))]
    [InlineData("sales=0", typeof(ArgumentException))]
    public void ParseWeights_BadText_Throws(string text, Type exception)
    {
        Assert.Throws(exception, () => ScorecardWeights.Parse(text));
    }

    [Fact]
    public void ParseWeights_TwoNamed_OthersZero()
    {
        Assert.Equal(new ScorecardWeights(0.3, 0.2, 0, 0, 0, 0, 0), ScorecardWeights.Parse("sales=0.3, Growth=0.2"));
        Assert.Equal(0.4, ScorecardWeights.Parse("share=0.4").MarketShare);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
