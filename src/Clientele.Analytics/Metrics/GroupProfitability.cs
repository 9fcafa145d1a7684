namespace Clientele.Analytics.Metrics;

/// <summary>Cost-to-serve and profitability of a group of customers (e.g. a tier) over a period.</summary>
/// <param name="Group">The group label.</param>
/// <param name="Customers">Customers in the group.</param>
/// <param name="GrossMargin">Their gross margin in the period.</param>
/// <param name="CostToServe">The cost charged to them.</param>
/// <param name="Profit">Gross margin − cost-to-serve.</param>
/// <param name="CostToServePerCustomer">Cost-to-serve / customers.</param>
/// <param name="ProfitPerCustomer">Profit / customers.</param>
public sealed record GroupProfitability(
    string Group, int Customers, Measure GrossMargin, double CostToServe, Measure Profit, Measure CostToServePerCustomer, Measure ProfitPerCustomer);
