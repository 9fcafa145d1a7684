using Clientele.Reports.Model;

namespace Clientele.Reports;

/// <summary>Histogram bins with "nice" edges (1, 2 or 5 × 10^k wide) for skewed values such as CLV.</summary>
public static class Histogram
{
    /// <summary>
    /// Bins <paramref name="values"/> (non-finite ones skipped) into about <paramref name="bins"/> equal-width bins from
    /// the lowest value (or 0 when it is positive) up to the 99th percentile; the values above it fall in one open last bin,
    /// so a few very large customers do not squeeze the rest into the first bar. Empty input gives no bins.
    /// </summary>
    /// <exception cref="ArgumentException">The values are null or fewer than 2 bins are asked for.</exception>
    public static IReadOnlyList<HistogramBin> Of(IReadOnlyList<double> values, int bins = 20)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (bins < 2) throw new ArgumentException("A histogram needs at least 2 bins.", nameof(bins));
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return [];
        double low = Math.Min(0, sorted[0]);
        double high = sorted[(int)Math.Floor(0.99 * (sorted.Length - 1))];
        if (high <= low) high = sorted[^1] > low ? sorted[^1] : low + 1;
        double width = NiceWidth((high - low) / bins);
        low = Math.Floor(low / width) * width;
        int count = Math.Max(1, (int)Math.Ceiling((high - low) / width - 1e-9));
        var counts = new int[count + 1];
        foreach (var v in sorted)
        {
            int i = (int)Math.Floor((v - low) / width);
            counts[Math.Clamp(i, 0, count)]++;
        }

        var result = new List<HistogramBin>(count + 1);
        for (int i = 0; i < count; i++) result.Add(new HistogramBin(low + i * width, low + (i + 1) * width, counts[i]));
        if (counts[count] > 0) result.Add(new HistogramBin(low + count * width, null, counts[count]));
        return result;
    }

    /// <summary>The smallest 1, 2 or 5 × 10^k that is at least <paramref name="raw"/>.</summary>
    internal static double NiceWidth(double raw)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * magnitude >= raw * (1 - 1e-12)) return step * magnitude;
        }

        return 10 * magnitude;
    }
}
