namespace Clientele.Analytics.Numerics;

/// <summary>
/// Quasi-Newton minimization by BFGS with a strong-Wolfe line search
/// (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., Algorithms 6.1, 3.5 and 3.6).
/// Small dense problems only (the models here have 3–4 parameters).
/// </summary>
public static class Bfgs
{
    private const double C1 = 1e-4;  // sufficient decrease (Armijo)
    private const double C2 = 0.9;   // curvature, the usual quasi-Newton choice

    // Relative round-off allowed in the sufficient-decrease test (Hager & Zhang 2005's "approximate
    // Wolfe" idea): near the optimum f changes by ~|g|²/λ, which falls below the rounding error of a
    // sum over many rows long before |g| reaches a tight tolerance; without this slack the search
    // then spins through its zoom iterations and fails. The curvature condition still applies.
    private const double FunctionNoise = 1e-13;

    /// <summary>Minimizes <paramref name="objective"/> from <paramref name="start"/>.</summary>
    /// <param name="objective">f and its gradient.</param>
    /// <param name="start">The starting point.</param>
    /// <param name="options">Stopping rules.</param>
    /// <param name="initialInverseHessian">
    /// A starting approximation of (∇²f)⁻¹, row-major n×n, e.g. from minimizing a similar function; null =
    /// the identity, scaled after the first step. A good one saves most of the iterations.
    /// </param>
    public static MinimizationResult Minimize(ObjectiveFunction objective, ReadOnlySpan<double> start, BfgsOptions? options = null, double[]? initialInverseHessian = null)
    {
        options ??= BfgsOptions.Default;
        int n = start.Length;
        var x = start.ToArray();
        var g = new double[n];
        int evaluations = 1;
        double f = objective(x, g);
        if (!IsFinite(f, g))
        {
            return new MinimizationResult(x, f, g, 0, evaluations, MinimizationExitReason.NonFinite);
        }

        // Inverse Hessian approximation, row-major, starting from the identity scaled after the first step.
        bool givenHessian = initialInverseHessian is { } given && given.Length == n * n && given.All(double.IsFinite);
        var h = givenHessian ? (double[])initialInverseHessian!.Clone() : Identity(n);
        var direction = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var s = new double[n];
        var y = new double[n];
        var hy = new double[n];
        int smallChanges = 0;

        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            if (MaxAbs(g) < options.GradientTolerance)
            {
                return new MinimizationResult(x, f, g, iteration - 1, evaluations, MinimizationExitReason.GradientTolerance) { InverseHessian = h };
            }

            MultiplyNegative(h, g, direction);
            double slope = Dot(direction, g);
            if (slope >= 0)
            {
                // Not a descent direction (H lost positive definiteness): restart from steepest descent.
                h = Identity(n);
                MultiplyNegative(h, g, direction);
                slope = Dot(direction, g);
            }

            double initialStep = iteration == 1 ? Math.Min(1.0, 1.0 / Math.Max(MaxAbs(g), 1e-12)) : 1.0;
            var search = LineSearch(objective, x, f, g, direction, slope, initialStep, xNew, gNew, ref evaluations);
            if (!search.Found)
            {
                if (!IsIdentity(h, n))
                {
                    // Retry once along steepest descent before declaring failure.
                    h = Identity(n);
                    iteration--;
                    continue;
                }

                var reason = search.NonFinite ? MinimizationExitReason.NonFinite : MinimizationExitReason.LineSearchFailed;
                return new MinimizationResult(x, f, g, iteration, evaluations, reason) { InverseHessian = h };
            }

            double fNew = search.Value;
            for (int i = 0; i < n; i++)
            {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }

            double sy = Dot(s, y);
            if (sy > 1e-300)
            {
                if (iteration == 1 && !givenHessian)
                {
                    // Scale the initial inverse Hessian (N&W eq. 6.20) before the first update.
                    double scale = sy / Dot(y, y);
                    for (int i = 0; i < n; i++) h[i * n + i] = scale;
                }

                UpdateInverseHessian(h, s, y, hy, sy, n);
            }

            double change = Math.Abs(f - fNew);
            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            f = fNew;

            smallChanges = change <= options.FunctionTolerance * Math.Max(1.0, Math.Abs(f)) ? smallChanges + 1 : 0;
            if (smallChanges >= 2)
            {
                return new MinimizationResult(x, f, g, iteration, evaluations, MinimizationExitReason.FunctionTolerance) { InverseHessian = h };
            }
        }

