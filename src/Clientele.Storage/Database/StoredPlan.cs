namespace Clientele.Storage.Database;

/// <summary>One stored allocation plan (a row of <c>allocation_plans</c>).</summary>
/// <param name="PlanId">The plan's external id, e.g. "plan-3".</param>
/// <param name="PeriodStart">First day of the period the plan covers.</param>
/// <param name="PeriodEnd">Last day of the period (inclusive).</param>
/// <param name="Status">Draft, active or superseded.</param>
/// <param name="Inputs">The plan's inputs and solver figures as a JSON object (budget, staff hours, policy, snapshot, …).</param>
/// <param name="CreatedAt">When the plan was stored (UTC).</param>
/// <param name="CreatedBy">Who or what stored it, or null.</param>
/// <param name="ProposedFrom">The id of the plan whose evaluation proposed this one, or null.</param>
/// <param name="Items">The number of plan items (one per customer).</param>
public sealed record StoredPlan(
    string PlanId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    PlanStatus Status,
    string Inputs,
    DateTime CreatedAt,
    string? CreatedBy,
    string? ProposedFrom,
    int Items);
