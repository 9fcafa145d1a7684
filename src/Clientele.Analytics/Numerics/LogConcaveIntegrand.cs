namespace Clientele.Analytics.Numerics;

/// <summary>
/// f(y) = exp(c₀·y − c₁·ln(eʸ + d₁) − c₂·ln(eʸ + d₂)) with c₁, c₂, d₁, d₂ ≥ 0: the Pareto/NBD
/// integrands ∫ τ^{k}(α+τ)^{−ρ}(β+τ)^{−σ} dτ written in y = ln τ (or ln p with p a shifted τ).
/// ln f is concave in y, so f is unimodal and its tails are bounded by exponentials.
/// </summary>
internal readonly struct LogConcaveIntegrand
{
    private readonly double c0, c1, c2, d1, d2, logD1, logD2;

    internal LogConcaveIntegrand(double c0, double c1, double d1, double c2, double d2)
    {
        this.c0 = c0;
        this.c1 = c1;
        this.c2 = c2;
        this.d1 = d1;
        this.d2 = d2;
        logD1 = d1 > 0 ? Math.Log(d1) : double.NegativeInfinity;
        logD2 = d2 > 0 ? Math.Log(d2) : double.NegativeInfinity;
    }

    /// <summary>ln f(y).</summary>
    internal double LogValue(double y)
    {
        double value = c0 * y;
        if (c1 != 0) value -= c1 * LogExpPlus(y, d1, logD1);
        if (c2 != 0) value -= c2 * LogExpPlus(y, d2, logD2);
        return value;
    }

    /// <summary>ln f(y), also giving ln(eʸ + d₁) (for a shifted p = eʸ that is ln of the other shift plus τ).</summary>
    internal double LogValue(double y, out double logFirstShift)
    {
        logFirstShift = LogExpPlus(y, d1, logD1);
        double value = c0 * y - c1 * logFirstShift;
        if (c2 != 0) value -= c2 * LogExpPlus(y, d2, logD2);
        return value;
    }

    /// <summary>d ln f / dy.</summary>
    internal double Slope(double y) => c0 - c1 * Share(y, logD1) - c2 * Share(y, logD2);

    /// <summary>d² ln f / dy² (≤ 0).</summary>
    internal double Curvature(double y) => -c1 * ShareSpread(y, logD1) - c2 * ShareSpread(y, logD2);

    // ln(eʸ + d), written so neither term overflows nor loses the smaller one.
    private static double LogExpPlus(double y, double d, double logD)
    {
        if (d == 0) return y;
        return y > logD
            ? y + ParetoNbdHypergeometric.Log1p(d * Math.Exp(-y))
            : logD + ParetoNbdHypergeometric.Log1p(Math.Exp(y - logD));
    }

    // eʸ/(eʸ + d): a logistic function of y − ln d.
    private static double Share(double y, double logD) =>
        double.IsNegativeInfinity(logD) ? 1.0 : 1.0 / (1.0 + Math.Exp(logD - y));

    private static double ShareSpread(double y, double logD)
    {
        if (double.IsNegativeInfinity(logD)) return 0.0;
        double v = y - logD;
        return 1.0 / ((1.0 + Math.Exp(-v)) * (1.0 + Math.Exp(v)));
    }
}
