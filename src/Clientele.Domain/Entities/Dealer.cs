namespace Clientele.Domain.Entities;

/// <summary>A dealer (distributor, channel partner) (spec §1).</summary>
/// <param name="Id">Stable external id.</param>
/// <param name="Name">Name.</param>
/// <param name="Region">The region it covers.</param>
/// <param name="Tier">Its current tier.</param>
/// <param name="Outlets">Number of outlets.</param>
/// <param name="Coverage">Coverage, e.g. share of its region's districts served (0–1).</param>
/// <param name="SalesTarget">Its sales target for the year.</param>
/// <param name="RegionMarketSize">The market size of its region, for market share.</param>
public sealed record Dealer(
    string Id,
    string? Name = null,
    string? Region = null,
    string? Tier = null,
    int? Outlets = null,
    decimal? Coverage = null,
    decimal? SalesTarget = null,
    decimal? RegionMarketSize = null);
