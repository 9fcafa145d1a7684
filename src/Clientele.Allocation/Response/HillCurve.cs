namespace Clientele.Allocation.Response;

/// <summary>
/// A saturating response curve in Hill form, <c>f(x) = β·x^α / (x^α + κ^α)</c> for spend (or intensity) x ≥ 0:
/// β is the saturation level, κ the half-saturation point (f(κ) = β/2) and α the shape — concave for α ≤ 1,
/// S-shaped for α &gt; 1 with its inflection at <c>x* = κ·((α − 1)/(α + 1))^(1/α)</c>.
/// </summary>
public sealed record HillCurve
{
    /// <summary>Creates a curve.</summary>
    /// <param name="beta">β, the saturation level; finite, ≥ 0.</param>
    /// <param name="alpha">α, the shape; finite, &gt; 0.</param>
    /// <param name="kappa">κ, the half-saturation point; finite, &gt; 0.</param>
    /// <exception cref="ArgumentException">A parameter is out of its range.</exception>
    public HillCurve(double beta, double alpha, double kappa)
    {
        if (!(beta >= 0) || !double.IsFinite(beta)) throw new ArgumentException($"β must be a finite number ≥ 0, got {beta}.", nameof(beta));
        if (!(alpha > 0) || !double.IsFinite(alpha)) throw new ArgumentException($"α must be a finite number > 0, got {alpha}.", nameof(alpha));
        if (!(kappa > 0) || !double.IsFinite(kappa)) throw new ArgumentException($"κ must be a finite number > 0, got {kappa}.", nameof(kappa));
        Beta = beta;
        Alpha = alpha;
        Kappa = kappa;
    }

    /// <summary>β, the saturation level.</summary>
    public double Beta { get; }

    /// <summary>α, the shape.</summary>
    public double Alpha { get; }

    /// <summary>κ, the half-saturation point.</summary>
    public double Kappa { get; }

    /// <summary>True when the curve is S-shaped (α &gt; 1): marginal return first rises, then falls.</summary>
    public bool IsSShaped => Alpha > 1;

    /// <summary>The inflection point x* = κ·((α − 1)/(α + 1))^(1/α) for α &gt; 1; 0 for a concave curve.</summary>
    public double Inflection => Alpha > 1 ? Kappa * Math.Pow((Alpha - 1) / (Alpha + 1), 1 / Alpha) : 0;

    /// <summary>f(x) = β·r/(1 + r) with r = (x/κ)^α; 0 for x ≤ 0.</summary>
    public double Value(double x)
    {
        if (!(x > 0)) return 0;
        if (double.IsPositiveInfinity(x)) return Beta;
        var r = Math.Pow(x / Kappa, Alpha);
        return double.IsPositiveInfinity(r) ? Beta : Beta * r / (1 + r);
    }

    /// <summary>
    /// The marginal return f′(x) = β·α·r / (x·(1 + r)²) with r = (x/κ)^α; at x = 0 it is +∞ for α &lt; 1, β/κ for
    /// α = 1 and 0 for α &gt; 1.
    /// </summary>
    public double Marginal(double x)
    {
        if (x <= 0)
        {
            return Alpha < 1 ? double.PositiveInfinity : Alpha == 1 ? Beta / Kappa : 0;
        }

        if (double.IsPositiveInfinity(x)) return 0;
        var r = Math.Pow(x / Kappa, Alpha);
        if (double.IsPositiveInfinity(r)) return 0;
        return Beta * Alpha * r / (x * (1 + r) * (1 + r));
    }

    /// <summary>
    /// The spend x ≥ x* on the falling branch of the marginal return where f′(x) = <paramref name="marginal"/>:
    /// x* itself when the marginal return never gets that high, +∞ when <paramref name="marginal"/> ≤ 0.
    /// </summary>
    public double SpendAtMarginal(double marginal)
    {
        if (!(marginal > 0) || Beta == 0) return marginal > 0 ? Inflection : double.PositiveInfinity;
        var lo = Inflection;
        if (Marginal(lo) <= marginal) return lo;
        var hi = Math.Max(Kappa, lo) * 2;
        while (Marginal(hi) > marginal)
        {
            hi *= 2;
            if (double.IsPositiveInfinity(hi)) return hi;
        }

        // f′ falls on [x*, ∞): Newton on log f′ against log x (d log f′/d log x = α − 1 − 2αr/(1 + r)), kept
        // inside the bracket f′(lo) > marginal ≥ f′(hi) by falling back to bisection.
        var target = Math.Log(marginal);
        var x = 0.5 * (lo + hi);
        for (var i = 0; i < 100; i++)
        {
            var logR = Alpha * (Math.Log(x) - Math.Log(Kappa));
            var logOnePlusR = logR > 0 ? logR + Math.Log(1 + Math.Exp(-logR)) : Math.Log(1 + Math.Exp(logR));
            var g = Math.Log(Beta * Alpha) + logR - Math.Log(x) - 2 * logOnePlusR - target;
            if (g > 0) lo = x;
            else hi = x;
            var share = Math.Exp(logR - logOnePlusR);
            var slope = Alpha - 1 - 2 * Alpha * share;
            var next = slope < 0 ? x * Math.Exp(-g / slope) : double.NaN;
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
            if (Math.Abs(next - x) <= 1e-14 * x || hi - lo <= 1e-15 * hi) return next;
            x = next;
        }

        return x;
    }
}
