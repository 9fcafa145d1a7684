namespace Clientele.Analytics.Metrics;

/// <summary>
/// Incremental ROI, in percent: what the extra spend returned beyond what would have happened anyway.
/// Against the baseline period (the preceding period of equal length): 100 × (ΔM − ΔI) / ΔI with ΔM the change in
/// gross margin and ΔI the change in investment; defined only when investment grew. Against a control group
/// (customers with attribute group=control): uplift = mean margin of the targeted non-control customers − mean margin
/// of the control customers; 100 × (uplift × targeted customers − targeted cost) / targeted cost.
/// </summary>
public static class IncrementalRoi
{
    /// <summary>Incremental ROI against the baseline period.</summary>
    public static Measure AgainstBaseline(Measure margin, double investment, Measure baselineMargin, double baselineInvestment, bool baselineHasData)
    {
        ArgumentNullException.ThrowIfNull(margin);
        ArgumentNullException.ThrowIfNull(baselineMargin);
        if (!baselineHasData) return Measure.Unknown("no transactions or investments in the baseline (preceding) period");
        double extra = investment - baselineInvestment;
        if (extra <= 0) return Measure.Unknown("investment did not grow over the baseline (preceding) period, so there is no incremental spend");
        if (margin.Value is not { } m) return margin;
        if (baselineMargin.Value is not { } b) return baselineMargin;
        return Measure.Of(100 * (m - b - extra) / extra);
    }

    /// <summary>Incremental ROI of the targeted spend against the control group, per group.</summary>
    public static Measure[] AgainstControlGroup(MetricsData data, CustomerActivity activity, CostCharges charges, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(charges);
        ArgumentNullException.ThrowIfNull(grouping);
        int k = grouping.Count;
        var treatedMargin = new double[k];
        var treated = new double[k];
        var cost = new double[k];
        var controlMargin = new double[k];
        var control = new double[k];
        for (int c = 0; c < data.Customers.Count; c++)
        {
            int g = grouping.Codes[c];
            if (g < 0) continue;
            if (data.Customers.InControlGroup[c])
            {
                controlMargin[g] += activity.Margin[c];
                control[g]++;
            }
            else if (charges.Targeted[c] > 0)
            {
                treatedMargin[g] += activity.Margin[c];
                treated[g]++;
                cost[g] += charges.Targeted[c];
            }
        }

        var result = new Measure[k];
        for (int g = 0; g < k; g++)
        {
            result[g] = control[g] == 0 ? Measure.Unknown($"no control group (customers with attribute {MetricsCustomers.GroupAttribute}={MetricsCustomers.ControlGroupValue})")
                : treated[g] == 0 ? Measure.Unknown("no customer outside the control group was targeted by an investment in the period")
                : double.IsNaN(treatedMargin[g] + controlMargin[g]) ? Measure.Unknown(GrossMargin.UnknownReason)
                : Measure.Of(100 * ((treatedMargin[g] / treated[g] - controlMargin[g] / control[g]) * treated[g] - cost[g]) / cost[g]);
        }

        return result;
    }
}
