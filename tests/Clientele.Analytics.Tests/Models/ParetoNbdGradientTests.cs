using Clientele.Analytics.Models;

namespace Clientele.Analytics.Tests.Models;

/// <summary>
/// The prepared Pareto/NBD likelihood and its analytic gradient against the per-customer likelihood
/// (FH 2005 eq. 22, evaluated independently through ParetoNbdHypergeometric) and its central differences.
/// </summary>
public class ParetoNbdGradientTests
{
    private static readonly double[] Cdnow = [0.55, 10.58, 0.61, 11.67];

    public static TheoryData<double[], double, double, double> PointsAndRows()
    {
        var points = new[]
        {
            Cdnow,                                   // α < β, series branch
            new[] { 0.55, 11.67, 0.61, 10.58 },      // α > β
            new[] { 0.55, 10.0, 0.61, 10.0 },        // α = β: z = 0
            new[] { 0.55, 10.0 * (1 + 1e-9), 0.61, 10.0 }, // α ≈ β
            new[] { 2.0, 100.0, 0.5, 1.0 },          // α ≫ β: z > 1/3, near part by quadrature
            new[] { 0.5, 0.5, 1.2, 40.0 },           // β ≫ α
        };
        var rows = new (double X, double Tx, double T)[]
        {
            (0, 0, 39),          // no repeat purchase
            (2, 30.43, 38.86),
            (26, 30.86, 31),     // tails agree to three digits: I integrated directly
            (200, 10, 100),      // large x
            (1, 0.5, 3),
            (5, 39, 39),         // t_x = T: no A₀ term
        };
        var data = new TheoryData<double[], double, double, double>();
        foreach (var p in points)
        {
            foreach (var (x, tx, t) in rows) data.Add(p, x, tx, t);
        }

        return data;
    }

    /// <summary>One row: LL equals CustomerLogLikelihood to 1e-12 and each partial equals a fourth-order central difference of it.</summary>
    [Theory]
    [MemberData(nameof(PointsAndRows))]
    public void EvaluateOriginal_SingleRow_MatchesCentralDifferences(double[] theta, double x, double tx, double T)
    {
        var likelihood = new ParetoNbdLikelihood(RepeatPurchaseData.FromWeightedRows([x], [tx], [T], [1.0]), 1.0);
        var gradient = new double[4];
        double ll = likelihood.EvaluateOriginal(theta, gradient);

        double Reference(double[] t) => ParetoNbd.CustomerLogLikelihood(new ParetoNbdParameters(t[0], t[1], t[2], t[3]), x, tx, T);
        double expected = Reference(theta);
        Assert.Equal(expected, ll, 1e-12 * Math.Max(1, Math.Abs(expected)));
        var numerical = CentralDifferences(Reference, theta);
        for (int j = 0; j < 4; j++)
        {
            Assert.True(Math.Abs(gradient[j] - numerical[j]) <= 1e-7 * Math.Max(1, Math.Abs(numerical[j])),
                $"∂/∂θ{j}: analytic {gradient[j]:R}, numerical {numerical[j]:R}");
        }
    }

    /// <summary>CDNOW's 1,016 rows share tails by (x, t): total LL and gradient against the row-by-row sum and its differences.</summary>
    [Fact]
    public void EvaluateOriginal_CdnowRows_MatchesRowSumAndCentralDifferences()
    {
        var data = ParetoNbdCdnow.Compress(ParetoNbdCdnow.Exact);
        var likelihood = new ParetoNbdLikelihood(data, data.MaxAge);
        Assert.True(likelihood.TailCount < 2 * data.Count);
        var gradient = new double[4];
        double ll = likelihood.EvaluateOriginal(Cdnow, gradient);

        double Reference(double[] t) => ParetoNbd.TotalLogLikelihood(t, data.Frequency, data.Recency, data.Age, data.Weight);
        ParetoNbdFitTests.AssertRelative(Reference(Cdnow), ll, 1e-12);
        var numerical = CentralDifferences(Reference, Cdnow);
        for (int j = 0; j < 4; j++) ParetoNbdFitTests.AssertRelative(numerical[j], gradient[j], 1e-6);
    }

    /// <summary>Block-parallel sums (partials added in block order) equal the sequential sum to 1e-12 relative, and repeat exactly.</summary>
    [Fact]
    public void EvaluateScaled_ParallelBlocks_EqualsSequentialSum()
    {
        var data = SyntheticDailyRows(40_000, seed: 11);
        var sequential = new ParetoNbdLikelihood(data, data.MaxAge, parallelThreshold: int.MaxValue);
        var parallel = new ParetoNbdLikelihood(data, data.MaxAge, parallelThreshold: 1);
        double[] theta = [0.8, 0.05, 0.7, 0.3];
        double[] gSequential = new double[4], gParallel = new double[4], gAgain = new double[4];
        double llSequential = sequential.EvaluateScaled(theta, gSequential);
        double llParallel = parallel.EvaluateScaled(theta, gParallel);
        double llAgain = parallel.EvaluateScaled(theta, gAgain);

        ParetoNbdFitTests.AssertRelative(llSequential, llParallel, 1e-12);
        for (int j = 0; j < 4; j++) ParetoNbdFitTests.AssertRelative(gSequential[j], gParallel[j], 1e-12);
        Assert.Equal(llParallel, llAgain);
        Assert.Equal(gParallel, gAgain);
    }

    /// <summary>Outside the parameter space the value and the gradient are NaN.</summary>
    [Fact]
    public void EvaluateScaled_NegativeParameter_IsNaN()
    {
        var data = ParetoNbdCdnow.Compress(ParetoNbdCdnow.Summary);
        var gradient = new double[4];
        Assert.True(double.IsNaN(new ParetoNbdLikelihood(data, 1.0).EvaluateScaled([0.5, -1, 0.5, 1], gradient)));
        Assert.All(gradient, g => Assert.True(double.IsNaN(g)));
    }

    // Rows on a daily grid over two years, in weeks, like a transaction log's summary.
    private static RepeatPurchaseData SyntheticDailyRows(int count, int seed)
    {
        var random = new Random(seed);
        double[] x = new double[count], tx = new double[count], age = new double[count];
        for (int i = 0; i < count; i++)
        {
            int ageDays = random.Next(1, 730);
            x[i] = random.NextDouble() < 0.4 ? 0 : random.Next(1, 60);
            tx[i] = x[i] == 0 ? 0 : random.Next(0, ageDays + 1) / 7.0;
            age[i] = ageDays / 7.0;
        }

        return RepeatPurchaseData.Compress(x, tx, age);
    }

    // Fourth-order central differences with steps 1e-4·θ (truncation ~h⁴, rounding ~1e-16·|LL|/h).
    private static double[] CentralDifferences(Func<double[], double> f, double[] theta)
    {
        var result = new double[theta.Length];
        var point = theta.ToArray();
        for (int j = 0; j < theta.Length; j++)
        {
            double h = 1e-4 * theta[j];
            double At(double step)
            {
                point[j] = theta[j] + step;
                double value = f(point);
                point[j] = theta[j];
                return value;
            }

            result[j] = ((8 * (At(h) - At(-h))) - (At(2 * h) - At(-2 * h))) / (12 * h);
        }

        return result;
    }
}
