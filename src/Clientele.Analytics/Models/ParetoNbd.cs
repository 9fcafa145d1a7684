using Clientele.Analytics.Numerics;
using static MathNet.Numerics.SpecialFunctions;

namespace Clientele.Analytics.Models;

/// <summary>
/// Fits the Pareto/NBD model of Schmittlein, Morrison &amp; Colombo (1987) by maximum likelihood, and
/// evaluates its per-customer log-likelihood in the form of Fader &amp; Hardie (2005), "A Note on
/// Deriving the Pareto/NBD Model and Related Expressions", eq. (22)/(23).
/// </summary>
/// <remarks>
/// The gradient is analytic (<see cref="ParetoNbdLikelihood"/>): the A₀ integral and its derivatives,
/// integrals of the same kind by differentiation under the integral sign, come from one pass over the
/// same series terms or quadrature nodes. Fitting runs BFGS on ln θ with time scaled so that max(T) = 1;
/// α and β are un-scaled afterwards, and the log-likelihood and standard errors are computed on the
/// original time scale.
/// </remarks>
public static class ParetoNbd
{
    /// <summary>The model's display name.</summary>
    public const string Name = "Pareto/NBD";

    private static readonly string[] ParameterNames = ["r", "alpha", "s", "beta"];

    private static readonly BfgsOptions DefaultOptimizer = BfgsOptions.Default with { GradientTolerance = 1e-8 };

    /// <summary>
    /// Maximum-likelihood fit on weighted (x, t_x, T) rows. <see cref="FitOptions.InitialValues"/> are
    /// r, α, s, β in the data's time unit; the penalizer applies to the time-scaled parameters, as in lifetimes.
    /// </summary>
    /// <exception cref="ArgumentException">No rows, every T is 0, or the initial values are malformed.</exception>
    /// <exception cref="ModelConvergenceException">The optimizer did not converge; the message says what to try.</exception>
    public static ParetoNbdModel Fit(RepeatPurchaseData data, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= FitOptions.Default;
        if (data.Count == 0)
        {
            throw new ArgumentException("Pareto/NBD needs at least one customer to fit.", nameof(data));
        }

        double scale = data.MaxAge;
        if (!(scale > 0))
        {
            throw new ArgumentException("Pareto/NBD needs at least one customer observed for some time (T > 0).", nameof(data));
        }

        if (!(options.Penalizer >= 0) || !double.IsFinite(options.Penalizer))
        {
            throw new ArgumentException($"Penalizer must be zero or positive, got {options.Penalizer}.", nameof(options));
        }

        var warm = options.InitialValues is null ? WarmStart(data, options) : null;
        double[] start = StartValues(options.InitialValues ?? warm?.Values.ToArray(), data.Frequency, data.Age, data.Weight, scale);
        var likelihood = new ParetoNbdLikelihood(data, scale);

        // The analytic gradient is exact to rounding, but the default tolerance stays at 1e-8 per customer:
        // beyond that the objective's own rounding (sums over many rows) dominates.
        var fitOptions = options.Optimizer is null ? options with { Optimizer = DefaultOptimizer } : options;
        var optimum = MaximumLikelihood.Maximize(Name, likelihood.EvaluateScaled, start, data.TotalWeight, fitOptions, warm?.InverseHessian);

        var theta = optimum.Theta;
        var estimate = new ParetoNbdParameters(theta[0], theta[1] * scale, theta[2], theta[3] * scale);
        var natural = estimate.ToArray();
        double logLikelihood = likelihood.EvaluateOriginal(natural, new double[4]);

        // The penalty, like the fit, acts on the scaled α and β; folding it in here keeps the
        // curvature consistent instead of adding 2λ to the natural-scale α and β.
        double penalizer = options.Penalizer, inverseSquare = 1 / (scale * scale);
        LogLikelihoodFunction penalized = (t, gradient) =>
        {
            double ll = likelihood.EvaluateOriginal(t, gradient);
            gradient[0] -= 2 * penalizer * t[0];
            gradient[1] -= 2 * penalizer * t[1] * inverseSquare;
            gradient[2] -= 2 * penalizer * t[2];
            gradient[3] -= 2 * penalizer * t[3] * inverseSquare;
            return ll - (penalizer * ((t[0] * t[0]) + (t[1] * t[1] * inverseSquare) + (t[2] * t[2]) + (t[3] * t[3] * inverseSquare)));
        };
        var (errors, condition) = MaximumLikelihood.StandardErrors(penalized, natural);

        var estimates = new ParameterEstimate[4];
        for (int i = 0; i < 4; i++) estimates[i] = new ParameterEstimate(ParameterNames[i], natural[i], errors[i]);
        var m = optimum.Minimization;
        var diagnostics = new FitDiagnostics(m.Iterations, m.FunctionEvaluations, m.ExitReason, m.GradientNorm, data.Count, data.TotalWeight, condition);
        var model = ParetoNbdModel.FromFit(estimate, estimates, logLikelihood, diagnostics);
        model.InverseHessian = m.InverseHessian;
        return model;
    }

