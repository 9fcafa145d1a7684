namespace Clientele.Reports.Model;

/// <summary>The overview: KPI tiles, the Pareto curve, the CLV distribution and monthly trends.</summary>
/// <param name="Tiles">The KPI tiles, in display order.</param>
/// <param name="ParetoBasis">What the Pareto curve ranks: "revenue" of the period.</param>
/// <param name="Pareto">The Pareto curve; empty when <paramref name="ParetoEmpty"/> says why.</param>
/// <param name="ParetoEmpty">Why there is no curve (an empty-state key), or null.</param>
/// <param name="ClvHistogram">The CLV distribution of the snapshot's customers.</param>
/// <param name="ClvEmpty">Why there is no CLV distribution (an empty-state key), or null.</param>
/// <param name="Trends">Monthly series, or null when <paramref name="TrendsEmpty"/> says why.</param>
/// <param name="TrendsEmpty">Why there are no trends (an empty-state key), or null.</param>
public sealed record OverviewSection(
    IReadOnlyList<KpiTile> Tiles,
    string ParetoBasis,
    IReadOnlyList<CurvePoint> Pareto,
    string? ParetoEmpty,
    IReadOnlyList<HistogramBin> ClvHistogram,
    string? ClvEmpty,
    TrendSeries? Trends,
    string? TrendsEmpty);
