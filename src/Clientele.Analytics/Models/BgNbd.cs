using MathNet.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>
/// The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the Easy Way: An
/// Alternative to the Pareto/NBD Model", Marketing Science 24(2)): fitting by maximum likelihood
/// and the per-customer log-likelihood.
/// </summary>
public static class BgNbd
{
    /// <summary>The model's name in messages and reports.</summary>
    public const string Name = "BG/NBD";

    /// <summary>
    /// Fits r, α, a, b by maximum likelihood over the weighted rows of <paramref name="data"/>.
    /// Optimizes log-parameters with the analytic gradient, on times divided by max(T) so α is
    /// of order one; α, the log-likelihood and the standard errors are reported in the data's own
    /// time unit. <see cref="FitOptions.InitialValues"/> are (r, α, a, b) in that unit; the default
    /// start is r = a = b = 1, α = max(T). A <see cref="FitOptions.Penalizer"/> applies to the
    /// parameters on the scaled time axis, as in lifetimes.
    /// </summary>
    /// <exception cref="ArgumentException">The data are empty, or the options are invalid.</exception>
    /// <exception cref="ModelConvergenceException">The optimizer did not converge; the message says what to try.</exception>
    public static BgNbdModel Fit(RepeatPurchaseData data, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= FitOptions.Default;
        if (data.Count == 0) throw new ArgumentException("There are no customers to fit the BG/NBD model to.", nameof(data));
        if (!(options.Penalizer >= 0) || !double.IsFinite(options.Penalizer))
        {
            throw new ArgumentException($"The penalizer must be zero or positive, got {options.Penalizer}.", nameof(options));
        }

        if (options.InitialValues is { Length: not 4 })
        {
            throw new ArgumentException($"BG/NBD needs 4 initial values (r, alpha, a, b), got {options.InitialValues.Length}.", nameof(options));
        }

        double scale = data.MaxAge > 0 ? data.MaxAge : 1.0;
        var likelihood = new BgNbdLikelihood(data, scale);
        var warm = options.InitialValues is null ? WarmStart(data, options) : null;
        double[] natural = options.InitialValues ?? warm?.Values.ToArray() ?? [1.0, scale, 1.0, 1.0];
        double[] start = [natural[0], natural[1] / scale, natural[2], natural[3]];

        var optimum = MaximumLikelihood.Maximize(Name, likelihood.EvaluateScaled, start, data.TotalWeight, options, warm?.InverseHessian);
        var p = new BgNbdParameters(optimum.Theta[0], optimum.Theta[1] * scale, optimum.Theta[2], optimum.Theta[3]);
        var theta = p.ToArray();
        double ll = likelihood.EvaluateOriginal(theta, new double[4]);
        var (errors, condition) = MaximumLikelihood.StandardErrors(likelihood.EvaluateOriginal, theta, options.Penalizer);
        var m = optimum.Minimization;
        var diagnostics = new FitDiagnostics(m.Iterations, m.FunctionEvaluations, m.ExitReason, m.GradientNorm, data.Count, data.TotalWeight, condition);
        return new BgNbdModel(p, errors, ll, diagnostics) { InverseHessian = m.InverseHessian };
    }

