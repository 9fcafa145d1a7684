namespace Clientele.Allocation.Staffing;

/// <summary>An account manager who can take customers.</summary>
/// <param name="Id">The manager's id.</param>
/// <param name="CapacityHours">Hours a month available for customers (≥ 0).</param>
/// <param name="Skill">Skill level (&gt; 0), e.g. 1 (junior) to 5 (senior); higher serves customers better.</param>
public sealed record StaffManager(string Id, double CapacityHours, double Skill);
