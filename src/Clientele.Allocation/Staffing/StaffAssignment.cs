namespace Clientele.Allocation.Staffing;

/// <summary>Which manager serves each customer, what is left unassigned, and each manager's load.</summary>
/// <param name="ManagerOf">Per customer (input order) the id of its manager, or null when unassigned.</param>
/// <param name="Loads">Per manager (input order) its hours and customers.</param>
/// <param name="Unassigned">The ids of customers no manager had capacity for, most valuable first.</param>
/// <param name="Kept">Customers that stay with their current manager although a stronger one had room.</param>
/// <param name="Moved">Customers with a current manager that were assigned to another one (or to none).</param>
/// <param name="SkillWeightedValue">Σ value × skill of its manager / the highest skill: the value served, counting a
/// customer in full when its manager is the strongest.</param>
public sealed record StaffAssignment(
    IReadOnlyList<string?> ManagerOf,
    IReadOnlyList<StaffLoad> Loads,
    IReadOnlyList<string> Unassigned,
    int Kept,
    int Moved,
    double SkillWeightedValue);
