using Clientele.Analytics.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>Options shared by the maximum-likelihood fitters.</summary>
/// <param name="Penalizer">L2 penalty on the parameters (λ·Σθ²), as in lifetimes; 0 = plain maximum likelihood.</param>
/// <param name="InitialValues">Starting parameters in natural units, in the model's parameter order; null = the model's default.</param>
/// <param name="Optimizer">Stopping rules for the quasi-Newton optimizer.</param>
public sealed record FitOptions(
    double Penalizer = 0.0,
    double[]? InitialValues = null,
    BfgsOptions? Optimizer = null)
{
    /// <summary>Plain maximum likelihood with default start values.</summary>
    public static FitOptions Default { get; } = new();
}
