namespace Clientele.Reports.Model;

/// <summary>One dealer's scorecard; a metric that cannot be computed is null.</summary>
/// <param name="Rank">Rank by score (1 = best), or null without a score.</param>
/// <param name="DealerId">The dealer's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its region.</param>
/// <param name="Sales">Sales in the period.</param>
/// <param name="Growth">Growth against the preceding period (share).</param>
/// <param name="MarketShare">Sales / region market size.</param>
/// <param name="CustomersServed">Distinct customers served.</param>
/// <param name="Satisfaction">Mean satisfaction of its customers on a 5-point scale.</param>
/// <param name="ComplaintRate">Complaints per customer served.</param>
/// <param name="Score">Weighted score 0–100.</param>
/// <param name="KeyDealer">Whether it is a key dealer.</param>
/// <param name="SuggestedTier">A, B or C.</param>
public sealed record DealerRow(
    int? Rank, string DealerId, string? Name, string? Region, double Sales, double? Growth, double? MarketShare, int CustomersServed,
    double? Satisfaction, double? ComplaintRate, double? Score, bool KeyDealer, string? SuggestedTier);
