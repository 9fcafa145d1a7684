namespace Clientele.Web.Contracts;

/// <summary>The churn early warning list (docs/metrics-risk.md): customers ranked by value at risk CLV × (1 − P(alive)).</summary>
/// <param name="AsOf">The as-of day of the snapshot used.</param>
/// <param name="RunId">That snapshot's run id.</param>
/// <param name="PreviousAsOf">The as-of day of the snapshot compared with (for "P(alive) fell"), or null.</param>
/// <param name="Customers">Customers in the snapshot.</param>
/// <param name="Scored">Customers with a finite CLV and P(alive).</param>
/// <param name="TotalClv">Σ CLV of the scored customers.</param>
/// <param name="TotalValueAtRisk">Σ value at risk of the scored customers.</param>
/// <param name="AtRisk">The top customers by value at risk, with their reasons.</param>
/// <param name="By">The dimension of <paramref name="Groups"/>, or null.</param>
/// <param name="Groups">Value at risk per group, largest first; empty without <c>by</c>.</param>
public sealed record ChurnRiskResponse(
    DateOnly AsOf, string RunId, DateOnly? PreviousAsOf, int Customers, int Scored, double TotalClv, double TotalValueAtRisk,
    IReadOnlyList<ChurnRiskCustomerResponse> AtRisk, string? By, IReadOnlyList<ChurnRiskGroupResponse> Groups);

/// <summary>One customer of the churn warning list.</summary>
/// <param name="Rank">1 = the most value at risk.</param>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Segment">Its RFM segment.</param>
/// <param name="Region">Its region.</param>
/// <param name="DealerId">Its dealer.</param>
/// <param name="Clv">CLV.</param>
/// <param name="PAlive">P(alive).</param>
/// <param name="ValueIfAlive">CLV / P(alive), or null when P(alive) = 0.</param>
/// <param name="ValueAtRisk">CLV × (1 − P(alive)).</param>
/// <param name="DaysSinceLastPurchase">Days since its last purchase.</param>
/// <param name="Reasons">Why it is at risk, in words and as a kind.</param>
public sealed record ChurnRiskCustomerResponse(
    int Rank, string CustomerId, string? Segment, string? Region, string? DealerId, double? Clv, double? PAlive, double? ValueIfAlive, double? ValueAtRisk,
    int DaysSinceLastPurchase, IReadOnlyList<ChurnReasonResponse> Reasons);

/// <summary>One reason a customer is at risk.</summary>
/// <param name="Kind">pAliveFell, pAliveLow, purchaseOverdue, satisfactionFell or openComplaints.</param>
/// <param name="Text">The reason in English words, with its numbers.</param>
public sealed record ChurnReasonResponse(string Kind, string Text);

/// <summary>Value at risk of one group.</summary>
/// <param name="Key">The group's value of the dimension ("(none)" when missing).</param>
/// <param name="Customers">Customers in the group.</param>
/// <param name="Clv">Σ CLV.</param>
/// <param name="ValueAtRisk">Σ value at risk.</param>
/// <param name="Share">Share of the total value at risk, or null when the total is not positive.</param>
public sealed record ChurnRiskGroupResponse(string Key, int Customers, double? Clv, double? ValueAtRisk, double? Share);
