using Clientele.Allocation;
using Clientele.Analytics.Models;

namespace Clientele.Allocation.Tests;

public class OptionValuationTests
{
    // Hand-computed: M = (1 − S^(1−ρ)) / ((1 − ρ)(1 − S)); gain = CLV · ((1 + σ) · M − 1).
    [Theory]
    [InlineData(1000, 0.5, 0.2, 0.05, 117.33340906639178)] // M = (1 − 0.5^0.8)/(0.8·0.5) = 1.0641270562537064
    [InlineData(250, 0.9, 0.5, 0.0, 6.58350974743116)]     // M = (1 − 0.9^0.5)/(0.5·0.1) = 1.0263340389897246
    [InlineData(400, 1.0, 0.3, 0.10, 40.0)]                // no risk of leaving: only the spend lift, 400 · 0.10
    [InlineData(400, 0.5, 0.0, 0.0, 0.0)]                  // no effect, no gain
    [InlineData(0, 0.2, 0.5, 0.2, 0.0)]                    // already gone (CLV 0): nothing to gain
    [InlineData(-50, 0.2, 0.5, 0.2, 0.0)]                  // negative CLV (net returns): nothing to gain
    [InlineData(100, 0.5, 1.0, 0.0, 38.629436111989061)]   // all risk averted: M = −ln 0.5 / 0.5 = 1.3862943611989061
    public void ExpectedGain_HandComputed_Matches(double clv, double survival, double retention, double spend, double expected)
    {
        double gain = OptionValuation.ExpectedGain(new OptionValuationInput(clv, survival), new OptionEffect(retention, spend));
        Assert.Equal(expected, gain, 1e-9 * Math.Max(1, Math.Abs(expected)));
    }

    [Fact]
    public void ExpectedGain_RiskierCustomerOfEqualValue_GainsMoreFromRetention()
    {
        var effect = new OptionEffect(0.3, 0);
        double safe = OptionValuation.ExpectedGain(new OptionValuationInput(1000, 0.9), effect);
        double risky = OptionValuation.ExpectedGain(new OptionValuationInput(1000, 0.3), effect);
        Assert.True(risky > 2 * safe, $"risky {risky} vs safe {safe}");
    }

    [Theory]
    [InlineData(0.3, 0.0)]
    [InlineData(0.3, 1.5)]
    [InlineData(-0.1, 0.5)]
    [InlineData(1.1, 0.5)]
    [InlineData(double.NaN, 0.5)]
    public void RetentionMultiplier_OutOfRange_Throws(double retention, double survival) =>
        Assert.Throws<ArgumentException>(() => OptionValuation.RetentionMultiplier(retention, survival));

    [Fact]
    public void RetentionMultiplier_SurvivalNearOne_IsContinuous()
    {
        // Series: M ≈ 1 + ρ·ε/2 for S = 1 − ε.
        double m = OptionValuation.RetentionMultiplier(0.4, 1 - 1e-9);
        Assert.Equal(1 + 0.4 * 1e-9 / 2, m, 1e-14);
    }

    // Hand-computed: S' = S^k, CLV' = CLV · (1 − S^k) / (k (1 − S)).
    [Theory]
    [InlineData(1000, 0.5, 2.0, 750.0, 0.25)]
    [InlineData(1000, 0.5, 0.5, 1171.5728752538098, 0.7071067811865476)]
    [InlineData(1000, 1.0, 3.0, 1000.0, 1.0)] // no risk of leaving: nothing to scale
    [InlineData(400, 0.8, 1.0, 400.0, 0.8)]
    public void WithHazardMultiplier_HandComputed_Matches(double clv, double survival, double multiplier, double expectedClv, double expectedSurvival)
    {
        var adjusted = OptionValuation.WithHazardMultiplier(new OptionValuationInput(clv, survival), multiplier);
        Assert.Equal(expectedClv, adjusted.Clv, 1e-9 * expectedClv);
        Assert.Equal(expectedSurvival, adjusted.SurvivalGivenAlive, 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void WithHazardMultiplier_NotPositive_Throws(double multiplier) =>
        Assert.Throws<ArgumentException>(() => OptionValuation.WithHazardMultiplier(new OptionValuationInput(100, 0.5), multiplier));

    [Fact]
    public void ExpectedGain_NaNClv_Throws() =>
        Assert.Throws<ArgumentException>(() => OptionValuation.ExpectedGain(new OptionValuationInput(double.NaN, 0.5), new OptionEffect(0.1, 0)));

    [Fact]
    public void SurvivalGivenAlive_UnitParameters_IsLn2()
    {
        // r + x = 1, a = 1, a + b + x = 2, H/(α + T) = 1: ₂F₁(1, 1; 2; −1) = ln 2.
        double s = OptionValuation.SurvivalGivenAlive(new BgNbdParameters(1, 1, 1, 1), 0, 1, 2);
        Assert.Equal(Math.Log(2), s, 1e-12);
    }

    [Fact]
    public void SurvivalGivenAlive_CdnowLikeParameters_MatchesNumericIntegral()
    {
        // ∫ Beta(p; 0.79, 2.43 + 2) · (1 + 52p/34.41)^−2.24 dp by the midpoint rule on u = p^a (200,000 points): 0.690064331.
        double s = OptionValuation.SurvivalGivenAlive(new BgNbdParameters(0.24, 4.41, 0.79, 2.43), 2, 30, 52);
        Assert.Equal(0.69006433091446, s, 1e-8);
    }

    [Fact]
    public void SurvivalGivenAlive_NegativeAge_Throws() =>
        Assert.Throws<ArgumentException>(() => OptionValuation.SurvivalGivenAlive(new BgNbdParameters(1, 1, 1, 1), 0, -1, 52));
}

public class OptionValuationExpM1Tests
{
    [Theory]
    [InlineData(1e-12, 1.0000000000005e-12)]
    [InlineData(-1e-9, -9.999999995e-10)]
    [InlineData(0.5, 0.6487212707001282)]
    [InlineData(-50, -1.0)]
    public void ExpM1_SmallAndLargeArguments_Accurate(double x, double expected) =>
        Assert.Equal(expected, OptionValuation.ExpM1(x), 1e-15 * Math.Max(1, Math.Abs(expected)) + Math.Abs(expected) * 1e-14);
}
