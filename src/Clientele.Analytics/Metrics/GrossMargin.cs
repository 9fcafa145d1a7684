namespace Clientele.Analytics.Metrics;

/// <summary>
/// Revenue and gross margin in a period. margin = Σ over transactions of the transaction's margin, else amount × the
/// configured margin rate; unknown when a transaction has no margin and no rate is known.
/// </summary>
public static class GrossMargin
{
    /// <summary>The reason a margin is unknown.</summary>
    public const string UnknownReason = "some transactions carry no margin and no margin rate is known (no stored transaction has a margin)";

    /// <summary>Revenue per group.</summary>
    public static double[] Revenue(CustomerActivity activity, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        var sum = new double[grouping.Count];
        for (int c = 0; c < activity.Revenue.Length; c++)
        {
            if (grouping.Codes[c] is >= 0 and var g) sum[g] += activity.Revenue[c];
        }

        return sum;
    }

    /// <summary>Gross margin per group (unknown when a member's margin is).</summary>
    public static Measure[] Compute(CustomerActivity activity, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        var sum = new double[grouping.Count];
        for (int c = 0; c < activity.Margin.Length; c++)
        {
            if (grouping.Codes[c] is >= 0 and var g) sum[g] += activity.Margin[c];
        }

        return sum.Select(s => double.IsNaN(s) ? Measure.Unknown(UnknownReason) : Measure.Of(s)).ToArray();
    }
}
