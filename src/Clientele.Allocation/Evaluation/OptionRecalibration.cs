namespace Clientele.Allocation.Evaluation;

/// <summary>How one option's effect was recalibrated (see <see cref="EffectRecalibration"/>).</summary>
/// <param name="OptionId">The option.</param>
/// <param name="Count">n: the plan items (outcomes) that gave it, control items not counted.</param>
/// <param name="ExpectedTotal">Σ expected gain over its treated outcomes.</param>
/// <param name="RealizedTotal">Σ realized gain over its treated outcomes, less n × the control group's mean when there is one.</param>
/// <param name="RawFactor">Σ realized / Σ expected before capping; null when there is no evidence (no outcomes, or Σ expected ≤ 0).</param>
/// <param name="Credibility">z in [0, 1]: the weight the (capped) evidence gets against the assumption.</param>
/// <param name="Factor">The applied factor z · capped + (1 − z) · 1 (1 = the assumption kept).</param>
/// <param name="Assumed">The effect before.</param>
/// <param name="Recalibrated">The effect after: (min(1, factor · ρ), max(−1, factor · σ)).</param>
/// <param name="Reason">One sentence saying what was done and why.</param>
/// <param name="Controls">m: the held-out control items of the option.</param>
public sealed record OptionRecalibration(
    string OptionId,
    int Count,
    double ExpectedTotal,
    double RealizedTotal,
    double? RawFactor,
    double Credibility,
    double Factor,
    OptionEffect Assumed,
    OptionEffect Recalibrated,
    string Reason,
    int Controls = 0);
