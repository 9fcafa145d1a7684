using System.Collections.Concurrent;
using Clientele.Storage.Database;
using Microsoft.Extensions.Options;

namespace Clientele.Web.Data;

/// <summary>
/// Results derived from an analysis run, computed once per run: a saved run never changes, so its tier cuts and
/// segment totals can be reused until a newer run appears. Entity counts change with every import, so they are
/// reused only for <see cref="ClienteleWebOptions.CountsCacheSeconds"/>.
/// </summary>
public sealed class SnapshotCache(StorePool pool, IOptions<ClienteleWebOptions> options, TimeProvider clock)
{
    private const int MaxRuns = 8;
    private readonly ConcurrentDictionary<string, Lazy<Task<RunFacts>>> runs = new(StringComparer.Ordinal);
    private readonly TimeSpan countsLifetime = TimeSpan.FromSeconds(Math.Max(0, options.Value.CountsCacheSeconds));
    private volatile CountsEntry? counts;
    private volatile LatestEntry? latest;

    /// <summary>
    /// The latest run's id, summary, tier cuts and segment totals; null when the store holds no analysis. Which run is
    /// the latest is looked up at most once per second, so a new run shows within a second.
    /// </summary>
    public async Task<RunFacts?> LatestAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        string? runId;
        if (latest is { } entry && now - entry.At < LatestLifetime)
        {
            runId = entry.RunId;
        }
        else
        {
            runId = await pool.RunAsync(store => store.LatestAnalysisRunId(), cancellationToken).ConfigureAwait(false);
            latest = new LatestEntry(now, runId);
        }

        return runId is null ? null : await ForRunAsync(runId).ConfigureAwait(false);
    }

    /// <summary>Forgets which run is the latest, after this server saved one.</summary>
    public void RunSaved() => latest = null;

    /// <summary>The entity counts and schema version, counted at most every few seconds.</summary>
    public async Task<(int SchemaVersion, IReadOnlyDictionary<StoreEntity, long> Counts)> CountsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (counts is { } entry && now - entry.At < countsLifetime) return (entry.SchemaVersion, entry.Counts);
        var fresh = await pool.RunAsync(store => new CountsEntry(now, store.SchemaVersion, store.Counts()), cancellationToken).ConfigureAwait(false);
        counts = fresh;
        return (fresh.SchemaVersion, fresh.Counts);
    }

    private Task<RunFacts> ForRunAsync(string runId)
    {
        // Lazy, so concurrent first requests for a new run compute it once; a failure is not cached.
        var lazy = runs.GetOrAdd(runId, id => new Lazy<Task<RunFacts>>(() => LoadAsync(id)));
        if (lazy.Value.IsFaulted) runs.TryRemove(new KeyValuePair<string, Lazy<Task<RunFacts>>>(runId, lazy));
        if (runs.Count > MaxRuns)
        {
            foreach (var stale in runs.Keys.Where(k => k != runId).Take(runs.Count - MaxRuns)) runs.TryRemove(stale, out _);
        }

        return lazy.Value;
    }

    private Task<RunFacts> LoadAsync(string runId) => pool.RunAsync(store =>
    {
        var run = store.ListAnalysisRuns().Single(r => r.RunId == runId);
        return new RunFacts(run, store.ReadTierCuts(runId), store.SummarizeSegments(runId));
    });

    private static readonly TimeSpan LatestLifetime = TimeSpan.FromSeconds(1);

    private sealed record LatestEntry(DateTimeOffset At, string? RunId);

    private sealed record CountsEntry(DateTimeOffset At, int SchemaVersion, IReadOnlyDictionary<StoreEntity, long> Counts);
}
