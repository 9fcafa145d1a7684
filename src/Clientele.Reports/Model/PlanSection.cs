namespace Clientele.Reports.Model;

/// <summary>The latest allocation plan in the store, added up by tier and option.</summary>
/// <param name="Empty">Why the section is empty (an empty-state key), or null.</param>
/// <param name="PlanId">The plan's id.</param>
/// <param name="PeriodStart">First day of the plan's period.</param>
/// <param name="PeriodEnd">Last day of the plan's period.</param>
/// <param name="Status">Its status (e.g. draft, approved).</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="Items">Its items.</param>
/// <param name="TotalCost">Σ cost.</param>
/// <param name="TotalHours">Σ staff hours.</param>
/// <param name="TotalExpectedValue">Σ expected value of the items that state one.</param>
/// <param name="Cells">Per tier and option: items, cost, hours, expected value.</param>
public sealed record PlanSection(
    string? Empty, string? PlanId, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? Status, string? CreatedBy, int Items,
    double TotalCost, double TotalHours, double TotalExpectedValue, IReadOnlyList<PlanCell> Cells);
