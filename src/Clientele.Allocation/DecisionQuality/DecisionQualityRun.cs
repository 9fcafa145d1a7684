namespace Clientele.Allocation.DecisionQuality;

/// <summary>One seed of the experiment: the company's resources and every policy's outcome in the reported (last) period.</summary>
/// <param name="Seed">The seed that drew the company.</param>
/// <param name="LastYearRevenue">The company's revenue in the last observed year (the budget's base).</param>
/// <param name="Budget">The budget every policy got: budget share × last year's revenue.</param>
/// <param name="StaffHours">The staff hours every policy got.</param>
/// <param name="AliveShare">The true share of customers still alive when the plan is made.</param>
/// <param name="Outcomes">One outcome per policy, in <see cref="DecisionPolicy.All"/> order.</param>
public sealed record DecisionQualityRun(int Seed, double LastYearRevenue, double Budget, double StaffHours, double AliveShare, IReadOnlyList<PolicyOutcome> Outcomes)
{
    /// <summary>With two periods: every policy's outcome in period 1 (Clientele with the assumed effects); null with one.</summary>
    public IReadOnlyList<PolicyOutcome>? FirstPeriod { get; init; }

    /// <summary>With two periods: how period 1's plan-versus-actual recalibrated the effects Clientele used in period 2.</summary>
    public Evaluation.RecalibrationResult? Recalibration { get; init; }

    /// <summary>
    /// With the hazard signal: the fitted mean drop-out probability a/(a + b) of customers who complained over that of
    /// those who did not, as measured in the history; null when the pooled model was used.
    /// </summary>
    public double? HazardRatio { get; init; }

    /// <summary>The outcome of the named policy.</summary>
    /// <exception cref="ArgumentException">No policy has that name.</exception>
    public PolicyOutcome Outcome(string policy) =>
        Outcomes.FirstOrDefault(o => o.Policy == policy) ?? throw new ArgumentException($"No policy '{policy}' in this run.", nameof(policy));
}
