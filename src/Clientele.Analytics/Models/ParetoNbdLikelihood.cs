using System.Runtime.CompilerServices;
using Clientele.Analytics.Numerics;
using MathNet.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>
/// The weighted Pareto/NBD log-likelihood of a data set (Fader &amp; Hardie 2005, eq. (22)/(23)) with its
/// analytic gradient, prepared once per fit. Times are stored divided by <see cref="TimeScale"/> so the
/// optimizer sees α and β of order one.
/// </summary>
/// <remarks>
/// Per row, L = Γ(r+x)α^rβ^s/Γ(r)·[(α+T)^{−(r+x)}(β+T)^{−s} + s·I] with I = J(t_x) − J(T) and
/// J(t) = ∫_t^∞ (α+τ)^{−(r+x)}(β+τ)^{−(s+1)} dτ. J depends on the row only through (x, t), and on a daily
/// grid many rows share their (x, t_x) and (x, T) pairs, so each evaluation computes ln J and its
/// gradient once per distinct pair (<see cref="ParetoNbdIntegralGradient"/>), then combines them per row.
/// A row whose two tails agree to three digits (their difference would be mostly rounding) integrates
/// I directly, as <see cref="ParetoNbdHypergeometric.LogTailDifference"/> does. Log-gamma and digamma
/// are evaluated once per distinct x, logarithms of α+t and β+t once per distinct time. Tails and rows
/// are processed in fixed blocks, in parallel above the threshold, and block sums are added in block
/// order, so results do not depend on thread scheduling.
/// </remarks>
internal sealed class ParetoNbdLikelihood
{
    /// <summary>Rows (or tails) below which everything runs on the calling thread.</summary>
    internal const int DefaultParallelThreshold = 4096;

    private const int BlockSize = 2048;
    private const int Partials = 5;

    private readonly int parallelThreshold;
    private readonly double[] weight;
    private readonly int[] xIndex;
    private readonly int[] ageIndex;
    private readonly int[] lowerTail;
    private readonly int[] upperTail;
    private readonly double[] distinctX;
    private readonly double[] weightOfX;
    private readonly double[] distinctTimes;
    private readonly double[] tailX;
    private readonly double[] tailTime;
    private readonly double totalWeight;
    private readonly double weightedX;

    /// <summary>Indexes the rows of <paramref name="data"/>, with times divided by <paramref name="timeScale"/>.</summary>
    public ParetoNbdLikelihood(RepeatPurchaseData data, double timeScale, int parallelThreshold = DefaultParallelThreshold)
    {
        TimeScale = timeScale;
        this.parallelThreshold = parallelThreshold;
        int n = data.Count;
        weight = data.Weight;
        xIndex = new int[n];
        ageIndex = new int[n];
        lowerTail = new int[n];
        upperTail = new int[n];

        var timeOf = new Dictionary<double, int>();
        var times = new List<double>();
        var xOf = new Dictionary<double, int>();
        var xs = new List<double>();
        var xWeights = new List<double>();
        var tailOf = new Dictionary<long, int>();
        var tailXs = new List<double>();
        var tailTimes = new List<double>();

        int TimeIndex(double time)
        {
            if (!timeOf.TryGetValue(time, out int j))
            {
                j = times.Count;
                timeOf.Add(time, j);
                times.Add(time / timeScale);
            }

            return j;
        }

        int TailIndex(int k, int j)
        {
            long key = ((long)k << 32) | (uint)j;
            if (!tailOf.TryGetValue(key, out int m))
            {
                m = tailXs.Count;
                tailOf.Add(key, m);
                tailXs.Add(xs[k]);
                tailTimes.Add(times[j]);
            }

            return m;
        }

        for (int i = 0; i < n; i++)
        {
            double xi = data.Frequency[i];
            if (!xOf.TryGetValue(xi, out int k))
            {
                k = xs.Count;
                xOf.Add(xi, k);
                xs.Add(xi);
                xWeights.Add(0);
            }

            xIndex[i] = k;
            xWeights[k] += weight[i];
            totalWeight += weight[i];
            weightedX += weight[i] * xi;

            int jr = TimeIndex(data.Recency[i]);
            int ja = TimeIndex(data.Age[i]);
            ageIndex[i] = ja;

            // t_x = T: the customer cannot have died in between, and the A₀ term is empty.
            lowerTail[i] = jr == ja ? -1 : TailIndex(k, jr);
            upperTail[i] = jr == ja ? -1 : TailIndex(k, ja);
        }

        distinctX = xs.ToArray();
        weightOfX = xWeights.ToArray();
        distinctTimes = times.ToArray();
        tailX = tailXs.ToArray();
        tailTime = tailTimes.ToArray();
    }