        var last = MaxAbs(g) < options.GradientTolerance ? MinimizationExitReason.GradientTolerance : MinimizationExitReason.MaxIterations;
        return new MinimizationResult(x, f, g, options.MaxIterations, evaluations, last) { InverseHessian = h };
    }

    private readonly record struct SearchOutcome(bool Found, double Value, bool NonFinite);

    /// <summary>Strong-Wolfe line search, N&amp;W Algorithm 3.5 with the zoom of Algorithm 3.6.</summary>
    private static SearchOutcome LineSearch(
        ObjectiveFunction objective, double[] x, double f0, double[] g0, double[] p, double slope0,
        double initialStep, double[] xOut, double[] gOut, ref int evaluations)
    {
        int n = x.Length;
        var gTrial = new double[n];
        double alphaPrev = 0, fPrev = f0, slopePrev = slope0;
        double alpha = initialStep;
        bool sawNonFinite = false;
        double noise = FunctionNoise * Math.Max(1.0, Math.Abs(f0));

        for (int i = 0; i < 40; i++)
        {
            double fa = Evaluate(objective, x, p, alpha, xOut, gTrial, ref evaluations);
            if (!IsFinite(fa, gTrial))
            {
                // Stepped outside the region where the objective is defined: shrink and retry.
                sawNonFinite = true;
                alpha = alphaPrev + 0.25 * (alpha - alphaPrev);
                if (alpha - alphaPrev < 1e-16) break;
                continue;
            }

            double slopeA = Dot(gTrial, p);
            if (fa > f0 + C1 * alpha * slope0 + noise || (i > 0 && fa >= fPrev))
            {
                return Zoom(objective, x, f0, slope0, p, alphaPrev, fPrev, slopePrev, alpha, fa, slopeA, xOut, gOut, ref evaluations);
            }

            if (Math.Abs(slopeA) <= -C2 * slope0)
            {
                Array.Copy(gTrial, gOut, n);
                return new SearchOutcome(true, fa, false);
            }

            if (slopeA >= 0)
            {
                return Zoom(objective, x, f0, slope0, p, alpha, fa, slopeA, alphaPrev, fPrev, slopePrev, xOut, gOut, ref evaluations);
            }

            alphaPrev = alpha;
            fPrev = fa;
            slopePrev = slopeA;
            alpha *= sawNonFinite ? 1.5 : 2.0;
        }

        return new SearchOutcome(false, f0, sawNonFinite);
    }

    private static SearchOutcome Zoom(
        ObjectiveFunction objective, double[] x, double f0, double slope0, double[] p,
        double alphaLo, double fLo, double slopeLo, double alphaHi, double fHi, double slopeHi,
        double[] xOut, double[] gOut, ref int evaluations)
    {
        int n = x.Length;
        var gTrial = new double[n];
        var bestG = new double[n];
        double bestAlpha = double.NaN, bestF = double.PositiveInfinity;
        double noise = FunctionNoise * Math.Max(1.0, Math.Abs(f0));

        for (int i = 0; i < 60; i++)
        {
            double alpha = CubicMinimizer(alphaLo, fLo, slopeLo, alphaHi, fHi, slopeHi);
            double width = Math.Abs(alphaHi - alphaLo);
            double lo = Math.Min(alphaLo, alphaHi), hi = Math.Max(alphaLo, alphaHi);
            if (double.IsNaN(alpha) || alpha <= lo + 0.1 * width || alpha >= hi - 0.1 * width)
            {
                alpha = 0.5 * (alphaLo + alphaHi);
            }

            double fa = Evaluate(objective, x, p, alpha, xOut, gTrial, ref evaluations);
            if (!IsFinite(fa, gTrial))
            {
                alphaHi = alpha;
                fHi = double.PositiveInfinity;
                slopeHi = double.NaN;
                continue;
            }

            double slopeA = Dot(gTrial, p);
            if (fa < bestF && fa <= f0 + C1 * alpha * slope0)
            {
                bestF = fa;
                bestAlpha = alpha;
                Array.Copy(gTrial, bestG, n);
            }

            if (fa > f0 + C1 * alpha * slope0 + noise || fa >= fLo + noise)
            {
                alphaHi = alpha;
                fHi = fa;
                slopeHi = slopeA;
            }
            else
            {
                if (Math.Abs(slopeA) <= -C2 * slope0)
                {
                    Array.Copy(gTrial, gOut, n);
                    return new SearchOutcome(true, fa, false);
                }

                if (slopeA * (alphaHi - alphaLo) >= 0)
                {
                    alphaHi = alphaLo;
                    fHi = fLo;
                    slopeHi = slopeLo;
                }

                alphaLo = alpha;
                fLo = fa;
                slopeLo = slopeA;
            }

            if (Math.Abs(alphaHi - alphaLo) < 1e-16 * Math.Max(1.0, Math.Abs(alphaLo))) break;
        }

        if (!double.IsNaN(bestAlpha) && bestF < f0)
        {
            // Sufficient decrease without the curvature condition: accept the best point seen.
            for (int i = 0; i < n; i++) xOut[i] = x[i] + bestAlpha * p[i];
            Array.Copy(bestG, gOut, n);
            return new SearchOutcome(true, bestF, false);
        }

        return new SearchOutcome(false, f0, false);
    }

    /// <summary>Minimizer of the cubic interpolating f and f' at two points (N&amp;W eq. 3.59).</summary>
    private static double CubicMinimizer(double a, double fa, double da, double b, double fb, double db)
    {
        if (double.IsNaN(db) || double.IsInfinity(fb)) return double.NaN;
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double disc = d1 * d1 - da * db;
        if (disc < 0) return double.NaN;
        double d2 = Math.Sign(b - a) * Math.Sqrt(disc);
        return b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
    }

    private static double Evaluate(ObjectiveFunction objective, double[] x, double[] p, double alpha, double[] xOut, double[] g, ref int evaluations)
    {
        for (int i = 0; i < x.Length; i++) xOut[i] = x[i] + alpha * p[i];
        evaluations++;
        return objective(xOut, g);
    }

    private static void UpdateInverseHessian(double[] h, double[] s, double[] y, double[] hy, double sy, int n)
    {
        // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded (N&W eq. 6.17).
        double rho = 1.0 / sy;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += h[i * n + j] * y[j];
            hy[i] = sum;
        }

        double yhy = Dot(y, hy);
        double factor = (1.0 + rho * yhy) * rho;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                h[i * n + j] += factor * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
    }

    private static double[] Identity(int n)
    {
        var m = new double[n * n];
        for (int i = 0; i < n; i++) m[i * n + i] = 1.0;
        return m;
    }

    private static bool IsIdentity(double[] h, int n)
    {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (h[i * n + j] != (i == j ? 1.0 : 0.0)) return false;
        return true;
    }

    private static void MultiplyNegative(double[] h, double[] g, double[] result)
    {
        int n = g.Length;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += h[i * n + j] * g[j];
            result[i] = -sum;
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double MaxAbs(double[] v)
    {
        double m = 0;
        foreach (var e in v) m = Math.Max(m, Math.Abs(e));
        return m;
    }

    private static bool IsFinite(double f, double[] g)
    {
        if (!double.IsFinite(f)) return false;
        foreach (var e in g) if (!double.IsFinite(e)) return false;
        return true;
    }
}
