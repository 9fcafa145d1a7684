namespace Clientele.Analytics.Metrics;

/// <summary>repeatPurchaseRate = customers with ≥ 2 distinct purchase days in the period / customers active in the period.</summary>
public static class RepeatPurchaseRate
{
    /// <summary>The repeat purchase rate per group.</summary>
    public static Measure[] Compute(CustomerActivity activity, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        var repeat = new double[grouping.Count];
        var days = activity.PurchaseDays;
        for (int c = 0; c < days.Length; c++)
        {
            int g = grouping.Codes[c];
            if (g >= 0 && days[c] >= 2) repeat[g]++;
        }

        var active = Active.Count(activity, grouping);
        return Enumerable.Range(0, grouping.Count).Select(g => Measure.Ratio(repeat[g], active[g], Active.NoneReason)).ToArray();
    }
}
