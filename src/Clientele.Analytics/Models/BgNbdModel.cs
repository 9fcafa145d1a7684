using Clientele.Analytics.Numerics;
using MathNet.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>
/// A BG/NBD model with fixed parameters (Fader, Hardie &amp; Lee 2005): its predictions for new
/// and existing customers. Immutable and thread-safe. Times are in the unit of α.
/// </summary>
public sealed class BgNbdModel : IRepeatPurchaseModel
{
    private readonly double r, alpha, a, b;

    internal BgNbdModel(BgNbdParameters parameters, double[] standardErrors, double logLikelihood, FitDiagnostics? diagnostics)
    {
        Values = parameters;
        (r, alpha, a, b) = (parameters.R, parameters.Alpha, parameters.A, parameters.B);
        Parameters =
        [
            new ParameterEstimate("r", r, standardErrors[0]),
            new ParameterEstimate("alpha", alpha, standardErrors[1]),
            new ParameterEstimate("a", a, standardErrors[2]),
            new ParameterEstimate("b", b, standardErrors[3]),
        ];
        LogLikelihood = logLikelihood;
        Diagnostics = diagnostics;
    }

    /// <summary>A model from known parameters (e.g. published ones), without standard errors or likelihood.</summary>
    public static BgNbdModel FromParameters(BgNbdParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new BgNbdModel(p, [double.NaN, double.NaN, double.NaN, double.NaN], double.NaN, null);
    }

    /// <inheritdoc />
    public string Name => BgNbd.Name;

    /// <summary>The optimizer's final inverse-Hessian approximation (log θ, per customer), to warm-start similar fits.</summary>
    internal double[]? InverseHessian { get; init; }

    /// <summary>The parameters as a typed record.</summary>
    public BgNbdParameters Values { get; }

    /// <inheritdoc />
    public IReadOnlyList<ParameterEstimate> Parameters { get; }

    /// <inheritdoc />
    public double LogLikelihood { get; }

    /// <inheritdoc />
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>
    /// P(alive | x, t_x, T) = 1 / (1 + δ(x&gt;0)·a/(b+x−1)·((α+T)/(α+t_x))^(r+x)) (Fader, Hardie &amp; Lee,
    /// note "Computing P(alive) Using the BG/NBD Model"; the log-odds form of Hardie's note 027). The odds are exponentiated last, so extreme
    /// histories give exactly 0 rather than NaN; x = 0 (including T = 0) gives exactly 1.
    /// </summary>
    public double ProbabilityAlive(double x, double tx, double T)
    {
        BgNbd.CheckHistory(x, tx, T);
        return Alive(x, tx, T);
    }

    /// <summary>
    /// E[X(t)] for a customer just acquired, FHL 2005 eq. 7:
    /// (a+b−1)/(a−1)·[1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))], evaluated in Euler-transformed form.
    /// </summary>
    public double ExpectedPurchases(double t)
    {
        CheckHorizon(t);
        return Bracket(t, 0, 0);
    }

    /// <summary>
    /// E[Y(t) | x, t_x, T], FHL 2005 eq. 10. The ₂F₁(r+x, b+x; a+b+x−1; z) factor is taken through
    /// Euler's transformation, (1−z)^(r+x)·₂F₁(r+x, b+x; c; z) = (1−z)^(a−1)·₂F₁(a+b−1−r, a−1; c; z),
    /// whose series converges fast for large x and has no huge terms.
    /// </summary>
    public double ConditionalExpectedPurchases(double t, double x, double tx, double T)
    {
        CheckHorizon(t);
        BgNbd.CheckHistory(x, tx, T);
        return Conditional(t, x, tx, T);
    }

    /// <summary>
    /// P(X(t) = n) for a customer just acquired, FHL 2005 eq. 8. The bracketed
    /// “1 − NBD cdf” term is the regularized incomplete beta I_{t/(α+t)}(n, r), which has no cancellation.
    /// </summary>
    public double ProbabilityOfPurchases(int n, double t)
    {
        if (n < 0) throw new ArgumentException($"The number of purchases n must be non-negative, got {n}.", nameof(n));
        CheckHorizon(t);
        if (t == 0) return n == 0 ? 1.0 : 0.0;
        double logBeta = SpecialFunctions.BetaLn(a, b);
        double z = t / (alpha + t);
        double log = SpecialFunctions.BetaLn(a, b + n) - logBeta
            + SpecialFunctions.GammaLn(r + n) - SpecialFunctions.GammaLn(r) - SpecialFunctions.GammaLn(n + 1.0)
            + r * Math.Log(alpha / (alpha + t)) + n * Math.Log(z);
        double p = Math.Exp(log);
        if (n > 0)
        {
            p += Math.Exp(SpecialFunctions.BetaLn(a + 1, b + n - 1) - logBeta) * SpecialFunctions.BetaRegularized(n, r, z);
        }

        return Math.Clamp(p, 0.0, 1.0);
    }

    /// <summary>
    /// P(Y(t) = 0 | x, t_x, T) = 1 − P(alive) + P(alive)·((α+T)/(α+T+t))^(r+x): dead customers never buy,
    /// live ones buy nothing in (T, T+t] with the NBD zero probability updated by their history.
    /// </summary>
    public double ProbabilityNoPurchase(double t, double x, double tx, double T)
    {
        CheckHorizon(t);
        BgNbd.CheckHistory(x, tx, T);
        double alive = Alive(x, tx, T);
        return 1 - alive + alive * Math.Exp(-(r + x) * LogMath.Log1P(t / (alpha + T)));
    }

