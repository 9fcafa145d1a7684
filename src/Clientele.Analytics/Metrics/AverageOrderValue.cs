namespace Clientele.Analytics.Metrics;

/// <summary>
/// averageOrderValue = revenue in the period (returns included) / orders in the period, where an order is a distinct
/// order id among the rows with a positive amount (a row without an order id is its own order).
/// </summary>
public static class AverageOrderValue
{
    /// <summary>The average order value per group.</summary>
    public static Measure[] Compute(CustomerActivity activity, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        var revenue = new double[grouping.Count];
        var orders = new double[grouping.Count];
        for (int c = 0; c < activity.Orders.Length; c++)
        {
            int g = grouping.Codes[c];
            if (g < 0) continue;
            revenue[g] += activity.Revenue[c];
            orders[g] += activity.Orders[c];
        }

        return Enumerable.Range(0, grouping.Count).Select(g => Measure.Ratio(revenue[g], orders[g], "no orders in the period")).ToArray();
    }
}
