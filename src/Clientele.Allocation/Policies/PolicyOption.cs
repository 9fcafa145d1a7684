using Clientele.Domain.Entities;

namespace Clientele.Allocation.Policies;

/// <summary>
/// An option of the policy's catalogue: an action at a given intensity, with its cost, staff hours and expected
/// effect for one customer in one planning period.
/// </summary>
/// <param name="Id">The option's id, e.g. "gift", "am-visits-3"; "none" is reserved for "no extra action".</param>
/// <param name="Kind">What kind of action it is.</param>
/// <param name="Category">The cost category it is booked to.</param>
/// <param name="UnitCost">Money per unit (≥ 0).</param>
/// <param name="StaffHoursPerUnit">Staff hours per unit (≥ 0).</param>
/// <param name="Units">Units in the period (&gt; 0), e.g. 3 visits a quarter; 1 for a one-off action.</param>
/// <param name="Effect">The expected effect at <paramref name="Units"/> units.</param>
/// <param name="Response">The diminishing-returns curve <paramref name="Effect"/> was read from, or null for a
/// one-off action whose effect is stated directly.</param>
public sealed record PolicyOption(
    string Id,
    OptionKind Kind,
    CostCategory Category,
    double UnitCost,
    double StaffHoursPerUnit,
    double Units,
    OptionEffect Effect,
    OptionResponse? Response = null)
{
    /// <summary>The reserved id of "no extra action", which every menu includes.</summary>
    public const string NoneId = "none";

    /// <summary>Money for the period: UnitCost × Units.</summary>
    public double Cost => UnitCost * Units;

    /// <summary>Staff hours for the period: StaffHoursPerUnit × Units.</summary>
    public double Hours => StaffHoursPerUnit * Units;

    /// <summary>The category as written in files and category budgets, e.g. "marketing_promotion".</summary>
    public string CategoryText => EnumText.ToText(Category);

    /// <summary>An option whose effect follows <paramref name="response"/> at <paramref name="units"/> units.</summary>
    public static PolicyOption WithResponse(
        string id, OptionKind kind, CostCategory category, double unitCost, double staffHoursPerUnit, double units, OptionResponse response) =>
        new(id, kind, category, unitCost, staffHoursPerUnit, units, response.At(units), response);
}
