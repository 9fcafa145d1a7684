namespace Clientele.Analytics.Metrics;

/// <summary>
/// Cost-to-serve and profitability per customer: cost-to-serve = the cost charged to the customer by
/// <see cref="CostCharges"/> (its own investments plus its share of segment, tier, dealer, campaign and overhead
/// costs); profit = gross margin in the period − cost-to-serve. Per group: the sums over its customers.
/// </summary>
public static class CustomerProfitability
{
    /// <summary>Profit per customer (NaN where the margin is unknown).</summary>
    public static double[] Profit(CustomerActivity activity, CostCharges charges)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(charges);
        var profit = new double[activity.Margin.Length];
        for (int c = 0; c < profit.Length; c++) profit[c] = activity.Margin[c] - charges.Total[c];
        return profit;
    }

    /// <summary>Cost-to-serve and profit of every group of <paramref name="grouping"/>.</summary>
    public static IReadOnlyList<GroupProfitability> ByGroup(CustomerActivity activity, CostCharges charges, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        var margin = GrossMargin.Compute(activity, grouping);
        var cost = Roi.Charged(charges.Total, grouping);
        var customers = new int[grouping.Count];
        foreach (int g in grouping.Codes)
        {
            if (g >= 0) customers[g]++;
        }

        return Enumerable.Range(0, grouping.Count).Select(g =>
        {
            var profit = margin[g].Map(m => m - cost[g]);
            const string Empty = "no customers in the group";
            return new GroupProfitability(
                grouping.Labels[g], customers[g], margin[g], cost[g], profit, Measure.Ratio(cost[g], customers[g], Empty),
                customers[g] == 0 ? Measure.Unknown(Empty) : profit.Map(p => p / customers[g]));
        }).ToArray();
    }
}
