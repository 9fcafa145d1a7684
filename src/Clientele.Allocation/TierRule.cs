namespace Clientele.Allocation;

/// <summary>
/// The minimum and maximum service of a tier: every customer of the tier must get an option whose cost lies in
/// [<paramref name="MinCost"/>, <paramref name="MaxCost"/>]. A gold tier with a mandatory visit has MinCost &gt; 0.
/// </summary>
/// <param name="MinCost">The least a customer of the tier may be given (default 0).</param>
/// <param name="MaxCost">The most a customer of the tier may be given (default unbounded).</param>
public sealed record TierRule(double MinCost = 0, double MaxCost = double.PositiveInfinity);
