namespace Clientele.Storage.Database;

/// <summary>
/// The CLV values that cut an analysis run's customers into <see cref="ValueTier"/>s by share of customers (spec §3's
/// default: top 5% gold, next 15% silver, the rest standard). A customer is gold when CLV ≥ <paramref name="GoldMinClv"/>,
/// else silver when CLV ≥ <paramref name="SilverMinClv"/>, else standard; customers tied at a cut share its tier, so a
/// tier can hold slightly more than its share. A customer whose CLV is undefined has no tier.
/// </summary>
/// <param name="RunId">The analysis run the cuts belong to.</param>
/// <param name="GoldMinClv">The smallest CLV in the gold tier: the CLV of the ⌈gold share · n⌉-th customer by CLV, descending.</param>
/// <param name="SilverMinClv">The smallest CLV in the silver tier: the CLV of the ⌈(gold + silver share) · n⌉-th customer.</param>
/// <param name="Customers">n: the run's customers with a defined CLV.</param>
public sealed record TierCuts(string RunId, double GoldMinClv, double SilverMinClv, long Customers)
{
    /// <summary>The share of customers in the gold tier by default.</summary>
    public const double DefaultGoldShare = 0.05;

    /// <summary>The share of customers in the silver tier by default.</summary>
    public const double DefaultSilverShare = 0.15;

    /// <summary>The tier of a customer with CLV <paramref name="clv"/>; null when the CLV is undefined (NaN).</summary>
    public ValueTier? TierOf(double clv) =>
        double.IsNaN(clv) ? null : clv >= GoldMinClv ? ValueTier.Gold : clv >= SilverMinClv ? ValueTier.Silver : ValueTier.Standard;
}
