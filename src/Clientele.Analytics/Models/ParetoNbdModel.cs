using Clientele.Analytics.Numerics;
using static Clientele.Analytics.Numerics.ParetoNbdHypergeometric;
using SpecialFunctions = MathNet.Numerics.SpecialFunctions;

namespace Clientele.Analytics.Models;

/// <summary>
/// A fitted (or given) Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987). Immutable and
/// thread-safe. Times are in the unit of the data it was fitted on; equation numbers refer to Fader &amp;
/// Hardie (2005), "A Note on Deriving the Pareto/NBD Model and Related Expressions".
/// </summary>
public sealed class ParetoNbdModel : IRepeatPurchaseModel
{
    private readonly double r, alpha, s, beta;

    private ParetoNbdModel(ParetoNbdParameters values, IReadOnlyList<ParameterEstimate> parameters, double logLikelihood, FitDiagnostics? diagnostics)
    {
        Values = values;
        Parameters = parameters;
        LogLikelihood = logLikelihood;
        Diagnostics = diagnostics;
        (r, alpha, s, beta) = (values.R, values.Alpha, values.S, values.Beta);
    }

    /// <summary>The point estimates r, α, s, β.</summary>
    public ParetoNbdParameters Values { get; }

    /// <summary>The optimizer's final inverse-Hessian approximation (log θ, per customer), set once by the fitter to warm-start similar fits.</summary>
    internal double[]? InverseHessian { get; set; }

    /// <inheritdoc />
    public string Name => ParetoNbd.Name;

    /// <inheritdoc />
    public IReadOnlyList<ParameterEstimate> Parameters { get; }

    /// <inheritdoc />
    public double LogLikelihood { get; }

    /// <inheritdoc />
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>A model with the given parameters and no data behind it (NaN standard errors and log-likelihood).</summary>
    public static ParetoNbdModel FromParameters(ParetoNbdParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var estimates = new ParameterEstimate[]
        {
            new("r", p.R, double.NaN), new("alpha", p.Alpha, double.NaN), new("s", p.S, double.NaN), new("beta", p.Beta, double.NaN),
        };
        return new ParetoNbdModel(p, estimates, double.NaN, null);
    }

    internal static ParetoNbdModel FromFit(ParetoNbdParameters p, IReadOnlyList<ParameterEstimate> estimates, double logLikelihood, FitDiagnostics diagnostics) =>
        new(p, estimates, logLikelihood, diagnostics);

    /// <summary>P(alive | x, t_x, T), eq. (18)/(24): the first term's share of the likelihood bracket, in log space.</summary>
    /// <exception cref="ArgumentException">x is negative, or t_x is outside [0, T].</exception>
    public double ProbabilityAlive(double x, double tx, double T)
    {
        ParetoNbd.ValidateHistory(x, tx, T);
        return Math.Exp(LogProbabilityAlive(x, tx, T));
    }

    /// <summary>E[X(t)] = rβ/(α(s−1))·[1 − (β/(β+t))^{s−1}], eq. (17), with the limit rβ/α·ln((β+t)/β) at s = 1.</summary>
    /// <exception cref="ArgumentException">t is negative or not finite.</exception>
    public double ExpectedPurchases(double t)
    {
        ValidateHorizon(t, nameof(t));
        return r / alpha * GrowthFactor(beta, t);
    }

    /// <summary>
    /// E[Y(t) | x, t_x, T] = (r+x)(β+T)/((α+T)(s−1))·[1 − ((β+T)/(β+T+t))^{s−1}]·P(alive), eq. (27),
    /// with the s = 1 limit (r+x)(β+T)/(α+T)·ln((β+T+t)/(β+T))·P(alive).
    /// </summary>
    /// <exception cref="ArgumentException">t is negative, x is negative, or t_x is outside [0, T].</exception>
    public double ConditionalExpectedPurchases(double t, double x, double tx, double T)
    {
        ValidateHorizon(t, nameof(t));
        ParetoNbd.ValidateHistory(x, tx, T);
        return (r + x) / (alpha + T) * GrowthFactor(beta + T, t) * Math.Exp(LogProbabilityAlive(x, tx, T));
    }

