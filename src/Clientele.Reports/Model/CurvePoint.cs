namespace Clientele.Reports.Model;

/// <summary>A point of the Pareto curve: the top <paramref name="CustomerShare"/> of customers make <paramref name="RevenueShare"/> of the value.</summary>
/// <param name="CustomerShare">Share of customers, ranked by value, 0–1.</param>
/// <param name="RevenueShare">Their share of the total, 0–1.</param>
public sealed record CurvePoint(double CustomerShare, double RevenueShare);
