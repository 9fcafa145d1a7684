using System.Globalization;

namespace Clientele.Analytics.Metrics;

/// <summary>Cuts a period into calendar months, quarters or years (the first and last cut to the period), each with its label.</summary>
public static class TimeSlices
{
    /// <summary>The calendar slices of <paramref name="period"/> by <paramref name="dimension"/>, in order; labels 2025-01, 2025-Q1, 2025.</summary>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is not month, quarter or year.</exception>
    public static IReadOnlyList<(string Label, MetricPeriod Period)> Of(MetricPeriod period, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(period);
        int months = dimension switch
        {
            Dimension.Month => 1,
            Dimension.Quarter => 3,
            Dimension.Year => 12,
            _ => throw new ArgumentException($"{DimensionText.ToText(dimension)} is not a time dimension.", nameof(dimension)),
        };
        var slices = new List<(string, MetricPeriod)>();
        var start = new DateOnly(period.From.Year, (period.From.Month - 1) / months * months + 1, 1);
        while (start <= period.To)
        {
            var next = start.AddMonths(months);
            var from = start < period.From ? period.From : start;
            var to = next.AddDays(-1) > period.To ? period.To : next.AddDays(-1);
            string label = dimension switch
            {
                Dimension.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                Dimension.Quarter => $"{start.Year}-Q{(start.Month - 1) / 3 + 1}",
                _ => start.Year.ToString(CultureInfo.InvariantCulture),
            };
            slices.Add((label, new MetricPeriod(from, to)));
            start = next;
        }

        return slices;
    }
}
