using Clientele.Analytics.Models;

namespace Clientele.Analytics.Tests.Models;

/// <summary>Invariants of the BG/NBD implementation over random parameters and histories, and extreme inputs.</summary>
public sealed class BgNbdPropertyTests
{
    private static readonly double[] Horizons = [0, 0.5, 1, 5, 20, 100, 1000];

    private static IEnumerable<(BgNbdModel Model, double X, double Tx, double T)> Grid(int count, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var p = new BgNbdParameters(0.05 + 3 * random.NextDouble(), 0.5 + 30 * random.NextDouble(), 0.1 + 3 * random.NextDouble(), 0.2 + 5 * random.NextDouble());
            double x = random.Next(0, 4) == 0 ? 0 : random.Next(0, 300);
            double T = 0.01 + 80 * random.NextDouble();
            double tx = x == 0 ? 0 : T * random.NextDouble();
            yield return (BgNbdModel.FromParameters(p), x, tx, T);
        }
    }

    [Fact]
    public void Predictions_RandomGrid_AreProbabilitiesAndMonotoneExpectations()
    {
        foreach (var (model, x, tx, T) in Grid(400, 1))
        {
            double alive = model.ProbabilityAlive(x, tx, T);
            Assert.InRange(alive, 0.0, 1.0);
            double previous = 0, previousNew = 0;
            foreach (double t in Horizons)
            {
                double expected = model.ConditionalExpectedPurchases(t, x, tx, T);
                double expectedNew = model.ExpectedPurchases(t);
                double none = model.ProbabilityNoPurchase(t, x, tx, T);
                Assert.True(double.IsFinite(expected) && expected >= previous * (1 - 1e-12), $"E[Y({t})|{x},{tx},{T}] = {expected} after {previous} for {model.Values}");
                Assert.True(double.IsFinite(expectedNew) && expectedNew >= previousNew * (1 - 1e-12), $"E[X({t})] = {expectedNew} after {previousNew} for {model.Values}");
                Assert.InRange(none, 0.0, 1.0);
                Assert.InRange(model.ProbabilityOfPurchases((int)Math.Min(x, 50), t), 0.0, 1.0);
                (previous, previousNew) = (expected, expectedNew);
            }
        }
    }

    [Theory]
    [InlineData(0.243, 4.414, 0.793, 2.426, 10)]
    [InlineData(1.5, 2.0, 2.5, 0.8, 3)]
    [InlineData(0.6, 12.0, 0.3, 4.0, 40)]
    public void ProbabilityOfPurchases_SumAndMean_MatchOneAndExpectedPurchases(double r, double alpha, double a, double b, double t)
    {
        var model = BgNbdModel.FromParameters(new BgNbdParameters(r, alpha, a, b));
        double total = 0, mean = 0;
        for (int n = 0; n <= 3000; n++)
        {
            double p = model.ProbabilityOfPurchases(n, t);
            total += p;
            mean += n * p;
        }

        Assert.Equal(1.0, total, 1e-9);
        BgNbdCdnowTests.Near(model.ExpectedPurchases(t), mean, 1e-8);
    }

    [Fact]
    public void LogLikelihood_CompressedRows_EqualsSumOverCustomers()
    {
        var s = CdnowSummary.Value;
        var p = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        double expanded = 0;
        for (int i = 0; i < s.Count; i++) expanded += BgNbd.CustomerLogLikelihood(p, s.X[i], s.Tx[i], s.T[i]);
        BgNbdCdnowTests.Near(expanded, BgNbd.LogLikelihood(p, s.Data), 1e-12);
    }

    [Fact]
    public void LogLikelihood_ManyRowsInParallel_EqualsSumOverCustomersAndIsReproducible()
    {
        var (x, tx, T) = Synthetic(60_000, 7);
        var data = RepeatPurchaseData.Compress(x, tx, T);
        Assert.True(data.Count > 20_000);
        var p = new BgNbdParameters(0.5, 30, 0.9, 3.1);
        double expanded = 0;
        for (int i = 0; i < x.Length; i++) expanded += BgNbd.CustomerLogLikelihood(p, x[i], tx[i], T[i]);
        double batch = BgNbd.LogLikelihood(p, data);
        BgNbdCdnowTests.Near(expanded, batch, 1e-11);
        Assert.Equal(batch, BgNbd.LogLikelihood(p, data));
    }

    [Fact]
    public void CustomerLogLikelihood_Gradient_MatchesCentralDifferences()
    {
        Span<double> gradient = stackalloc double[4];
        foreach (var (model, x, tx, T) in Grid(60, 2))
        {
            var p = model.Values;
            BgNbd.CustomerLogLikelihood(p, x, tx, T, gradient);
            var theta = p.ToArray();
            for (int j = 0; j < 4; j++)
            {
                double h = 1e-6 * theta[j];
                var up = (double[])theta.Clone();
                var down = (double[])theta.Clone();
                up[j] += h;
                down[j] -= h;
                double numeric = (Ll(up, x, tx, T) - Ll(down, x, tx, T)) / (2 * h);
                Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-5 * Math.Max(1, Math.Abs(numeric)), $"∂/∂θ{j} at {p}, ({x},{tx},{T}): analytic {gradient[j]}, numeric {numeric}");
            }
        }
    }

    private static double Ll(double[] theta, double x, double tx, double T) =>
        BgNbd.CustomerLogLikelihood(new BgNbdParameters(theta[0], theta[1], theta[2], theta[3]), x, tx, T);

    [Fact]
    public void BatchGradient_ScaledTime_MatchesSumOfCustomerGradients()
    {
        var s = CdnowSummary.Value;
        var theta = new[] { 0.3, 5.0, 0.7, 2.0 };
        var likelihood = new BgNbdLikelihood(s.Data, s.Data.MaxAge);
        var batch = new double[4];
        double ll = likelihood.EvaluateOriginal(theta, batch);
        var sum = new double[4];
        Span<double> one = stackalloc double[4];
        double expected = 0;
        var p = new BgNbdParameters(theta[0], theta[1], theta[2], theta[3]);
        for (int i = 0; i < s.Count; i++)
        {
            expected += BgNbd.CustomerLogLikelihood(p, s.X[i], s.Tx[i], s.T[i], one);
            for (int j = 0; j < 4; j++) sum[j] += one[j];
        }

        BgNbdCdnowTests.Near(expected, ll, 1e-12);
        for (int j = 0; j < 4; j++) BgNbdCdnowTests.Near(sum[j], batch[j], 1e-9);
    }

    [Fact]
    public void Fit_TimeInDaysInsteadOfWeeks_ScalesAlphaBySevenAndShiftsLlByJacobian()
    {
        var s = CdnowSummary.Value;
        var days = RepeatPurchaseData.Compress(s.X, s.Tx.Select(v => v * 7).ToArray(), s.T.Select(v => v * 7).ToArray());
        var inDays = BgNbd.Fit(days).Values;
        var inWeeks = BgNbdCdnowTests.Model.Values;
        BgNbdCdnowTests.Near(inWeeks.R, inDays.R, 1e-6);
        BgNbdCdnowTests.Near(7 * inWeeks.Alpha, inDays.Alpha, 1e-6);
        BgNbdCdnowTests.Near(inWeeks.A, inDays.A, 1e-6);
        BgNbdCdnowTests.Near(inWeeks.B, inDays.B, 1e-6);

        // Each customer's density in (t_x, T) picks up 7^−x: LL_days = LL_weeks − Σx·ln 7.
        double jacobian = s.X.Sum() * Math.Log(7);
        Assert.Equal(BgNbdCdnowTests.Model.LogLikelihood - jacobian, BgNbd.Fit(days).LogLikelihood, 1e-6);
    }

    [Fact]
    public void Fit_TwoIterations_ThrowsConvergenceExceptionWithAdvice()
    {
        var options = new FitOptions(Optimizer: new Clientele.Analytics.Numerics.BfgsOptions(MaxIterations: 2));
        var e = Assert.Throws<ModelConvergenceException>(() => BgNbd.Fit(CdnowSummary.Value.Data, options));
        Assert.StartsWith("BG/NBD: did not converge in 2 iterations", e.Message);
        Assert.Contains("Try more iterations", e.Message);
    }

    [Fact]
    public void Fit_ExpandedAndCompressed_GiveTheSameParameters()
    {
        var (x, tx, T) = Synthetic(30_000, 11);
        var compressed = BgNbd.Fit(RepeatPurchaseData.Compress(x, tx, T));
        var weights = Enumerable.Repeat(1.0, x.Length).ToArray();
        var expanded = BgNbd.Fit(RepeatPurchaseData.FromWeightedRows(x, tx, T, weights));
        for (int j = 0; j < 4; j++) BgNbdCdnowTests.Near(expanded.Parameters[j].Value, compressed.Parameters[j].Value, 1e-6);
        BgNbdCdnowTests.Near(expanded.LogLikelihood, compressed.LogLikelihood, 1e-10);
    }

    [Theory]
    [InlineData(10_000, 10, 100)]
    [InlineData(10_000, 100, 100)]
    [InlineData(1000, 10, 100)]
    [InlineData(1, 1e-9, 1e-9)]
    [InlineData(0, 0, 1e-12)]
    [InlineData(0, 0, 39)]
    [InlineData(5, 0, 1e-6)]
    public void Predictions_ExtremeHistories_AreFinite(double x, double tx, double T)
    {
        var model = BgNbdCdnowTests.Model;
        Assert.InRange(model.ProbabilityAlive(x, tx, T), 0.0, 1.0);
        Assert.True(double.IsFinite(model.CustomerLogLikelihood(x, tx, T)));
        foreach (double t in Horizons)
        {
            double e = model.ConditionalExpectedPurchases(t, x, tx, T);
            Assert.True(double.IsFinite(e) && e >= 0, $"E[Y({t})] = {e}");
            Assert.InRange(model.ProbabilityNoPurchase(t, x, tx, T), 0.0, 1.0);
        }
    }

    [Fact]
    public void Predictions_HeavyBuyerStillActive_ExpectsAboutHisRate()
    {
        // x = 10,000 over T = 100 while alive: rate ≈ (r+x)/(α+T) ≈ 96 per unit, P(alive) ≈ 1 − a/(b+x−1).
        var model = BgNbdCdnowTests.Model;
        var v = model.Values;
        Assert.Equal(1 / (1 + v.A / (v.B + 9999)), model.ProbabilityAlive(10_000, 100, 100), 1e-12);
        double e = model.ConditionalExpectedPurchases(0.01, 10_000, 100, 100);
        BgNbdCdnowTests.Near((v.R + 10_000) / (v.Alpha + 100) * 0.01, e, 1e-3);
    }

    [Fact]
    public void ConditionalExpectedPurchases_AcquiredToday_EqualsNewCustomerExpectation()
    {
        var model = BgNbdCdnowTests.Model;
        Assert.Equal(1.0, model.ProbabilityAlive(0, 0, 0));
        foreach (double t in Horizons) Assert.Equal(model.ExpectedPurchases(t), model.ConditionalExpectedPurchases(t, 0, 0, 0), 1e-14);
    }

    [Fact]
    public void BatchPredictions_ManyRows_EqualScalarPredictions()
    {
        var (x, tx, T) = Synthetic(50_000, 3);
        var data = RepeatPurchaseData.Compress(x, tx, T);
        var model = BgNbdCdnowTests.Model;
        var alive = new double[data.Count];
        var expected = new double[data.Count];
        model.ProbabilityAlive(data, alive);
        model.ConditionalExpectedPurchases(39, data, expected);
        for (int i = 0; i < data.Count; i += 97)
        {
            Assert.Equal(model.ProbabilityAlive(data.Frequency[i], data.Recency[i], data.Age[i]), alive[i]);
            Assert.Equal(model.ConditionalExpectedPurchases(39, data.Frequency[i], data.Recency[i], data.Age[i]), expected[i]);
        }
    }

    [Fact]
    public void ConditionalExpectedPurchases_RecencyAfterAge_ThrowsNamingTx()
    {
        var e = Assert.Throws<ArgumentException>(() => BgNbdCdnowTests.Model.ConditionalExpectedPurchases(1, 2, 40, 39));
        Assert.Equal("tx", e.ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentException>(() => BgNbdCdnowTests.Model.ExpectedPurchases(-1)).ParamName);
    }

    [Fact]
    public void Parameters_NonPositive_ThrowNamingTheParameter() =>
        Assert.Equal("Alpha", Assert.Throws<ArgumentException>(() => new BgNbdParameters(0.2, 0, 0.8, 2.4)).ParamName);

    /// <summary>Customers simulated from BG/NBD-like behaviour on a daily grid (so rows repeat and compress).</summary>
    internal static (double[] X, double[] Tx, double[] T) Synthetic(int n, int seed)
    {
        var random = new Random(seed);
        var (x, tx, T) = (new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++)
        {
            T[i] = random.Next(1, 365);
            double rate = -Math.Log(1 - random.NextDouble()) * 0.02;
            double p = random.NextDouble() * 0.5;
            double time = 0;
            while (true)
            {
                time += -Math.Log(1 - random.NextDouble()) / rate;
                double day = Math.Ceiling(time);
                if (day > T[i]) break;
                if (day > tx[i])
                {
                    x[i]++;
                    tx[i] = day;
                }

                if (random.NextDouble() < p) break;
            }
        }

        return (x, tx, T);
    }
}