    /// <summary>
    /// For large data, the fit of a thinned sample: the full fit starts at its optimum with its inverse
    /// Hessian and needs a fraction of the iterations (the optimum does not depend on the start).
    /// </summary>
    private static ParetoNbdModel? WarmStart(RepeatPurchaseData data, FitOptions options)
    {
        if (data.Count <= RepeatPurchaseData.WarmStartThreshold) return null;
        try
        {
            return Fit(data.Thin(RepeatPurchaseData.WarmStartRows), options);
        }
        catch (ModelFitException)
        {
            return null;
        }
    }

    /// <summary>
    /// ln L(r, α, s, β | x, t_x, T) of one customer, FH (2005) eq. (22):
    /// Γ(r+x)α^rβ^s/Γ(r) · [ (α+T)^{−(r+x)}(β+T)^{−s} + s/(r+s+x)·A₀ ], with A₀ from eq. (23).
    /// </summary>
    /// <exception cref="ArgumentException">x is negative or not finite, or t_x is outside [0, T].</exception>
    public static double CustomerLogLikelihood(ParetoNbdParameters parameters, double x, double tx, double T)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ValidateHistory(x, tx, T);
        return LogLikelihood(parameters.R, parameters.Alpha, parameters.S, parameters.Beta, x, tx, T, out _);
    }

    /// <summary>
    /// The per-row log-likelihood; <paramref name="logAliveShare"/> is ln of the first bracketed term's
    /// share, which is ln P(alive) (FH 2005 eq. (18)/(24)). Trusted inputs; allocates nothing.
    /// </summary>
    internal static double LogLikelihood(double r, double alpha, double s, double beta, double x, double tx, double T, out double logAliveShare)
    {
        double rx = r + x;
        double alive = -rx * Math.Log(alpha + T) - s * Math.Log(beta + T);

        // s/(r+s+x)·A₀ = s·∫_{t_x}^{T} (α+τ)^{−(r+x)}(β+τ)^{−(s+1)} dτ: the customer died at τ after the last purchase.
        double died = Math.Log(s) + ParetoNbdHypergeometric.LogTailDifference(alpha, rx, beta, s + 1, tx, T);
        double bracket = ParetoNbdHypergeometric.LogSumExp(alive, died);
        logAliveShare = alive - bracket;
        return GammaLn(rx) - GammaLn(r) + (r * Math.Log(alpha)) + (s * Math.Log(beta)) + bracket;
    }

    /// <summary>
    /// Σ weightᵢ·ln Lᵢ at θ = (r, α, s, β) row by row through <see cref="LogLikelihood"/>; NaN outside the
    /// parameter space. The fit uses <see cref="ParetoNbdLikelihood"/>; this is its independent reference.
    /// </summary>
    internal static double TotalLogLikelihood(ReadOnlySpan<double> theta, double[] x, double[] tx, double[] age, double[] weight)
    {
        double r = theta[0], alpha = theta[1], s = theta[2], beta = theta[3];
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !double.IsFinite(r + alpha + s + beta)) return double.NaN;
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            total += weight[i] * LogLikelihood(r, alpha, s, beta, x[i], tx[i], age[i], out _);
        }

        return total;
    }

    /// <summary>Guards a customer history: x ≥ 0 finite and 0 ≤ t_x ≤ T &lt; ∞.</summary>
    internal static void ValidateHistory(double x, double tx, double T)
    {
        if (!(x >= 0) || !double.IsFinite(x))
        {
            throw new ArgumentException($"Frequency x must be non-negative and finite, got {x}.", nameof(x));
        }

        if (!(T >= 0) || !double.IsFinite(T))
        {
            throw new ArgumentException($"Age T must be non-negative and finite, got {T}.", nameof(T));
        }

        if (!(tx >= 0) || tx > T)
        {
            throw new ArgumentException($"Recency t_x must lie between 0 and T = {T}, got {tx}.", nameof(tx));
        }
    }

    private static double[] StartValues(double[]? initial, double[] x, double[] age, double[] weight, double scale)
    {
        if (initial is not null)
        {
            if (initial.Length != 4)
            {
                throw new ArgumentException($"Pareto/NBD takes 4 initial values (r, alpha, s, beta), got {initial.Length}.", nameof(initial));
            }

            return [initial[0], initial[1] / scale, initial[2], initial[3] / scale];
        }

        // r = s = 1 with α matching the mean purchase rate and a mean lifetime of one observation span.
        double purchases = 0, exposure = 0;
        for (int i = 0; i < x.Length; i++)
        {
            purchases += weight[i] * x[i];
            exposure += weight[i] * age[i] / scale;
        }

        double alpha = purchases > 0 && exposure > 0 ? exposure / purchases : 1.0;
        return [1.0, Math.Clamp(alpha, 1e-3, 1e3), 1.0, 1.0];
    }
}
