namespace Clientele.Allocation.Tiers;

/// <summary>What a tier's share is a share of.</summary>
public enum TierCutBasis
{
    /// <summary>
    /// Share of customers: a tier with share 0.05 holds the top 5% of customers by score (at most ⌊0.05·n⌋ of them).
    /// </summary>
    CustomerShare,

    /// <summary>
    /// Share of value: a tier with share 0.80 holds the fewest top customers whose scores add up to 80% of the
    /// total score (the "key accounts" that make up 80% of value).
    /// </summary>
    ValueShare,
}
