namespace Clientele.Reports.Model;

/// <summary>One KPI tile: a measure's key (its label is the dictionary entry "kpi.KEY"), its value and how to format it.</summary>
/// <param name="Key">The measure, e.g. "customers", "totalClv", "nps".</param>
/// <param name="Value">The value, or null when the data cannot give it.</param>
/// <param name="Format">integer, number, currency, percent (a share 0–1) or percentPoints (already in %).</param>
/// <param name="Reason">Why <paramref name="Value"/> is null (in English), or null.</param>
public sealed record KpiTile(string Key, double? Value, string Format, string? Reason = null)
{
    /// <summary>A tile for a double that may be NaN or infinite: such a value becomes null with <paramref name="reason"/>.</summary>
    public static KpiTile Of(string key, double value, string format, string reason) =>
        double.IsFinite(value) ? new KpiTile(key, value, format) : new KpiTile(key, null, format, reason);
}
