namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// One decision-quality experiment (issue 5, "Decision quality, measured"): how big the simulated company is, which
/// seed draws it, the budget and staff hours every policy gets, and how far the true responses to the options stray
/// from the assumed ones. The world itself (purchase, drop-out and spend populations) is described in
/// <see cref="SimulatedCompanyGenerator"/> and docs/decision-quality.md.
/// </summary>
/// <param name="Customers">Customers in the simulated company (all acquired before the plan is made).</param>
/// <param name="Seed">Random seed: the same options give the same company, plans and outcomes.</param>
/// <param name="BudgetShare">F: the care budget for the next year as a share of last year's revenue (0.005 = 0.5%).</param>
/// <param name="StaffHoursPerCustomer">Staff hours available for the next year, per customer of the company.</param>
/// <param name="MarginRate">Gross-margin rate of revenue: incremental revenue × margin is the incremental value.</param>
/// <param name="ResponseHeterogeneity">
/// σ of the log of each customer's responsiveness (one factor for retention, one for spend, mean 1; the
/// option-by-customer noise has half this σ): how much true responses differ between customers beyond what the
/// analytics can see. 0 = every customer responds exactly as the option's (possibly mis-assumed) mean effect.
/// </param>
/// <param name="AssumptionError">σ of the log of each option's true-over-assumed effect ratio, drawn once per seed: how wrong the policy's assumed effects are.</param>
/// <param name="World">The customer population; null = <see cref="SimulatedWorld"/>'s defaults.</param>
/// <param name="Periods">
/// 1 = one plan, as made from the history; 2 = the loop: period 1 under the assumed effects, plan-versus-actual,
/// <see cref="Evaluation.EffectRecalibration"/>, then every policy plans period 2 for the company a year later
/// (Clientele with the recalibrated effects) and period 2 is reported.
/// </param>
/// <param name="HazardSignal">Whether Clientele's valuation uses complaints (fits its models per complaint segment); false = the history of purchases only.</param>
/// <param name="HoldoutShare">In the loop's period 1, the share of Clientele's plan items held out at random as a control group (given nothing) to measure the model baseline's bias.</param>
/// <param name="Recalibration">How the loop weighs plan-versus-actual evidence; null = <see cref="Evaluation.RecalibrationOptions"/>' defaults.</param>
public sealed record DecisionQualityOptions(
    int Customers = 5_000,
    int Seed = 1,
    double BudgetShare = 0.005,
    double StaffHoursPerCustomer = 0.5,
    double MarginRate = 0.3,
    double ResponseHeterogeneity = 0.3,
    double AssumptionError = 0.2,
    SimulatedWorld? World = null,
    int Periods = 2,
    bool HazardSignal = true,
    double HoldoutShare = 0.1,
    Evaluation.RecalibrationOptions? Recalibration = null)
{
    /// <summary>The customer population after defaults.</summary>
    public SimulatedWorld Population => World ?? new SimulatedWorld();

    /// <summary>Checks the ranges; throws an <see cref="ArgumentException"/> naming the bad option.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (Customers is < 100 or > 2_000_000) throw new ArgumentException($"The number of customers must be 100 to 2,000,000, got {Customers}.", nameof(Customers));
        if (!(BudgetShare > 0) || BudgetShare > 1) throw new ArgumentException($"The budget share must be in (0, 1], got {BudgetShare}.", nameof(BudgetShare));
        if (!(StaffHoursPerCustomer >= 0) || !double.IsFinite(StaffHoursPerCustomer)) throw new ArgumentException($"The staff hours per customer must be finite and non-negative, got {StaffHoursPerCustomer}.", nameof(StaffHoursPerCustomer));
        if (!(MarginRate > 0) || MarginRate > 1) throw new ArgumentException($"The margin rate must be in (0, 1], got {MarginRate}.", nameof(MarginRate));
        if (!(ResponseHeterogeneity >= 0) || ResponseHeterogeneity > 2) throw new ArgumentException($"The response heterogeneity must be in [0, 2], got {ResponseHeterogeneity}.", nameof(ResponseHeterogeneity));
        if (!(AssumptionError >= 0) || AssumptionError > 2) throw new ArgumentException($"The assumption error must be in [0, 2], got {AssumptionError}.", nameof(AssumptionError));
        if (Periods is < 1 or > 2) throw new ArgumentException($"The periods must be 1 or 2, got {Periods}.", nameof(Periods));
        if (!(HoldoutShare >= 0) || HoldoutShare >= 1) throw new ArgumentException($"The holdout share must be in [0, 1), got {HoldoutShare}.", nameof(HoldoutShare));
        Recalibration?.Validate();
        Population.Validate();
    }
}
