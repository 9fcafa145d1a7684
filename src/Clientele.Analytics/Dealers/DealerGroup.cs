namespace Clientele.Analytics.Dealers;

/// <summary>Dealer scorecards added up per group (<c>dealers --by region</c> or <c>--by tier</c>).</summary>
/// <param name="Key">The group's region or stored tier ("(none)" when missing).</param>
/// <param name="Dealers">Dealers in the group.</param>
/// <param name="Sales">Σ sales.</param>
/// <param name="PreviousSales">Σ sales of the preceding period.</param>
/// <param name="Growth">(Σ sales − Σ previous) / Σ previous; null when Σ previous is not positive.</param>
/// <param name="CustomersServed">Σ customers served (a customer buying through two dealers counts twice).</param>
/// <param name="KeyDealers">Key dealers in the group.</param>
/// <param name="MeanScore">Mean score of its scored dealers; null when none has a score.</param>
public sealed record DealerGroup(string Key, int Dealers, decimal Sales, decimal PreviousSales, double? Growth, int CustomersServed, int KeyDealers, double? MeanScore);
