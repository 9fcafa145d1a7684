namespace Clientele.Analytics.Numerics;

/// <summary>Why a minimizer stopped.</summary>
public enum MinimizationExitReason
{
    /// <summary>The gradient's largest component fell below the tolerance.</summary>
    GradientTolerance,

    /// <summary>The objective stopped changing (relative change below the tolerance).</summary>
    FunctionTolerance,

    /// <summary>The iteration limit was reached before convergence.</summary>
    MaxIterations,

    /// <summary>No step along the search direction lowered the objective.</summary>
    LineSearchFailed,

    /// <summary>The objective or its gradient became NaN or infinite.</summary>
    NonFinite,
}
