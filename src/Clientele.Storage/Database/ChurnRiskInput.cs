using Clientele.Analytics.ChurnRisk;

namespace Clientele.Storage.Database;

/// <summary>What the churn early warning reads from the store: the two snapshots compared and one row per customer.</summary>
/// <param name="Current">The snapshot the list is as of.</param>
/// <param name="Previous">The latest snapshot with an earlier as-of day, or null when there is none.</param>
/// <param name="Customers">One row per customer of <paramref name="Current"/>, in customer order of the store.</param>
public sealed record ChurnRiskInput(AnalysisRun Current, AnalysisRun? Previous, IReadOnlyList<ChurnCustomerFacts> Customers);
