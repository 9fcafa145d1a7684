using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.Dealers;

/// <summary>
/// Dealer evaluation (spec §2): per dealer sales, growth, market share, customers served, satisfaction and complaint
/// rate of its customers, coverage; a weighted score of the metrics' percentile ranks across dealers; ranking; key
/// dealers (the fewest, by sales, whose sales reach 80% of the total); suggested tier by score rank. docs/metrics-risk.md.
/// </summary>
public static class DealerScorecard
{
    /// <summary>The share of sales the key dealers make up together (80%, the 20/80 rule).</summary>
    public const double KeyDealerSalesShare = 0.8;

    /// <summary>Builds the scorecards of <paramref name="figures"/> (one per dealer).</summary>
    /// <param name="figures">The store's figures per dealer; dealer ids must be distinct.</param>
    /// <param name="period">The scorecard period.</param>
    /// <param name="weights">Score weights; default <see cref="ScorecardWeights.Default"/>.</param>
    /// <param name="groupByRegion">Group by region (true), by stored tier (false), or not at all (null).</param>
    /// <exception cref="ArgumentException">An argument is null, a dealer id repeats, or a weight is invalid.</exception>
    public static DealerScorecardReport Build(
        IReadOnlyList<DealerFigures> figures, MetricPeriod period, ScorecardWeights? weights = null, bool? groupByRegion = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(period);
        weights ??= ScorecardWeights.Default;
        weights.Validate();
        var duplicate = figures.GroupBy(f => f.Dealer.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Dealer '{duplicate.Key}' appears more than once.", nameof(figures));

        int n = figures.Count;
        var metrics = Enum.GetValues<ScorecardMetric>();
        var raw = new double?[metrics.Length][];
        var notes = Enumerable.Range(0, n).Select(_ => new List<string>()).ToArray();
        foreach (var metric in metrics) raw[(int)metric] = new double?[n];
        for (int i = 0; i < n; i++)
        {
            var f = figures[i];
            raw[(int)ScorecardMetric.Sales][i] = (double)f.Sales;
            raw[(int)ScorecardMetric.Growth][i] = Growth(f.Sales, f.PreviousSales);
            if (f.PreviousSales <= 0) notes[i].Add("growth: no sales in the preceding period");
            raw[(int)ScorecardMetric.MarketShare][i] = f.Dealer.RegionMarketSize is { } size && size > 0 ? (double)(f.Sales / size) : null;
            if (raw[(int)ScorecardMetric.MarketShare][i] is null) notes[i].Add("market share: region market size not recorded");
            raw[(int)ScorecardMetric.Customers][i] = f.CustomersServed;
            raw[(int)ScorecardMetric.Satisfaction][i] = f.SatisfactionResponses > 0 ? 5 * f.SatisfactionShareSum / f.SatisfactionResponses : null;
            if (f.SatisfactionResponses == 0) notes[i].Add("satisfaction: no survey responses from its customers in the period");
            raw[(int)ScorecardMetric.Complaints][i] = f.CustomersServed > 0 ? (double)f.Complaints / f.CustomersServed : null;
            if (f.CustomersServed == 0) notes[i].Add("complaint rate: no customers served in the period");
            raw[(int)ScorecardMetric.Coverage][i] = f.Dealer.Coverage is { } coverage ? (double)coverage : null;
            if (f.Dealer.Coverage is null) notes[i].Add("coverage: not recorded");
        }

        var normalized = new double?[metrics.Length][];
        foreach (var metric in metrics)
        {
            normalized[(int)metric] = PercentileRanks(raw[(int)metric]);
            if (metric == ScorecardMetric.Complaints)
            {
                // Fewer complaints per customer is better.
                for (int i = 0; i < n; i++) normalized[(int)metric][i] = 1 - normalized[(int)metric][i];
            }
        }

        var score = new double?[n];
        var parts = new Dictionary<ScorecardMetric, double>[n];
        for (int i = 0; i < n; i++)
        {
            parts[i] = [];
            double sum = 0, weight = 0;
            foreach (var metric in metrics)
            {
                if (normalized[(int)metric][i] is not { } value) continue;
                parts[i][metric] = value;
                double w = weights.Of(metric);
                sum += w * value;
                weight += w;
            }

            score[i] = weight > 0 ? 100 * sum / weight : null;
            if (score[i] is null) notes[i].Add("score: none of the weighted metrics is available");
        }

        var key = KeyDealers(figures);
        var ranked = Enumerable.Range(0, n).Where(i => score[i] is not null)
            .OrderByDescending(i => score[i]).ThenByDescending(i => figures[i].Sales).ThenBy(i => figures[i].Dealer.Id, StringComparer.Ordinal).ToList();
        var rows = new List<DealerScore>(n);
        int k = ranked.Count;
        foreach (int i in ranked.Concat(Enumerable.Range(0, n).Where(i => score[i] is null)
            .OrderByDescending(i => figures[i].Sales).ThenBy(i => figures[i].Dealer.Id, StringComparer.Ordinal)))
        {
            int? rank = score[i] is null ? null : rows.Count + 1;
            var f = figures[i];
            rows.Add(new DealerScore(
                rank, f.Dealer.Id, f.Dealer.Name, f.Dealer.Region, f.Dealer.Tier, f.Sales, f.PreviousSales,
                raw[(int)ScorecardMetric.Growth][i], raw[(int)ScorecardMetric.MarketShare][i], f.CustomersServed,
                raw[(int)ScorecardMetric.Satisfaction][i], raw[(int)ScorecardMetric.Complaints][i], f.Dealer.Outlets, f.Dealer.Coverage,
                parts[i], score[i], key.Contains(i), rank is { } r ? SuggestedTier(r, k) : null, notes[i]));
        }

        decimal total = figures.Sum(f => f.Sales);
        decimal positive = figures.Sum(f => Math.Max(0m, f.Sales));
        double? keyShare = positive > 0 && key.Count > 0 ? (double)(key.Sum(i => figures[i].Sales) / positive) : null;
        var groups = groupByRegion is { } byRegion ? Group(rows, byRegion) : [];
        return new DealerScorecardReport(period, weights, total, keyShare, rows, groups);
    }

    /// <summary>(sales − previous) / previous; null when previous sales are not positive (growth from nothing is undefined).</summary>
    public static double? Growth(decimal sales, decimal previous) => previous > 0 ? (double)((sales - previous) / previous) : null;

    /// <summary>
    /// Percentile rank of each value among the non-null ones: (r − 1) / (k − 1), with r its rank ascending (ties get the
    /// mean of their ranks) and k the number of values; a lone value gets 0.5 (nothing to compare with); null stays null.
    /// </summary>
    /// <exception cref="ArgumentException">The values are null.</exception>
    public static double?[] PercentileRanks(IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = Enumerable.Range(0, values.Count).Where(i => values[i] is not null).OrderBy(i => values[i]!.Value).ToArray();
        var result = new double?[values.Count];
        int k = present.Length;
        for (int start = 0; start < k;)
        {
            int end = start;
            while (end + 1 < k && values[present[end + 1]] == values[present[start]]) end++;
            double meanRank = (start + end) / 2.0 + 1;
            for (int j = start; j <= end; j++) result[present[j]] = k == 1 ? 0.5 : (meanRank - 1) / (k - 1);
            start = end + 1;
        }

        return result;
    }

    /// <summary>A (rank ≤ ⌈0.2·k⌉), B (rank ≤ ⌈0.5·k⌉), else C, for score rank <paramref name="rank"/> of <paramref name="scored"/> dealers.</summary>
    public static string SuggestedTier(int rank, int scored) =>
        rank <= Math.Ceiling(0.2 * scored - 1e-9) ? "A" : rank <= Math.Ceiling(0.5 * scored - 1e-9) ? "B" : "C";

    // The fewest dealers, largest sales first (ties by id), whose sales reach 80% of the positive dealer sales.
    private static HashSet<int> KeyDealers(IReadOnlyList<DealerFigures> figures)
    {
        decimal positive = figures.Sum(f => Math.Max(0m, f.Sales));
        var key = new HashSet<int>();
        if (positive <= 0) return key;
        decimal cumulative = 0;
        foreach (int i in Enumerable.Range(0, figures.Count).Where(i => figures[i].Sales > 0)
            .OrderByDescending(i => figures[i].Sales).ThenBy(i => figures[i].Dealer.Id, StringComparer.Ordinal))
        {
            if (cumulative >= (decimal)KeyDealerSalesShare * positive) break;
            key.Add(i);
            cumulative += figures[i].Sales;
        }

        return key;
    }

    private static List<DealerGroup> Group(List<DealerScore> rows, bool byRegion) =>
        rows.GroupBy(r => (byRegion ? r.Region : r.StoredTier) is { Length: > 0 } k ? k : Metrics.DimensionText.None, StringComparer.Ordinal)
            .Select(g =>
            {
                decimal sales = g.Sum(r => r.Sales), previous = g.Sum(r => r.PreviousSales);
                var scores = g.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
                return new DealerGroup(g.Key, g.Count(), sales, previous, Growth(sales, previous), g.Sum(r => r.CustomersServed),
                    g.Count(r => r.IsKeyDealer), scores.Count > 0 ? scores.Average() : null);
            })
            .OrderByDescending(g => g.Sales).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
}
