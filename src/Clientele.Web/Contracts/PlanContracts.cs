namespace Clientele.Web.Contracts;

/// <summary>A plan to make from the latest analysis snapshot with the default policy (as <c>clientele allocate --db</c>).</summary>
/// <param name="Budget">Money for the period (≥ 0).</param>
/// <param name="StaffHours">Staff hours for the period (≥ 0); null for no limit.</param>
/// <param name="Draft">Store it as a draft instead of the active plan.</param>
public sealed record PlanCreateRequest(double? Budget, double? StaffHours, bool? Draft);
