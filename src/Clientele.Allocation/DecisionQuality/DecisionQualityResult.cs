namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The experiment over several seeds: per-policy means of the realized net value and the two ratios the issue sets
/// targets for (Clientele ≥ 1.15 × the best simple rule and ≥ 0.90 × the oracle, averaged over seeds).
/// </summary>
public sealed class DecisionQualityResult
{
    /// <summary>Aggregates finished runs.</summary>
    /// <exception cref="ArgumentException">No runs.</exception>
    public DecisionQualityResult(DecisionQualityOptions options, IReadOnlyList<DecisionQualityRun> runs)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0) throw new ArgumentException("At least one run is needed.", nameof(runs));
        Options = options;
        Runs = runs;
        MeanRealizedNetValue = DecisionPolicy.All.ToDictionary(p => p, p => runs.Average(r => r.Outcome(p).RealizedNetValue)).AsReadOnly();
        MeanExpectedNetValue = DecisionPolicy.All.ToDictionary(p => p, p => runs.Average(r => r.Outcome(p).ExpectedNetValue)).AsReadOnly();
        BestRule = DecisionPolicy.SimpleRules.OrderByDescending(p => MeanRealizedNetValue[p]).First();
    }

    /// <summary>The options of the experiment (the seeds are Seed, Seed + 1, …).</summary>
    public DecisionQualityOptions Options { get; }

    /// <summary>One run per seed.</summary>
    public IReadOnlyList<DecisionQualityRun> Runs { get; }

    /// <summary>Mean realized net value per policy.</summary>
    public IReadOnlyDictionary<string, double> MeanRealizedNetValue { get; }

    /// <summary>Mean true expected net value per policy.</summary>
    public IReadOnlyDictionary<string, double> MeanExpectedNetValue { get; }

    /// <summary>The simple rule with the highest mean realized net value.</summary>
    public string BestRule { get; }

    /// <summary>
    /// Clientele's mean realized net value over the best rule's; null when the best rule's mean is not positive
    /// (then no ratio says anything: compare the values).
    /// </summary>
    public double? ClienteleToBestRule => Ratio(MeanRealizedNetValue[DecisionPolicy.Clientele], MeanRealizedNetValue[BestRule]);

    /// <summary>Clientele's mean realized net value over the oracle's; null when the oracle's mean is not positive.</summary>
    public double? ClienteleToOracle => Ratio(MeanRealizedNetValue[DecisionPolicy.Clientele], MeanRealizedNetValue[DecisionPolicy.Oracle]);

    /// <summary>
    /// The informed reference's mean realized net value over the oracle's: the share of the oracle's value reachable
    /// without knowing each customer's own response; null when the oracle's mean is not positive.
    /// </summary>
    public double? InformedToOracle => Ratio(MeanRealizedNetValue[DecisionPolicy.Informed], MeanRealizedNetValue[DecisionPolicy.Oracle]);

    /// <summary>
    /// The learned reference's mean realized net value over the oracle's: how close Clientele's models would come had
    /// the loop learned the options' true effects exactly; null when the oracle's mean is not positive.
    /// </summary>
    public double? LearnedToOracle => Ratio(MeanRealizedNetValue[DecisionPolicy.Learned], MeanRealizedNetValue[DecisionPolicy.Oracle]);

    /// <summary>
    /// The posterior reference's mean realized net value over the oracle's: the share of the oracle's value reachable
    /// by the best reading of the firm's own data (the exact posterior of each customer's state, the true world and
    /// effects); null when the oracle's mean is not positive.
    /// </summary>
    public double? PosteriorToOracle => Ratio(MeanRealizedNetValue[DecisionPolicy.Posterior], MeanRealizedNetValue[DecisionPolicy.Oracle]);

    /// <summary>Clientele's mean realized net value over the informed reference's; null when the informed mean is not positive.</summary>
    public double? ClienteleToInformed => Ratio(MeanRealizedNetValue[DecisionPolicy.Clientele], MeanRealizedNetValue[DecisionPolicy.Informed]);

    private static double? Ratio(double value, double baseline) => baseline > 0 ? value / baseline : null;
}
