using Clientele.Storage.Database;

namespace Clientele.Web.Data;

/// <summary>What the server keeps about one analysis run.</summary>
/// <param name="Run">The run.</param>
/// <param name="Tiers">Its CLV tier cuts, or null when no customer of it has a CLV.</param>
/// <param name="Segments">Its customers and value per RFM segment.</param>
public sealed record RunFacts(AnalysisRun Run, TierCuts? Tiers, IReadOnlyList<SegmentSummary> Segments);
