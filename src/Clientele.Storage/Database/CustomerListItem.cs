namespace Clientele.Storage.Database;

/// <summary>One customer of a listing, with its results from the analysis run the listing reads (null where the run has none).</summary>
/// <param name="Id">The customer's external id.</param>
/// <param name="Name">The name.</param>
/// <param name="Region">The region.</param>
/// <param name="DealerId">The dealer serving the customer.</param>
/// <param name="Segment">The RFM segment in the run.</param>
/// <param name="Tier">The value tier in the run.</param>
/// <param name="Revenue">All amounts up to the run's as-of day.</param>
/// <param name="ProbabilityAlive">P(alive) as of the run's as-of day.</param>
/// <param name="Clv">The discounted CLV over the run's horizon.</param>
public sealed record CustomerListItem(
    string Id, string? Name, string? Region, string? DealerId, string? Segment, ValueTier? Tier, decimal? Revenue, double? ProbabilityAlive, double? Clv);
