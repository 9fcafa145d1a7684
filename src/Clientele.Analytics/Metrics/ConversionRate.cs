using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>conversionRate = leads created in the period that were won / leads created in the period.</summary>
public static class ConversionRate
{
    /// <summary>The conversion rate per group; unknown for every group when the grouping cannot place lost and open leads.</summary>
    public static Measure[] Compute(LeadRecords leads, CustomerGrouping grouping, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(grouping);
        ArgumentNullException.ThrowIfNull(period);
        if (!grouping.LeadsCoverGroups)
        {
            string by = grouping.Dimension is { } d ? DimensionText.ToText(d) : "this dimension";
            return Enumerable.Repeat(Measure.Unknown($"lost and open leads have no customer, so conversion cannot be sliced by {by} (try --by channel)"), grouping.Count).ToArray();
        }

        var created = new double[grouping.Count];
        var won = new double[grouping.Count];
        for (int i = 0; i < leads.Count; i++)
        {
            int g = grouping.LeadCodes[i];
            if (g < 0 || !period.Contains(leads.Created[i])) continue;
            created[g]++;
            if (leads.Outcome[i] == LeadOutcome.Won) won[g]++;
        }

        return Enumerable.Range(0, grouping.Count).Select(g => Measure.Ratio(won[g], created[g], "no leads created in the period")).ToArray();
    }
}
