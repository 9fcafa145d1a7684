namespace Clientele.Allocation.DecisionQuality;

/// <summary>The names of the policies the decision-quality simulation compares (the keys of its JSON).</summary>
public static class DecisionPolicy
{
    /// <summary>Clientele: BG/NBD + Gamma-Gamma on the observed history, <see cref="OptionValuation"/> under the assumed effects, the solver.</summary>
    public const string Clientele = "clientele";

    /// <summary>The same option for everyone, the richest the budget affords; the rest upgrades a random subset one step.</summary>
    public const string Even = "even";

    /// <summary>The care programme ladder down the ranking by last year's revenue, as far as the budget reaches.</summary>
    public const string ByRevenue = "byRevenue";

    /// <summary>The care programme ladder down the ranking by RFM composite score, as far as the budget reaches.</summary>
    public const string ByRfm = "byRfm";

    /// <summary>
    /// A reference, not a rule: Clientele's own valuation (the same models on the same history, the same hazard signal)
    /// with the options' true population-level effects instead of the assumed or recalibrated ones — what Clientele
    /// would plan had its plan-versus-actual loop learned every option's effect exactly.
    /// </summary>
    public const string Learned = "learned";

    /// <summary>
    /// A reference, not a rule: the informed valuation averaged over the exact Bayesian posterior of each customer's
    /// state (alive, λ, p, μ) given everything the firm observes — purchases, order values, complaints, its own past
    /// plans — under the true world and the options' true population-level effects (<see cref="PosteriorValuation"/>):
    /// the best any planner can do with the firm's own data.
    /// </summary>
    public const string Posterior = "posterior";

    /// <summary>
    /// A reference, not a rule: the solver given each option's expected incremental value under the customer's true
    /// state and the options' true population-level effects, averaged over the customer's own unknown response
    /// (<see cref="InformedValuation"/>) — the best any planner can do without knowing individual responses.
    /// </summary>
    public const string Informed = "informed";

    /// <summary>The solver given the true expected incremental values: the best plan under the truth.</summary>
    public const string Oracle = "oracle";

    /// <summary>All policies, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Clientele, Even, ByRevenue, ByRfm, Learned, Posterior, Informed, Oracle];

    /// <summary>The simple rules Clientele is measured against.</summary>
    public static IReadOnlyList<string> SimpleRules { get; } = [Even, ByRevenue, ByRfm];
}
