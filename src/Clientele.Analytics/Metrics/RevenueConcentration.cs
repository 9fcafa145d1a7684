namespace Clientele.Analytics.Metrics;

/// <summary>
/// How concentrated period revenue is (the 20/80 rule). Customers with revenue &gt; 0 are ranked by revenue. top20Share = Σ revenue of the first ⌈0.2 · n⌉ / period revenue of the group; the Pareto curve
/// gives that share for every whole percent of customers; key accounts are the fewest top customers making ≥ 80%.
/// Period revenue includes returns, so a share can exceed 1 when customers with net returns pull the total down.
/// </summary>
public sealed class RevenueConcentration
{
    private const string NoRevenue = "no customer had positive revenue in the period";

    private readonly int[] ranked;
    private readonly double[] cumulative;
    private readonly double total;
    private readonly IReadOnlyList<string> ids;

    private RevenueConcentration(int[] ranked, double[] cumulative, double total, IReadOnlyList<string> ids)
    {
        this.ranked = ranked;
        this.cumulative = cumulative;
        this.total = total;
        this.ids = ids;
    }

    /// <summary>Customers with revenue &gt; 0.</summary>
    public int Customers => ranked.Length;

    /// <summary>Ranks the customers of every group of <paramref name="grouping"/> by their revenue in <paramref name="activity"/>, in one pass.</summary>
    public static RevenueConcentration[] Compute(CustomerActivity activity, CustomerGrouping grouping, IReadOnlyList<string> customerIds)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        ArgumentNullException.ThrowIfNull(customerIds);
        var values = activity.Revenue.ToArray();
        var members = Enumerable.Range(0, grouping.Count).Select(_ => new List<int>()).ToArray();
        var totals = new double[grouping.Count];
        for (int c = 0; c < values.Length; c++)
        {
            int g = grouping.Codes[c];
            if (g < 0) continue;
            totals[g] += values[c];
            if (values[c] > 0) members[g].Add(c);
        }

        var result = new RevenueConcentration[grouping.Count];
        for (int g = 0; g < result.Length; g++)
        {
            // Ties in revenue may come in any order: the shares are sums, equal whichever tied customer ranks first.
            var ranked = members[g].ToArray();
            var keys = ranked.Select(c => -values[c]).ToArray();
            Array.Sort(keys, ranked);
            var cumulative = new double[ranked.Length + 1];
            for (int r = 0; r < ranked.Length; r++) cumulative[r + 1] = cumulative[r] + values[ranked[r]];
            result[g] = new RevenueConcentration(ranked, cumulative, totals[g], customerIds);
        }

        return result;
    }

    /// <summary>top20Share: the share of period revenue from the top ⌈0.2 · n⌉ customers.</summary>
    public Measure Top20Share()
    {
        if (ranked.Length == 0) return Measure.Unknown(NoRevenue);
        if (total <= 0) return Measure.Unknown("period revenue is not positive (returns exceed sales)");
        int k = (int)Math.Ceiling(0.2 * ranked.Length - 1e-9);
        return Measure.Of(cumulative[k] / total);
    }

    /// <summary>The Pareto curve at 0%, 1%, …, 100% of the customers with revenue (⌈p · n⌉ customers at share p); empty without revenue.</summary>
    public IReadOnlyList<ParetoPoint> Curve()
    {
        if (ranked.Length == 0 || total <= 0) return [];
        var points = new ParetoPoint[101];
        for (int p = 0; p <= 100; p++)
        {
            int k = (int)Math.Ceiling(p / 100.0 * ranked.Length - 1e-9);
            points[p] = new ParetoPoint(p / 100.0, cumulative[k] / total);
        }

        return points;
    }

    /// <summary>The key accounts, or null when there is no positive revenue.</summary>
    public KeyAccounts? KeyAccounts()
    {
        if (ranked.Length == 0 || total <= 0) return null;
        int k = 0;
        while (k < ranked.Length && cumulative[k] < Metrics.KeyAccounts.ValueShare * total - 1e-9) k++;
        return new KeyAccounts(ranked.Take(k).Select(c => ids[c]).ToArray(), (double)k / ranked.Length, cumulative[k] / total);
    }
}
