namespace Clientele.Analytics.Metrics;

/// <summary>Customers active in a period: those with at least one transaction dated in it.</summary>
public static class Active
{
    /// <summary>The reason a rate over active customers has no value.</summary>
    public const string NoneReason = "no customer was active (had a transaction) in the period";

    /// <summary>Active customers per group.</summary>
    public static int[] Count(CustomerActivity activity, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        var count = new int[grouping.Count];
        var active = activity.Active;
        for (int c = 0; c < active.Length; c++)
        {
            int g = grouping.Codes[c];
            if (g >= 0 && active[c]) count[g]++;
        }

        return count;
    }
}
