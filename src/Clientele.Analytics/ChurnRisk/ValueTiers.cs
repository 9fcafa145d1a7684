namespace Clientele.Analytics.ChurnRisk;

/// <summary>
/// Value tiers by CLV rank (the 20/80 rule of spec §2): gold = the top ⌈5% · n⌉ customers by CLV, silver = the next ones
/// up to ⌈20% · n⌉, standard = the rest. Ties keep input order; a customer without a CLV (NaN) is standard.
/// </summary>
public static class ValueTiers
{
    /// <summary>Name of the top tier.</summary>
    public const string Gold = "gold";

    /// <summary>Name of the second tier.</summary>
    public const string Silver = "silver";

    /// <summary>Name of the rest.</summary>
    public const string Standard = "standard";

    /// <summary>The default share of customers in gold (5%).</summary>
    public const double GoldShare = 0.05;

    /// <summary>The default share of customers in gold or silver (5% + 15% = 20%).</summary>
    public const double GoldOrSilverShare = 0.20;

    /// <summary>The tier of each customer, in input order.</summary>
    /// <param name="clv">One CLV per customer.</param>
    public static string[] Assign(IReadOnlyList<double> clv)
    {
        ArgumentNullException.ThrowIfNull(clv);
        int n = clv.Count;
        var order = Enumerable.Range(0, n).Where(i => !double.IsNaN(clv[i])).OrderByDescending(i => clv[i]).ThenBy(i => i).ToArray();
        int gold = (int)Math.Ceiling(GoldShare * n - 1e-9);
        int silver = (int)Math.Ceiling(GoldOrSilverShare * n - 1e-9);
        var tiers = new string[n];
        Array.Fill(tiers, Standard);
        for (int rank = 0; rank < order.Length && rank < silver; rank++) tiers[order[rank]] = rank < gold ? Gold : Silver;
        return tiers;
    }
}
