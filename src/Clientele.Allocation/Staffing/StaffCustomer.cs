namespace Clientele.Allocation.Staffing;

/// <summary>A customer that needs an account manager.</summary>
/// <param name="Id">The customer's id.</param>
/// <param name="Value">Its value, e.g. CLV (≥ 0); the most valuable get the strongest managers.</param>
/// <param name="RequiredHours">Manager hours a month it needs (≥ 0).</param>
/// <param name="CurrentManager">The id of its current manager, or null. A manager not in the list (e.g. one who
/// left) counts as no relationship to keep.</param>
public sealed record StaffCustomer(string Id, double Value, double RequiredHours, string? CurrentManager = null);
