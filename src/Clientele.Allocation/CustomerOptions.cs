namespace Clientele.Allocation;

/// <summary>A customer's menu: exactly one of <paramref name="Options"/> is chosen for it.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Tier">The customer's tier (the key of its rule in <see cref="AllocationProblem.TierRules"/>).</param>
/// <param name="Options">The menu. It should contain a "no extra action" option (cost 0, hours 0, value 0).</param>
public sealed record CustomerOptions(string CustomerId, string Tier, IReadOnlyList<AllocationOption> Options);
