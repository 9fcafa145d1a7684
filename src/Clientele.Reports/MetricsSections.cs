using Clientele.Analytics.Metrics;
using Clientele.Reports.Model;
using Clientele.Storage.Database;

namespace Clientele.Reports;

/// <summary>
/// The period-based figures of the report — KPI tiles, Pareto curve, monthly trends, economics and relationship — from
/// the store's metrics read and the KPI / economics calculators, the same ones <c>clientele kpi</c> and
/// <c>clientele economics</c> use (docs/metrics.md): nothing is recomputed here.
/// </summary>
internal static class MetricsSections
{
    /// <summary>The figures of <paramref name="period"/>.</summary>
    public static MetricsFigures Build(ClienteleStore store, ReportPeriod period)
    {
        var metricPeriod = new MetricPeriod(period.From, period.To);
        var data = store.ReadMetricsData(metricPeriod);
        var all = CustomerGrouping.All(data);
        var kpi = KpiCalculator.Compute(data, metricPeriod, all, detail: true)[0];
        var months = KpiCalculator.ComputeOverTime(data, metricPeriod, Dimension.Month);
        var economics = EconomicsCalculator.Compute(data, metricPeriod, all, detail: true)[0];

        var tiles = new List<KpiTile>
        {
            new("revenue", kpi.Revenue, "currency"),
            new("activeCustomers", kpi.ActiveCustomers, "integer"),
            Tile("top20Share", kpi.Top20Share, "percent"),
        };
        var pareto = kpi.ParetoCurve.Select(p => new CurvePoint(p.CustomerShare, p.RevenueShare)).ToList();
        var trends = new TrendSeries(
            months.Select(m => m.Period.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            months.Select(m => (double?)m.Revenue).ToList(), months.Select(m => m.Orders).ToList(), months.Select(m => m.ActiveCustomers).ToList(),
            months.Select(m => m.Nps.Value).ToList(), months.Select(m => m.Csat.Value).ToList(), kpi.CsatScale,
            months.Select(m => m.ComplaintRate.Value).ToList());
        return new MetricsFigures(
            tiles, pareto, pareto.Count == 0 ? EmptyState.NoTransactions : null, trends,
            Economics(economics), Relationship(kpi));
    }

    private static KpiTile Tile(string key, Measure measure, string format) => new(key, measure.Value, format, measure.Reason);

    private static EconomicsSection Economics(EconomicsSet e)
    {
        if (e.Investment == 0 && e.CostByCategory.Values.All(v => v == 0))
        {
            return new EconomicsSection(EmptyState.NoInvestments, [], [], [], [], [], [], []);
        }

        var tiles = new List<KpiTile>
        {
            new("investment", e.Investment, "currency"),
            Tile("grossMargin", e.GrossMargin, "currency"),
            Tile("roi", e.Roi, "percentPoints"),
            Tile("incrementalRoi", e.IncrementalRoiBaseline, "percentPoints"),
            Tile("profit", e.Profit, "currency"),
            new("newCustomers", e.NewCustomers, "integer"),
            Tile("cac", e.Cac, "currency"),
            Tile("paybackMonths", e.PaybackMonths, "number"),
        };
        static List<KeyValue> Amounts(IReadOnlyDictionary<string, double> map) =>
            map.Where(p => p.Value != 0).OrderByDescending(p => p.Value).Select(p => new KeyValue(p.Key, p.Value)).ToList();
        static List<KeyMeasure> Measures(IReadOnlyDictionary<string, Measure> map) =>
            map.OrderBy(p => ReportDataBuilder.TierOrder(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyMeasure(p.Key, p.Value.Value, p.Value.Reason)).ToList();
        return new EconomicsSection(
            null, tiles, Amounts(e.CostByCategory), Amounts(e.CostByStage), Measures(e.RoiByCategory), Measures(e.RoiByStage), Measures(e.RoiByTier),
            Measures(e.CacByChannel));
    }

    private static RelationshipSection Relationship(KpiSet k)
    {
        var tiles = new List<KpiTile>
        {
            Tile("nps", k.Nps, "number"),
            Tile("csat", k.Csat, "number"),
            Tile("complaintRate", k.ComplaintRate, "number"),
            Tile("repeatPurchaseRate", k.RepeatPurchaseRate, "percent"),
            Tile("retentionRate", k.RetentionRate, "percent"),
            Tile("churnRate", k.ChurnRate, "percent"),
            Tile("conversionRate", k.ConversionRate, "percent"),
            Tile("salesCycleDays", k.SalesCycleDays, "number"),
            Tile("averageOrderValue", k.AverageOrderValue, "currency"),
        };
        var cohorts = k.Cohorts.Select(c => new CohortLine(c.Month, c.Customers, c.Retention)).ToList();
        return new RelationshipSection(
            null, tiles, k.Nps.Value is null && k.Csat.Value is null ? EmptyState.NoSurveys : null, cohorts, cohorts.Count == 0 ? EmptyState.NoCohorts : null);
    }
}
