using Clientele.Analytics.Numerics;
using MathNet.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>
/// The weighted Gamma-Gamma log-likelihood of distinct (x, z̄) rows (Fader &amp; Hardie 2013, eq. 3)
/// with its analytic gradient. Spend is stored divided by <see cref="SpendScale"/>; gamma and
/// digamma functions are evaluated once per distinct x.
/// </summary>
internal sealed class GammaGammaLikelihood
{
    private const int ParallelThreshold = 20_000;
    private const int BlockSize = 8192;
    private readonly double[] x;
    private readonly double[] logSpend;
    private readonly double[] zbar;
    private readonly double[] weight;
    private readonly double[] distinctX;
    private readonly double[] weightOfX;
    private readonly double totalWeight;

    public GammaGammaLikelihood(double[] x, double[] zbar, double[] weight, double spendScale)
    {
        SpendScale = spendScale;
        int n = x.Length;
        this.x = x;
        this.weight = weight;
        this.zbar = new double[n];
        var indexOf = new Dictionary<double, int>();
        var values = new List<double>();
        var weights = new List<double>();
        for (int i = 0; i < n; i++)
        {
            this.zbar[i] = zbar[i] / spendScale;
            totalWeight += weight[i];
            if (!indexOf.TryGetValue(x[i], out int k))
            {
                k = values.Count;
                indexOf.Add(x[i], k);
                values.Add(x[i]);
                weights.Add(0);
            }

            weights[k] += weight[i];
        }

        logSpend = new double[n];
        for (int i = 0; i < n; i++) logSpend[i] = Math.Log(x[i] * this.zbar[i]);
        distinctX = values.ToArray();
        weightOfX = weights.ToArray();
        WeightedLogZbar = 0;
        for (int i = 0; i < n; i++) WeightedLogZbar += weight[i] * Math.Log(this.zbar[i]);
    }

    /// <summary>The divisor applied to spend.</summary>
    public double SpendScale { get; }

    private double WeightedLogZbar { get; }

    /// <summary>LL and gradient with v in original currency units; the spend scaling is undone exactly.</summary>
    public double EvaluateOriginal(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        // Scaling spend by 1/c multiplies each density of z̄ by c, hence the Jacobian term.
        Span<double> scaled = [theta[0], theta[1], theta[2] / SpendScale];
        double ll = EvaluateScaled(scaled, gradient);
        gradient[2] /= SpendScale;
        return ll - totalWeight * Math.Log(SpendScale);
    }

    /// <summary>
    /// Σ w·[lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln z̄ + px ln x − (px+q) ln(v + x z̄)],
    /// regrouped as −ln z̄ − px·ln(1 + v/(x z̄)) − q·ln(1 + x z̄/v) so no two large sums cancel
    /// (the plain form loses ~5 digits on CDNOW, enough to stall the line search near the optimum).
    /// </summary>
    public double EvaluateScaled(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double p = theta[0], q = theta[1], v = theta[2];
        if (!(p > 0 && q > 0 && v > 0) || !double.IsFinite(p + q + v))
        {
            gradient.Fill(double.NaN);
            return double.NaN;
        }

        double ll = -totalWeight * SpecialFunctions.GammaLn(q) - WeightedLogZbar;
        double gP = 0, gQ = -totalWeight * SpecialFunctions.DiGamma(q), gV = 0;
        for (int k = 0; k < distinctX.Length; k++)
        {
            double px = p * distinctX[k], wk = weightOfX[k];
            ll += wk * (SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px));
            double dgPxQ = SpecialFunctions.DiGamma(px + q);
            gP += wk * distinctX[k] * (dgPxQ - SpecialFunctions.DiGamma(px));
            gQ += wk * dgPxQ;
        }

        Span<double> sums = stackalloc double[4];
        BlockSum.Sum(x.Length, (start, end, partial) => SumRows(start, end, p, q, v, partial), sums, BlockSize, ParallelThreshold);

        ll += sums[0];
        gP += sums[1];
        gQ += sums[2];
        gV += sums[3];
        gradient[0] = gP;
        gradient[1] = gQ;
        gradient[2] = gV;
        return ll;
    }

    /// <summary>Adds rows [start, end) to sums = (LL, ∂p, ∂q, ∂v).</summary>
    private void SumRows(int start, int end, double p, double q, double v, Span<double> sums)
    {
        double ll = 0, gP = 0, gQ = 0, gV = 0, logV = Math.Log(v);
        for (int i = start; i < end; i++)
        {
            double xi = x[i], wi = weight[i], spend = xi * zbar[i];
            // ln(1 + v/s) − ln(1 + s/v) = ln v − ln s, so one logarithm a row suffices; the smaller of the
            // two is computed directly (accurate when tiny) and the larger one from it (no cancellation).
            double logRatio, logShrink;
            if (spend >= v)
            {
                logRatio = LogMath.Log1P(v / spend);
                logShrink = logRatio + logSpend[i] - logV;
            }
            else
            {
                logShrink = LogMath.Log1P(spend / v);
                logRatio = logShrink - logSpend[i] + logV;
            }

            ll -= wi * (p * xi * logRatio + q * logShrink);
            gP -= wi * xi * logRatio;
            gQ -= wi * logShrink;
            gV += wi * (q * spend / v - p * xi) / (v + spend);
        }

        sums[0] += ll;
        sums[1] += gP;
        sums[2] += gQ;
        sums[3] += gV;
    }
}
