namespace Clientele.Allocation.Evaluation;

/// <summary>The recalibrated effects and, per option, the evidence behind them.</summary>
/// <param name="Effects">The effect per option id, for every option of the assumption (options without evidence keep theirs).</param>
/// <param name="Options">Per option id: count, credibility, factor and reason.</param>
public sealed record RecalibrationResult(IReadOnlyDictionary<string, OptionEffect> Effects, IReadOnlyDictionary<string, OptionRecalibration> Options)
{
    /// <summary>The applied factor of an option (1 = assumption kept).</summary>
    /// <exception cref="ArgumentException">The option is not part of the result.</exception>
    public double Factor(string optionId) =>
        Options.TryGetValue(optionId, out var option) ? option.Factor : throw new ArgumentException($"No option '{optionId}' was recalibrated.", nameof(optionId));
}
