namespace Clientele.Allocation.Evaluation;

/// <summary>
/// What one plan item returned: the option it gave, the gain the valuation expected from it when the plan was made
/// (<see cref="OptionValuation.ExpectedGain"/>), and the incremental value actually realized against the model's
/// no-action baseline (realized value of the customer over the period minus what the model expected from it with no
/// action). The raw material of <see cref="EffectRecalibration"/>.
/// </summary>
/// <param name="OptionId">The option of the plan item, e.g. "gift".</param>
/// <param name="ExpectedGain">The expected gain the plan assumed for the item (currency units).</param>
/// <param name="RealizedGain">The realized incremental value against the no-action baseline (currency units; may be negative).</param>
/// <param name="IsControl">
/// True for a plan item held out at random as a control (the customer was chosen for the option but given nothing):
/// its <paramref name="RealizedGain"/> is the realized value minus the same baseline, which measures the baseline's
/// bias; its <paramref name="ExpectedGain"/> is not used.
/// </param>
public sealed record OptionOutcome(string OptionId, double ExpectedGain, double RealizedGain, bool IsControl = false);
