using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>Computes the economics for each group of a grouping, or for each calendar slice of a period.</summary>
public static class EconomicsCalculator
{
    /// <summary>How many least profitable customers the detail lists.</summary>
    public const int LeastProfitableCount = 10;

    /// <summary>
    /// The economics of every group of <paramref name="grouping"/> over <paramref name="period"/>; with
    /// <paramref name="detail"/> also ROI per category / stage / campaign / tier / segment / dealer, CAC per channel,
    /// profitability per tier and the least profitable customers.
    /// </summary>
    public static IReadOnlyList<EconomicsSet> Compute(MetricsData data, MetricPeriod period, CustomerGrouping grouping, bool detail)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(grouping);
        data.Require(MetricsParts.Economics, nameof(data));
        bool all = grouping.Dimension is null;
        // The period and its baseline are independent passes over the same immutable data: one per core.
        CustomerActivity current = null!, previous = null!;
        CostCharges charges = null!, baseCharges = null!;
        Parallel.Invoke(
            () => (current, charges) = ActivityAndCharges(data, period),
            () => (previous, baseCharges) = ActivityAndCharges(data, period.Preceding));
        var margin = GrossMargin.Compute(current, grouping);
        var baseMargin = GrossMargin.Compute(previous, grouping);
        var invested = all ? [data.Investments.Where(i => period.Contains(i.Date.DayNumber)).Sum(i => (double)i.Amount)] : Roi.Charged(charges.Total, grouping);
        var baseInvested = all ? [baseCharges.Investments.Sum(i => (double)i.Amount)] : Roi.Charged(baseCharges.Total, grouping);
        bool baselineHasData = baseCharges.Investments.Count > 0 || previous.Active.Contains(true);
        var byCategory = all
            ? [Names(CostComposition.ByCategory(data.Investments, period))]
            : CostComposition.ChargedByCategory(charges, grouping).Select(Names).ToArray();
        var byStage = all
            ? [Names(CostComposition.ByStage(data.Investments, period))]
            : CostComposition.ChargedByStage(charges, grouping).Select(Names).ToArray();
        var acquired = Cac.NewCustomers(data.Customers, period, grouping);
        var cac = all ? [Cac.Compute(data.Investments, data.Customers, period)] : Cac.ByGroup(data.Customers, charges, grouping);
        var control = IncrementalRoi.AgainstControlGroup(data, current, charges, grouping);

        var sets = new EconomicsSet[grouping.Count];
        for (int g = 0; g < sets.Length; g++)
        {
            var empty = new Dictionary<string, Measure>();
            sets[g] = new EconomicsSet(
                grouping.Labels[g], period, invested[g], byCategory[g], byStage[g], all ? charges.Unattributed : 0, acquired[g], cac[g], margin[g],
                Roi.Compute(margin[g], invested[g]),
                IncrementalRoi.AgainstBaseline(margin[g], invested[g], baseMargin[g], baseInvested[g], baselineHasData),
                control[g], Payback.Months(invested[g], margin[g], period), margin[g].Map(m => m - invested[g]),
                empty, empty, empty, empty, empty, empty, empty, [], []);
        }

        if (!detail) return sets;
        for (int g = 0; g < sets.Length; g++)
        {
            // Detail slices the group's own customers further, so its figures always come from charges.
            var codes = grouping.Codes;
            var inGroup = Enumerable.Range(0, data.Customers.Count).Select(c => codes[c] == g).ToArray();
            sets[g] = sets[g] with
            {
                CacByChannel = Sub(data, grouping, g, Dimension.Channel, (sub, _) => Cac.ByGroup(data.Customers, charges, sub)),
                RoiByCategory = all ? Roi.ByInvestment(charges, i => EnumText.ToText(i.Category)) : new Dictionary<string, Measure>(),
                RoiByStage = all ? Roi.ByInvestment(charges, i => EnumText.ToText(i.Stage)) : new Dictionary<string, Measure>(),
                RoiByCampaign = all ? Roi.ByInvestment(charges, i => i.TargetKind == InvestmentTargetKind.Campaign ? i.TargetId : null) : new Dictionary<string, Measure>(),
                RoiByTier = Sub(data, grouping, g, Dimension.Tier, (sub, _) => Roi.ByGroup(current, charges, sub)),
                RoiBySegment = Sub(data, grouping, g, Dimension.Segment, (sub, _) => Roi.ByGroup(current, charges, sub)),
                RoiByDealer = Sub(data, grouping, g, Dimension.Dealer, (sub, _) => Roi.ByGroup(current, charges, sub)),
                Tiers = CustomerProfitability.ByGroup(current, charges, Restrict(CustomerGrouping.By(data, Dimension.Tier), inGroup)),
                LeastProfitable = LeastProfitable(data, current, charges, inGroup),
            };
        }

        return sets;
    }

    private static (CustomerActivity Activity, CostCharges Charges) ActivityAndCharges(MetricsData data, MetricPeriod period)
    {
        var activity = CustomerActivity.Compute(data, period);
        return (activity, CostCharges.Compute(data, activity));
    }

    /// <summary>The economics of all customers over each calendar slice of <paramref name="period"/>.</summary>
    public static IReadOnlyList<EconomicsSet> ComputeOverTime(MetricsData data, MetricPeriod period, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(data);
        var all = CustomerGrouping.All(data);
        // Slices are independent reads of the same immutable data: computed in parallel, returned in calendar order.
        return TimeSlices.Of(period, dimension).AsParallel().AsOrdered()
            .Select(s => Compute(data, s.Period, all, detail: false)[0] with { Group = s.Label }).ToArray();
    }

    private static IReadOnlyDictionary<string, double> Names<T>(IReadOnlyDictionary<T, double> sums)
        where T : struct, Enum => sums.ToDictionary(p => EnumText.ToText(p.Key), p => p.Value, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, Measure> Sub(
        MetricsData data, CustomerGrouping grouping, int group, Dimension dimension, Func<CustomerGrouping, int, Measure[]> measure)
    {
        var inGroup = Enumerable.Range(0, data.Customers.Count).Select(c => grouping.Codes[c] == group).ToArray();
        var sub = Restrict(CustomerGrouping.By(data, dimension), inGroup);
        var values = measure(sub, group);
        var result = new Dictionary<string, Measure>(StringComparer.Ordinal);
        for (int s = 0; s < sub.Count; s++)
        {
            if (sub.Codes.Contains(s)) result[sub.Labels[s]] = values[s];
        }

        return result;
    }

    private static CustomerGrouping Restrict(CustomerGrouping grouping, bool[] keep) => grouping.Where(keep);

    private static IReadOnlyList<CustomerProfit> LeastProfitable(MetricsData data, CustomerActivity activity, CostCharges charges, bool[] inGroup)
    {
        var profit = CustomerProfitability.Profit(activity, charges);
        return ScoreOrder(profit, inGroup).Take(LeastProfitableCount)
            .Select(c => new CustomerProfit(data.Customers.Ids[c], activity.Margin[c], charges.Total[c], profit[c])).ToArray();
    }

    private static IEnumerable<int> ScoreOrder(double[] profit, bool[] inGroup) =>
        Enumerable.Range(0, profit.Length).Where(c => inGroup[c] && !double.IsNaN(profit[c])).OrderBy(c => profit[c]);
}
