namespace Clientele.Reports.Model;

/// <summary>
/// Everything the HTML report (and the dashboard's pages) show, as one immutable value serialized to JSON in camelCase
/// (<see cref="ReportJson"/>). Each section states why it is empty instead of inventing numbers.
/// </summary>
/// <param name="Language">The report's language: "en" or "zh-CN".</param>
/// <param name="Currency">ISO 4217 code money is shown in, e.g. "CNY".</param>
/// <param name="GeneratedAt">When the report was made (UTC).</param>
/// <param name="Store">The store's display name.</param>
/// <param name="Period">The period of the period-based sections, or null when the store holds no transactions.</param>
/// <param name="Snapshot">The analysis snapshot the customer-value sections use, or null when there is none.</param>
/// <param name="Overview">KPI tiles, the Pareto curve, the CLV distribution and trends.</param>
/// <param name="Segments">The RFM heat map, segments and value tiers.</param>
/// <param name="Economics">Cost composition, ROI and CAC of the period.</param>
/// <param name="Relationship">The relationship KPIs and cohorts of the period.</param>
/// <param name="Dealers">The dealer scorecards.</param>
/// <param name="ChurnRisk">The churn early warning list.</param>
/// <param name="Plan">The latest allocation plan.</param>
public sealed record ReportData(
    string Language,
    string Currency,
    DateTimeOffset GeneratedAt,
    string Store,
    ReportPeriod? Period,
    SnapshotInfo? Snapshot,
    OverviewSection Overview,
    SegmentsSection Segments,
    EconomicsSection Economics,
    RelationshipSection Relationship,
    DealersSection Dealers,
    ChurnRiskSection ChurnRisk,
    PlanSection Plan);
