namespace Clientele.Storage.Database;

/// <summary>
/// One item of a stored plan (a row of <c>allocation_plan_items</c>): the option chosen for one customer.
/// Investments are booked against it by <see cref="ItemId"/> (<c>investments.plan_item_id</c>).
/// </summary>
/// <param name="ItemId">The item's external id, "PLAN/CUSTOMER".</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Tier">The customer's tier by the tier cuts (with hysteresis).</param>
/// <param name="MenuTier">The tier whose menu and rules the plan applied: <paramref name="Tier"/>, or one higher when a flag bumped the customer.</param>
/// <param name="Option">The chosen option's id ("none" for no extra action).</param>
/// <param name="Category">The option's cost category, e.g. "marketing_promotion".</param>
/// <param name="Cost">Planned money for the period.</param>
/// <param name="Hours">Planned staff hours for the period.</param>
/// <param name="ExpectedValue">The expected CLV the option adds (before its cost), rounded to 4 decimals.</param>
/// <param name="StaffId">The account manager assigned, or null.</param>
public sealed record StoredPlanItem(
    string ItemId,
    string CustomerId,
    string Tier,
    string MenuTier,
    string Option,
    string Category,
    decimal Cost,
    decimal Hours,
    decimal ExpectedValue,
    string? StaffId);
