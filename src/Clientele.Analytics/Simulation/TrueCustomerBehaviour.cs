namespace Clientele.Analytics.Simulation;

/// <summary>
/// The truth the demo company drew for one customer, which no analysis sees: kept so the decision-quality
/// simulation (spec §3) can score plans against what really happens.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="PurchaseRatePerWeek">λ: purchases per week while alive (BG/NBD).</param>
/// <param name="DropoutProbability">p: the chance of dropping out right after each purchase (BG/NBD).</param>
/// <param name="MeanSpend">The customer's mean order value (Gamma-Gamma ν scale), in CNY.</param>
/// <param name="MarginRate">The expected gross-margin rate of the customer's product mix.</param>
/// <param name="ChurnedOn">The day of the purchase after which the customer dropped out, when that happened inside the window.</param>
/// <param name="CareResponsiveness">
/// The relative cut in p that a full care program (gifts, trip, dedicated service) would bring, 0–1. The simulated
/// history is the baseline world: the care it logs is already folded into p; this is the response to extra care.
/// </param>
/// <param name="VisitResponsiveness">The relative rise in λ from one extra account-manager visit a month, 0–1, with diminishing returns beyond.</param>
/// <param name="ExpectedMarginNextYear">True expected gross margin over the year after the window: 0 if churned, else m · s · (1 − e^(−λ·p·52)) / p.</param>
/// <param name="Tier">The true value tier by <paramref name="ExpectedMarginNextYear"/>: top 5% gold, next 15% silver, rest standard.</param>
public sealed record TrueCustomerBehaviour(
    string CustomerId,
    double PurchaseRatePerWeek,
    double DropoutProbability,
    double MeanSpend,
    double MarginRate,
    DateOnly? ChurnedOn,
    double CareResponsiveness,
    double VisitResponsiveness,
    double ExpectedMarginNextYear,
    TrueValueTier Tier);
