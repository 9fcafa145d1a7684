namespace Clientele.Domain.Entities;

/// <summary>A staff member who serves customers, e.g. an account manager (spec §1).</summary>
/// <param name="Id">Stable external id.</param>
/// <param name="Name">Name.</param>
/// <param name="Role">Role, e.g. account manager, sales, service.</param>
/// <param name="CapacityHoursPerMonth">Hours a month available for customers.</param>
/// <param name="SkillLevel">Skill level, 1 (junior) to 5 (senior).</param>
public sealed record StaffMember(
    string Id,
    string? Name = null,
    string? Role = null,
    decimal? CapacityHoursPerMonth = null,
    int? SkillLevel = null);