    /// <summary>The divisor applied to t_x and T.</summary>
    public double TimeScale { get; }

    /// <summary>Distinct (x, t) pairs whose tail integral each evaluation computes.</summary>
    public int TailCount => tailX.Length;

    /// <summary>LL and ∂LL/∂(r, α, s, β) with α, β in original time units; the time scaling is undone exactly.</summary>
    public double EvaluateOriginal(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        // Dividing all times and α, β by c multiplies each customer's likelihood by c^x (eq. 22).
        Span<double> scaled = [theta[0], theta[1] / TimeScale, theta[2], theta[3] / TimeScale];
        double ll = EvaluateScaled(scaled, gradient);
        gradient[1] /= TimeScale;
        gradient[3] /= TimeScale;
        return ll - (weightedX * Math.Log(TimeScale));
    }

    /// <summary>LL and gradient with α, β in scaled time units (what the optimizer works on); NaN outside the parameter space.</summary>
    public double EvaluateScaled(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double r = theta[0], alpha = theta[1], s = theta[2], beta = theta[3];
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !double.IsFinite(r + alpha + s + beta))
        {
            gradient.Fill(double.NaN);
            return double.NaN;
        }

        double logAlpha = Math.Log(alpha), logBeta = Math.Log(beta);
        double ll = totalWeight * ((r * logAlpha) + (s * logBeta));
        double gR = totalWeight * logAlpha, gAlpha = totalWeight * r / alpha, gS = totalWeight * logBeta, gBeta = totalWeight * s / beta;
        double lgR = SpecialFunctions.GammaLn(r), dgR = SpecialFunctions.DiGamma(r);
        for (int k = 0; k < distinctX.Length; k++)
        {
            if (distinctX[k] == 0) continue;
            ll += weightOfX[k] * (SpecialFunctions.GammaLn(r + distinctX[k]) - lgR);
            gR += weightOfX[k] * (SpecialFunctions.DiGamma(r + distinctX[k]) - dgR);
        }

        var times = new double[distinctTimes.Length * 4];
        for (int j = 0; j < distinctTimes.Length; j++)
        {
            double a = alpha + distinctTimes[j], b = beta + distinctTimes[j];
            times[4 * j] = Math.Log(a);
            times[(4 * j) + 1] = Math.Log(b);
            times[(4 * j) + 2] = 1 / a;
            times[(4 * j) + 3] = 1 / b;
        }

        var tails = new double[tailX.Length * Partials];
        ForBlocks(tailX.Length, (start, end) => ComputeTails(start, end, r, alpha, s, beta, tails));

        Span<double> sums = stackalloc double[Partials];
        BlockSum.Sum(weight.Length, (start, end, partial) => SumRows(start, end, r, alpha, s, beta, times, tails, partial), sums, BlockSize, parallelThreshold);

