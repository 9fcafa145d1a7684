using Clientele.Analytics.Rfm;
using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Analytics.Tests.Rfm;

public class RfmScorerTests
{
    public static TheoryData<double[], bool, byte[]> Quintiles => new()
    {
        // 1 + ⌊5k/n⌋ with k = number strictly worse.
        { [3, 9, 1, 7, 5, 2, 10, 4, 8, 6], true, [2, 5, 1, 4, 3, 1, 5, 2, 4, 3] },
        { [1, 1, 1, 2, 3, 3, 4, 5, 5, 5], true, [1, 1, 1, 2, 3, 3, 4, 4, 4, 4] },
        { [7, 3], true, [3, 1] },
        { [42], true, [1] },
        { [1, 2, 3], true, [1, 2, 4] },
        { [6, 6, 6, 6, 6, 6], true, [1, 1, 1, 1, 1, 1] },
        { [], true, [] },
        // Recency: fewer days since the last purchase is better.
        { [0, 10, 10, 30], false, [4, 2, 2, 1] },
    };

    [Theory]
    [MemberData(nameof(Quintiles))]
    public void QuintileScores_Fixture_FollowsStrictlyWorseRule(double[] values, bool higherIsBetter, byte[] expected)
    {
        Assert.Equal(expected, RfmScorer.QuintileScores(values, higherIsBetter));
    }

    [Fact]
    public void QuintileScores_NaN_ThrowsNamingTheValue()
    {
        var e = Assert.Throws<ArgumentException>(() => RfmScorer.QuintileScores([1, double.NaN], true));
        Assert.Contains("Value 1", e.Message);
    }

    [Fact]
    public void Score_CustomWeights_ComputesWeightedComposite()
    {
        var scores = RfmScorer.Score([1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [1, 2, 3, 4, 5], new RfmWeights(0.5, 0.3, 0.2));

        Assert.Equal([5, 4, 3, 2, 1], scores.Recency.ToArray());
        Assert.Equal([5, 4, 3, 2, 1], scores.Frequency.ToArray());
        Assert.Equal([1, 2, 3, 4, 5], scores.Monetary.ToArray());
        Assert.Equal(0.5 * 5 + 0.3 * 5 + 0.2 * 1, scores.Composite[0], 1e-12);
        Assert.Equal(0.5 * 2 + 0.3 * 2 + 0.2 * 4, scores.Composite[3], 1e-12);
    }

    [Fact]
    public void Score_DefaultWeights_AreOneThirdEach()
    {
        var scores = RfmScorer.Score([1, 2], [1, 2], [1, 2]);

        Assert.Equal((3 + 1 + 1) / 3.0, scores.Composite[0], 1e-12);
        Assert.Equal((1 + 3 + 3) / 3.0, scores.Composite[1], 1e-12);
    }

    [Fact]
    public void Score_CustomerSummaries_UsesDaysSinceLastPurchasePurchaseDaysAndRevenue()
    {
        static DateOnly Jan(int d) => new(2024, 1, d);
        Transaction[] rows =
        [
            new("a", Jan(1), 15m), new("a", Jan(5), 20m), new("a", Jan(10), 26m), new("a", Jan(25), 7m),
            new("b", Jan(3), 20m), new("d", Jan(20), 5m),
        ];
        var summary = CustomerSummaryBuilder.FromTransactions(rows, new SummaryPeriod(Jan(31), TimeUnit.Day, Jan(20)));

        var scores = RfmScorer.Score(summary);

        // Days since last purchase a 6, b 28, d 11; purchase days 4, 1, 1; revenue 68, 20, 5.
        Assert.Equal([4, 1, 2], scores.Recency.ToArray());
        Assert.Equal([4, 1, 1], scores.Frequency.ToArray());
        Assert.Equal([4, 2, 1], scores.Monetary.ToArray());
        Assert.Equal(["Loyal", "Hibernating", "Hibernating"], Enumerable.Range(0, 3).Select(scores.Segment));
        Assert.Equal(2, scores.CountOf("Hibernating"));
        Assert.Equal(1, scores.CountOf("Loyal"));
        Assert.Equal(0, scores.CountOf("Champions"));
    }

    [Fact]
    public void Score_Cn8Fixture_SplitsAtTheMeanScore()
    {
        var scores = RfmScorer.Score([1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [1, 2, 3, 4, 5], segmentation: HighLowSegmentation.Cn8);

        // Mean score 3 in each dimension; 3 is not above it.
        Assert.Equal(["一般价值客户", "一般价值客户", "一般挽留客户", "重要挽留客户", "重要挽留客户"], Enumerable.Range(0, 5).Select(scores.Segment));
        Assert.Equal([0, 0, 0, 2, 2, 0, 0, 1], scores.SegmentCounts.ToArray());
    }

    [Fact]
    public void Score_Cn8English_UsesEnglishNames()
    {
        var scores = RfmScorer.Score([1, 9], [9, 1], [9, 1], segmentation: HighLowSegmentation.Cn8English);

        Assert.Equal("Important value", scores.Segment(0));
        Assert.Equal("General win-back", scores.Segment(1));
    }

    [Theory]
    [InlineData(true, true, true, "重要价值客户", "Important value")]
    [InlineData(true, false, true, "重要发展客户", "Important development")]
    [InlineData(false, true, true, "重要保持客户", "Important retention")]
    [InlineData(false, false, true, "重要挽留客户", "Important win-back")]
    [InlineData(true, true, false, "一般价值客户", "General value")]
    [InlineData(true, false, false, "一般发展客户", "General development")]
    [InlineData(false, true, false, "一般保持客户", "General retention")]
    [InlineData(false, false, false, "一般挽留客户", "General win-back")]
    public void SegmentIndex_HighLowFlags_NamesTheSpecSegment(bool r, bool f, bool m, string chinese, string english)
    {
        int i = HighLowSegmentation.SegmentIndex(r, f, m);

        Assert.Equal(chinese, HighLowSegmentation.ChineseNames[i]);
        Assert.Equal(english, HighLowSegmentation.EnglishNames[i]);
    }

    [Fact]
    public void RfmWeights_Negative_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new RfmWeights(1, -0.1, 1));
        Assert.Equal("frequency", e.ParamName);
    }

    [Fact]
    public void Score_LengthsDiffer_Throws()
    {
        Assert.Throws<ArgumentException>(() => RfmScorer.Score([1, 2], [1], [1, 2]));
    }
}
