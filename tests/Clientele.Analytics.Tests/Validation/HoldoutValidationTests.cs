using Clientele.Analytics.Summary;
using Clientele.Analytics.Tests.Summary;
using Clientele.Analytics.Validation;
using Clientele.Domain;

namespace Clientele.Analytics.Tests.Validation;

public class HoldoutValidationTests
{
    private static DateOnly Jan(int d) => new(2024, 1, d);

    // Days as periods. a born Jan 1, repeats Jan 2 and Jan 5; b born Jan 3, repeats Jan 4 (twice, merged)
    // and Jan 6; c born Jan 3, no repeat. Calibration ends Jan 4, observation Jan 6.
    private static CustomerSummaries Fixture() => CustomerSummaryBuilder.FromTransactions(
        [
            new("a", Jan(1), 1m), new("a", Jan(2), 1m), new("b", Jan(3), 1m), new("c", Jan(3), 1m),
            new("b", Jan(4), 1m), new("b", Jan(4), 1m), new("a", Jan(5), 1m), new("b", Jan(6), 1m),
        ],
        new SummaryPeriod(Jan(6), TimeUnit.Day, Jan(4)));

    [Fact]
    public void Track_PoissonFixture_GivesHandComputedSeries()
    {
        var t = HoldoutValidation.Track(new PoissonTestModel(0.5), Fixture());

        Assert.Equal(Jan(1), t.Start);
        Assert.Equal(6, t.PeriodCount);
        Assert.Equal(4, t.CalibrationPeriods);
        Assert.Equal([0, 1, 0, 1, 1, 1], t.ActualIncremental.ToArray());
        Assert.Equal([0, 1, 1, 2, 3, 4], t.ActualCumulative.ToArray());
        // Σ births < k of 0.5·(k − birth): a born at 0, b and c at 2.
        AssertClose([0.5, 1.0, 2.5, 4.0, 5.5, 7.0], t.ExpectedCumulative.ToArray());
        AssertClose([0.5, 0.5, 1.5, 1.5, 1.5, 1.5], t.ExpectedIncremental.ToArray());
    }

    [Fact]
    public void Track_PoissonFixture_GivesHandComputedErrors()
    {
        var t = HoldoutValidation.Track(new PoissonTestModel(0.5), Fixture());

        Assert.Equal(new TrackingErrors(4, 0.75, 50), Rounded(t.CalibrationIncremental));
        Assert.Equal(new TrackingErrors(4, 1.0, 83.333333), Rounded(t.CalibrationCumulative));
        Assert.Equal(new TrackingErrors(2, 0.5, 50), Rounded(t.HoldoutIncremental));
        Assert.Equal(new TrackingErrors(2, 2.75, 79.166667), Rounded(t.HoldoutCumulative));
    }

    [Fact]
    public void Track_EarlierStart_ShiftsBirthsAndPeriods()
    {
        var t = HoldoutValidation.Track(new PoissonTestModel(0.5), Fixture(), new DateOnly(2023, 12, 31));

        Assert.Equal(7, t.PeriodCount);
        Assert.Equal(5, t.CalibrationPeriods);
        Assert.Equal([0, 0, 1, 0, 1, 1, 1], t.ActualIncremental.ToArray());
        AssertClose([0, 0.5, 1.0, 2.5, 4.0, 5.5, 7.0], t.ExpectedCumulative.ToArray());
    }

    [Fact]
    public void Track_StartAfterFirstBirth_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => HoldoutValidation.Track(new PoissonTestModel(1), Fixture(), Jan(2)));
        Assert.Equal("start", e.ParamName);
    }

    [Fact]
    public void CompareByFrequency_PoissonFixture_GivesHandComputedBins()
    {
        var c = HoldoutValidation.CompareByFrequency(new PoissonTestModel(0.5), Fixture());

        Assert.Equal(2, c.HoldoutLength);
        Assert.Equal(8, c.Bins.Count);
        Assert.Equal(new FrequencyBin(0, false, 1, 0, 1), c.Bins[0]);
        Assert.Equal(new FrequencyBin(1, false, 2, 1, 1), c.Bins[1]);
        Assert.Equal("7+", c.Bins[7].Label);
        Assert.Equal(0, c.Bins[7].Customers);
        Assert.True(double.IsNaN(c.Bins[7].ActualMean));
        Assert.Equal(0.5, c.MeanAbsoluteError, 1e-12);
    }

    [Fact]
    public void CompareByFrequency_MaxBinOne_PoolsRepeatBuyers()
    {
        var c = HoldoutValidation.CompareByFrequency(new PoissonTestModel(2), Fixture(), maxBin: 1);

        Assert.Equal([new FrequencyBin(0, false, 1, 0, 4), new FrequencyBin(1, true, 2, 1, 4)], c.Bins);
        Assert.Equal((4 + 3) / 2.0, c.MeanAbsoluteError, 1e-12);
    }

    [Fact]
    public void CompareByFrequency_NoHoldout_Throws()
    {
        var s = CustomerSummaryBuilder.FromTransactions([new("a", Jan(1), 1m)], new SummaryPeriod(Jan(6), TimeUnit.Day));

        var e = Assert.Throws<ArgumentException>(() => HoldoutValidation.CompareByFrequency(new PoissonTestModel(1), s));
        Assert.Equal("summaries", e.ParamName);
    }

    [Fact]
    public void CompareByFrequency_Cdnow_ReproducesPublishedActualBins()
    {
        var c = HoldoutValidation.CompareByFrequency(new PoissonTestModel(0.05), CustomerSummaryCdnowTests.WithHoldout.Value);

        Assert.Equal(39, c.HoldoutLength);
        Assert.Equal([1411, 439, 214, 100, 62, 38, 29, 64], c.Bins.Select(b => b.Customers));
        double[] published = [0.2367116, 0.6970387, 1.392523, 1.56, 2.532258, 2.947368, 3.862069, 6.359375];
        for (int b = 0; b < 8; b++)
        {
            Assert.Equal(published[b], c.Bins[b].ActualMean, 1e-6 * published[b]);
            Assert.Equal(0.05 * 39, c.Bins[b].ExpectedMean, 1e-12);
        }
    }

    [Fact]
    public void Track_Cdnow_ReproducesPublishedActualWeeks()
    {
        var t = HoldoutValidation.Track(new PoissonTestModel(0.05), CustomerSummaryCdnowTests.WithHoldout.Value);

        Assert.Equal(new DateOnly(1997, 1, 1), t.Start);
        Assert.Equal(78, t.PeriodCount);
        Assert.Equal(39, t.CalibrationPeriods);
        Assert.Equal([73, 55, 70, 33, 56, 99], t.ActualIncremental[19..25].ToArray());
        Assert.Equal([1359, 1414, 1484, 1517, 1573, 1672], t.ActualCumulative[19..25].ToArray());
        Assert.Equal(2457, t.ActualCumulative[38]);
        Assert.Equal(2457 + 1882, t.ActualCumulative[77]);
    }

    private static TrackingErrors Rounded(TrackingErrors e) =>
        new(e.Periods, Math.Round(e.MeanAbsoluteError, 6), Math.Round(e.MeanAbsolutePercentageError, 6));

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 1e-12);
    }
}
