namespace Clientele.Analytics.Metrics;

/// <summary>
/// A calculator's measures for the whole period and for its slices — calendar slices (month, quarter, year) or customer
/// groups (segment, tier, dealer, …) — as every consumer (CLI, web, report) asks for them.
/// </summary>
public static class MetricSlices
{
    /// <summary>
    /// The whole period's measures (with the detail blocks) and, when <paramref name="by"/> is given, one set per slice.
    /// </summary>
    /// <param name="data">The period's data.</param>
    /// <param name="period">The period.</param>
    /// <param name="by">The slicing dimension, or null for the whole period only.</param>
    /// <param name="compute">The measures per customer group (data, period, grouping, detail).</param>
    /// <param name="computeOverTime">The measures per calendar slice (data, period, time dimension).</param>
    public static (TSet All, IReadOnlyList<TSet> Groups) Compute<TSet>(
        MetricsData data,
        MetricPeriod period,
        Dimension? by,
        Func<MetricsData, MetricPeriod, CustomerGrouping, bool, IReadOnlyList<TSet>> compute,
        Func<MetricsData, MetricPeriod, Dimension, IReadOnlyList<TSet>> computeOverTime)
    {
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(computeOverTime);
        var all = compute(data, period, CustomerGrouping.All(data), true)[0];
        IReadOnlyList<TSet> groups = by switch
        {
            null => [],
            { } d when d.IsTime() => computeOverTime(data, period, d),
            { } d => compute(data, period, CustomerGrouping.By(data, d), false),
        };
        return (all, groups);
    }
}
