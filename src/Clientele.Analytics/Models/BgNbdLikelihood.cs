using Clientele.Analytics.Numerics;
using System.Runtime.CompilerServices;
using MathNet.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>
/// The weighted BG/NBD log-likelihood of a data set (FHL 2005 eq. 6, in the overflow-safe form of
/// Hardie's note 027) with its analytic gradient, prepared once per fit. Times are stored divided by
/// <see cref="TimeScale"/> so the optimizer sees α of order one.
/// </summary>
/// <remarks>
/// Cost per evaluation: gamma/digamma functions once per distinct x (their weighted sums are
/// folded outside the row loop), ln(α+τ) and 1/(α+τ) once per distinct time τ among the t_x and T
/// values (few on a daily grid), then one exponential and one logarithm per distinct row.
/// Rows are summed in fixed blocks, in parallel above <see cref="ParallelThreshold"/> rows, and
/// the block sums are added in block order so results do not depend on thread scheduling.
/// </remarks>
internal sealed class BgNbdLikelihood
{
    private const int ParallelThreshold = 20_000;
    private const int BlockSize = 8192;

    private readonly double[] x;
    private readonly int[] recencyIndex;
    private readonly int[] ageIndex;
    private readonly double[] distinctTimes;
    private readonly double[] weight;
    private readonly int[] xIndex;
    private readonly double[] distinctX;
    private readonly double[] weightOfX;
    private readonly double totalWeight;
    private readonly double weightedX;

    public BgNbdLikelihood(RepeatPurchaseData data, double timeScale)
    {
        TimeScale = timeScale;
        int n = data.Count;
        x = data.Frequency;
        weight = data.Weight;
        recencyIndex = new int[n];
        ageIndex = new int[n];
        xIndex = new int[n];
        var timeIndex = new Dictionary<double, int>();
        var times = new List<double>();
        int TimeIndex(double time)
        {
            if (!timeIndex.TryGetValue(time, out int j))
            {
                j = times.Count;
                timeIndex.Add(time, j);
                times.Add(time / timeScale);
            }

            return j;
        }

        var indexOf = new Dictionary<double, int>();
        var values = new List<double>();
        var weights = new List<double>();
        for (int i = 0; i < n; i++)
        {
            recencyIndex[i] = TimeIndex(data.Recency[i]);
            ageIndex[i] = TimeIndex(data.Age[i]);
            if (!indexOf.TryGetValue(x[i], out int k))
            {
                k = values.Count;
                indexOf.Add(x[i], k);
                values.Add(x[i]);
                weights.Add(0);
            }

            xIndex[i] = k;
            weights[k] += weight[i];
            totalWeight += weight[i];
            weightedX += weight[i] * x[i];
        }

        distinctX = values.ToArray();
        weightOfX = weights.ToArray();
        distinctTimes = times.ToArray();
    }

    /// <summary>The divisor applied to t_x and T.</summary>
    public double TimeScale { get; }

    /// <summary>LL and ∂LL/∂(r, α, a, b) with α in original time units; the time scaling is undone exactly.</summary>
    public double EvaluateOriginal(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        // Scaling times by 1/s multiplies each customer's likelihood by s^x (eq. 6), hence the Jacobian term.
        Span<double> scaled = [theta[0], theta[1] / TimeScale, theta[2], theta[3]];
        double ll = EvaluateScaled(scaled, gradient);
        gradient[1] /= TimeScale;
        return ll - weightedX * Math.Log(TimeScale);
    }

    /// <summary>LL and gradient with α in scaled time units (what the optimizer works on).</summary>
    public double EvaluateScaled(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double r = theta[0], alpha = theta[1], a = theta[2], b = theta[3];
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !double.IsFinite(r + alpha + a + b))
        {
            gradient.Fill(double.NaN);
            return double.NaN;
        }

