namespace Clientele.Allocation;

/// <summary>
/// A multiple-choice knapsack with side constraints: choose one option per customer to maximize
/// Σ (value − cost) subject to Σ cost ≤ <paramref name="Budget"/>, Σ hours ≤ <paramref name="StaffHours"/>,
/// Σ cost of each category ≤ its entry in <paramref name="CategoryBudgets"/>, and each tier's <see cref="TierRule"/>.
/// </summary>
/// <param name="Budget">Total money available.</param>
/// <param name="StaffHours">Total staff hours available.</param>
/// <param name="Customers">One menu per customer.</param>
/// <param name="TierRules">Per-tier minimum and maximum service; tiers without a rule are unconstrained.</param>
/// <param name="CategoryBudgets">Per-category budgets; categories without an entry are limited only by the total.</param>
public sealed record AllocationProblem(
    double Budget,
    double StaffHours,
    IReadOnlyList<CustomerOptions> Customers,
    IReadOnlyDictionary<string, TierRule>? TierRules = null,
    IReadOnlyDictionary<string, double>? CategoryBudgets = null);
