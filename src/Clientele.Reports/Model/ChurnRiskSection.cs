namespace Clientele.Reports.Model;

/// <summary>The churn early warning: the customers with the most value at risk, CLV × (1 − P(alive)), with reasons.</summary>
/// <param name="Empty">Why the section is empty (an empty-state key), or null.</param>
/// <param name="PreviousAsOf">The earlier snapshot compared with, or null.</param>
/// <param name="TotalClv">Σ CLV of the scored customers.</param>
/// <param name="TotalValueAtRisk">Σ value at risk.</param>
/// <param name="Customers">The top customers, most value at risk first.</param>
public sealed record ChurnRiskSection(string? Empty, DateOnly? PreviousAsOf, double TotalClv, double TotalValueAtRisk, IReadOnlyList<ChurnRiskRow> Customers);
