namespace Clientele.Analytics.Metrics;

/// <summary>
/// churnRate = customers active in the preceding period of equal length and not active in this one / customers
/// active in the preceding period; retentionRate = 1 − churnRate.
/// </summary>
public static class ChurnRate
{
    /// <summary>The churn rate per group; <paramref name="previous"/> is the activity in <c>current.Period.Preceding</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is not the preceding period of <paramref name="current"/>.</exception>
    public static Measure[] Compute(CustomerActivity current, CustomerActivity previous, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(grouping);
        if (previous.Period != current.Period.Preceding)
        {
            throw new ArgumentException($"The previous activity must cover {current.Period.Preceding}, not {previous.Period}.", nameof(previous));
        }

        var before = new double[grouping.Count];
        var lost = new double[grouping.Count];
        for (int c = 0; c < current.Active.Length; c++)
        {
            int g = grouping.Codes[c];
            if (g < 0 || !previous.Active[c]) continue;
            before[g]++;
            if (!current.Active[c]) lost[g]++;
        }

        return Enumerable.Range(0, grouping.Count)
            .Select(g => Measure.Ratio(lost[g], before[g], $"no customer was active in the preceding period {previous.Period}")).ToArray();
    }

    /// <summary>retentionRate = 1 − churnRate, per group (unknown where churn is).</summary>
    public static Measure[] Retention(IEnumerable<Measure> churn)
    {
        ArgumentNullException.ThrowIfNull(churn);
        return churn.Select(m => m.Map(v => 1 - v)).ToArray();
    }
}
