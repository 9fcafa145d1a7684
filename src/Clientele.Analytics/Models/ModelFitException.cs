using Clientele.Analytics.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>
/// A model could not be fitted. The message says what happened and what to try.
/// </summary>
public class ModelFitException : Exception
{
    /// <summary>Creates the exception with a message that includes advice.</summary>
    public ModelFitException(string model, string message)
        : base($"{model}: {message}")
    {
        Model = model;
    }

    /// <summary>The model that failed (e.g. "BG/NBD").</summary>
    public string Model { get; }
}

/// <summary>The optimizer stopped without converging.</summary>
public sealed class ModelConvergenceException : ModelFitException
{
    /// <summary>Creates the exception from the optimizer's result.</summary>
    public ModelConvergenceException(string model, MinimizationResult result)
        : base(model, Describe(result))
    {
        Result = result;
    }

    /// <summary>The optimizer's last state.</summary>
    public MinimizationResult Result { get; }

    private static string Describe(MinimizationResult r) => r.ExitReason switch
    {
        MinimizationExitReason.MaxIterations =>
            $"did not converge in {r.Iterations} iterations (gradient {r.GradientNorm:G3}). Try more iterations, other initial values, or a small penalizer (e.g. 0.001).",
        MinimizationExitReason.NonFinite =>
            "the likelihood became NaN or infinite. Check the data for extreme values (x in the thousands with tiny T) or add a small penalizer (e.g. 0.001).",
        MinimizationExitReason.LineSearchFailed =>
            $"the optimizer could not improve the likelihood (gradient {r.GradientNorm:G3}). Try other initial values or a small penalizer (e.g. 0.001); the data may not identify the model.",
        _ => $"stopped: {r.ExitReason}.",
    };
}
