using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.Dealers;

/// <summary>Dealer scorecards of one period: one row per dealer in rank order, and groups when asked.</summary>
/// <param name="Period">The period and its preceding period.</param>
/// <param name="Weights">The weights of the score.</param>
/// <param name="TotalSales">Σ sales of all dealers in the period.</param>
/// <param name="KeyDealerShare">The key dealers' share of the positive dealer sales; null when there are none.</param>
/// <param name="Dealers">The rows: scored dealers by rank, then unscored ones by sales.</param>
/// <param name="Groups">Rows added up per group, largest sales first; empty unless grouped.</param>
public sealed record DealerScorecardReport(
    MetricPeriod Period,
    ScorecardWeights Weights,
    decimal TotalSales,
    double? KeyDealerShare,
    IReadOnlyList<DealerScore> Dealers,
    IReadOnlyList<DealerGroup> Groups);
