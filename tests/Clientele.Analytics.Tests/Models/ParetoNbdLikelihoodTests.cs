using Clientele.Analytics.Models;
using Clientele.Analytics.Numerics;
using MathNet.Numerics;

namespace Clientele.Analytics.Tests.Models;

/// <summary>The Pareto/NBD likelihood (FH 2005 eq. 22/23) against closed forms, brute-force integration and its extremes.</summary>
public class ParetoNbdLikelihoodTests
{
    /// <summary>No repeat purchases in no time is certain: L = 1.</summary>
    [Fact]
    public void CustomerLogLikelihood_NoRepeatsAndZeroAge_IsZero()
    {
        var p = new ParetoNbdParameters(0.55, 10.58, 0.61, 11.67);
        Assert.Equal(0.0, ParetoNbd.CustomerLogLikelihood(p, 0, 0, 0), 1e-14);
    }

    /// <summary>At α = β the A0 integral is elementary: ∫(α+τ)^{−(r+s+x+1)} = [(α+t_x)^{−a} − (α+T)^{−a}]/a.</summary>
    [Theory]
    [InlineData(0.5, 10.0, 0.7, 0, 0, 30)]
    [InlineData(0.5, 10.0, 0.7, 3, 12, 30)]
    [InlineData(2.0, 0.3, 1.5, 7, 29.9, 30)]
    [InlineData(0.25, 4.0, 0.1, 40, 2, 100)]
    public void CustomerLogLikelihood_AlphaEqualsBeta_MatchesClosedForm(double r, double alpha, double s, double x, double tx, double T)
    {
        double a = r + s + x;
        double bracket = Math.Pow(alpha + T, -(r + x)) * Math.Pow(alpha + T, -s)
            + s / a * (Math.Pow(alpha + tx, -a) - Math.Pow(alpha + T, -a));
        double expected = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + ((r + s) * Math.Log(alpha)) + Math.Log(bracket);
        double actual = ParetoNbd.CustomerLogLikelihood(new ParetoNbdParameters(r, alpha, s, alpha), x, tx, T);
        Assert.Equal(expected, actual, 1e-10 * Math.Max(1, Math.Abs(expected)));
    }

    /// <summary>
    /// ln ∫_{t_x}^{T}(α+τ)^{−ρ}(β+τ)^{−σ}dτ from the ₂F₁ branches (and the quadrature fallbacks) against a
    /// million-point Simpson rule: both branches (α ≷ β), z near 1 (β ≪ α), near-cancelling tails, large x.
    /// </summary>
    [Theory]
    [InlineData(10.58, 0.55, 11.67, 1.61, 0, 31)]          // CDNOW-like, α < β
    [InlineData(11.67, 3.55, 10.58, 1.61, 20, 39)]         // α > β
    [InlineData(100.0, 0.55, 0.01, 1.61, 0, 1)]            // z ≈ 1: near part by quadrature
    [InlineData(0.01, 5.5, 100.0, 1.2, 0.5, 3)]            // z ≈ 1 on the other branch
    [InlineData(10.58, 26.55, 11.67, 1.61, 30.857, 31)]    // tails agree to 3 digits: direct quadrature
    [InlineData(10.58, 1000.55, 11.67, 1.61, 10, 100)]     // x = 1000
    [InlineData(0.3, 0.6, 0.2, 1.05, 0, 1)]                // a = r+s+x small
    public void LogTailDifference_Cases_MatchesSimpson(double alpha, double rho, double beta, double sigma, double t1, double t2)
    {
        double expected = LogSimpson(tau => (-rho * Math.Log(alpha + tau)) - (sigma * Math.Log(beta + tau)), t1, t2, 1_000_000);
        double actual = ParetoNbdHypergeometric.LogTailDifference(alpha, rho, beta, sigma, t1, t2);
        Assert.Equal(expected, actual, 1e-8);
    }

    /// <summary>The two A0 branches (α ≥ β: argument (α−β)/(α+t); α &lt; β: (β−α)/(β+t)) meet continuously at α = β.</summary>
    [Theory]
    [InlineData(0, 0, 39)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(26, 30.86, 31)]
    [InlineData(100, 5, 50)]
    public void CustomerLogLikelihood_AlphaAcrossBeta_BranchesAgree(double x, double tx, double T)
    {
        const double beta = 11.67;
        double above = ParetoNbd.CustomerLogLikelihood(new ParetoNbdParameters(0.55, beta * (1 + 1e-9), 0.61, beta), x, tx, T);
        double below = ParetoNbd.CustomerLogLikelihood(new ParetoNbdParameters(0.55, beta * (1 - 1e-9), 0.61, beta), x, tx, T);
        double at = ParetoNbd.CustomerLogLikelihood(new ParetoNbdParameters(0.55, beta, 0.61, beta), x, tx, T);
        Assert.Equal(at, above, 1e-8 * Math.Abs(at));
        Assert.Equal(at, below, 1e-8 * Math.Abs(at));
        Assert.NotEqual(above, below); // the two branches really were taken
    }

    /// <summary>Extreme histories stay finite: x up to 10,000, T near 0, the lifetimes (1000, 10, 100) case; x = 0 gives ln P ≤ 0.</summary>
    [Theory]
    [InlineData(10_000, 50, 100)]
    [InlineData(10_000, 100, 100)]
    [InlineData(1000, 10, 100)]
    [InlineData(0, 0, 1e-12)]
    [InlineData(1, 1e-13, 1e-12)]
    [InlineData(0, 0, 0)]
    [InlineData(0, 0, 1e6)]
    public void CustomerLogLikelihood_ExtremeHistories_IsFinite(double x, double tx, double T)
    {
        var p = new ParetoNbdParameters(0.55, 10.58, 0.61, 11.67);
        double ll = ParetoNbd.CustomerLogLikelihood(p, x, tx, T);
        // A density in the purchase times, so large x over a long T is positive; with x = 0 it is a probability.
        Assert.True(double.IsFinite(ll), $"LL = {ll}");
        if (x == 0) Assert.InRange(ll, double.MinValue, 1e-12);
    }

    /// <summary>Both tails agree to machine precision with the near-part quadrature across its switch at z = 1/3.</summary>
    [Fact]
    public void LogTail_AcrossQuadratureSwitch_IsContinuous()
    {
        // 2d = p0 exactly is the switch: β + t = 2(α − β).
        double alpha = 30, beta = 10, t = 30;
        double below = ParetoNbdHypergeometric.LogTail(alpha, 1.55, beta, 1.61, t * (1 - 1e-12));
        double above = ParetoNbdHypergeometric.LogTail(alpha, 1.55, beta, 1.61, t * (1 + 1e-12));
        double series = -2.16 * Math.Log(alpha + t) - Math.Log(2.16) + ParetoNbdHypergeometric.LogHyp2F1APlusOne(2.16, 1.61, 20.0 / 60.0);
        Assert.Equal(series, below, 1e-11 * Math.Abs(series));
        Assert.Equal(series, above, 1e-11 * Math.Abs(series));
    }

    /// <summary>Composite Simpson of exp(g) on [a, b] in log space (g scaled by its value at a).</summary>
    internal static double LogSimpson(Func<double, double> logIntegrand, double a, double b, int intervals)
    {
        double h = (b - a) / intervals, reference = logIntegrand(a), sum = 0;
        for (int i = 0; i <= intervals; i++)
        {
            double weight = i == 0 || i == intervals ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += weight * Math.Exp(logIntegrand(a + (i * h)) - reference);
        }

        return reference + Math.Log(sum * h / 3);
    }
}
