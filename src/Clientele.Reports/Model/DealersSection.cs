namespace Clientele.Reports.Model;

/// <summary>The dealer scorecards over the report period (docs/metrics-risk.md).</summary>
/// <param name="Empty">Why the section is empty (an empty-state key), or null.</param>
/// <param name="TotalSales">Sales through all dealers in the period.</param>
/// <param name="KeyDealerShare">Share of the sales the key dealers make, or null.</param>
/// <param name="Dealers">The scorecards, best first.</param>
public sealed record DealersSection(string? Empty, double TotalSales, double? KeyDealerShare, IReadOnlyList<DealerRow> Dealers);
