namespace Clientele.Domain.Entities;

/// <summary>One entry of the cost ledger (spec §1): money invested in customers.</summary>
/// <param name="Id">Stable external id.</param>
/// <param name="Date">The day the cost was booked.</param>
/// <param name="Amount">The cost.</param>
/// <param name="Category">Cost category.</param>
/// <param name="Stage">Lifecycle stage served.</param>
/// <param name="TargetKind">What the cost was spent on.</param>
/// <param name="TargetId">The targeted customer, segment, tier, dealer or campaign; null for overhead.</param>
/// <param name="PlanItemId">The allocation plan item this spend is booked against, if any.</param>
/// <param name="Description">Free text.</param>
public sealed record Investment(
    string Id,
    DateOnly Date,
    decimal Amount,
    CostCategory Category,
    LifecycleStage Stage,
    InvestmentTargetKind TargetKind = InvestmentTargetKind.Overhead,
    string? TargetId = null,
    string? PlanItemId = null,
    string? Description = null);
