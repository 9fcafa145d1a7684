namespace Clientele.Analytics.ChurnRisk;

/// <summary>The attributes a customer is grouped by (<see cref="Metrics.Dimension"/>); null where the store holds none.</summary>
/// <param name="Segment">The RFM segment of the current analysis snapshot.</param>
/// <param name="DealerId">The dealer that serves the customer.</param>
/// <param name="Region">The customer's region.</param>
/// <param name="Industry">The customer's industry.</param>
/// <param name="SizeClass">The size class (large / medium / small).</param>
/// <param name="Channel">The acquisition channel.</param>
public sealed record CustomerProfile(
    string? Segment = null,
    string? DealerId = null,
    string? Region = null,
    string? Industry = null,
    string? SizeClass = null,
    string? Channel = null);
