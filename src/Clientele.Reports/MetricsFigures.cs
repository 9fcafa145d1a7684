using Clientele.Reports.Model;

namespace Clientele.Reports;

/// <summary>The period-based figures <see cref="MetricsSections"/> reads for the report.</summary>
/// <param name="Tiles">Overview tiles of the period (revenue, active customers, top-20% share).</param>
/// <param name="Pareto">The revenue Pareto curve.</param>
/// <param name="ParetoEmpty">Why there is no curve, or null.</param>
/// <param name="Trends">Monthly series.</param>
/// <param name="Economics">The economics section.</param>
/// <param name="Relationship">The relationship section.</param>
internal sealed record MetricsFigures(
    IReadOnlyList<KpiTile> Tiles, IReadOnlyList<CurvePoint> Pareto, string? ParetoEmpty, TrendSeries Trends, EconomicsSection Economics, RelationshipSection Relationship);
