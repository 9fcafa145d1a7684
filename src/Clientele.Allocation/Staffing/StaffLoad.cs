namespace Clientele.Allocation.Staffing;

/// <summary>How much of a manager's capacity the assignment uses.</summary>
/// <param name="ManagerId">The manager's id.</param>
/// <param name="CapacityHours">Hours available.</param>
/// <param name="HoursUsed">Hours its assigned customers need (≤ capacity).</param>
/// <param name="Customers">The number of customers assigned to it.</param>
public sealed record StaffLoad(string ManagerId, double CapacityHours, double HoursUsed, int Customers)
{
    /// <summary>HoursUsed / CapacityHours; null for a manager without capacity.</summary>
    public double? Utilization => CapacityHours > 0 ? HoursUsed / CapacityHours : null;
}
