namespace Clientele.Web.Contracts;

/// <summary>Customers and value per RFM segment and per value tier of the latest analysis run.</summary>
/// <param name="RunId">The run, or null when the store holds no analysis (then the lists are empty).</param>
/// <param name="Segments">Per segment, largest first.</param>
/// <param name="Tiers">The CLV cuts of the tiers (gold: top 5% of customers, silver: next 15%), or null.</param>
public sealed record SegmentsResponse(string? RunId, IReadOnlyList<SegmentResponse> Segments, TiersResponse? Tiers);

/// <summary>One RFM segment.</summary>
/// <param name="Segment">Its name.</param>
/// <param name="Customers">Its customers.</param>
/// <param name="Share">Its share of the run's customers.</param>
/// <param name="Revenue">Their revenue.</param>
/// <param name="TotalClv">Their total CLV.</param>
/// <param name="MeanProbabilityAlive">Their mean P(alive).</param>
public sealed record SegmentResponse(string Segment, long Customers, double Share, decimal Revenue, double? TotalClv, double? MeanProbabilityAlive);

/// <summary>The CLV cuts of the value tiers.</summary>
/// <param name="GoldMinClv">The least CLV of a gold customer.</param>
/// <param name="SilverMinClv">The least CLV of a silver customer.</param>
/// <param name="Customers">Customers with a CLV.</param>
public sealed record TiersResponse(double GoldMinClv, double SilverMinClv, long Customers);
