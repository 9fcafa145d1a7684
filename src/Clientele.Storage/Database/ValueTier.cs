namespace Clientele.Storage.Database;

/// <summary>
/// A customer's value tier within an analysis run (spec §3): the top share of customers by CLV is gold, the next
/// share silver, the rest standard. See <see cref="TierCuts"/> for the cut values.
/// </summary>
public enum ValueTier
{
    /// <summary>The most valuable customers (key accounts).</summary>
    Gold,

    /// <summary>The next most valuable customers.</summary>
    Silver,

    /// <summary>Everyone else with a CLV.</summary>
    Standard,
}
