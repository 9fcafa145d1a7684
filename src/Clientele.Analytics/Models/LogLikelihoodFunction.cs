namespace Clientele.Analytics.Models;

/// <summary>
/// A model's total (weighted) log-likelihood at natural parameters θ; writes ∂LL/∂θ into
/// <paramref name="gradient"/>. Returns NaN or −∞ outside the parameter space.
/// </summary>
public delegate double LogLikelihoodFunction(ReadOnlySpan<double> theta, Span<double> gradient);