    /// <summary>
    /// P(X(t) = n) for a new customer (Fader, Hardie &amp; Lee 2006, "Deriving an Expression for P(X(t) = x)
    /// under the Pareto/NBD Model"): alive at t with n purchases, plus died at τ &lt; t after n purchases.
    /// The second term, Γ(r+n)/(Γ(r)n!)·α^rβ^s·s·∫₀ᵗ τⁿ(α+τ)^{−(r+n)}(β+τ)^{−(s+1)} dτ, is the paper's
    /// B₁ − ΣB₂ difference written as one integral, computed by Gauss–Legendre panels in ln τ (no cancellation).
    /// </summary>
    /// <exception cref="ArgumentException">n or t is negative, or t is not finite.</exception>
    public double ProbabilityOfPurchases(int n, double t)
    {
        if (n < 0)
        {
            throw new ArgumentException($"The number of purchases n must be non-negative, got {n}.", nameof(n));
        }

        ValidateHorizon(t, nameof(t));
        if (t == 0) return n == 0 ? 1.0 : 0.0;

        double logCoefficient = SpecialFunctions.GammaLn(r + n) - SpecialFunctions.GammaLn(r) - SpecialFunctions.GammaLn(n + 1.0);
        double alive = logCoefficient + (r * Math.Log(alpha / (alpha + t))) + (n * Math.Log(t / (alpha + t))) + (s * Math.Log(beta / (beta + t)));
        var integrand = new LogConcaveIntegrand(n + 1.0, r + n, alpha, s + 1.0, beta);
        double died = logCoefficient + (r * Math.Log(alpha)) + (s * Math.Log(beta)) + Math.Log(s)
            + LogPanelQuadrature.Integrate(integrand, Math.Log(t), double.NegativeInfinity);
        return Math.Min(1.0, Math.Exp(LogSumExp(alive, died)));
    }

    /// <summary>
    /// P(Y(t) = 0 | x, t_x, T): no purchase in (T, T+t]. Given alive at T the rates are independent,
    /// λ ~ Gamma(r+x, α+T) and μ ~ Gamma(s, β+T), and the customer buys nothing unless the first purchase
    /// precedes both death and T+t, so P = 1 − P(alive)·E[λ/(λ+μ)·(1 − e^{−(λ+μ)t})]. Closed form (derived
    /// here): λ/(λ+μ)·e^{−(λ+μ)t} = λ∫_t^∞ e^{−(λ+μ)u} du, so the expectation is
    /// (r+x)(α+T)^{r+x}(β+T)^s ∫₀ᵗ (α+T+u)^{−(r+x+1)}(β+T+u)^{−s} du, a ₂F₁ difference like A₀.
    /// t = +∞ gives 1 − P(alive)·E[λ/(λ+μ)].
    /// </summary>
    /// <exception cref="ArgumentException">t is negative or NaN, x is negative, or t_x is outside [0, T].</exception>
    public double ProbabilityNoPurchase(double t, double x, double tx, double T)
    {
        if (!(t >= 0))
        {
            throw new ArgumentException($"Horizon t must be non-negative, got {t}.", nameof(t));
        }

        ParetoNbd.ValidateHistory(x, tx, T);
        if (t == 0) return 1.0;
        double rx = r + x, a = alpha + T, b = beta + T;
        double logFirstPurchase = Math.Log(rx) + (rx * Math.Log(a)) + (s * Math.Log(b))
            + LogTailDifference(a, rx + 1, b, s, 0, t);
        double logBuys = LogProbabilityAlive(x, tx, T) + logFirstPurchase;
        return Math.Clamp(-Expm1(Math.Min(logBuys, 0.0)), 0.0, 1.0);
    }

    /// <summary>ln L of one customer under these parameters, eq. (22).</summary>
    /// <exception cref="ArgumentException">x is negative, or t_x is outside [0, T].</exception>
    public double CustomerLogLikelihood(double x, double tx, double T)
    {
        ParetoNbd.ValidateHistory(x, tx, T);
        return ParetoNbd.LogLikelihood(r, alpha, s, beta, x, tx, T, out _);
    }

    private double LogProbabilityAlive(double x, double tx, double T)
    {
        ParetoNbd.LogLikelihood(r, alpha, s, beta, x, tx, T, out double logAlive);
        return logAlive;
    }

    // (b/(s−1))·[1 − (b/(b+t))^{s−1}] written as b·(−L)·expm1(u)/u with L = ln(b/(b+t)), u = (s−1)L,
    // which is smooth through s = 1 where it becomes b·ln((b+t)/b).
    private double GrowthFactor(double b, double t)
    {
        double logRatio = -Log1p(t / b);
        return b * -logRatio * Expm1OverX((s - 1) * logRatio);
    }

    private static void ValidateHorizon(double t, string name)
    {
        if (!(t >= 0) || !double.IsFinite(t))
        {
            throw new ArgumentException($"Horizon t must be non-negative and finite, got {t}.", name);
        }
    }
}
