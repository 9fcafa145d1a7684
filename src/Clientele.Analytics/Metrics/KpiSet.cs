namespace Clientele.Analytics.Metrics;

/// <summary>The relationship KPIs of one group (or time slice) over one period; see docs/metrics.md for every formula.</summary>
/// <param name="Group">The group or time-slice label ("all" when not sliced).</param>
/// <param name="Period">The period.</param>
/// <param name="ActiveCustomers">Customers with at least one transaction in the period.</param>
/// <param name="Revenue">Revenue in the period, returns included.</param>
/// <param name="Orders">Orders in the period.</param>
/// <param name="GrossMargin">Gross margin in the period.</param>
/// <param name="Nps">Net Promoter Score, −100 to 100.</param>
/// <param name="Csat">Mean overall satisfaction on <paramref name="CsatScale"/>.</param>
/// <param name="CsatScale">The top of the satisfaction scale (5 or 10).</param>
/// <param name="ComplaintRate">Complaints per active customer.</param>
/// <param name="RepeatPurchaseRate">Share of active customers with ≥ 2 purchase days.</param>
/// <param name="AverageOrderValue">Revenue per order.</param>
/// <param name="PurchaseFrequency">Purchase days per active customer.</param>
/// <param name="ChurnRate">Share of the preceding period's active customers not active in this one.</param>
/// <param name="RetentionRate">1 − churn rate.</param>
/// <param name="ConversionRate">Share of the leads created in the period that were won.</param>
/// <param name="SalesCycleDays">Mean days from created to closed of the leads won in the period.</param>
/// <param name="Top20Share">Share of revenue from the top 20% of customers.</param>
/// <param name="SatisfactionRepeatCorrelation">Correlation of satisfaction with repeat purchase.</param>
/// <param name="SatisfactionByDimension">Mean score per survey dimension.</param>
/// <param name="ParetoCurve">The Pareto curve (detail; empty when not asked for).</param>
/// <param name="KeyAccounts">The key accounts (detail; null when not asked for or without revenue).</param>
/// <param name="Cohorts">The cohort retention matrix (detail; empty when not asked for).</param>
public sealed record KpiSet(
    string Group,
    MetricPeriod Period,
    int ActiveCustomers,
    double Revenue,
    int Orders,
    Measure GrossMargin,
    Measure Nps,
    Measure Csat,
    int CsatScale,
    Measure ComplaintRate,
    Measure RepeatPurchaseRate,
    Measure AverageOrderValue,
    Measure PurchaseFrequency,
    Measure ChurnRate,
    Measure RetentionRate,
    Measure ConversionRate,
    Measure SalesCycleDays,
    Measure Top20Share,
    Measure SatisfactionRepeatCorrelation,
    IReadOnlyDictionary<string, double> SatisfactionByDimension,
    IReadOnlyList<ParetoPoint> ParetoCurve,
    KeyAccounts? KeyAccounts,
    IReadOnlyList<CohortRow> Cohorts);
