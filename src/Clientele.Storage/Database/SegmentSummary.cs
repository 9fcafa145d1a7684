namespace Clientele.Storage.Database;

/// <summary>The customers of one RFM segment in an analysis run and what they are worth.</summary>
/// <param name="Segment">The segment name.</param>
/// <param name="Customers">How many customers the segment holds.</param>
/// <param name="Revenue">Their revenue up to the as-of day, summed exactly.</param>
/// <param name="TotalClv">The sum of their CLVs (customers with an undefined CLV left out), or null when none has one.</param>
/// <param name="MeanProbabilityAlive">The mean P(alive) over the customers that have one, or null when none has.</param>
public sealed record SegmentSummary(string Segment, long Customers, decimal Revenue, double? TotalClv, double? MeanProbabilityAlive);
