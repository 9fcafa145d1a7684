using Clientele.Allocation.DecisionQuality;

namespace Clientele.Allocation.Tests.DecisionQuality;

public class ResponseQuadratureTests
{
    // E[min(cap, c·m)] for m = exp(sZ − s²/2), s = √1.25·h, has the closed form c·Φ(z* − s) + cap·(1 − Φ(z*)) with
    // z* = (ln(cap/c) + s²/2)/s; values evaluated with mpmath at 30 digits. The kink at z* is what a plain
    // Gauss–Hermite rule would miss.
    [Theory]
    [InlineData(0.3, 0.3, 0.29998671728262748118)]
    [InlineData(0.3, 1.0, 0.25757887501141141262)]
    [InlineData(0.9, 2.0, 0.24365697381812586145)]
    [InlineData(0.6, 0.3, 0.59018256231777610216)]
    [InlineData(0.02, 0.3, 0.02)]
    public void Expect_CappedMultiplier_MatchesClosedForm(double scale, double heterogeneity, double expected)
    {
        var rule = InformedValuation.RetentionRule(scale, heterogeneity);
        Assert.Equal(expected, rule.Expect(x => x), 1e-12);
    }

    [Theory]
    [InlineData(0.3, 0.3)]
    [InlineData(0.9, 2.0)]
    [InlineData(0.001, 0.5)]
    public void Weights_AnyRule_SumToOne(double scale, double heterogeneity)
    {
        var rule = InformedValuation.RetentionRule(scale, heterogeneity);
        Assert.Equal(1, rule.Weights.Sum(), 1e-14);
        Assert.All(rule.Points, x => Assert.InRange(x, 0, InformedValuation.RetentionCap));
    }

    [Theory]
    [InlineData(0.3, 0.0, 0.3)]
    [InlineData(0.0, 0.3, 0.0)]
    [InlineData(1.2, 0.0, 0.95)]
    public void Constructor_NoRandomness_OnePointAtTheCappedScale(double scale, double heterogeneity, double point)
    {
        var rule = InformedValuation.RetentionRule(scale, heterogeneity);
        Assert.Equal([point], rule.Points);
        Assert.Equal([1.0], rule.Weights);
    }

    [Fact]
    public void MultiplierSigma_HeterogeneityPointThree_IsRootOfHSquaredPlusHalfHSquared() =>
        Assert.Equal(Math.Sqrt(0.09 + 0.0225), InformedValuation.MultiplierSigma(0.3), 1e-15);
}
