namespace Clientele.Allocation.Evaluation;

/// <summary>
/// How <see cref="EffectRecalibration"/> weighs evidence against a stated assumption.
/// </summary>
/// <param name="PriorFactorSd">
/// τ: how far, as a standard deviation of the true-over-assumed factor, a stated effect is believed to be off before
/// any evidence. 0.3 means a factor of 0.5 or 1.6 is about two standard deviations away: an assumption written into a
/// policy file is taken seriously but not as exact. Used when <paramref name="CredibilityConstant"/> is null.
/// </param>
/// <param name="MinFactor">The smallest raw factor believed; lower (including negative) estimates are capped here.</param>
/// <param name="MaxFactor">The largest raw factor believed; higher estimates are capped here.</param>
/// <param name="CredibilityConstant">
/// n₀ of the credibility weight z = n/(n + n₀), fixed by the user; null = estimated per option from the spread of
/// the outcomes (see <see cref="EffectRecalibration"/>).
/// </param>
/// <param name="MinOutcomes">
/// With n₀ estimated, the fewest treated outcomes whose spread is trusted (default 30): a variance estimated from a
/// handful of items is itself so uncertain that it can claim a credibility the evidence does not have. Fewer keep
/// the assumption.
/// </param>
public sealed record RecalibrationOptions(
    double PriorFactorSd = 0.3,
    double MinFactor = 0.25,
    double MaxFactor = 4,
    double? CredibilityConstant = null,
    int MinOutcomes = 30)
{
    /// <summary>Checks the ranges; throws an <see cref="ArgumentException"/> naming the bad option.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (!(PriorFactorSd > 0) || !double.IsFinite(PriorFactorSd)) throw new ArgumentException($"The prior standard deviation of the factor must be positive and finite, got {PriorFactorSd}.", nameof(PriorFactorSd));
        if (!(MinFactor >= 0) || !double.IsFinite(MinFactor) || !(MinFactor <= 1)) throw new ArgumentException($"The minimum factor must be in [0, 1], got {MinFactor}.", nameof(MinFactor));
        if (!(MaxFactor >= 1) || !double.IsFinite(MaxFactor)) throw new ArgumentException($"The maximum factor must be finite and at least 1, got {MaxFactor}.", nameof(MaxFactor));
        if (MinOutcomes < 2) throw new ArgumentException($"The minimum number of outcomes must be at least 2, got {MinOutcomes}.", nameof(MinOutcomes));
        if (CredibilityConstant is { } n0 && (!(n0 >= 0) || !double.IsFinite(n0))) throw new ArgumentException($"The credibility constant must be finite and non-negative, got {n0}.", nameof(CredibilityConstant));
    }
}