        gradient[0] = gR + sums[1];
        gradient[1] = gAlpha + sums[2];
        gradient[2] = gS + sums[3];
        gradient[3] = gBeta + sums[4];
        return ll + sums[0];
    }

    private void ForBlocks(int count, Action<int, int> body) => BlockSum.ForBlocks(count, body, BlockSize, parallelThreshold);

    // ln J(t) and ∂ln J/∂(ρ, α, σ, β) with ρ = r+x, σ = s+1, five numbers per distinct (x, t).
    private void ComputeTails(int start, int end, double r, double alpha, double s, double beta, double[] tails)
    {
        for (int m = start; m < end; m++)
        {
            var slot = tails.AsSpan(m * Partials, Partials);
            slot[0] = ParetoNbdIntegralGradient.LogTail(alpha, r + tailX[m], beta, s + 1, tailTime[m], slot[1..]);
        }
    }

    /// <summary>
    /// Per row: the bracket of eq. (22) by log-sum-exp of the "alive at T" and "died in (t_x, T]" terms, and
    /// the gradient as the two terms' shares times their log-derivatives.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumRows(int start, int end, double r, double alpha, double s, double beta, double[] times, double[] tails, Span<double> sums)
    {
        double sLl = 0, sR = 0, sAlpha = 0, sS = 0, sBeta = 0, logS = Math.Log(s), inverseS = 1 / s;
        Span<double> direct = stackalloc double[4];
        for (int i = start; i < end; i++)
        {
            double wi = weight[i], rho = r + distinctX[xIndex[i]];
            int ja = ageIndex[i];
            double logAgeA = times[4 * ja], logAgeB = times[(4 * ja) + 1];
            double alive = (-rho * logAgeA) - (s * logAgeB);
            double aliveR = -logAgeA, aliveAlpha = -rho * times[(4 * ja) + 2], aliveS = -logAgeB, aliveBeta = -s * times[(4 * ja) + 3];
            int lo = lowerTail[i];
            if (lo < 0)
            {
                sLl += wi * alive;
                sR += wi * aliveR;
                sAlpha += wi * aliveAlpha;
                sS += wi * aliveS;
                sBeta += wi * aliveBeta;
                continue;
            }

            int up = upperTail[i];
            double u = tails[lo * Partials], l = tails[up * Partials], ratio = l - u;
            double logI, dRho, dAlpha, dSigma, dBeta;
            if (ratio < -1e-3)
            {
                // d ln(e^U − e^L) = (dU − q·dL)/(1 − q), q = e^{L−U}: amplifies rounding at most a thousandfold.
                double q = Math.Exp(ratio), amplify = 1 / (1 - q);
                logI = u + ParetoNbdHypergeometric.Log1mExp(ratio);
                dRho = (tails[(lo * Partials) + 1] - (q * tails[(up * Partials) + 1])) * amplify;
                dAlpha = (tails[(lo * Partials) + 2] - (q * tails[(up * Partials) + 2])) * amplify;
                dSigma = (tails[(lo * Partials) + 3] - (q * tails[(up * Partials) + 3])) * amplify;
                dBeta = (tails[(lo * Partials) + 4] - (q * tails[(up * Partials) + 4])) * amplify;
            }
            else
            {
                double tx = tailTime[lo], age = tailTime[up];
                logI = ParetoNbdIntegralGradient.LogIntegralDirect(alpha, rho, beta, s + 1, tx, age, direct);
                (dRho, dAlpha, dSigma, dBeta) = (direct[0], direct[1], direct[2], direct[3]);
            }

            double died = logS + logI;
            double bracket = ParetoNbdHypergeometric.LogSumExp(alive, died);
            double wAlive = Math.Exp(alive - bracket), wDied = Math.Exp(died - bracket);
            sLl += wi * bracket;
            sR += wi * ((wAlive * aliveR) + (wDied * dRho));
            sAlpha += wi * ((wAlive * aliveAlpha) + (wDied * dAlpha));
            sS += wi * ((wAlive * aliveS) + (wDied * (inverseS + dSigma)));
            sBeta += wi * ((wAlive * aliveBeta) + (wDied * dBeta));
        }

        sums[0] = sLl;
        sums[1] = sR;
        sums[2] = sAlpha;
        sums[3] = sS;
        sums[4] = sBeta;
    }
}
