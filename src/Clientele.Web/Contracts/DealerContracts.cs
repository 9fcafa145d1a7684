namespace Clientele.Web.Contracts;

/// <summary>Dealer scorecards of a period, in rank order (docs/metrics-risk.md).</summary>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="PreviousFrom">First day of the preceding period of equal length (for growth).</param>
/// <param name="PreviousTo">Last day of the preceding period.</param>
/// <param name="Weights">The score's weight per metric.</param>
/// <param name="TotalSales">Σ sales of all dealers.</param>
/// <param name="KeyDealerShare">The key dealers' share of sales, or null when there are none.</param>
/// <param name="Dealers">Scored dealers by rank, then unscored ones by sales.</param>
/// <param name="By">region or tier when grouped, else null.</param>
/// <param name="Groups">The scorecards added up per group; empty unless grouped.</param>
public sealed record DealersResponse(
    DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo, IReadOnlyDictionary<string, double> Weights, decimal TotalSales,
    double? KeyDealerShare, IReadOnlyList<DealerScoreResponse> Dealers, string? By, IReadOnlyList<DealerGroupResponse> Groups);

/// <summary>One dealer's scorecard; a metric that cannot be computed is null with the reason in <paramref name="Notes"/>.</summary>
/// <param name="Rank">Rank by score (1 = best), or null without a score.</param>
/// <param name="DealerId">The dealer's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its region.</param>
/// <param name="StoredTier">The tier the store holds for it.</param>
/// <param name="Sales">Sales in the period.</param>
/// <param name="PreviousSales">Sales in the preceding period.</param>
/// <param name="Growth">(Sales − previous) / previous.</param>
/// <param name="MarketShare">Sales / region market size.</param>
/// <param name="CustomersServed">Distinct customers served in the period.</param>
/// <param name="Satisfaction">Mean satisfaction of its customers on a 5-point scale.</param>
/// <param name="ComplaintRate">Complaints per customer served.</param>
/// <param name="Outlets">Its outlets.</param>
/// <param name="Coverage">Its coverage.</param>
/// <param name="Score">100 · Σ w·n / Σ w over the available metrics (percentile ranks n).</param>
/// <param name="KeyDealer">Whether it is one of the few dealers making 80% of sales.</param>
/// <param name="SuggestedTier">A, B or C by score rank.</param>
/// <param name="Notes">Why a metric is null.</param>
public sealed record DealerScoreResponse(
    int? Rank, string DealerId, string? Name, string? Region, string? StoredTier, decimal Sales, decimal PreviousSales, double? Growth, double? MarketShare,
    int CustomersServed, double? Satisfaction, double? ComplaintRate, int? Outlets, decimal? Coverage, double? Score, bool KeyDealer, string? SuggestedTier,
    IReadOnlyList<string> Notes);

/// <summary>Dealer scorecards added up per region or stored tier.</summary>
/// <param name="Key">The region or tier ("(none)" when missing).</param>
/// <param name="Dealers">Dealers in the group.</param>
/// <param name="Sales">Σ sales.</param>
/// <param name="PreviousSales">Σ sales of the preceding period.</param>
/// <param name="Growth">(Σ sales − Σ previous) / Σ previous, or null.</param>
/// <param name="CustomersServed">Σ customers served.</param>
/// <param name="KeyDealers">Key dealers in the group.</param>
/// <param name="MeanScore">Mean score of its scored dealers, or null.</param>
public sealed record DealerGroupResponse(string Key, int Dealers, decimal Sales, decimal PreviousSales, double? Growth, int CustomersServed, int KeyDealers, double? MeanScore);
