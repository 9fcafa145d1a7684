using Clientele.Analytics.Rfm;

namespace Clientele.Analytics.Tests.Rfm;

/// <summary>The counting fast path for integer values must give exactly the scores of the sorting path.</summary>
public sealed class QuintilePathTests
{
    [Theory]
    [InlineData(1, 1000, 30, true)]
    [InlineData(2, 1000, 30, false)]
    [InlineData(3, 7, 3, true)]       // n < 5
    [InlineData(4, 5000, 1, false)]   // all equal
    [InlineData(5, 20000, 700, false)]
    public void CountingQuintiles_IntegerValues_EqualTheSortingPath(int seed, int n, int distinct, bool higherIsBetter)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, n).Select(_ => (double)random.Next(distinct) - 3).ToArray();

        var counting = RfmScorer.TryCountingQuintiles(values, higherIsBetter, "values");

        Assert.NotNull(counting);
        Assert.Equal(RfmScorer.SortingQuintiles(values, higherIsBetter, "values"), counting);
    }

    [Fact]
    public void CountingQuintiles_FractionalValues_DeclineSoTheSortingPathIsUsed()
    {
        Assert.Null(RfmScorer.TryCountingQuintiles([1.0, 2.5, 3.0], true, "values"));
        Assert.Equal([1, 2, 4], RfmScorer.QuintileScores([1.0, 2.5, 3.0], higherIsBetter: true).Select(b => (int)b));
    }
}
