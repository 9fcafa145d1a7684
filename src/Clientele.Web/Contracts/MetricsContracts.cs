using Clientele.Analytics.Metrics;

namespace Clientele.Web.Contracts;

/// <summary>The relationship KPIs of a period (docs/metrics.md), as <c>clientele kpi --json</c> computes them.</summary>
/// <param name="Period">The period.</param>
/// <param name="By">The slicing dimension, or null.</param>
/// <param name="All">The KPIs of all customers, with the Pareto curve, key accounts and cohort retention.</param>
/// <param name="Groups">The KPIs per group or time slice; empty without <c>by</c>.</param>
public sealed record KpiResponse(MetricPeriod Period, string? By, KpiSet All, IReadOnlyList<KpiSet> Groups);

/// <summary>The economics of a period (docs/metrics.md), as <c>clientele economics --json</c> computes them.</summary>
/// <param name="Period">The period.</param>
/// <param name="By">The slicing dimension, or null.</param>
/// <param name="All">The economics of all customers, with ROI per category, stage, tier … and CAC per channel.</param>
/// <param name="Groups">The economics per group or time slice; empty without <c>by</c>.</param>
public sealed record EconomicsResponse(MetricPeriod Period, string? By, EconomicsSet All, IReadOnlyList<EconomicsSet> Groups);
