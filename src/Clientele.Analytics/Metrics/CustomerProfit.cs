namespace Clientele.Analytics.Metrics;

/// <summary>One customer's gross margin, cost-to-serve and profit in a period.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="GrossMargin">Gross margin in the period.</param>
/// <param name="CostToServe">Cost charged to it.</param>
/// <param name="Profit">Gross margin − cost-to-serve.</param>
public sealed record CustomerProfit(string CustomerId, double GrossMargin, double CostToServe, double Profit);
