namespace Clientele.Storage.Planning;

/// <summary>Plan versus actual for one group of plan items (a tier, an option, or all) over the evaluated window.</summary>
/// <param name="Key">The tier or option id ("total" for all).</param>
/// <param name="Customers">Items in the group.</param>
/// <param name="PlannedCost">Σ planned cost.</param>
/// <param name="ActualSpend">Σ investments booked against the items.</param>
/// <param name="ExpectedGain">Σ expected incremental margin in the window (the option's assumed effect on the no-action baseline).</param>
/// <param name="RealizedGain">Σ realized margin in the window − Σ no-action baseline margin.</param>
/// <param name="BaselineMargin">Σ the model's no-action expected margin in the window.</param>
/// <param name="RealizedMargin">Σ realized margin in the window.</param>
public sealed record EvaluationTotals(
    string Key, int Customers, double PlannedCost, double ActualSpend, double ExpectedGain, double RealizedGain, double BaselineMargin, double RealizedMargin)
{
    /// <summary>Spend variance: actual − planned (positive = overspent).</summary>
    public double Variance => ActualSpend - PlannedCost;

    /// <summary>Expected ROI in the window (expected gain − planned cost) / planned cost; null without planned cost.</summary>
    public double? ExpectedRoi => PlannedCost > 0 ? (ExpectedGain - PlannedCost) / PlannedCost : null;

    /// <summary>Realized ROI in the window (realized gain − actual spend) / actual spend; null when nothing was spent.</summary>
    public double? RealizedRoi => ActualSpend > 0 ? (RealizedGain - ActualSpend) / ActualSpend : null;
}
