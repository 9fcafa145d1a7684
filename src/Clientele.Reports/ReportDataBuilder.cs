using Clientele.Analytics.ChurnRisk;
using Clientele.Analytics.Metrics;
using Clientele.Analytics.Dealers;
using Clientele.Reports.Model;
using Clientele.Storage.Database;

namespace Clientele.Reports;

/// <summary>
/// Reads what the report shows from a store, through the store's own reads and the analytics' own measures (KPIs and
/// economics, churn risk, dealer scorecards): it adds nothing up its own way except the display aggregates of the snapshot (heat map,
/// segment and tier totals, the CLV histogram). Shared by <c>clientele report</c> and the web server.
/// </summary>
public static class ReportDataBuilder
{
    /// <summary>Builds the report data of <paramref name="store"/>.</summary>
    /// <param name="store">An open store.</param>
    /// <param name="options">What to show; validated here.</param>
    /// <param name="generatedAt">When the report is made (the caller's clock).</param>
    /// <exception cref="ArgumentException">The store or options are null, or the options are not valid.</exception>
    public static ReportData Build(ClienteleStore store, ReportOptions options, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options = options.Validated();

        var to = options.To ?? store.LastTransactionDate();
        ReportPeriod? period = to is { } last ? new ReportPeriod(options.From ?? last.AddMonths(-12).AddDays(1), last) : null;
        if (period is not null && period.From > period.To)
        {
            throw new ArgumentException($"The period starts ({period.From:yyyy-MM-dd}) after the last transaction ({period.To:yyyy-MM-dd}); give --to.", nameof(options));
        }

        var snapshot = LatestSnapshot(store, options.To);
        var tiers = snapshot is null ? null : SnapshotFigures.Tiers(snapshot);
        var metrics = period is null ? null : MetricsSections.Build(store, period);
        return new ReportData(
            options.Language,
            options.Currency,
            generatedAt.ToUniversalTime(),
            store.Location.DisplayName,
            period,
            snapshot is null ? null : new SnapshotInfo(snapshot.Run.RunId, snapshot.Run.AsOf, snapshot.Run.Unit.ToString().ToLowerInvariant(), snapshot.Run.Customers),
            Overview(snapshot, metrics),
            SnapshotFigures.Segments(snapshot, tiers),
            metrics?.Economics ?? new EconomicsSection(EmptyState.NoTransactions, [], [], [], [], [], [], []),
            metrics?.Relationship ?? new RelationshipSection(EmptyState.NoTransactions, [], null, [], null),
            Dealers(store, period),
            Churn(store, snapshot, options),
            Plan(store));
    }

    /// <summary>The latest snapshot with an as-of day on or before <paramref name="to"/> (any when null); of equal days the last written.</summary>
    private static AnalysisSnapshot? LatestSnapshot(ClienteleStore store, DateOnly? to)
    {
        var runs = store.ListAnalysisRuns();
        var run = runs.Select((r, i) => (Run: r, Order: i)).Where(r => to is null || r.Run.AsOf <= to)
            .OrderBy(r => r.Run.AsOf).ThenBy(r => r.Order).Select(r => r.Run).LastOrDefault();
        return run is null ? null : store.ReadAnalysisSnapshot(run.RunId);
    }

    private static OverviewSection Overview(AnalysisSnapshot? snapshot, MetricsFigures? metrics)
    {
        var tiles = new List<KpiTile>();
        IReadOnlyList<HistogramBin> histogram = [];
        string? clvEmpty = EmptyState.NoSnapshot;
        if (snapshot is { Results.Count: > 0 })
        {
            var results = snapshot.Results;
            var clv = results.Select(r => r.Clv).Where(double.IsFinite).ToArray();
            var alive = results.Select(r => r.ProbabilityAlive).Where(double.IsFinite).ToArray();
            tiles.Add(new KpiTile("customers", results.Count, "integer"));
            tiles.Add(clv.Length > 0 ? new KpiTile("totalClv", clv.Sum(), "currency") : new KpiTile("totalClv", null, "currency", "no customer has a CLV"));
            tiles.Add(alive.Length > 0 ? new KpiTile("meanPAlive", alive.Average(), "percent") : new KpiTile("meanPAlive", null, "percent", "no customer has a P(alive)"));
            histogram = Histogram.Of(clv);
            clvEmpty = histogram.Count == 0 ? EmptyState.NoClv : null;
        }

        if (metrics is null) return new OverviewSection(tiles, "revenue", [], EmptyState.NoTransactions, histogram, clvEmpty, null, EmptyState.NoTransactions);
        tiles.AddRange(metrics.Tiles);
        return new OverviewSection(tiles, "revenue", metrics.Pareto, metrics.ParetoEmpty, histogram, clvEmpty, metrics.Trends, null);
    }

