using MathNet.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Fader &amp; Hardie 2013, "The Gamma-Gamma Model
/// of Monetary Value"): fitting p, q, v by maximum likelihood and the per-customer log-likelihood.
/// </summary>
public static class GammaGamma
{
    /// <summary>The model's name in messages and reports.</summary>
    public const string Name = "Gamma-Gamma";

    /// <summary>
    /// Fits p, q, v on the customers with x ≥ 1 repeat transactions and mean repeat spend z̄ &gt; 0;
    /// customers with x ≥ 1 and z̄ ≤ 0 (net returns) cannot come from a gamma and are excluded and
    /// counted in <see cref="GammaGammaModel.ExcludedNonPositiveSpend"/>. Identical (x, z̄) pairs are
    /// fitted once with a weight. Spend is divided by its mean during the fit (v is reported in the
    /// input's currency units). <see cref="FitOptions.InitialValues"/> are (p, q, v); the default start
    /// is p = q = 1, v = mean spend.
    /// </summary>
    /// <param name="frequency">x per customer: repeat transactions (non-negative integers).</param>
    /// <param name="monetaryValue">z̄ per customer: mean value of the repeat transactions (ignored when x = 0).</param>
    /// <param name="options">Penalizer, start values and optimizer settings.</param>
    /// <exception cref="ArgumentException">Lengths differ, a value is invalid, or no customer has x ≥ 1 and z̄ &gt; 0.</exception>
    /// <exception cref="ModelConvergenceException">The optimizer did not converge; the message says what to try.</exception>
    public static GammaGammaModel Fit(ReadOnlySpan<double> frequency, ReadOnlySpan<double> monetaryValue, FitOptions? options = null)
    {
        options ??= FitOptions.Default;
        if (frequency.Length != monetaryValue.Length)
        {
            throw new ArgumentException($"Frequency ({frequency.Length}) and monetary value ({monetaryValue.Length}) must have the same length.", nameof(monetaryValue));
        }

        if (options.InitialValues is { Length: not 3 })
        {
            throw new ArgumentException($"Gamma-Gamma needs 3 initial values (p, q, v), got {options.InitialValues.Length}.", nameof(options));
        }

        if (!(options.Penalizer >= 0) || !double.IsFinite(options.Penalizer))
        {
            throw new ArgumentException($"The penalizer must be zero or positive, got {options.Penalizer}.", nameof(options));
        }

        var index = new Numerics.DistinctRowIndex(Math.Min(frequency.Length, 1 << 20));
        var (xs, zs, ws) = (new List<double>(), new List<double>(), new List<double>());
        int excluded = 0;
        double customers = 0;
        for (int i = 0; i < frequency.Length; i++)
        {
            double x = frequency[i], z = monetaryValue[i];
            if (!(x >= 0) || x != Math.Floor(x) || double.IsInfinity(x))
            {
                throw new ArgumentException($"Customer {i}: frequency must be a non-negative integer, got {x}.", nameof(frequency));
            }

            if (x == 0) continue;
            if (!double.IsFinite(z)) throw new ArgumentException($"Customer {i}: monetary value must be finite, got {z}.", nameof(monetaryValue));
            if (z <= 0)
            {
                excluded++;
                continue;
            }

            int row = index.GetOrAdd(x, z, 0, out bool added);
            if (added)
            {
                xs.Add(x);
                zs.Add(z);
                ws.Add(0);
            }

            ws[row] += 1;
            customers++;
        }

        if (customers == 0)
        {
            throw new ArgumentException("No customer has a repeat purchase with positive spend; the Gamma-Gamma model needs at least one.", nameof(monetaryValue));
        }

        return FitRows(xs.ToArray(), zs.ToArray(), ws.ToArray(), excluded, options);
    }

    /// <summary>Fits weighted distinct (x, z̄) rows; see <see cref="Fit"/>.</summary>
    private static GammaGammaModel FitRows(double[] xs, double[] zs, double[] ws, int excluded, FitOptions options)
    {
        double customers = 0, spendSum = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            customers += ws[i];
            spendSum += ws[i] * zs[i];
        }

        double scale = spendSum / customers;
        var likelihood = new GammaGammaLikelihood(xs, zs, ws, scale);
        var warm = options.InitialValues is null ? WarmStart(xs, zs, ws, options) : null;
        double[] natural = options.InitialValues ?? warm?.Values.ToArray() ?? [1.0, 1.0, scale];
        double[] start = [natural[0], natural[1], natural[2] / scale];
        var optimum = MaximumLikelihood.Maximize(Name, likelihood.EvaluateScaled, start, customers, options, warm?.InverseHessian);
        var p = new GammaGammaParameters(optimum.Theta[0], optimum.Theta[1], optimum.Theta[2] * scale);
        var theta = p.ToArray();
        double ll = likelihood.EvaluateOriginal(theta, new double[3]);
        var (errors, condition) = MaximumLikelihood.StandardErrors(likelihood.EvaluateOriginal, theta, options.Penalizer);
        var m = optimum.Minimization;
        var diagnostics = new FitDiagnostics(m.Iterations, m.FunctionEvaluations, m.ExitReason, m.GradientNorm, xs.Length, customers, condition);
        return new GammaGammaModel(p, errors, ll, diagnostics, excluded) { InverseHessian = m.InverseHessian };
    }

    /// <summary>
    /// For many rows, the fit of every k-th row: the full fit then starts near its optimum and needs a
    /// fraction of the iterations (the optimum does not depend on the start). Null when not worth it.
    /// </summary>
    private static GammaGammaModel? WarmStart(double[] xs, double[] zs, double[] ws, FitOptions options)
    {
        if (xs.Length <= RepeatPurchaseData.WarmStartThreshold) return null;
        int stride = (xs.Length + RepeatPurchaseData.WarmStartRows - 1) / RepeatPurchaseData.WarmStartRows;
        int n = (xs.Length + stride - 1) / stride;
        double[] x = new double[n], z = new double[n], w = new double[n];
        for (int i = 0, row = 0; row < xs.Length; i++, row += stride)
        {
            x[i] = xs[row];
            z[i] = zs[row];
            w[i] = ws[row];
        }

        try
        {
            return FitRows(x, z, w, 0, options);
        }
        catch (ModelFitException)
        {
            return null;
        }
    }

    /// <summary>
    /// One customer's log-density of z̄ given x (Fader &amp; Hardie 2013, eq. 3):
    /// lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln z̄ + px ln x − (px+q) ln(v + x z̄).
    /// </summary>
    /// <exception cref="ArgumentException">x &lt; 1 or z̄ ≤ 0.</exception>
    public static double CustomerLogLikelihood(GammaGammaParameters p, double x, double zbar)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (!(x >= 1) || !double.IsFinite(x)) throw new ArgumentException($"Frequency x must be at least 1, got {x}.", nameof(x));
        if (!(zbar > 0) || !double.IsFinite(zbar)) throw new ArgumentException($"Mean spend must be positive and finite, got {zbar}.", nameof(zbar));
        double px = p.P * x;
        return SpecialFunctions.GammaLn(px + p.Q) - SpecialFunctions.GammaLn(px) - SpecialFunctions.GammaLn(p.Q)
            + p.Q * Math.Log(p.V) + (px - 1) * Math.Log(zbar) + px * Math.Log(x) - (px + p.Q) * Math.Log(p.V + x * zbar);
    }
}
