namespace Clientele.Allocation;

/// <summary>
/// The same problem as <see cref="AllocationProblem"/> in columns, for millions of customers: customer
/// <c>i</c>'s menu is options <c>MenuStart[i] … MenuStart[i+1]−1</c> of the option columns. The solver reads the
/// arrays and never changes them.
/// </summary>
/// <param name="Budget">Total money available (+∞ = unlimited).</param>
/// <param name="StaffHours">Total staff hours available (+∞ = unlimited).</param>
/// <param name="MenuStart">Offsets of each customer's menu: length customers + 1, starting at 0, non-decreasing.</param>
/// <param name="Cost">Each option's cost (≥ 0).</param>
/// <param name="Hours">Each option's staff hours (≥ 0).</param>
/// <param name="Value">Each option's expected value before cost.</param>
/// <param name="Category">Each option's index into <paramref name="CategoryBudgets"/>, or −1 when its category has no budget of its own; null = none has.</param>
/// <param name="CategoryBudgets">Per-category budgets, indexed as <paramref name="Category"/>.</param>
/// <param name="CategoryNames">The categories' names (for binding constraints and messages); default "0", "1", ….</param>
/// <param name="Tier">Each customer's index into <paramref name="TierRules"/>, or −1 for no rule; null = no tier rules.</param>
/// <param name="TierRules">The rule of each tier (null entry = unconstrained).</param>
/// <param name="TierNames">The tiers' names (for messages); default "0", "1", ….</param>
public sealed record ColumnarAllocationProblem(
    double Budget,
    double StaffHours,
    int[] MenuStart,
    double[] Cost,
    double[] Hours,
    double[] Value,
    int[]? Category = null,
    double[]? CategoryBudgets = null,
    string[]? CategoryNames = null,
    int[]? Tier = null,
    TierRule?[]? TierRules = null,
    string[]? TierNames = null)
{
    /// <summary>The number of customers: <c>MenuStart.Length − 1</c>.</summary>
    public int CustomerCount => Math.Max(0, MenuStart.Length - 1);
}
