namespace Clientele.Allocation;

/// <summary>
/// What one more unit of each resource would add to the objective at the optimum (the Lagrange multipliers of
/// the resource constraints); zero for a constraint that does not bind.
/// </summary>
/// <param name="Budget">Objective gained per extra unit of money.</param>
/// <param name="StaffHours">Objective gained per extra staff hour.</param>
/// <param name="CategoryBudgets">Objective gained per extra unit of each category's budget.</param>
public sealed record ShadowPrices(double Budget, double StaffHours, IReadOnlyDictionary<string, double> CategoryBudgets);
