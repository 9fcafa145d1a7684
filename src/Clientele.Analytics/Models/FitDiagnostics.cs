using Clientele.Analytics.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>How a maximum-likelihood fit went.</summary>
/// <param name="Iterations">Optimizer iterations.</param>
/// <param name="FunctionEvaluations">Likelihood evaluations.</param>
/// <param name="ExitReason">Why the optimizer stopped.</param>
/// <param name="GradientNorm">Largest |∂(−LL/N)/∂ log θ| at the optimum.</param>
/// <param name="DistinctRows">Distinct (x, t_x, T) rows the likelihood was evaluated on.</param>
/// <param name="Customers">Customers represented (Σ weights).</param>
/// <param name="HessianConditionNumber">Condition number of the observed information; large values mean weakly identified parameters.</param>
public sealed record FitDiagnostics(
    int Iterations,
    int FunctionEvaluations,
    MinimizationExitReason ExitReason,
    double GradientNorm,
    int DistinctRows,
    double Customers,
    double HessianConditionNumber);
