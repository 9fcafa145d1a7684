namespace Clientele.Storage.Planning;

/// <summary>A plan's figures for one group of items (a tier, an option, or all).</summary>
/// <param name="Key">The tier or option id ("total" for all).</param>
/// <param name="Customers">Items in the group.</param>
/// <param name="Cost">Σ planned cost.</param>
/// <param name="Hours">Σ planned staff hours.</param>
/// <param name="ExpectedValue">Σ expected CLV added (before cost).</param>
public sealed record PlanTotals(string Key, int Customers, double Cost, double Hours, double ExpectedValue)
{
    /// <summary>Expected net value Σ(value − cost).</summary>
    public double Net => ExpectedValue - Cost;

    /// <summary>Expected ROI (value − cost) / cost; null without cost (nothing spent, no return to speak of).</summary>
    public double? ExpectedRoi => Cost > 0 ? (ExpectedValue - Cost) / Cost : null;
}
