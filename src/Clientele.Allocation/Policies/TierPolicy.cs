namespace Clientele.Allocation.Policies;

/// <summary>What a tier gets: its share, service level, care program, visit frequency and menu of options.</summary>
/// <param name="Name">The tier's name, e.g. "gold".</param>
/// <param name="Share">Its share of customers or of value (see <see cref="AllocationPolicy.TierBasis"/>); null for
/// the last tier, which takes the rest.</param>
/// <param name="ServiceLevel">How the tier is served.</param>
/// <param name="CareProgram">The care program it is eligible for.</param>
/// <param name="VisitsPerMonth">The account-manager visit frequency the tier's service promises (≥ 0).</param>
/// <param name="Options">The ids of the catalogue options on its menu; "no extra action" is always added.</param>
/// <param name="MinCost">The least a customer of the tier must be given (≥ 0); above 0 makes service mandatory.</param>
/// <param name="MaxCost">The most a customer of the tier may be given (≥ <paramref name="MinCost"/>; +∞ for no limit).</param>
public sealed record TierPolicy(
    string Name,
    double? Share,
    ServiceLevel ServiceLevel,
    CareProgram CareProgram,
    double VisitsPerMonth,
    IReadOnlyList<string> Options,
    double MinCost = 0,
    double MaxCost = double.PositiveInfinity)
{
    /// <summary>The tier's minimum and maximum service as the optimizer's <see cref="TierRule"/>.</summary>
    public TierRule Rule => new(MinCost, MaxCost);
}