    /// <inheritdoc />
    public double CustomerLogLikelihood(double x, double tx, double T) => BgNbd.CustomerLogLikelihood(Values, x, tx, T);

    /// <summary>P(alive) for every distinct row of <paramref name="data"/>, in parallel for large data.</summary>
    /// <exception cref="ArgumentException"><paramref name="result"/> is shorter than <see cref="RepeatPurchaseData.Count"/>.</exception>
    public void ProbabilityAlive(RepeatPurchaseData data, Span<double> result)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (x, tx, age) = (data.Frequency, data.Recency, data.Age);
        ParallelRows.Fill(data.Count, i => Alive(x[i], tx[i], age[i]), result);
    }

    /// <summary>E[Y(t) | x, t_x, T] for every distinct row of <paramref name="data"/>, in parallel for large data.</summary>
    /// <exception cref="ArgumentException">t is negative or not finite, or <paramref name="result"/> is too short.</exception>
    public void ConditionalExpectedPurchases(double t, RepeatPurchaseData data, Span<double> result)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckHorizon(t);
        var (x, tx, age) = (data.Frequency, data.Recency, data.Age);
        ParallelRows.Fill(data.Count, i => Conditional(t, x[i], tx[i], age[i]), result);
    }

    /// <summary>
    /// Σ_k weights[k] · E[Y(horizons[k]) | x, t_x, T] for every distinct row of <paramref name="data"/>:
    /// a discounted purchase stream (e.g. for CLV) in one pass. Eq. 10 factors into P(alive | x, t_x, T)
    /// times a term in (x, T) only, so the hypergeometric work is done once per distinct (x, T)
    /// pair (typically 10× fewer than rows), in parallel.
    /// </summary>
    /// <exception cref="ArgumentException">Horizons and weights differ in length, a horizon is negative or not finite, or <paramref name="result"/> is too short.</exception>
    public void WeightedConditionalExpectedPurchases(ReadOnlySpan<double> horizons, ReadOnlySpan<double> weights, RepeatPurchaseData data, Span<double> result)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (horizons.Length != weights.Length) throw new ArgumentException("Horizons and weights must have the same length.", nameof(weights));
        foreach (double t in horizons) CheckHorizon(t);
        if (result.Length < data.Count) throw new ArgumentException($"The result span holds {result.Length} values but {data.Count} are needed.", nameof(result));

        var (x, tx, age) = (data.Frequency, data.Recency, data.Age);
        var groupOf = new int[data.Count];
        var index = new Dictionary<(double, double), int>();
        var (gx, gT) = (new List<double>(), new List<double>());
        for (int i = 0; i < data.Count; i++)
        {
            if (!index.TryGetValue((x[i], age[i]), out int g))
            {
                g = gx.Count;
                index.Add((x[i], age[i]), g);
                gx.Add(x[i]);
                gT.Add(age[i]);
            }

            groupOf[i] = g;
        }

        var (h, w, groupX, groupT) = (horizons.ToArray(), weights.ToArray(), gx.ToArray(), gT.ToArray());
        var stream = new double[groupX.Length];
        ParallelRows.Fill(groupX.Length, g =>
        {
            double sum = 0;
            for (int k = 0; k < h.Length; k++) sum += w[k] * Bracket(h[k], groupX[g], groupT[g]);
            return sum;
        }, stream);
        ParallelRows.Fill(data.Count, i =>
        {
            double alive = Alive(x[i], tx[i], age[i]);
            return alive == 0 ? 0.0 : alive * stream[groupOf[i]];
        }, result);
    }

    private double Alive(double x, double tx, double T)
    {
        if (x == 0) return 1.0;
        double logOdds = Math.Log(a / (b + x - 1)) + (r + x) * LogMath.Log1P((T - tx) / (alpha + tx));
        return 1.0 / (1.0 + Math.Exp(logOdds));
    }

    private double Conditional(double t, double x, double tx, double T)
    {
        double alive = Alive(x, tx, T);
        return alive == 0 ? 0.0 : alive * Bracket(t, x, T);
    }

    /// <summary>(a+b+x−1)/(a−1)·[1 − (1−z)^(a−1)·₂F₁(a+b−1−r, a−1; a+b+x−1; z)], z = t/(α+T+t).</summary>
    private double Bracket(double t, double x, double T)
    {
        if (t == 0) return 0.0;
        if (Math.Abs(a - 1) < 1e-7)
        {
            // Removable singularity at a = 1: average the two sides, accurate to ~1e-9 relative.
            return 0.5 * (Bracket(t, x, T, 1 - 1e-7) + Bracket(t, x, T, 1 + 1e-7));
        }

        return Bracket(t, x, T, a);
    }

    private double Bracket(double t, double x, double T, double aa)
    {
        double z = t / (alpha + T + t);
        double logOneMinusZ = -LogMath.Log1P(t / (alpha + T));
        double c = aa + b + x - 1;
        double logF = Hypergeometric.LogHyp2F1(aa + b - 1 - r, aa - 1, c, z);
        double bracket = double.IsNaN(logF)
            ? 1 - Math.Exp((aa - 1) * logOneMinusZ) * Hypergeometric.Hyp2F1(aa + b - 1 - r, aa - 1, c, z)
            : -LogMath.ExpM1((aa - 1) * logOneMinusZ + logF);
        return Math.Max(0.0, c / (aa - 1) * bracket);
    }

    private static void CheckHorizon(double t)
    {
        if (!(t >= 0) || !double.IsFinite(t)) throw new ArgumentException($"The horizon t must be non-negative and finite, got {t}.", nameof(t));
    }
}
