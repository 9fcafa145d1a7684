namespace Clientele.Analytics.Numerics;

/// <summary>
/// The integrals of <see cref="ParetoNbdHypergeometric"/> together with their partial derivatives:
/// ln J(t) = ln ∫_t^∞ (α+τ)^{−ρ}(β+τ)^{−σ} dτ and ∂ln J/∂(ρ, α, σ, β), computed in one pass, so that
/// the Pareto/NBD likelihood (Fader &amp; Hardie 2005, eq. (22)/(23)) has an analytic gradient.
/// </summary>
/// <remarks>
/// Differentiating under the integral sign, ∂/∂ρ brings down −ln(α+τ), ∂/∂α brings −ρ/(α+τ) (and likewise
/// σ, β), so the quadrature paths return weighted means of those factors from the same nodes. On the
/// series path, J = (A+t)^{−a}/a·₂F₁(a, b; a+1; z), and the series is differentiated term by term in a, b
/// and z (forward mode: each term carries Σ1/(b+k) and −Σ1/(a+1+k)); the sums converge with the series.
/// Where the tail is split at t* (A+t* = 3d), the boundary terms of d/dθ[∫_t^{t*} + J(t*)] cancel, so the
/// far part is differentiated with t* held fixed. Values agree with <see cref="ParetoNbdHypergeometric"/>
/// to rounding (same series and the same panels). Gradients are written as (ρ, α, σ, β); nothing allocates.
/// </remarks>
internal static class ParetoNbdIntegralGradient
{
    private const double Third = 1.0 / 3.0;

    /// <summary>ln J(t) with t finite and ρ + σ &gt; 1; <paramref name="gradient"/> gets ∂ln J/∂(ρ, α, σ, β).</summary>
    internal static double LogTail(double alpha, double rho, double beta, double sigma, double t, Span<double> gradient)
    {
        bool alphaBig = alpha >= beta;
        double bigShift = alphaBig ? alpha : beta, bigPower = alphaBig ? rho : sigma;
        double smallShift = alphaBig ? beta : alpha, smallPower = alphaBig ? sigma : rho;
        double a = bigPower + smallPower - 1;
        double d = bigShift - smallShift;
        double p0 = smallShift + t;
        double value, dBigPower, dBigShift, dSmallPower, dSmallShift;
        if (2 * d <= p0)
        {
            value = SeriesTail(a, smallPower, bigShift + t, p0, d / (bigShift + t), out dBigPower, out dBigShift, out dSmallPower, out dSmallShift);
        }
        else
        {
            Span<double> means = stackalloc double[4];
            var integrand = new LogConcaveIntegrand(1 - smallPower, bigPower, d, 0, 0);
            double near = LogPanelQuadrature.IntegrateWithMoments(integrand, Math.Log(p0), Math.Log(2 * d), means);
            double far = SeriesTail(a, smallPower, 3 * d, 2 * d, Third, out double fBigPower, out double fBigShift, out double fSmallPower, out double fSmallShift);
            value = ParetoNbdHypergeometric.LogSumExp(near, far);
            double wNear = Math.Exp(near - value), wFar = Math.Exp(far - value);
            dBigPower = (wNear * -means[1]) + (wFar * fBigPower);
            dSmallPower = (wNear * -means[0]) + (wFar * fSmallPower);
            dBigShift = (wNear * -bigPower * means[3]) + (wFar * fBigShift);
            dSmallShift = (wNear * -smallPower * means[2]) + (wFar * fSmallShift);
        }

        Assign(alphaBig, dBigPower, dBigShift, dSmallPower, dSmallShift, gradient);
        return value;
    }

