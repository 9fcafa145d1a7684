namespace Clientele.Analytics.Metrics;

/// <summary>complaintRate = complaint interactions dated in the period / customers active in the period.</summary>
public static class ComplaintRate
{
    /// <summary>The complaint rate per group.</summary>
    public static Measure[] Compute(ContactEvents contacts, CustomerActivity activity, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        var complaints = new double[grouping.Count];
        for (int i = 0; i < contacts.Count; i++)
        {
            int g = grouping.Codes[contacts.Customer[i]];
            if (g >= 0 && activity.Period.Contains(contacts.Day[i])) complaints[g] += contacts.Complaints[i];
        }

        var active = Active.Count(activity, grouping);
        return Enumerable.Range(0, grouping.Count).Select(g => Measure.Ratio(complaints[g], active[g], Active.NoneReason)).ToArray();
    }
}
