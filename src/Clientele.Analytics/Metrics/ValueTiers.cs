namespace Clientele.Analytics.Metrics;

/// <summary>
/// Value tiers by share of customers: rank the customers by CLV (highest first; ties keep customer order), the first
/// ⌈5% · n⌉ are <see cref="Gold"/>, the customers up to ⌈20% · n⌉ are <see cref="Silver"/>, the rest
/// <see cref="Standard"/> (spec §3, default cuts). Customers without a CLV (not analyzed) get no tier. A plain cut
/// without hysteresis: the allocation engine provides tiers that do not flip every period.
/// </summary>
public static class ValueTiers
{
    /// <summary>The top tier.</summary>
    public const string Gold = "gold";

    /// <summary>The middle tier.</summary>
    public const string Silver = "silver";

    /// <summary>Everyone else.</summary>
    public const string Standard = "standard";

    /// <summary>Share of the ranked customers that are gold.</summary>
    public const double GoldShare = 0.05;

    /// <summary>Share of the ranked customers that are gold or silver.</summary>
    public const double SilverOrBetterShare = 0.20;

    /// <summary>The tier of every customer of <paramref name="clv"/> (NaN = not analyzed → null).</summary>
    /// <exception cref="ArgumentNullException">The values are null.</exception>
    public static string?[] Assign(IReadOnlyList<double> clv)
    {
        ArgumentNullException.ThrowIfNull(clv);
        // OrderByDescending is stable: equal CLVs keep customer order, so the cut is reproducible.
        var ranked = Enumerable.Range(0, clv.Count).Where(i => !double.IsNaN(clv[i])).OrderByDescending(i => clv[i]).ToArray();
        var tiers = new string?[clv.Count];
        int gold = (int)Math.Ceiling(GoldShare * ranked.Length - 1e-9);
        int silver = (int)Math.Ceiling(SilverOrBetterShare * ranked.Length - 1e-9);
        for (int r = 0; r < ranked.Length; r++) tiers[ranked[r]] = r < gold ? Gold : r < silver ? Silver : Standard;
        return tiers;
    }
}
