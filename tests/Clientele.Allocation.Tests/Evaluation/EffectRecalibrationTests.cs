using Clientele.Allocation.Evaluation;

namespace Clientele.Allocation.Tests.Evaluation;

public class EffectRecalibrationTests
{
    private static readonly Dictionary<string, OptionEffect> Assumed = new()
    {
        ["none"] = OptionEffect.None,
        ["gift"] = new OptionEffect(0.07, 0.03),
        ["trip"] = new OptionEffect(0.30, 0.12),
    };

    // Σ E = 40, Σ R = 50: raw factor 1.25.
    private static readonly OptionOutcome[] GiftOutcomes = [new("gift", 10, 15), new("gift", 20, 30), new("gift", 10, 5)];

    [Fact]
    public void Recalibrate_FixedCredibilityConstant_ShrinksTowardOne()
    {
        var result = EffectRecalibration.Recalibrate(Assumed, GiftOutcomes, new RecalibrationOptions(CredibilityConstant: 10));
        var gift = result.Options["gift"];
        // z = 3/(3 + 10) = 0.230769…; factor = 1 + z · (1.25 − 1) = 1.0576923076923077.
        Assert.Equal(3, gift.Count);
        Assert.Equal(1.25, gift.RawFactor!.Value, 1e-12);
        Assert.Equal(3.0 / 13, gift.Credibility, 1e-12);
        Assert.Equal(1.0576923076923077, gift.Factor, 1e-12);
        Assert.Equal(0.07403846153846155, result.Effects["gift"].Retention, 1e-12);
        Assert.Equal(0.03173076923076923, result.Effects["gift"].Spend, 1e-12);
        Assert.Equal(1.0576923076923077, result.Factor("gift"), 1e-12);
    }

