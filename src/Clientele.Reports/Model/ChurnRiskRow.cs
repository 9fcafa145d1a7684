namespace Clientele.Reports.Model;

/// <summary>One customer of the churn warning list.</summary>
/// <param name="Rank">1 = most value at risk.</param>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Segment">Its RFM segment.</param>
/// <param name="Clv">Its CLV.</param>
/// <param name="PAlive">Its P(alive).</param>
/// <param name="ValueAtRisk">CLV × (1 − P(alive)).</param>
/// <param name="DaysSinceLastPurchase">Days since its last purchase.</param>
/// <param name="Reasons">The reasons, in rule order.</param>
public sealed record ChurnRiskRow(
    int Rank, string CustomerId, string? Segment, double Clv, double PAlive, double ValueAtRisk, int DaysSinceLastPurchase, IReadOnlyList<ReasonText> Reasons);