        int kCount = distinctX.Length;
        var logA4 = new double[kCount];
        var inverseBx1 = new double[kCount];
        double ll = totalWeight * r * Math.Log(alpha);
        double gR = totalWeight * Math.Log(alpha), gAlpha = totalWeight * r / alpha, gA = 0, gB = 0;
        double lgAB = SpecialFunctions.GammaLn(a + b), lgB = SpecialFunctions.GammaLn(b), lgR = SpecialFunctions.GammaLn(r);
        double dgAB = SpecialFunctions.DiGamma(a + b), dgB = SpecialFunctions.DiGamma(b), dgR = SpecialFunctions.DiGamma(r);
        double logA = Math.Log(a);
        for (int k = 0; k < kCount; k++)
        {
            double xk = distinctX[k], wk = weightOfX[k];
            if (xk > 0)
            {
                ll += wk * (SpecialFunctions.GammaLn(r + xk) - lgR
                    + SpecialFunctions.GammaLn(b + xk) - lgB + lgAB - SpecialFunctions.GammaLn(a + b + xk));
                double dgABx = SpecialFunctions.DiGamma(a + b + xk);
                gR += wk * (SpecialFunctions.DiGamma(r + xk) - dgR);
                gA += wk * (dgAB - dgABx);
                gB += wk * (dgAB + SpecialFunctions.DiGamma(b + xk) - dgB - dgABx);
                logA4[k] = logA - Math.Log(b + xk - 1);
                inverseBx1[k] = 1 / (b + xk - 1);
            }
        }

        var logTime = new double[distinctTimes.Length];
        var inverseTime = new double[distinctTimes.Length];
        for (int j = 0; j < distinctTimes.Length; j++)
        {
            double term = alpha + distinctTimes[j];
            logTime[j] = Math.Log(term);
            inverseTime[j] = 1 / term;
        }

        var tables = new Tables(logA4, inverseBx1, logTime, inverseTime);
        Span<double> sums = stackalloc double[5];
        BlockSum.Sum(x.Length, (start, end, partial) => SumRows(start, end, r, tables, partial), sums, BlockSize, ParallelThreshold);

        ll += sums[0];
        gradient[0] = gR + sums[1];
        gradient[1] = gAlpha + sums[2];
        gradient[2] = gA + sums[3] / a;
        gradient[3] = gB - sums[4];
        return ll;
    }

    /// <summary>
    /// Per row: ln[(α+T)^−(r+x) + δ(x&gt;0)·a/(b+x−1)·(α+t_x)^−(r+x)] by log-sum-exp, and the weight w₄
    /// of the second (“dropped out at t_x”) term, which is all the gradient needs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumRows(int start, int end, double r, Tables tables, Span<double> sums)
    {
        var (logA4, inverseBx1, logTime, inverseTime) = tables;
        double sLl = 0, sR = 0, sAlpha = 0, sA = 0, sB = 0;
        for (int i = start; i < end; i++)
        {
            double xi = x[i], wi = weight[i], rx = r + xi;
            int ja = ageIndex[i];
            double logAge = logTime[ja];
            double a3 = -rx * logAge;
            if (xi == 0)
            {
                sLl += wi * a3;
                sR -= wi * logAge;
                sAlpha -= wi * rx * inverseTime[ja];
                continue;
            }

            int k = xIndex[i], jr = recencyIndex[i];
            double logRecency = logTime[jr];
            double a4 = logA4[k] - rx * logRecency;
            double d = a4 - a3;
            double lse, w4;
            if (d > 0)
            {
                double e = Math.Exp(-d);
                lse = a4 + Math.Log(1 + e);
                w4 = 1 / (1 + e);
            }
            else
            {
                double e = Math.Exp(d);
                lse = a3 + Math.Log(1 + e);
                w4 = e / (1 + e);
            }

            double w3 = 1 - w4;
            sLl += wi * lse;
            sR -= wi * (w3 * logAge + w4 * logRecency);
            sAlpha -= wi * rx * (w3 * inverseTime[ja] + w4 * inverseTime[jr]);
            sA += wi * w4;
            sB += wi * w4 * inverseBx1[k];
        }

        sums[0] = sLl;
        sums[1] = sR;
        sums[2] = sAlpha;
        sums[3] = sA;
        sums[4] = sB;
    }

    /// <summary>The per-evaluation lookup tables: per distinct x, and per distinct time.</summary>
    private readonly record struct Tables(double[] LogA4, double[] InverseBx1, double[] LogTime, double[] InverseTime);
}
