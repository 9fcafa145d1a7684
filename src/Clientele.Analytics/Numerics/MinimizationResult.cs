namespace Clientele.Analytics.Numerics;

/// <summary>The outcome of a minimization: the point, the value there and how it ended.</summary>
/// <param name="Point">The best point found.</param>
/// <param name="Value">f at <paramref name="Point"/>.</param>
/// <param name="Gradient">∇f at <paramref name="Point"/>.</param>
/// <param name="Iterations">Quasi-Newton iterations taken.</param>
/// <param name="FunctionEvaluations">Objective evaluations, line searches included.</param>
/// <param name="ExitReason">Why the minimizer stopped.</param>
public sealed record MinimizationResult(
    double[] Point,
    double Value,
    double[] Gradient,
    int Iterations,
    int FunctionEvaluations,
    MinimizationExitReason ExitReason)
{
    /// <summary>True when the exit reason is a convergence criterion, not a failure.</summary>
    public bool Converged =>
        ExitReason is MinimizationExitReason.GradientTolerance or MinimizationExitReason.FunctionTolerance;

    /// <summary>The final BFGS approximation of the inverse Hessian (row-major), to warm-start a similar problem.</summary>
    public double[]? InverseHessian { get; init; }

    /// <summary>The largest absolute gradient component at the returned point.</summary>
    public double GradientNorm => Gradient.Length == 0 ? 0 : Gradient.Max(Math.Abs);
}
