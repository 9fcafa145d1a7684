namespace Clientele.Reports.Tests;

public sealed class HistogramTests
{
    [Theory]
    [InlineData(0.7, 1)]
    [InlineData(1, 1)]
    [InlineData(1.2, 2)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(4200, 5000)]
    public void NiceWidth_Raw_SmallestOneTwoFiveStep(double raw, double expected) => Assert.Equal(expected, Histogram.NiceWidth(raw), 9);

    [Fact]
    public void Of_HundredToThousand_TenEqualBinsUpToThe99thPercentile()
    {
        // 100 … 1000: low 0, 99th percentile = value 9 of 10 (index ⌊0.99 · 9⌋ = 8) = 900; width nice(900 / 10) = 100.
        var bins = Histogram.Of(Enumerable.Range(1, 10).Select(i => 100.0 * i).ToArray(), bins: 10);

        Assert.Equal(10, bins.Count);
        Assert.Equal((0, 100, 0), (bins[0].From, bins[0].To!.Value, bins[0].Count));
        Assert.Equal((800, 900, 1), (bins[8].From, bins[8].To!.Value, bins[8].Count));
        // 900 and 1000 are at or above the last edge: the open bin holds both.
        Assert.Equal((900, (double?)null, 2), (bins[9].From, bins[9].To, bins[9].Count));
    }

    [Fact]
    public void Of_NothingFinite_NoBins() => Assert.Empty(Histogram.Of([double.NaN, double.PositiveInfinity]));

    [Fact]
    public void Of_OneBin_Throws() => Assert.Throws<ArgumentException>(() => Histogram.Of([1.0], bins: 1));
}
