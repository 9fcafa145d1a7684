namespace Clientele.Allocation.Policies;

/// <summary>A customer to build a menu for: its id and its tier.</summary>
/// <param name="Id">The customer's external id.</param>
/// <param name="Tier">Its tier, one of the policy's tier names.</param>
public sealed record PolicyCustomer(string Id, string Tier);
