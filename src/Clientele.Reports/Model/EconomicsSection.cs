namespace Clientele.Reports.Model;

/// <summary>The economics of the report period (the <c>clientele economics</c> measures, docs/metrics.md).</summary>
/// <param name="Empty">Why the section is empty (an empty-state key), or null.</param>
/// <param name="Tiles">Investment, gross margin, ROI, incremental ROI, CAC, new customers, payback, profit.</param>
/// <param name="CostByCategory">Investment per cost category.</param>
/// <param name="CostByStage">Investment per lifecycle stage.</param>
/// <param name="RoiByCategory">ROI (%) per cost category.</param>
/// <param name="RoiByStage">ROI (%) per lifecycle stage.</param>
/// <param name="RoiByTier">ROI (%) per value tier.</param>
/// <param name="CacByChannel">CAC per acquisition channel.</param>
public sealed record EconomicsSection(
    string? Empty,
    IReadOnlyList<KpiTile> Tiles,
    IReadOnlyList<KeyValue> CostByCategory,
    IReadOnlyList<KeyValue> CostByStage,
    IReadOnlyList<KeyMeasure> RoiByCategory,
    IReadOnlyList<KeyMeasure> RoiByStage,
    IReadOnlyList<KeyMeasure> RoiByTier,
    IReadOnlyList<KeyMeasure> CacByChannel);
