namespace Clientele.Storage.Database;

/// <summary>A saved analysis run with its per-customer results (in customer order of the store).</summary>
/// <param name="Run">The run.</param>
/// <param name="Results">One row per analyzed customer.</param>
public sealed record AnalysisSnapshot(AnalysisRun Run, IReadOnlyList<AnalysisResult> Results);
