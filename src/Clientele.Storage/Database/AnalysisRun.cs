using Clientele.Domain;

namespace Clientele.Storage.Database;

/// <summary>One saved analysis snapshot (a row of <c>analysis_runs</c>): when it was made, as of which day, in which time unit.</summary>
/// <param name="RunId">The run's external id, unique in the store.</param>
/// <param name="AsOf">The observation end the customers were analyzed as of (inclusive).</param>
/// <param name="CreatedAt">When the snapshot was saved (UTC).</param>
/// <param name="Unit">The time unit of recency, T and the model rates.</param>
/// <param name="Settings">The run's settings and fitted model parameters as a JSON object, or null.</param>
/// <param name="Customers">The number of per-customer results the run holds.</param>
public sealed record AnalysisRun(string RunId, DateOnly AsOf, DateTime CreatedAt, TimeUnit Unit, string? Settings, int Customers);
