namespace Clientele.Reports.Model;

/// <summary>One tier × option cell of a plan.</summary>
/// <param name="Tier">The tier the items target (a tier item's id, or a customer's value tier in the snapshot; "unknown" otherwise).</param>
/// <param name="Option">The action, e.g. "gift", "trip".</param>
/// <param name="Items">Items in the cell.</param>
/// <param name="Cost">Σ cost.</param>
/// <param name="Hours">Σ staff hours.</param>
/// <param name="ExpectedValue">Σ expected value.</param>
public sealed record PlanCell(string Tier, string Option, int Items, double Cost, double Hours, double ExpectedValue);
