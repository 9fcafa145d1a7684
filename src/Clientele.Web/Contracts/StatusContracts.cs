namespace Clientele.Web.Contracts;

/// <summary>The store's schema version, rows per entity and latest analysis run.</summary>
/// <param name="SchemaVersion">The store's schema version.</param>
/// <param name="Counts">Rows per entity (customers, transactions, …), by camelCase entity name.</param>
/// <param name="LatestAnalysis">The latest analysis run, or null when none was saved.</param>
public sealed record StatusResponse(int SchemaVersion, IReadOnlyDictionary<string, long> Counts, AnalysisRunResponse? LatestAnalysis);

/// <summary>A saved analysis run.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="AsOf">The day customers were analyzed as of.</param>
/// <param name="CreatedAt">When it was saved (UTC).</param>
/// <param name="Unit">day, week or month.</param>
/// <param name="Customers">Customers analyzed.</param>
public sealed record AnalysisRunResponse(string RunId, DateOnly AsOf, DateTime CreatedAt, string Unit, int Customers);
