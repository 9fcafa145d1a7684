using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// Customer acquisition cost: cac = acquisition-stage investments dated in the period / customers acquired in the
/// period (acquired-on day, else first purchase, in the period); unknown when the ledger books no acquisition-stage
/// cost in the period (an empty ledger is not a free acquisition). Per group (e.g. acquisition channel): the
/// acquisition-stage cost charged to the group's customers (<see cref="CostCharges"/>) / the group's new customers.
/// </summary>
public static class Cac
{
    /// <summary>The reason a CAC has no value.</summary>
    public const string NoNewCustomers = "no customers acquired in the period";

    /// <summary>The reason a CAC has no value when the ledger books no acquisition cost: unknown, not free.</summary>
    public const string NoAcquisitionCost = "no acquisition-stage investments booked in the period";

    /// <summary>Customers acquired in <paramref name="period"/> per group.</summary>
    public static int[] NewCustomers(MetricsCustomers customers, MetricPeriod period, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(grouping);
        var count = new int[grouping.Count];
        for (int c = 0; c < customers.Count; c++)
        {
            int day = customers.AcquiredDay[c];
            if (grouping.Codes[c] is >= 0 and var g && day != MetricsCustomers.NoDay && period.Contains(day)) count[g]++;
        }

        return count;
    }

    /// <summary>The company's CAC: all acquisition-stage investments of the period over its new customers.</summary>
    public static Measure Compute(IEnumerable<Investment> investments, MetricsCustomers customers, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(investments);
        var booked = investments.Where(i => i.Stage == LifecycleStage.Acquisition && period.Contains(i.Date.DayNumber)).ToList();
        if (booked.Count == 0) return Measure.Unknown(NoAcquisitionCost);
        return Measure.Ratio(booked.Sum(i => (double)i.Amount), NewCustomers(customers, period, CustomerGrouping.ByNothing(customers.Count))[0], NoNewCustomers);
    }

    /// <summary>CAC per group from the charged acquisition cost.</summary>
    public static Measure[] ByGroup(MetricsCustomers customers, CostCharges charges, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(charges);
        var cost = Roi.Charged(charges.ByStage(LifecycleStage.Acquisition), grouping);
        var acquired = NewCustomers(customers, charges.Period, grouping);
        if (!charges.Investments.Any(i => i.Stage == LifecycleStage.Acquisition)) return Enumerable.Repeat(Measure.Unknown(NoAcquisitionCost), grouping.Count).ToArray();
        return Enumerable.Range(0, grouping.Count).Select(g => Measure.Ratio(cost[g], acquired[g], NoNewCustomers)).ToArray();
    }
}
