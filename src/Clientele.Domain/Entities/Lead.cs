namespace Clientele.Domain.Entities;

/// <summary>A lead or opportunity (spec §1).</summary>
/// <param name="Id">Stable external id.</param>
/// <param name="Created">The day the lead was created.</param>
/// <param name="CustomerId">The customer, once converted.</param>
/// <param name="SourceChannel">Where the lead came from.</param>
/// <param name="ClosedOn">The day it was won or lost.</param>
/// <param name="Outcome">Open, won or lost.</param>
/// <param name="Amount">Opportunity value.</param>
public sealed record Lead(
    string Id,
    DateOnly Created,
    string? CustomerId = null,
    string? SourceChannel = null,
    DateOnly? ClosedOn = null,
    LeadOutcome Outcome = LeadOutcome.Open,
    decimal? Amount = null);
