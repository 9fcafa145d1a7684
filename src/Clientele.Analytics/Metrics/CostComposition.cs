using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// Cost composition: costByCategory and costByStage = sums of the investments dated in the period, per cost category
/// and per lifecycle stage (every category and stage listed, zero when nothing was booked). Per customer group: the
/// cost charged to the group's customers (<see cref="CostCharges"/>).
/// </summary>
public static class CostComposition
{
    /// <summary>Σ amount per category of the investments dated in <paramref name="period"/>.</summary>
    public static IReadOnlyDictionary<CostCategory, double> ByCategory(IEnumerable<Investment> investments, MetricPeriod period) =>
        Sum(investments, period, i => i.Category);

    /// <summary>Σ amount per lifecycle stage of the investments dated in <paramref name="period"/>.</summary>
    public static IReadOnlyDictionary<LifecycleStage, double> ByStage(IEnumerable<Investment> investments, MetricPeriod period) =>
        Sum(investments, period, i => i.Stage);

    /// <summary>Cost charged per category to the customers of each group.</summary>
    public static IReadOnlyDictionary<CostCategory, double>[] ChargedByCategory(CostCharges charges, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(charges);
        var sums = Enum.GetValues<CostCategory>().ToDictionary(c => c, c => Roi.Charged(charges.ByCategory(c), grouping));
        return Enumerable.Range(0, grouping.Count).Select(g => (IReadOnlyDictionary<CostCategory, double>)sums.ToDictionary(p => p.Key, p => p.Value[g])).ToArray();
    }

    /// <summary>Cost charged per lifecycle stage to the customers of each group.</summary>
    public static IReadOnlyDictionary<LifecycleStage, double>[] ChargedByStage(CostCharges charges, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(charges);
        var sums = Enum.GetValues<LifecycleStage>().ToDictionary(s => s, s => Roi.Charged(charges.ByStage(s), grouping));
        return Enumerable.Range(0, grouping.Count).Select(g => (IReadOnlyDictionary<LifecycleStage, double>)sums.ToDictionary(p => p.Key, p => p.Value[g])).ToArray();
    }

    private static Dictionary<T, double> Sum<T>(IEnumerable<Investment> investments, MetricPeriod period, Func<Investment, T> key)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(investments);
        ArgumentNullException.ThrowIfNull(period);
        var sums = Enum.GetValues<T>().ToDictionary(v => v, _ => 0.0);
        foreach (var i in investments)
        {
            if (period.Contains(i.Date.DayNumber)) sums[key(i)] += (double)i.Amount;
        }

        return sums;
    }
}
