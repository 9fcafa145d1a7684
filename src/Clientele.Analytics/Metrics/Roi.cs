namespace Clientele.Analytics.Metrics;

/// <summary>
/// Gross return on investment, in percent: roi = 100 × (benefit − cost) / cost. For the whole company the benefit is
/// the gross margin in the period and the cost the investments dated in it; for a category, stage or campaign the
/// benefit is the margin attributed to its investments (<see cref="CostCharges"/>); for a tier, segment or dealer
/// the margin of its customers against the cost charged to them.
/// </summary>
public static class Roi
{
    /// <summary>The reason an ROI without investment has no value.</summary>
    public const string NoInvestment = "no investments in the period";

    /// <summary>100 × (<paramref name="benefit"/> − <paramref name="cost"/>) / <paramref name="cost"/>.</summary>
    public static Measure Compute(Measure benefit, double cost)
    {
        ArgumentNullException.ThrowIfNull(benefit);
        if (cost == 0) return Measure.Unknown(NoInvestment);
        return benefit.Value is { } b ? Measure.Of(100 * (b - cost) / cost) : benefit;
    }

    /// <summary>ROI per key (category, stage, campaign, …) of the investments of <paramref name="charges"/>, keys in order.</summary>
    public static IReadOnlyDictionary<string, Measure> ByInvestment(CostCharges charges, Func<Domain.Entities.Investment, string?> key)
    {
        ArgumentNullException.ThrowIfNull(charges);
        ArgumentNullException.ThrowIfNull(key);
        var sums = new SortedDictionary<string, (double Cost, double Benefit)>(StringComparer.Ordinal);
        for (int j = 0; j < charges.Investments.Count; j++)
        {
            if (key(charges.Investments[j]) is not { } k) continue;
            var s = sums.GetValueOrDefault(k);
            sums[k] = (s.Cost + (double)charges.Investments[j].Amount, s.Benefit + charges.Benefit[j]);
        }

        return sums.ToDictionary(
            p => p.Key,
            p => Compute(double.IsNaN(p.Value.Benefit) ? Measure.Unknown(GrossMargin.UnknownReason) : Measure.Of(p.Value.Benefit), p.Value.Cost),
            StringComparer.Ordinal);
    }

    /// <summary>ROI per group: the group's gross margin against the cost charged to its customers.</summary>
    public static Measure[] ByGroup(CustomerActivity activity, CostCharges charges, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(charges);
        var margin = GrossMargin.Compute(activity, grouping);
        var cost = Charged(charges.Total, grouping);
        return Enumerable.Range(0, grouping.Count).Select(g => Compute(margin[g], cost[g])).ToArray();
    }

    /// <summary>Σ of a per-customer charge per group.</summary>
    public static double[] Charged(ReadOnlySpan<double> perCustomer, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        var sum = new double[grouping.Count];
        for (int c = 0; c < perCustomer.Length; c++)
        {
            if (grouping.Codes[c] is >= 0 and var g) sum[g] += perCustomer[c];
        }

        return sum;
    }
}
