using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>salesCycleDays = mean days from created to closed over the leads won (closed as won) in the period.</summary>
public static class SalesCycle
{
    /// <summary>The mean sales cycle in days per group (a won lead belongs to its customer's group, or its channel's).</summary>
    public static Measure[] Compute(LeadRecords leads, CustomerGrouping grouping, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(grouping);
        ArgumentNullException.ThrowIfNull(period);
        var days = new double[grouping.Count];
        var won = new double[grouping.Count];
        for (int i = 0; i < leads.Count; i++)
        {
            int g = grouping.LeadCodes[i];
            int closed = leads.Closed[i];
            if (g < 0 || leads.Outcome[i] != LeadOutcome.Won || closed == MetricsCustomers.NoDay || !period.Contains(closed)) continue;
            days[g] += closed - leads.Created[i];
            won[g]++;
        }

        return Enumerable.Range(0, grouping.Count).Select(g => Measure.Ratio(days[g], won[g], "no leads won in the period")).ToArray();
    }
}
