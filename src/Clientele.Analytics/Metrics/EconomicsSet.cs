namespace Clientele.Analytics.Metrics;

/// <summary>
/// The economics of one group (or time slice) over one period: cost composition, CAC, ROI (gross, incremental,
/// payback), cost-to-serve and profitability. For all customers the costs are the ledger's; for a customer group
/// they are the costs charged to its customers (<see cref="CostCharges"/>). See docs/metrics.md.
/// </summary>
/// <param name="Group">The group or time-slice label ("all" when not sliced).</param>
/// <param name="Period">The period.</param>
/// <param name="Investment">Investments in the period (charged to the group's customers for a group).</param>
/// <param name="CostByCategory">Investment per cost category (snake_case names).</param>
/// <param name="CostByStage">Investment per lifecycle stage.</param>
/// <param name="Unattributed">Cost the charging rule could put on no customer (all customers only).</param>
/// <param name="NewCustomers">Customers acquired in the period.</param>
/// <param name="Cac">Customer acquisition cost.</param>
/// <param name="GrossMargin">Gross margin in the period.</param>
/// <param name="Roi">Gross ROI, %.</param>
/// <param name="IncrementalRoiBaseline">Incremental ROI against the preceding period, %.</param>
/// <param name="IncrementalRoiControl">Incremental ROI against the control group, %.</param>
/// <param name="PaybackMonths">Payback months.</param>
/// <param name="Profit">Gross margin − investment.</param>
/// <param name="CacByChannel">CAC per acquisition channel (detail).</param>
/// <param name="RoiByCategory">ROI per cost category (detail).</param>
/// <param name="RoiByStage">ROI per lifecycle stage (detail).</param>
/// <param name="RoiByCampaign">ROI per campaign id (detail).</param>
/// <param name="RoiByTier">ROI per value tier (detail).</param>
/// <param name="RoiBySegment">ROI per RFM segment (detail).</param>
/// <param name="RoiByDealer">ROI per dealer (detail).</param>
/// <param name="Tiers">Cost-to-serve and profitability per tier (detail).</param>
/// <param name="LeastProfitable">The least profitable customers, lowest profit first (detail).</param>
public sealed record EconomicsSet(
    string Group,
    MetricPeriod Period,
    double Investment,
    IReadOnlyDictionary<string, double> CostByCategory,
    IReadOnlyDictionary<string, double> CostByStage,
    double Unattributed,
    int NewCustomers,
    Measure Cac,
    Measure GrossMargin,
    Measure Roi,
    Measure IncrementalRoiBaseline,
    Measure IncrementalRoiControl,
    Measure PaybackMonths,
    Measure Profit,
    IReadOnlyDictionary<string, Measure> CacByChannel,
    IReadOnlyDictionary<string, Measure> RoiByCategory,
    IReadOnlyDictionary<string, Measure> RoiByStage,
    IReadOnlyDictionary<string, Measure> RoiByCampaign,
    IReadOnlyDictionary<string, Measure> RoiByTier,
    IReadOnlyDictionary<string, Measure> RoiBySegment,
    IReadOnlyDictionary<string, Measure> RoiByDealer,
    IReadOnlyList<GroupProfitability> Tiers,
    IReadOnlyList<CustomerProfit> LeastProfitable);
