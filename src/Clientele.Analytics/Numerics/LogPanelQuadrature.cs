namespace Clientele.Analytics.Numerics;

/// <summary>
/// ln ∫ f(y) dy for a log-concave <see cref="LogConcaveIntegrand"/> by 8-point Gauss–Legendre panels
/// whose widths follow the local slope and curvature of ln f (so each panel sees at most a factor of
/// about e² of change), summed in log space. An end may be infinite: the walk stops once the rest is
/// provably negligible, using f(y + u) ≤ f(y)·e^{u·(ln f)'(y)} for a log-concave f.
/// </summary>
internal static class LogPanelQuadrature
{
    private const int MaxPanels = 20_000;
    private const double NegligibleLog = -39.0; // e^−39 ≈ 1e−17 of the running total

    private static ReadOnlySpan<double> Nodes => [-0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498, 0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363];

    private static ReadOnlySpan<double> Weights => [0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620, 0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763];

    /// <summary>ln ∫ f between <paramref name="from"/> (finite) and <paramref name="to"/> (may be ±∞); −∞ for an empty range.</summary>
    internal static double Integrate(in LogConcaveIntegrand f, double from, double to)
    {
        if (from == to) return double.NegativeInfinity;
        double direction = to > from ? 1.0 : -1.0;
        double total = double.NegativeInfinity;
        double y = from;
        Span<double> logValues = stackalloc double[8];
        for (int panel = 0; panel < MaxPanels; panel++)
        {
            double width = PanelWidth(f, y, direction);
            double end = y + direction * width;
            if (direction * (end - to) >= 0) end = to;

            double half = 0.5 * (end - y), middle = 0.5 * (end + y), peak = double.NegativeInfinity;
            for (int i = 0; i < 8; i++)
            {
                logValues[i] = f.LogValue(middle + half * Nodes[i]);
                peak = Math.Max(peak, logValues[i]);
            }

            if (double.IsFinite(peak))
            {
                double sum = 0;
                for (int i = 0; i < 8; i++) sum += Weights[i] * Math.Exp(logValues[i] - peak);
                total = ParetoNbdHypergeometric.LogSumExp(total, peak + Math.Log(sum * Math.Abs(half)));
            }

            y = end;
            if (y == to) break;

            double slope = f.Slope(y) * direction;
            if (slope < 0 && f.LogValue(y) - Math.Log(-slope) < total + NegligibleLog) break;
        }

        return total;
    }

    /// <summary>
    /// ln ∫ f over [<paramref name="from"/>, <paramref name="to"/>] (from &lt; to, both finite) and, from the
    /// same nodes, the f-weighted means of y, ln(eʸ + d₁), e^{−y} and 1/(eʸ + d₁), written to
    /// <paramref name="means"/> in that order. With y = ln(B+τ) and d₁ = A − B these are the means of
    /// ln(B+τ), ln(A+τ), 1/(B+τ) and 1/(A+τ): what ∂/∂ of the Pareto/NBD integrals needs
    /// (differentiation under the integral sign). Same panels and stopping rule as <see cref="Integrate"/>.
    /// </summary>
    internal static double IntegrateWithMoments(in LogConcaveIntegrand f, double from, double to, Span<double> means)
    {
        // Sums are kept relative to e^{reference}, moved up whenever a panel peaks higher.
        double reference = double.NegativeInfinity, s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        double y = from;
        Span<double> logValues = stackalloc double[8];
        Span<double> logShifts = stackalloc double[8];
        for (int panel = 0; panel < MaxPanels && y < to; panel++)
        {
            double end = Math.Min(y + PanelWidth(f, y, 1.0), to);
            double half = 0.5 * (end - y), middle = 0.5 * (end + y), peak = double.NegativeInfinity;
            for (int i = 0; i < 8; i++)
            {
                logValues[i] = f.LogValue(middle + half * Nodes[i], out logShifts[i]);
                peak = Math.Max(peak, logValues[i]);
            }

            if (double.IsFinite(peak))
            {
                if (peak > reference)
                {
                    double shrink = Math.Exp(reference - peak);
                    s0 *= shrink;
                    s1 *= shrink;
                    s2 *= shrink;
                    s3 *= shrink;
                    s4 *= shrink;
                    reference = peak;
                }

                for (int i = 0; i < 8; i++)
                {
                    double node = middle + half * Nodes[i];
                    double e = Weights[i] * half * Math.Exp(logValues[i] - reference);
                    s0 += e;
                    s1 += e * node;
                    s2 += e * logShifts[i];
                    s3 += e * Math.Exp(-node);
                    s4 += e * Math.Exp(-logShifts[i]);
                }
            }

            y = end;
            double slope = f.Slope(y);
            if (y < to && slope < 0 && f.LogValue(y) - Math.Log(-slope) < reference + Math.Log(s0) + NegligibleLog) break;
        }

        means[0] = s1 / s0;
        means[1] = s2 / s0;
        means[2] = s3 / s0;
        means[3] = s4 / s0;
        return reference + Math.Log(s0);
    }

    // Widest panel (≤ 0.5) over which ln f changes by at most ~2 to first order and ~1 to second,
    // checked at both ends because the slope and curvature move monotonically along the way.
    private static double PanelWidth(in LogConcaveIntegrand f, double y, double direction)
    {
        double width = Math.Min(0.5, Limit(f, y));
        for (int i = 0; i < 60; i++)
        {
            double atEnd = Limit(f, y + direction * width);
            if (atEnd >= 0.7 * width) break;
            width *= 0.5;
        }

        return width;
    }

    private static double Limit(in LogConcaveIntegrand f, double y)
    {
        double slope = Math.Abs(f.Slope(y));
        double curvature = Math.Abs(f.Curvature(y));
        double bySlope = slope > 0 ? 2.0 / slope : double.PositiveInfinity;
        double byCurvature = curvature > 0 ? 1.0 / Math.Sqrt(curvature) : double.PositiveInfinity;
        return Math.Min(bySlope, byCurvature);
    }
}
