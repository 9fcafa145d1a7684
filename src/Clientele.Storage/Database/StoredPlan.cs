namespace Clientele.Storage.Database;

/// <summary>An allocation plan as stored (<c>allocation_plans</c> with its <c>allocation_plan_items</c>).</summary>
/// <param name="PlanId">The plan's external id.</param>
/// <param name="PeriodStart">First day of the period it plans.</param>
/// <param name="PeriodEnd">Last day of that period.</param>
/// <param name="Status">Its status, as stored.</param>
/// <param name="CreatedBy">Who made it, or null.</param>
/// <param name="CreatedAt">When it was saved (UTC).</param>
/// <param name="Items">Its items, in the order they were stored.</param>
public sealed record StoredPlan(
    string PlanId, DateOnly PeriodStart, DateOnly PeriodEnd, string Status, string? CreatedBy, DateTime CreatedAt, IReadOnlyList<StoredPlanItem> Items);