    /// <summary>ln ∫_{t₁}^{t₂} (α+τ)^{−ρ}(β+τ)^{−σ} dτ (0 ≤ t₁ &lt; t₂ &lt; ∞) by quadrature, with ∂/∂(ρ, α, σ, β) in <paramref name="gradient"/>.</summary>
    internal static double LogIntegralDirect(double alpha, double rho, double beta, double sigma, double t1, double t2, Span<double> gradient)
    {
        bool alphaBig = alpha >= beta;
        double bigShift = alphaBig ? alpha : beta, bigPower = alphaBig ? rho : sigma;
        double smallShift = alphaBig ? beta : alpha, smallPower = alphaBig ? sigma : rho;
        Span<double> means = stackalloc double[4];
        var integrand = new LogConcaveIntegrand(1 - smallPower, bigPower, bigShift - smallShift, 0, 0);
        double value = LogPanelQuadrature.IntegrateWithMoments(integrand, Math.Log(smallShift + t1), Math.Log(smallShift + t2), means);
        Assign(alphaBig, -means[1], -bigPower * means[3], -means[0], -smallPower * means[2], gradient);
        return value;
    }

    /// <summary>
    /// ln ₂F₁(a, b; a+1; z) for 0 ≤ z ≤ 1/2, 0 &lt; b &lt; a+1, by the same Pfaff-transformed series as
    /// <see cref="ParetoNbdHypergeometric.LogHyp2F1APlusOne"/>, with its partials in a, b and z.
    /// </summary>
    internal static double LogHyp2F1APlusOne(double a, double b, double z, out double da, out double db, out double dz)
    {
        if (z == 0)
        {
            // ₂F₁ = 1 + ab/(a+1)·z + O(z²).
            da = 0;
            db = 0;
            dz = a * b / (a + 1);
            return 0.0;
        }

        double w = -z / (1 - z);
        double term = 1.0, sum = 1.0, sumA = 0, sumB = 0, sumN = 0, logA = 0, logB = 0;
        for (int n = 0; n < 10_000; n++)
        {
            // term_{n+1} = term_n·(b+n)/(a+1+n)·w, so ∂ln term/∂a and ∂ln term/∂b accumulate −1/(a+1+n) and 1/(b+n).
            logA -= 1 / (a + 1 + n);
            logB += 1 / (b + n);
            term *= (b + n) / (a + 1 + n) * w;
            sum += term;
            sumA += term * logA;
            sumB += term * logB;
            sumN += (n + 1) * term;
            if (Math.Abs(term) <= 1e-17 * sum) break;
        }

        double log1mz = ParetoNbdHypergeometric.Log1p(-z);
        da = sumA / sum;
        db = -log1mz + (sumB / sum);

        // ∂/∂z of −b·ln(1−z) + ln Σ cₙwⁿ, with dw/dz = −1/(1−z)².
        dz = (b / (1 - z)) - (sumN / (w * sum) / ((1 - z) * (1 - z)));
        return (-b * log1mz) + Math.Log(sum);
    }

    // ln J = −a·ln u − ln a + ln ₂F₁(a, Q; a+1; z) with u = A+t, v = B+t, z = (A−B)/u; partials in (P, A, Q, B)
    // for a = P + Q − 1: ∂z/∂A = v/u², ∂z/∂B = −1/u.
    private static double SeriesTail(double a, double smallPower, double u, double v, double z, out double dBigPower, out double dBigShift, out double dSmallPower, out double dSmallShift)
    {
        double logU = Math.Log(u);
        double logF = LogHyp2F1APlusOne(a, smallPower, z, out double fa, out double fb, out double fz);
        double ga = -logU - (1 / a) + fa;
        dBigPower = ga;
        dSmallPower = ga + fb;
        dBigShift = (-a / u) + (fz * v / (u * u));
        dSmallShift = -fz / u;
        return (-a * logU) - Math.Log(a) + logF;
    }

    private static void Assign(bool alphaBig, double dBigPower, double dBigShift, double dSmallPower, double dSmallShift, Span<double> gradient)
    {
        if (alphaBig)
        {
            gradient[0] = dBigPower;
            gradient[1] = dBigShift;
            gradient[2] = dSmallPower;
            gradient[3] = dSmallShift;
        }
        else
        {
            gradient[0] = dSmallPower;
            gradient[1] = dSmallShift;
            gradient[2] = dBigPower;
            gradient[3] = dBigShift;
        }
    }
}
