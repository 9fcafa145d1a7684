using Clientele.Analytics.Models;
using MathNet.Numerics.Distributions;

namespace Clientele.Analytics.Tests.Models;

/// <summary>Pareto/NBD predictions at given parameters: published values, invariants, limits and a Monte Carlo check.</summary>
public class ParetoNbdPredictionTests
{
    private static readonly ParetoNbdModel Lifetimes = ParetoNbdModel.FromParameters(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562));

    /// <summary>Parameter sets covering both A0 branches, s = 1 and α = β.</summary>
    public static TheoryData<double, double, double, double> ParameterGrid => new()
    {
        { 0.5534, 10.5802, 0.6061, 11.6562 },   // CDNOW
        { 2.0, 5.0, 0.3, 50.0 },                // α < β, frequent buyers
        { 0.2, 40.0, 3.0, 2.0 },                // α > β, short lives
        { 0.8, 12.0, 1.0, 12.0 },               // s = 1 and α = β exactly
    };

    /// <summary>BTYD p.9 prints P(alive) = 0.997874 for customer 1516 (t_x = 216/7); lifetimes asserts 0.9979 ± 0.001 with t_x = 30.86.</summary>
    [Fact]
    public void ProbabilityAlive_Customer1516_MatchesBtydAndLifetimes()
    {
        Assert.Equal(0.997874, Lifetimes.ProbabilityAlive(26, 216 / 7.0, 31), 2e-6);
        Assert.Equal(0.9979, Lifetimes.ProbabilityAlive(26, 30.86, 31), 0.001);
    }

    /// <summary>lifetimes test_estimation.py L383–392 comments: E[X(10)] for (132 or 133, 200, 200).</summary>
    [Theory]
    [InlineData(132, 6.2060517889632418)]
    [InlineData(133, 6.2528722475748113)]
    public void ConditionalExpectedPurchases_LifetimesHeavyBuyers_MatchesComments(double x, double expected)
    {
        var model = ParetoNbdModel.FromParameters(new ParetoNbdParameters(0.55, 10.58, 0.61, 11.67));
        ParetoNbdFitTests.AssertRelative(expected, model.ConditionalExpectedPurchases(10, x, 200, 200), 1e-9);
    }

    /// <summary>Probabilities lie in [0, 1]; expectations are ≥ 0 and grow with t; P(no purchase) shrinks with t.</summary>
    [Theory]
    [MemberData(nameof(ParameterGrid))]
    public void Predictions_Grid_AreBoundedAndMonotone(double r, double alpha, double s, double beta)
    {
        var model = ParetoNbdModel.FromParameters(new ParetoNbdParameters(r, alpha, s, beta));
        double[] horizons = [0, 0.5, 1, 5, 20, 100, 1000];
        (double X, double Tx, double T)[] histories = [(0, 0, 0), (0, 0, 39), (1, 5, 10), (5, 9, 10), (20, 2, 40), (3, 39, 39)];
        foreach (var (x, tx, T) in histories)
        {
            Assert.InRange(model.ProbabilityAlive(x, tx, T), 0.0, 1.0);
            double previousExpected = -1, previousNone = 2, previousNew = -1;
            foreach (double t in horizons)
            {
                double expected = model.ConditionalExpectedPurchases(t, x, tx, T);
                double none = model.ProbabilityNoPurchase(t, x, tx, T);
                double fresh = model.ExpectedPurchases(t);
                Assert.True(expected >= previousExpected && expected >= 0, $"E[Y({t})|{x},{tx},{T}] = {expected}");
                Assert.True(none <= previousNone && none is >= 0 and <= 1, $"P0({t}|{x},{tx},{T}) = {none}");
                Assert.True(fresh >= previousNew && fresh >= 0, $"E[X({t})] = {fresh}");
                (previousExpected, previousNone, previousNew) = (expected, none, fresh);
            }
        }
    }

    /// <summary>Σₙ P(X(t) = n) = 1 and Σₙ n·P(X(t) = n) = E[X(t)] (FHL 2006 against FH 2005 eq. 17).</summary>
    [Theory]
    [MemberData(nameof(ParameterGrid))]
    public void ProbabilityOfPurchases_Grid_SumsToOneWithMeanExpectedPurchases(double r, double alpha, double s, double beta)
    {
        var model = ParetoNbdModel.FromParameters(new ParetoNbdParameters(r, alpha, s, beta));
        foreach (double t in new[] { 1.0, 10, 52 })
        {
            double total = 0, mean = 0;
            for (int n = 0; n <= 3000; n++)
            {
                double p = model.ProbabilityOfPurchases(n, t);
                Assert.InRange(p, 0.0, 1.0);
                total += p;
                mean += n * p;
            }

            Assert.Equal(1.0, total, 1e-9);
            ParetoNbdFitTests.AssertRelative(model.ExpectedPurchases(t), mean, 1e-8);
        }
    }

    /// <summary>P(X(0) = n) is a point mass at 0.</summary>
    [Fact]
    public void ProbabilityOfPurchases_ZeroHorizon_IsPointMassAtZero()
    {
        Assert.Equal(1.0, Lifetimes.ProbabilityOfPurchases(0, 0));
        Assert.Equal(0.0, Lifetimes.ProbabilityOfPurchases(3, 0));
    }

    /// <summary>At s = 1 the expectations take their logarithmic limits and are continuous in s.</summary>
    [Theory]
    [InlineData(1.0)]
    [InlineData(52.0)]
    public void ExpectedPurchases_SEqualsOne_MatchesLogLimit(double t)
    {
        double r = 0.5, alpha = 10, beta = 12;
        var model = ParetoNbdModel.FromParameters(new ParetoNbdParameters(r, alpha, 1.0, beta));
        ParetoNbdFitTests.AssertRelative(r * beta / alpha * Math.Log((beta + t) / beta), model.ExpectedPurchases(t), 1e-14);
        var nearby = ParetoNbdModel.FromParameters(new ParetoNbdParameters(r, alpha, 1.0 + 1e-9, beta));
        ParetoNbdFitTests.AssertRelative(model.ExpectedPurchases(t), nearby.ExpectedPurchases(t), 1e-8);

        double x = 4, T = 30, pa = model.ProbabilityAlive(x, 20, T);
        double limit = (r + x) * (beta + T) / (alpha + T) * Math.Log((beta + T + t) / (beta + T)) * pa;
        ParetoNbdFitTests.AssertRelative(limit, model.ConditionalExpectedPurchases(t, x, 20, T), 1e-13);
    }

    /// <summary>
    /// P(no purchase in (T, T+t]) against a seeded Monte Carlo of the story: dead with 1 − P(alive); else
    /// λ ~ Gamma(r+x, α+T), μ ~ Gamma(s, β+T), and no purchase iff the first purchase comes after min(death, t).
    /// 400,000 draws: standard error ≤ 0.0008, tolerance 4 standard errors.
    /// </summary>
    [Theory]
    [InlineData(0, 0, 39, 10)]
    [InlineData(2, 30.43, 38.86, 39)]
    [InlineData(10, 20, 39, 52)]
    [InlineData(26, 216 / 7.0, 31, 4)]
    public void ProbabilityNoPurchase_Cdnow_MatchesMonteCarlo(double x, double tx, double T, double t)
    {
        var p = Lifetimes.Values;
        double alive = Lifetimes.ProbabilityAlive(x, tx, T);
        var random = new Random(20240628);
        const int draws = 400_000;
        int none = 0;
        for (int i = 0; i < draws; i++)
        {
            if (random.NextDouble() >= alive) { none++; continue; }
            double lambda = Gamma.Sample(random, p.R + x, p.Alpha + T);
            double mu = Gamma.Sample(random, p.S, p.Beta + T);
            double death = Exponential.Sample(random, mu);
            double firstPurchase = Exponential.Sample(random, lambda);
            if (firstPurchase > Math.Min(death, t)) none++;
        }

        double estimate = (double)none / draws;
        double standardError = Math.Sqrt(Math.Max(estimate * (1 - estimate), 1e-4) / draws);
        Assert.Equal(estimate, Lifetimes.ProbabilityNoPurchase(t, x, tx, T), 4 * standardError);
    }

    /// <summary>t → 0 gives 1; t → ∞ gives 1 − P(alive)·E[λ/(λ+μ)], which at α+T = β+T is the beta mean (r+x)/(r+x+s).</summary>
    [Theory]
    [InlineData(0, 0, 10)]
    [InlineData(3, 8, 10)]
    [InlineData(40, 9.5, 10)]
    public void ProbabilityNoPurchase_Limits_MatchClosedForms(double x, double tx, double T)
    {
        double r = 0.7, s = 0.9, shift = 12;
        var model = ParetoNbdModel.FromParameters(new ParetoNbdParameters(r, shift, s, shift));
        double alive = model.ProbabilityAlive(x, tx, T);
        double never = 1 - (alive * (r + x) / (r + x + s));
        Assert.Equal(1.0, model.ProbabilityNoPurchase(0, x, tx, T));
        Assert.Equal(1.0, model.ProbabilityNoPurchase(1e-12, x, tx, T), 1e-9);
        Assert.Equal(never, model.ProbabilityNoPurchase(double.PositiveInfinity, x, tx, T), 1e-13);
        Assert.Equal(never, model.ProbabilityNoPurchase(1e12, x, tx, T), 1e-6);
    }

    /// <summary>lifetimes' (1000, 10, 100) customer is surely gone, with no NaN anywhere; T = 0 with x = 0 is surely alive.</summary>
    [Fact]
    public void Predictions_ExtremeHistories_AreFinite()
    {
        Assert.InRange(Lifetimes.ProbabilityAlive(1000, 10, 100), 0.0, 1e-100);
        Assert.InRange(Lifetimes.ConditionalExpectedPurchases(52, 1000, 10, 100), 0.0, 1e-90);
        Assert.Equal(1.0, Lifetimes.ProbabilityNoPurchase(52, 1000, 10, 100), 1e-12);
        Assert.Equal(1.0, Lifetimes.ProbabilityAlive(0, 0, 0));
        Assert.Equal(1.0, Lifetimes.ProbabilityAlive(10_000, 100, 100), 1e-3);
        Assert.True(double.IsFinite(Lifetimes.ConditionalExpectedPurchases(52, 10_000, 100, 100)));
        Assert.True(double.IsFinite(Lifetimes.ProbabilityOfPurchases(10_000, 52)));
        Assert.InRange(Lifetimes.ProbabilityAlive(0, 0, 1e-12), 1 - 1e-12, 1.0);
    }

    /// <summary>Bad arguments are refused with the parameter's name.</summary>
    [Fact]
    public void Arguments_Invalid_ThrowWithParameterName()
    {
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Lifetimes.ProbabilityAlive(-1, 0, 1)).ParamName);
        Assert.Equal("tx", Assert.Throws<ArgumentException>(() => Lifetimes.ProbabilityAlive(1, 2, 1)).ParamName);
        Assert.Equal("T", Assert.Throws<ArgumentException>(() => Lifetimes.CustomerLogLikelihood(1, 0, double.NaN)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentException>(() => Lifetimes.ExpectedPurchases(-1)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentException>(() => Lifetimes.ProbabilityOfPurchases(-1, 1)).ParamName);
        Assert.Equal("beta", Assert.Throws<ArgumentException>(() => new ParetoNbdParameters(1, 1, 1, 0)).ParamName);
    }

    /// <summary>A model built from parameters has no data behind it.</summary>
    [Fact]
    public void FromParameters_Always_HasNoLikelihoodOrDiagnostics()
    {
        Assert.True(double.IsNaN(Lifetimes.LogLikelihood));
        Assert.Null(Lifetimes.Diagnostics);
        Assert.Equal([0.5534, 10.5802, 0.6061, 11.6562], Lifetimes.Parameters.Select(p => p.Value));
    }
}
