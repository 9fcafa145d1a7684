using Clientele.Analytics.ChurnRisk;
using Clientele.Analytics.Metrics;
using Clientele.Reports.Model;
using Clientele.Storage.Database;

namespace Clientele.Reports;

/// <summary>The display aggregates of an analysis snapshot: the R × F heat map, segment totals and value tiers.</summary>
internal static class SnapshotFigures
{
    /// <summary>Each customer's value tier by CLV rank (<see cref="ValueTiers"/>: top 5% gold, next 15% silver, rest standard).</summary>
    public static IReadOnlyDictionary<string, string> Tiers(AnalysisSnapshot snapshot)
    {
        var results = snapshot.Results;
        var tiers = ValueTiers.Assign(results.Select(r => r.Clv).ToArray());
        var map = new Dictionary<string, string>(results.Count, StringComparer.Ordinal);
        for (int i = 0; i < results.Count; i++)
        {
            if (tiers[i] is { } tier) map[results[i].CustomerId] = tier;
        }
        return map;
    }

    public static SegmentsSection Segments(AnalysisSnapshot? snapshot, IReadOnlyDictionary<string, string>? tiers)
    {
        if (snapshot is not { Results.Count: > 0 } || tiers is null) return new SegmentsSection(EmptyState.NoSnapshot, [], [], []);
        var results = snapshot.Results;
        var cells = results.Where(r => r.RecencyScore is >= 1 and <= 5 && r.FrequencyScore is >= 1 and <= 5)
            .GroupBy(r => (r.RecencyScore, r.FrequencyScore))
            .Select(g => new RfmCell(g.Key.RecencyScore, g.Key.FrequencyScore, g.Count(), Mean(g.Select(r => r.Clv))))
            .OrderBy(c => c.R).ThenBy(c => c.F).ToList();
        var segments = results.GroupBy(r => string.IsNullOrEmpty(r.Segment) ? "–" : r.Segment, StringComparer.Ordinal)
            .Select(g => new SegmentRow(
                g.Key, g.Count(), (double)g.Count() / results.Count, (double)g.Sum(r => r.Revenue),
                g.Select(r => r.Clv).Where(double.IsFinite).Sum(), Mean(g.Select(r => r.ProbabilityAlive))))
            .OrderByDescending(s => s.Customers).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var tierRows = results.GroupBy(r => tiers[r.CustomerId], StringComparer.Ordinal)
            .Select(g => new TierRow(g.Key, g.Count(), g.Select(r => r.Clv).Where(double.IsFinite).Sum(), (double)g.Sum(r => r.Revenue)))
            .OrderBy(t => ReportDataBuilder.TierOrder(t.Tier)).ToList();
        return new SegmentsSection(null, cells, segments, tierRows);
    }

    private static double? Mean(IEnumerable<double> values)
    {
        double sum = 0;
        int n = 0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            sum += v;
            n++;
        }

        return n == 0 ? null : sum / n;
    }
}
