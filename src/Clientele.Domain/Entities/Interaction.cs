namespace Clientele.Domain.Entities;

/// <summary>A contact with a customer (spec §1): a visit, call, service request, complaint, care action, ….</summary>
/// <param name="Id">Stable external id.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Date">The day of the interaction.</param>
/// <param name="Kind">What kind of interaction.</param>
/// <param name="Cost">Money spent on it (e.g. the gift), if any.</param>
/// <param name="Hours">Staff hours spent.</param>
/// <param name="StaffId">The staff member involved.</param>
/// <param name="Outcome">Outcome in words.</param>
/// <param name="ResolvedOn">When a service request or complaint was resolved.</param>
public sealed record Interaction(
    string Id,
    string CustomerId,
    DateOnly Date,
    InteractionKind Kind,
    decimal? Cost = null,
    decimal? Hours = null,
    string? StaffId = null,
    string? Outcome = null,
    DateOnly? ResolvedOn = null);
