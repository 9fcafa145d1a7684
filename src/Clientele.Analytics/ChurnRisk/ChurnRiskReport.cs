using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.ChurnRisk;

/// <summary>The churn warning list and, when asked, value at risk per group.</summary>
/// <param name="AsOf">The as-of day of the current analysis snapshot.</param>
/// <param name="PreviousAsOf">The as-of day of the previous snapshot, or null when there is none.</param>
/// <param name="Customers">Customers in the current snapshot.</param>
/// <param name="Scored">Customers with a finite CLV and P(alive), so with a value at risk.</param>
/// <param name="TotalClv">Σ CLV over the scored customers.</param>
/// <param name="TotalValueAtRisk">Σ value at risk over the scored customers.</param>
/// <param name="Entries">The top customers by value at risk, with reasons.</param>
/// <param name="Dimension">What <paramref name="Groups"/> is grouped by, or null.</param>
/// <param name="Groups">Value at risk per group, largest first; empty without a dimension.</param>
public sealed record ChurnRiskReport(
    DateOnly AsOf,
    DateOnly? PreviousAsOf,
    int Customers,
    int Scored,
    double TotalClv,
    double TotalValueAtRisk,
    IReadOnlyList<ChurnRiskEntry> Entries,
    Dimension? Dimension,
    IReadOnlyList<ChurnRiskGroup> Groups);
