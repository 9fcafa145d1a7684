namespace Clientele.Analytics.Numerics;

/// <summary>
/// A smooth objective to minimize: returns f(x) and writes ∇f(x) into <paramref name="gradient"/>
/// (same length as <paramref name="x"/>). Must not keep references to either span.
/// </summary>
public delegate double ObjectiveFunction(ReadOnlySpan<double> x, Span<double> gradient);
