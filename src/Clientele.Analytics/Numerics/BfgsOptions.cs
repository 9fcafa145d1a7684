namespace Clientele.Analytics.Numerics;

/// <summary>Stopping rules for <see cref="Bfgs"/>.</summary>
/// <param name="GradientTolerance">Stop when max |∂f/∂xᵢ| is below this.</param>
/// <param name="FunctionTolerance">Stop when |Δf| ≤ this · max(1, |f|) for two iterations in a row.</param>
/// <param name="MaxIterations">Give up after this many iterations.</param>
public sealed record BfgsOptions(
    double GradientTolerance = 1e-9,
    double FunctionTolerance = 1e-15,
    int MaxIterations = 500)
{
    /// <summary>The defaults used by the model fitters.</summary>
    public static BfgsOptions Default { get; } = new();
}