    /// <summary>Σ weight · LL over the rows of <paramref name="data"/> at parameters <paramref name="p"/>.</summary>
    public static double LogLikelihood(BgNbdParameters p, RepeatPurchaseData data)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(data);
        return new BgNbdLikelihood(data, 1.0).EvaluateOriginal(p.ToArray(), stackalloc double[4]);
    }

    /// <summary>
    /// For large data, the fit of a thinned sample: the full fit then starts near its optimum and needs a
    /// fraction of the iterations. The optimum itself does not depend on the start. Null when not worth it
    /// or when the sample does not fit.
    /// </summary>
    private static BgNbdModel? WarmStart(RepeatPurchaseData data, FitOptions options)
    {
        if (data.Count <= RepeatPurchaseData.WarmStartThreshold) return null;
        try
        {
            // Its optimizer's inverse Hessian (per customer, in log θ) carries over too: the curvature of
            // the mean log-likelihood hardly depends on the sample size.
            return Fit(data.Thin(RepeatPurchaseData.WarmStartRows), options);
        }
        catch (ModelFitException)
        {
            return null;
        }
    }

    /// <summary>
    /// One customer's log-likelihood, FHL 2005 eq. 6:
    /// ln[Γ(r+x)α^r/Γ(r)] + ln[B(a, b+x)/B(a, b)] + ln[(α+T)^−(r+x) + δ(x&gt;0)·a/(b+x−1)·(α+t_x)^−(r+x)],
    /// with the last term by log-sum-exp (Hardie's note 027) so it stays finite for any x.
    /// </summary>
    /// <exception cref="ArgumentException">The history is invalid (see <see cref="CustomerLogLikelihood(BgNbdParameters, double, double, double, Span{double})"/>).</exception>
    public static double CustomerLogLikelihood(BgNbdParameters p, double x, double tx, double T) =>
        CustomerLogLikelihood(p, x, tx, T, stackalloc double[4]);

    /// <summary>
    /// One customer's log-likelihood (FHL 2005 eq. 6) and its gradient ∂LL/∂(r, α, a, b), written
    /// into <paramref name="gradient"/> (length ≥ 4).
    /// </summary>
    /// <exception cref="ArgumentException">x &lt; 0, t_x &lt; 0, t_x &gt; T, a value is not finite, or the gradient span is too short.</exception>
    public static double CustomerLogLikelihood(BgNbdParameters p, double x, double tx, double T, Span<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(p);
        CheckHistory(x, tx, T);
        if (gradient.Length < 4) throw new ArgumentException("The gradient span needs room for 4 values.", nameof(gradient));
        double r = p.R, alpha = p.Alpha, a = p.A, b = p.B, rx = r + x;
        double logAge = Math.Log(alpha + T);
        double a3 = -rx * logAge;
        double ll = SpecialFunctions.GammaLn(rx) - SpecialFunctions.GammaLn(r) + r * Math.Log(alpha)
            + SpecialFunctions.GammaLn(a + b) + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b + x);
        double dgAbx = SpecialFunctions.DiGamma(a + b + x);
        gradient[0] = SpecialFunctions.DiGamma(rx) - SpecialFunctions.DiGamma(r) + Math.Log(alpha);
        gradient[1] = r / alpha;
        gradient[2] = SpecialFunctions.DiGamma(a + b) - dgAbx;
        gradient[3] = SpecialFunctions.DiGamma(a + b) + SpecialFunctions.DiGamma(b + x) - SpecialFunctions.DiGamma(b) - dgAbx;
        if (x == 0)
        {
            gradient[0] -= logAge;
            gradient[1] -= rx / (alpha + T);
            return ll + a3;
        }

        double logRecency = Math.Log(alpha + tx);
        double a4 = Math.Log(a) - Math.Log(b + x - 1) - rx * logRecency;
        double hi = Math.Max(a3, a4);
        double lse = hi + Math.Log(Math.Exp(a3 - hi) + Math.Exp(a4 - hi));
        double w4 = Math.Exp(a4 - lse), w3 = Math.Exp(a3 - lse);
        gradient[0] -= w3 * logAge + w4 * logRecency;
        gradient[1] -= rx * (w3 / (alpha + T) + w4 / (alpha + tx));
        gradient[2] += w4 / a;
        gradient[3] -= w4 / (b + x - 1);
        return ll + lse;
    }

    /// <summary>Guards a customer history (x, t_x, T) at a public entry point.</summary>
    internal static void CheckHistory(double x, double tx, double T)
    {
        if (!(x >= 0) || !double.IsFinite(x)) throw new ArgumentException($"Frequency x must be non-negative and finite, got {x}.", nameof(x));
        if (!(tx >= 0) || !double.IsFinite(tx)) throw new ArgumentException($"Recency t_x must be non-negative and finite, got {tx}.", nameof(tx));
        if (!(T >= 0) || !double.IsFinite(T)) throw new ArgumentException($"Age T must be non-negative and finite, got {T}.", nameof(T));
        if (tx > T * (1 + 1e-12)) throw new ArgumentException($"Recency t_x ({tx}) must not exceed age T ({T}).", nameof(tx));
    }
}