    [Fact]
    public void Recalibrate_EstimatedCredibility_UsesResidualSpread()
    {
        // Residuals R − 1.25 E: 2.5, 5, −7.5; s² = 87.5/2 = 43.75; Ē = 40/3; τ = 0.3:
        // n₀ = 43.75 / (0.09 · 177.78) = 2.734375; z = 3/5.734375 = 0.5231607629427792; factor = 1.1307901907356948.
        var result = EffectRecalibration.Recalibrate(Assumed, GiftOutcomes, new RecalibrationOptions(MinOutcomes: 2));
        var gift = result.Options["gift"];
        Assert.Equal(0.5231607629427792, gift.Credibility, 1e-12);
        Assert.Equal(1.1307901907356948, gift.Factor, 1e-12);
        Assert.Equal(0.07915531335149864, result.Effects["gift"].Retention, 1e-12);
        Assert.Contains("credibility z = τ²/(τ² + Var f̂)", gift.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recalibrate_WithControlGroup_SubtractsTheBaselineBiasAndAddsItsNoise()
    {
        // Treated R = 25, 40, 15 (Σ 80) on E = 10, 20, 10; held-out controls 10, 0, 20 (mean 10 = the baseline's bias).
        // f̂ = (80 − 3 · 10)/40 = 1.25; treated residuals 2.5, 5, −7.5 → s² = 43.75; s_c² = 100;
        // Var f̂ = (43.75/3 + 100/3)/(40/3)² = 0.26953125; z = 0.09/(0.09 + 0.26953125) = 0.2503259452411995.
        OptionOutcome[] outcomes =
        [
            new("gift", 10, 25), new("gift", 20, 40), new("gift", 10, 15),
            new("gift", 0, 10, IsControl: true), new("gift", 0, 0, IsControl: true), new("gift", 0, 20, IsControl: true),
        ];
        var gift = EffectRecalibration.Recalibrate(Assumed, outcomes, new RecalibrationOptions(MinOutcomes: 2)).Options["gift"];
        Assert.Equal(3, gift.Count);
        Assert.Equal(3, gift.Controls);
        Assert.Equal(50, gift.RealizedTotal, 1e-12);
        Assert.Equal(1.25, gift.RawFactor!.Value, 1e-12);
        Assert.Equal(0.2503259452411995, gift.Credibility, 1e-12);
        Assert.Equal(1.0625814863102998, gift.Factor, 1e-12);
    }

    [Fact]
    public void Recalibrate_ExtremeFactor_IsCappedAndRetentionStaysAtMostOne()
    {
        // Realized 10× expected with no spread: z = 1, raw 10 capped to 4; trip ρ 0.3 · 4 = 1.2 → 1, σ 0.12 · 4 = 0.48.
        var result = EffectRecalibration.Recalibrate(Assumed, [new("trip", 10, 100), new("trip", 20, 200)], new RecalibrationOptions(MinOutcomes: 2));
        var trip = result.Options["trip"];
        Assert.Equal(10, trip.RawFactor!.Value, 1e-12);
        Assert.Equal(1, trip.Credibility, 1e-12);
        Assert.Equal(4, trip.Factor, 1e-12);
        Assert.Equal(new OptionEffect(1, 0.48), result.Effects["trip"]);
        Assert.Contains("capped to 4", trip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recalibrate_NegativeRealized_CapsAtMinimumFactor()
    {
        // Σ R / Σ E = −30/30 = −1 → capped to 0.25; n₀ = 0 gives z = 1: gift (0.07, 0.03) → (0.0175, 0.0075).
        var result = EffectRecalibration.Recalibrate(Assumed, [new("gift", 10, -10), new("gift", 20, -20)], new RecalibrationOptions(CredibilityConstant: 0));
        Assert.Equal(0.25, result.Factor("gift"), 1e-12);
        Assert.Equal(0.0175, result.Effects["gift"].Retention, 1e-12);
        Assert.Equal(0.0075, result.Effects["gift"].Spend, 1e-12);
    }

    [Fact]
    public void Recalibrate_OptionWithoutOutcomes_KeepsAssumption()
    {
        var result = EffectRecalibration.Recalibrate(Assumed, GiftOutcomes);
        var trip = result.Options["trip"];
        Assert.Equal(0, trip.Count);
        Assert.Null(trip.RawFactor);
        Assert.Equal(0, trip.Credibility);
        Assert.Equal(1, trip.Factor);
        Assert.Same(Assumed["trip"], result.Effects["trip"]);
        Assert.Equal(3, result.Effects.Count);
    }

    [Fact]
    public void Recalibrate_NoPositiveExpectedGain_KeepsAssumptionWithReason()
    {
        var result = EffectRecalibration.Recalibrate(Assumed, [new("none", 0, 12), new("none", 0, -3)]);
        var none = result.Options["none"];
        Assert.Null(none.RawFactor);
        Assert.Equal(1, none.Factor);
        Assert.Equal(9, none.RealizedTotal, 1e-12);
        Assert.Contains("not positive", none.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recalibrate_FewerThanMinOutcomesEstimatedCredibility_KeepsAssumption()
    {
        // Three consistent outcomes (realized 3 × expected) are fewer than the default 30: the spread is not trusted.
        var result = EffectRecalibration.Recalibrate(Assumed, [new("gift", 10, 30), new("gift", 20, 60), new("gift", 5, 15)]);
        Assert.Equal(3, result.Options["gift"].RawFactor!.Value, 1e-12);
        Assert.Equal(1, result.Factor("gift"));
        Assert.Equal(Assumed["gift"], result.Effects["gift"]);
    }

    [Fact]
    public void Recalibrate_ManyConsistentOutcomes_ApproachesTheRawFactor()
    {
        // 1,000 outcomes of realized = 0.8 × expected ± 1: s² ≈ 1 against Ē = 10 gives n₀ ≈ 1/(0.09 · 100) ≈ 0.11, z ≈ 1.
        var outcomes = Enumerable.Range(0, 1_000).Select(i => new OptionOutcome("trip", 10, 8 + (i % 2 == 0 ? 1 : -1))).ToArray();
        var result = EffectRecalibration.Recalibrate(Assumed, outcomes);
        Assert.Equal(0.8, result.Factor("trip"), 1e-3);
    }

    [Fact]
    public void Recalibrate_UnknownOption_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => EffectRecalibration.Recalibrate(Assumed, [new("yacht", 1, 1)]));
        Assert.Equal("outcomes", e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN, 1)]
    [InlineData(1, double.PositiveInfinity)]
    public void Recalibrate_NonFiniteGain_Throws(double expected, double realized) =>
        Assert.Throws<ArgumentException>(() => EffectRecalibration.Recalibrate(Assumed, [new("gift", expected, realized)]));

    [Theory]
    [InlineData(0, 0.25, 4, 30)]
    [InlineData(0.3, 1.5, 4, 30)]
    [InlineData(0.3, 0.25, 0.5, 30)]
    [InlineData(0.3, 0.25, 4, 1)]
    public void Recalibrate_InvalidOptions_Throws(double tau, double min, double max, int minOutcomes) =>
        Assert.Throws<ArgumentException>(() => EffectRecalibration.Recalibrate(Assumed, GiftOutcomes, new RecalibrationOptions(tau, min, max, MinOutcomes: minOutcomes)));
}
