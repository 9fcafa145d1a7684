namespace Clientele.Analytics.Dealers;

/// <summary>One dealer's scorecard row. A metric that cannot be computed is null, with the reason in <see cref="Notes"/>.</summary>
/// <param name="Rank">Rank by score (1 = best), or null when the dealer has no score.</param>
/// <param name="DealerId">The dealer's external id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its region.</param>
/// <param name="StoredTier">The tier the store holds for it.</param>
/// <param name="Sales">Sales in the period (transactions carrying its dealer id).</param>
/// <param name="PreviousSales">Sales in the preceding period of equal length.</param>
/// <param name="Growth">(Sales − previous) / previous; null when previous sales are not positive.</param>
/// <param name="MarketShare">Sales / region market size; null when the market size is unknown or not positive.</param>
/// <param name="CustomersServed">Distinct customers with a transaction through it in the period.</param>
/// <param name="Satisfaction">Mean satisfaction of those customers' responses in the period on a 5-point scale (5 · value / scale); null without responses.</param>
/// <param name="ComplaintRate">Complaints of those customers in the period / customers served; null when it served none.</param>
/// <param name="Outlets">Its outlets, as stored.</param>
/// <param name="Coverage">Its coverage, as stored (e.g. share of its region's districts served).</param>
/// <param name="Normalized">Each available metric's percentile rank across dealers, in [0, 1] (complaints inverted).</param>
/// <param name="Score">100 · Σ w·n / Σ w over the available metrics; null when none is available.</param>
/// <param name="IsKeyDealer">Whether it is one of the few dealers making up 80% of sales.</param>
/// <param name="SuggestedTier">A (top 20% by score), B (next 30%), C (the rest); null without a score.</param>
/// <param name="Notes">Why a metric is null.</param>
public sealed record DealerScore(
    int? Rank,
    string DealerId,
    string? Name,
    string? Region,
    string? StoredTier,
    decimal Sales,
    decimal PreviousSales,
    double? Growth,
    double? MarketShare,
    int CustomersServed,
    double? Satisfaction,
    double? ComplaintRate,
    int? Outlets,
    decimal? Coverage,
    IReadOnlyDictionary<ScorecardMetric, double> Normalized,
    double? Score,
    bool IsKeyDealer,
    string? SuggestedTier,
    IReadOnlyList<string> Notes);
