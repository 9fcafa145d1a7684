using Clientele.Analytics.Numerics;

namespace Clientele.Analytics.Tests.Numerics;

public sealed class HypergeometricTests
{
    private static void Near(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (rel {(actual - expected) / expected:E2})");

    [Theory]
    [InlineData(-50.0)]
    [InlineData(-5.0)]
    [InlineData(-0.5)]
    [InlineData(1e-8)]
    [InlineData(0.3)]
    [InlineData(0.89)]
    [InlineData(0.95)]
    [InlineData(0.999)]
    public void Hyp2F1_OneOneTwo_IsMinusLogOneMinusZOverZ(double z) =>
        Near(-Clientele.Analytics.Numerics.LogMath.Log1P(-z) / z, Hypergeometric.Hyp2F1(1, 1, 2, z), 1e-13);

    [Theory]
    [InlineData(2.5, 1.3, -10.0)]
    [InlineData(2.5, 1.3, 0.5)]
    [InlineData(2.5, 1.3, 0.97)]
    [InlineData(0.25, 7.0, 0.9999)]
    [InlineData(-1.7, 0.4, 0.93)]
    public void Hyp2F1_BEqualsC_IsPowerOfOneMinusZ(double a, double b, double z) =>
        Near(Math.Pow(1 - z, -a), Hypergeometric.Hyp2F1(a, b, b, z), 1e-12);

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.6)]
    [InlineData(-0.9)]
    public void Hyp2F1_HalfHalfThreeHalves_IsArcsinOverZ(double x) =>
        Near(Math.Asin(x) / x, Hypergeometric.Hyp2F1(0.5, 0.5, 1.5, x * x), 1e-13);

    [Fact]
    public void Hyp2F1_NegativeIntegerA_IsLegendrePolynomial()
    {
        // 2F1(−3, 4; 1; (1−x)/2) = P₃(x) = (5x³ − 3x)/2.
        const double x = 0.3;
        Near((5 * x * x * x - 3 * x) / 2, Hypergeometric.Hyp2F1(-3, 4, 1, (1 - x) / 2), 1e-14);
    }

    [Theory]
    [InlineData(0.3, 2.7, 1.9, 0.97, 11.1591191319813580964561354904)]
    [InlineData(0.3, 2.7, 1.9, -20, 0.3500551511814816980835221298)]
    [InlineData(1.5, -0.8, 2.2, 0.999, 0.37700612078455770754180548821)]
    [InlineData(2.1, 3.4, 5.5, 0.5, 2.31012398849422682398461646603)]
    [InlineData(0.7, 1.2, 3.0, 0.999999, 1.75095805108797743523856307714)]
    public void Hyp2F1_GeneralParameters_MatchesMpmath(double a, double b, double c, double z, double expected) =>
        Near(expected, Hypergeometric.Hyp2F1(a, b, c, z), 1e-12);

    [Fact]
    public void LogHyp2F1_HugeTerms_StaysFiniteAndMatchesMpmath()
    {
        Near(510.670239336246030744661554279, Hypergeometric.LogHyp2F1(300, 400, 500, 0.9), 1e-12);
        Near(-20000 * Math.Log(0.5), Hypergeometric.LogHyp2F1(20000, 3, 3, 0.5), 1e-12);
        Assert.Equal(double.PositiveInfinity, Hypergeometric.Hyp2F1(20000, 3, 3, 0.5));
    }

    [Fact]
    public void LogHyp2F1_NegativeValue_IsNaN() =>
        Assert.True(double.IsNaN(Hypergeometric.LogHyp2F1(-3, 4, 1, 0.35)));

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Hyp2F1_ZAtOrAboveOne_Throws(double z)
    {
        var e = Assert.Throws<ArgumentException>(() => Hypergeometric.Hyp2F1(1, 1, 2, z));
        Assert.Equal("z", e.ParamName);
    }

    [Fact]
    public void Hyp2F1_NonPositiveIntegerC_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Hypergeometric.Hyp2F1(1, 1, -2, 0.5));
        Assert.Equal("c", e.ParamName);
    }

    [Fact]
    public void Hyp2F1_IntegerGapTooCloseToOne_ThrowsArithmeticException()
    {
        // c − a − b = 0 rules out the 1−z formula and the series would need ~1e10 terms.
        var e = Assert.Throws<ArithmeticException>(() => Hypergeometric.Hyp2F1(1, 1, 2, 1 - 1e-9));
        Assert.Contains("did not converge", e.Message);
    }
}
