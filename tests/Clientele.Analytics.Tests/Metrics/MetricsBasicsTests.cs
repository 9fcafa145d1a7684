using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.Tests.Metrics;

public class MetricsBasicsTests
{
    [Fact]
    public void MetricPeriod_EndBeforeStart_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new MetricPeriod(new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 31)));
        Assert.Equal("to", e.ParamName);
    }

    [Fact]
    public void MetricPeriod_Preceding_SameLengthJustBefore()
    {
        var p = new MetricPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal(365, p.Days);
        Assert.Equal(new MetricPeriod(new DateOnly(2024, 1, 2), new DateOnly(2024, 12, 31)), p.Preceding);
    }

    [Fact]
    public void Measure_Ratio_ZeroDenominatorGivesReason()
    {
        Assert.Equal(Measure.Unknown("none"), Measure.Ratio(1, 0, "none"));
        Assert.Equal(0.25, Measure.Ratio(1, 4, "none").Value);
        Assert.Throws<ArgumentException>(() => Measure.Of(double.NaN));
        Assert.Throws<ArgumentException>(() => Measure.Unknown(" "));
    }

    [Theory]
    [InlineData(20, 1, 3)] // ⌈1⌉ gold, ⌈4⌉ − 1 = 3 silver
    [InlineData(100, 5, 15)]
    [InlineData(3, 1, 0)] // ⌈0.15⌉ = 1 gold, ⌈0.6⌉ = 1 so no silver
    public void ValueTiers_Assign_TopFiveAndNextFifteenPercent(int customers, int gold, int silver)
    {
        var clv = Enumerable.Range(0, customers).Select(i => (double)i).ToArray();
        var tiers = ValueTiers.Assign(clv);
        Assert.Equal(gold, tiers.Count(t => t == ValueTiers.Gold));
        Assert.Equal(silver, tiers.Count(t => t == ValueTiers.Silver));
        Assert.Equal(ValueTiers.Gold, tiers[customers - 1]); // highest CLV
    }

    [Fact]
    public void ValueTiers_Assign_NotAnalyzedGetsNoTier()
    {
        var tiers = ValueTiers.Assign([1.0, double.NaN]);
        Assert.Equal(ValueTiers.Gold, tiers[0]);
        Assert.Null(tiers[1]);
    }

    [Theory]
    [InlineData(Dimension.Month, new[] { "2024-11", "2024-12", "2025-01", "2025-02" })]
    [InlineData(Dimension.Quarter, new[] { "2024-Q4", "2025-Q1" })]
    [InlineData(Dimension.Year, new[] { "2024", "2025" })]
    public void TimeSlices_Of_CalendarSlicesCutToThePeriod(Dimension dimension, string[] labels)
    {
        var slices = TimeSlices.Of(new MetricPeriod(new DateOnly(2024, 11, 15), new DateOnly(2025, 2, 10)), dimension);
        Assert.Equal(labels, slices.Select(s => s.Label));
        Assert.Equal(new DateOnly(2024, 11, 15), slices[0].Period.From);
        Assert.Equal(new DateOnly(2025, 2, 10), slices[^1].Period.To);
    }

    [Theory]
    [InlineData("Segment", Dimension.Segment)]
    [InlineData(" channel ", Dimension.Channel)]
    [InlineData("size", Dimension.Size)]
    public void DimensionText_TryParse_CaseInsensitive(string text, Dimension expected)
    {
        Assert.True(DimensionText.TryParse(text, out var d));
        Assert.Equal(expected, d);
    }

    [Fact]
    public void DimensionText_TryParse_UnknownIsFalse() => Assert.False(DimensionText.TryParse("colour", out _));

    [Fact]
    public void Csat_MixedScales_RescaledToFive()
    {
        // 10 on 1–10 is 5 on 1–5; 3 on 1–5 stays 3: mean 4.
        var surveys = new SurveyAnswers([0, 0], [1, 1], [-1, -1], [10, 3], [10, 5], [], [], [], []);
        var period = new MetricPeriod(DateOnly.FromDayNumber(0), DateOnly.FromDayNumber(5));
        var data = MetricsFixture.Build();
        var one = CustomerGrouping.All(data);
        Assert.Equal(4, Csat.Compute(surveys, one, period)[0].Value!.Value, 9);
        Assert.Equal(5, Csat.CommonScale(surveys, period));
    }
}
