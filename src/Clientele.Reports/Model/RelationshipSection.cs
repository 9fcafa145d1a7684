namespace Clientele.Reports.Model;

/// <summary>The relationship KPIs of the report period (the <c>clientele kpi</c> measures, docs/metrics.md); its trends are the overview's.</summary>
/// <param name="Empty">Why the section is empty (an empty-state key), or null.</param>
/// <param name="Tiles">NPS, satisfaction, complaint, repeat purchase, retention and churn rates, conversion, sales cycle, order value.</param>
/// <param name="SurveysEmpty">Why there is no NPS / satisfaction (an empty-state key), or null.</param>
/// <param name="Cohorts">Cohort retention by acquisition month.</param>
/// <param name="CohortsEmpty">Why there are no cohorts (an empty-state key), or null.</param>
public sealed record RelationshipSection(string? Empty, IReadOnlyList<KpiTile> Tiles, string? SurveysEmpty, IReadOnlyList<CohortLine> Cohorts, string? CohortsEmpty);
