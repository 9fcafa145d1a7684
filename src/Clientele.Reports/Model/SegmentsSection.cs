namespace Clientele.Reports.Model;

/// <summary>Segments and tiers from the analysis snapshot: the R × F heat map, the RFM segments and the CLV value tiers.</summary>
/// <param name="Empty">Why the section is empty (an empty-state key), or null.</param>
/// <param name="RfmCells">One cell per (R, F) score pair that has customers.</param>
/// <param name="Segments">One row per RFM segment, largest first.</param>
/// <param name="Tiers">Gold, silver and standard by CLV rank (top 5% / next 15% / rest).</param>
public sealed record SegmentsSection(string? Empty, IReadOnlyList<RfmCell> RfmCells, IReadOnlyList<SegmentRow> Segments, IReadOnlyList<TierRow> Tiers);