    private static DealersSection Dealers(ClienteleStore store, ReportPeriod? period)
    {
        if (period is null) return new DealersSection(EmptyState.NoTransactions, 0, null, []);
        var scorecard = new MetricPeriod(period.From, period.To);
        var report = DealerScorecard.Build(store.ReadDealerFigures(scorecard), scorecard, ScorecardWeights.Default, null);
        if (report.Dealers.Count == 0) return new DealersSection(EmptyState.NoDealers, 0, null, []);
        var rows = report.Dealers.Select(d => new DealerRow(
            d.Rank, d.DealerId, d.Name, d.Region, (double)d.Sales, d.Growth, d.MarketShare, d.CustomersServed, d.Satisfaction, d.ComplaintRate,
            d.Score, d.IsKeyDealer, d.SuggestedTier)).ToList();
        return new DealersSection(null, (double)report.TotalSales, report.KeyDealerShare, rows);
    }

    private static ChurnRiskSection Churn(ClienteleStore store, AnalysisSnapshot? snapshot, ReportOptions options)
    {
        if (snapshot is null) return new ChurnRiskSection(EmptyState.NoSnapshot, null, 0, 0, []);
        var input = store.ReadChurnRiskInput(snapshot.Run.AsOf);
        if (input is null) return new ChurnRiskSection(EmptyState.NoSnapshot, null, 0, 0, []);
        var report = ChurnRiskList.Build(input.Customers, input.Current.AsOf, input.Previous?.AsOf, options.ChurnTop);
        var rows = report.Entries.Select(e => new ChurnRiskRow(
            e.Rank, e.CustomerId, e.Profile.Segment, e.Clv, e.ProbabilityAlive, e.ValueAtRisk, e.DaysSinceLastPurchase,
            e.Reasons.Select(r => new ReasonText(ReasonKind(r.Kind), r.Text)).ToList())).ToList();
        return new ChurnRiskSection(rows.Count == 0 ? EmptyState.NoRisk : null, report.PreviousAsOf, report.TotalClv, report.TotalValueAtRisk, rows);
    }

    private static string ReasonKind(ChurnReasonKind kind) => kind switch
    {
        ChurnReasonKind.ProbabilityAliveFell => "pAliveFell",
        ChurnReasonKind.ProbabilityAliveLow => "pAliveLow",
        ChurnReasonKind.PurchaseOverdue => "purchaseOverdue",
        ChurnReasonKind.SatisfactionFell => "satisfactionFell",
        _ => "openComplaints",
    };

    private static PlanSection Plan(ClienteleStore store)
    {
        // The plan people act on: the newest that is not superseded (an active plan or the latest draft).
        var plan = store.ListPlans().Where(p => p.Status != PlanStatus.Superseded).OrderBy(p => p.CreatedAt).LastOrDefault();
        if (plan is null) return new PlanSection(EmptyState.NoPlan, null, null, null, null, null, 0, 0, 0, 0, []);
        var items = store.ReadPlanItems(plan.PlanId);

        // Each item carries the tier the plan itself assigned (with its hysteresis), so cells are by that tier.
        var cells = items.GroupBy(i => (i.Tier, i.Option))
            .Select(g => new PlanCell(g.Key.Tier, g.Key.Option, g.Count(), (double)g.Sum(i => i.Cost), (double)g.Sum(i => i.Hours), (double)g.Sum(i => i.ExpectedValue)))
            .OrderBy(c => TierOrder(c.Tier)).ThenBy(c => c.Tier, StringComparer.Ordinal).ThenBy(c => c.Option, StringComparer.Ordinal).ToList();
        return new PlanSection(
            items.Count == 0 ? EmptyState.EmptyPlan : null, plan.PlanId, plan.PeriodStart, plan.PeriodEnd, plan.Status.ToString().ToLowerInvariant(), plan.CreatedBy, items.Count,
            (double)items.Sum(i => i.Cost), (double)items.Sum(i => i.Hours), (double)items.Sum(i => i.ExpectedValue), cells);
    }

    internal static int TierOrder(string tier) => tier switch
    {
        ValueTiers.Gold => 0,
        ValueTiers.Silver => 1,
        ValueTiers.Standard => 2,
        _ => 3,
    };
}
