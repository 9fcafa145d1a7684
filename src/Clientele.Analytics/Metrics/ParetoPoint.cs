namespace Clientele.Analytics.Metrics;

/// <summary>One point of the Pareto (concentration) curve: the top <paramref name="CustomerShare"/> of customers by revenue make <paramref name="RevenueShare"/> of revenue.</summary>
/// <param name="CustomerShare">Share of the customers with revenue, 0–1.</param>
/// <param name="RevenueShare">Their share of period revenue.</param>
public sealed record ParetoPoint(double CustomerShare, double RevenueShare);
