namespace Clientele.Analytics.Numerics;

/// <summary>
/// The special functions behind the Pareto/NBD model, in log space. Everything reduces to the
/// integral I(t₁, t₂) = ∫_{t₁}^{t₂} (α+τ)^{−ρ} (β+τ)^{−σ} dτ (ρ + σ &gt; 1): the likelihood's A0 term,
/// P(no purchase) and P(X(t) = n) are all of this form. Its upper tail is a Gauss hypergeometric
/// function, J(t) = (A+t)^{−a}/a · ₂F₁(a, Q; a+1; z) with a = ρ+σ−1, A = max(α, β), Q the exponent of
/// the factor with the smaller shift and z = |α−β|/(A+t) ∈ [0, 1) — Fader &amp; Hardie (2005), "A Note on
/// Deriving the Pareto/NBD Model and Related Expressions", eq. (22)/(23), choosing the branch by α ≥ β.
/// </summary>
/// <remarks>
/// ₂F₁(a, b; a+1; z) is summed after the Pfaff transformation (1−z)^{−b} ₂F₁(1, b; a+1; z/(z−1)), whose
/// terms shrink at least geometrically (ratio ≤ |z/(z−1)|, since b &lt; a+1 here) and alternate without
/// cancelling, so the series is used only for z ≤ 1/3. Beyond that (one shift much larger than the
/// other plus t) the near part of the tail is integrated by Gauss–Legendre panels in log p and the far
/// part, where z = 1/3, comes from the series. Differences of two tails that nearly cancel are
/// integrated directly. Nothing here allocates.
/// </remarks>
internal static class ParetoNbdHypergeometric
{
    private const double Third = 1.0 / 3.0;

    /// <summary>ln ₂F₁(a, b; a+1; z) for 0 ≤ z ≤ 1/2 and 0 &lt; b &lt; a+1.</summary>
    internal static double LogHyp2F1APlusOne(double a, double b, double z)
    {
        if (z == 0) return 0.0;
        double w = -z / (1 - z);
        double term = 1.0, sum = 1.0;
        for (int n = 0; n < 10_000; n++)
        {
            term *= (b + n) / (a + 1 + n) * w;
            sum += term;
            if (Math.Abs(term) <= 1e-17 * sum) break;
        }

        return -b * Log1p(-z) + Math.Log(sum);
    }

    /// <summary>ln J(t) = ln ∫_t^∞ (α+τ)^{−ρ} (β+τ)^{−σ} dτ; requires ρ + σ &gt; 1, t ≥ 0 (∞ gives −∞).</summary>
    internal static double LogTail(double alpha, double rho, double beta, double sigma, double t)
    {
        if (double.IsPositiveInfinity(t)) return double.NegativeInfinity;
        Order(alpha, rho, beta, sigma, out double bigShift, out double bigPower, out double smallShift, out double smallPower);
        double a = bigPower + smallPower - 1;
        double d = bigShift - smallShift;
        double p0 = smallShift + t;
        if (2 * d <= p0)
        {
            return -a * Math.Log(bigShift + t) - Math.Log(a) + LogHyp2F1APlusOne(a, smallPower, d / (bigShift + t));
        }

        // z would exceed 1/3: integrate p = B+τ from p0 to 2d, then the series from there (A+τ = 3d, z = 1/3).
        var integrand = new LogConcaveIntegrand(1 - smallPower, bigPower, d, 0, 0);
        double near = LogPanelQuadrature.Integrate(integrand, Math.Log(p0), Math.Log(2 * d));
        double far = -a * Math.Log(3 * d) - Math.Log(a) + LogHyp2F1APlusOne(a, smallPower, Third);
        return LogSumExp(near, far);
    }

    /// <summary>ln ∫_{t₁}^{t₂} (α+τ)^{−ρ} (β+τ)^{−σ} dτ for 0 ≤ t₁ ≤ t₂ ≤ ∞; −∞ when t₂ ≤ t₁.</summary>
    internal static double LogTailDifference(double alpha, double rho, double beta, double sigma, double t1, double t2)
    {
        if (!(t2 > t1)) return double.NegativeInfinity;
        double upper = LogTail(alpha, rho, beta, sigma, t1);
        double lower = LogTail(alpha, rho, beta, sigma, t2);
        double ratio = lower - upper;
        if (ratio < -1e-3)
        {
            // At worst a thousandfold loss of the tails' ~1e-15 relative accuracy.
            return upper + Log1mExp(ratio);
        }

        // The two tails agree to three digits or more: their difference would be mostly rounding.
        return LogIntegralDirect(alpha, rho, beta, sigma, t1, t2);
    }

    /// <summary>ln ∫_{t₁}^{t₂} (α+τ)^{−ρ} (β+τ)^{−σ} dτ by quadrature alone (t₂ finite); also the test oracle's twin.</summary>
    internal static double LogIntegralDirect(double alpha, double rho, double beta, double sigma, double t1, double t2)
    {
        Order(alpha, rho, beta, sigma, out double bigShift, out double bigPower, out double smallShift, out double smallPower);
        var integrand = new LogConcaveIntegrand(1 - smallPower, bigPower, bigShift - smallShift, 0, 0);
        return LogPanelQuadrature.Integrate(integrand, Math.Log(smallShift + t1), Math.Log(smallShift + t2));
    }

    /// <summary>ln(e^a + e^b) without overflow; −∞ when both are −∞.</summary>
    internal static double LogSumExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a)) return b;
        if (double.IsNegativeInfinity(b)) return a;
        return a > b ? a + Log1p(Math.Exp(b - a)) : b + Log1p(Math.Exp(a - b));
    }

    /// <summary>ln(1 − eᵘ) for u ≤ 0 (Mächler's switch at −ln 2).</summary>
    internal static double Log1mExp(double u) =>
        u > -0.6931471805599453 ? Math.Log(-Expm1(u)) : Log1p(-Math.Exp(u));

    /// <summary>ln(1 + x), accurate for small x (Goldberg's correction; .NET's LogP1 is not).</summary>
    internal static double Log1p(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>eˣ − 1, accurate for small x (Kahan's correction).</summary>
    internal static double Expm1(double x)
    {
        if (Math.Abs(x) > 0.5) return Math.Exp(x) - 1.0;
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        return um1 * x / Math.Log(u);
    }

    /// <summary>(eˣ − 1)/x with its limit 1 at x = 0.</summary>
    internal static double Expm1OverX(double x) => x == 0 ? 1.0 : Expm1(x) / x;

    private static void Order(double alpha, double rho, double beta, double sigma, out double bigShift, out double bigPower, out double smallShift, out double smallPower)
    {
        if (alpha >= beta)
        {
            (bigShift, bigPower, smallShift, smallPower) = (alpha, rho, beta, sigma);
        }
        else
        {
            (bigShift, bigPower, smallShift, smallPower) = (beta, sigma, alpha, rho);
        }
    }
}
