namespace Clientele.Analytics.ChurnRisk;

/// <summary>One customer of the churn warning list.</summary>
/// <param name="Rank">1 = the most value at risk.</param>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Clv">Discounted CLV (P(alive)-weighted, as the model predicts it).</param>
/// <param name="ProbabilityAlive">P(alive) as of the snapshot.</param>
/// <param name="ValueIfAlive">CLV / P(alive): the CLV of the customer if it is still alive; null when P(alive) = 0.</param>
/// <param name="ValueAtRisk">CLV × (1 − P(alive)) = value if alive × P(alive) × (1 − P(alive)) (docs/metrics-risk.md).</param>
/// <param name="DaysSinceLastPurchase">T − t_x in days.</param>
/// <param name="Reasons">The reasons in words, in rule order; empty when no rule fired.</param>
/// <param name="Profile">The customer's grouping attributes.</param>
public sealed record ChurnRiskEntry(
    int Rank,
    string CustomerId,
    double Clv,
    double ProbabilityAlive,
    double? ValueIfAlive,
    double ValueAtRisk,
    int DaysSinceLastPurchase,
    IReadOnlyList<ChurnReason> Reasons,
    CustomerProfile Profile);
