using Clientele.Allocation.Response;

namespace Clientele.Allocation.Tests.Response;

public class HillCurveTests
{
    [Theory]
    [InlineData(100, 1, 10, 10, 50)] // f(κ) = β/2
    [InlineData(100, 1, 10, 30, 75)] // 30/(30 + 10)
    [InlineData(100, 2, 10, 20, 80)] // 400/(400 + 100)
    [InlineData(100, 0.5, 4, 16, 100 * 4.0 / 6)] // √16/(√16 + √4) = 4/6
    [InlineData(100, 2, 10, 0, 0)]
    public void Value_Fixture_MatchesHillForm(double beta, double alpha, double kappa, double x, double expected)
    {
        Assert.Equal(expected, new HillCurve(beta, alpha, kappa).Value(x), 1e-9);
    }

    [Theory]
    [InlineData(100, 1, 10, 0)]
    [InlineData(100, 1, 10, 7)]
    [InlineData(100, 2.5, 10, 3)]
    [InlineData(100, 2.5, 10, 25)]
    [InlineData(100, 0.6, 10, 4)]
    public void Marginal_AnyPoint_MatchesCentralDifference(double beta, double alpha, double kappa, double x)
    {
        var curve = new HillCurve(beta, alpha, kappa);
        var h = 1e-5;
        var numeric = x == 0 ? (curve.Value(h) - curve.Value(0)) / h : (curve.Value(x + h) - curve.Value(x - h)) / (2 * h);

        Assert.Equal(numeric, curve.Marginal(x), 1e-4);
    }

    [Fact]
    public void Inflection_SShaped_IsWhereMarginalPeaks()
    {
        var curve = new HillCurve(50, 3, 20);

        // x* = κ((α − 1)/(α + 1))^(1/α) = 20 · 0.5^(1/3).
        Assert.Equal(20 * Math.Pow(0.5, 1.0 / 3), curve.Inflection, 1e-12);
        Assert.True(curve.Marginal(curve.Inflection) > curve.Marginal(curve.Inflection * 0.99));
        Assert.True(curve.Marginal(curve.Inflection) > curve.Marginal(curve.Inflection * 1.01));
        Assert.Equal(0, new HillCurve(50, 1, 20).Inflection);
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(2.5, 0.2)]
    [InlineData(0.7, 3.0)]
    public void SpendAtMarginal_FallingBranch_InvertsMarginal(double alpha, double lambda)
    {
        var curve = new HillCurve(100, alpha, 10);

        var x = curve.SpendAtMarginal(lambda);

        Assert.True(x >= curve.Inflection);
        Assert.Equal(lambda, curve.Marginal(x), 1e-9);
    }

    [Theory]
    [InlineData(-1, 1, 1, "β")]
    [InlineData(1, 0, 1, "α")]
    [InlineData(1, 1, double.NaN, "κ")]
    public void Constructor_OutOfRange_Throws(double beta, double alpha, double kappa, string name)
    {
        var e = Assert.Throws<ArgumentException>(() => new HillCurve(beta, alpha, kappa));

        Assert.StartsWith(name, e.Message);
    }
}
