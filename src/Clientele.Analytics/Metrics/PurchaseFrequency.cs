namespace Clientele.Analytics.Metrics;

/// <summary>purchaseFrequency = purchase days in the period / customers active in the period (same-day orders count once).</summary>
public static class PurchaseFrequency
{
    /// <summary>The purchase frequency per group.</summary>
    public static Measure[] Compute(CustomerActivity activity, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        var days = new double[grouping.Count];
        for (int c = 0; c < activity.PurchaseDays.Length; c++)
        {
            int g = grouping.Codes[c];
            if (g >= 0) days[g] += activity.PurchaseDays[c];
        }

        var active = Active.Count(activity, grouping);
        return Enumerable.Range(0, grouping.Count).Select(g => Measure.Ratio(days[g], active[g], Active.NoneReason)).ToArray();
    }
}
