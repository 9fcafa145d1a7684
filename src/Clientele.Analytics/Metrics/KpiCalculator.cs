namespace Clientele.Analytics.Metrics;

/// <summary>Computes every relationship KPI for each group of a grouping, or for each calendar slice of a period.</summary>
public static class KpiCalculator
{
    /// <summary>
    /// The KPIs of every group of <paramref name="grouping"/> over <paramref name="period"/>; with
    /// <paramref name="detail"/> also the Pareto curve, key accounts and cohort matrix (costly per group, so meant for few groups).
    /// </summary>
    public static IReadOnlyList<KpiSet> Compute(MetricsData data, MetricPeriod period, CustomerGrouping grouping, bool detail)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(grouping);
        data.Require(MetricsParts.Kpi, nameof(data));
        var current = CustomerActivity.Compute(data, period);
        var previous = CustomerActivity.Compute(data, period.Preceding);
        var active = Active.Count(current, grouping);
        var revenue = GrossMargin.Revenue(current, grouping);
        var margin = GrossMargin.Compute(current, grouping);
        var orders = new int[grouping.Count];
        for (int c = 0; c < current.Orders.Length; c++)
        {
            if (grouping.Codes[c] is >= 0 and var g) orders[g] += current.Orders[c];
        }

        var nps = Nps.Compute(data.Surveys, grouping, period);
        var csat = Csat.Compute(data.Surveys, grouping, period);
        int scale = Csat.CommonScale(data.Surveys, period);
        var complaints = ComplaintRate.Compute(data.Contacts, current, grouping);
        var repeat = RepeatPurchaseRate.Compute(current, grouping);
        var aov = AverageOrderValue.Compute(current, grouping);
        var frequency = PurchaseFrequency.Compute(current, grouping);
        var churn = ChurnRate.Compute(current, previous, grouping);
        var retention = ChurnRate.Retention(churn);
        var conversion = ConversionRate.Compute(data.Leads, grouping, period);
        var cycle = SalesCycle.Compute(data.Leads, grouping, period);
        var correlation = SatisfactionLoyaltyCorrelation.Compute(data.Surveys, current, grouping);
        var concentrations = RevenueConcentration.Compute(current, grouping, data.Customers.Ids);
        var dimensions = SatisfactionByDimension.Compute(data.Surveys, grouping, period);
        var sets = new KpiSet[grouping.Count];
        for (int g = 0; g < sets.Length; g++)
        {
            var concentration = concentrations[g];
            sets[g] = new KpiSet(
                grouping.Labels[g], period, active[g], revenue[g], orders[g], margin[g], nps[g], csat[g], scale, complaints[g], repeat[g], aov[g],
                frequency[g], churn[g], retention[g], conversion[g], cycle[g], concentration.Top20Share(), correlation[g],
                dimensions[g],
                detail ? concentration.Curve() : [], detail ? concentration.KeyAccounts() : null,
                detail ? CohortRetention.Compute(data, period, grouping, g) : []);
        }

        return sets;
    }

    /// <summary>The KPIs of all customers over each calendar slice of <paramref name="period"/> (each slice with its own preceding period).</summary>
    public static IReadOnlyList<KpiSet> ComputeOverTime(MetricsData data, MetricPeriod period, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(data);
        var all = CustomerGrouping.All(data);
        // Slices are independent reads of the same immutable data: computed in parallel, returned in calendar order.
        return TimeSlices.Of(period, dimension).AsParallel().AsOrdered()
            .Select(s => Compute(data, s.Period, all, detail: false)[0] with { Group = s.Label }).ToArray();
    }
}
