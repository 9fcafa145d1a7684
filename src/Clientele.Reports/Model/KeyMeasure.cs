namespace Clientele.Reports.Model;

/// <summary>A measure of one key that may have no value, with the reason then.</summary>
/// <param name="Key">The key (category, stage, tier, channel).</param>
/// <param name="Value">The value, or null.</param>
/// <param name="Reason">Why there is no value (in English), or null.</param>
public sealed record KeyMeasure(string Key, double? Value, string? Reason);
