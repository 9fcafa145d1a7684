namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The customer population of the simulated company (buy-till-you-die, Fader, Hardie &amp; Lee 2005): while alive a
/// customer buys at rate λ ~ Gamma(<paramref name="R"/>, rate <paramref name="Alpha"/>) a week and leaves with
/// probability p ~ Beta(<paramref name="A"/>, <paramref name="B"/>) after each repeat purchase; its mean order
/// value is μ = (20 + Gamma(2, scale <paramref name="SpendScale"/>)) · (λ / E[λ])^<paramref name="SpendFrequencyElasticity"/>.
/// The defaults describe an industrial supplier's accounts (spec §1): about 17 orders a year on average (λ mean 1/3 a
/// week, coefficient of variation 0.7), p mean 1/61 so an average account stays with probability about 0.75 a year,
/// mean orders around 820, three years of history.
/// <para>Drop-out risk leaves a trace: while alive a customer files complaints at the yearly rate
/// <paramref name="ComplaintBaseRate"/> + <paramref name="ComplaintRiskRate"/> · p / E[p] (a Poisson process):
/// dissatisfied accounts complain and leave; others complain now and then for reasons unrelated to leaving.</para>
/// </summary>
/// <param name="R">Gamma shape r of λ.</param>
/// <param name="Alpha">Gamma rate α of λ, in weeks.</param>
/// <param name="A">Beta a of p.</param>
/// <param name="B">Beta b of p.</param>
/// <param name="SpendScale">Scale of the customer-level mean order value (currency units).</param>
/// <param name="SpendFrequencyElasticity">How mean order value rises with the purchase rate (0 = independent, as Gamma-Gamma assumes).</param>
/// <param name="ObservedWeeks">Weeks of history before the plan; customers are acquired over the first three quarters.</param>
/// <param name="ComplaintBaseRate">Complaints a year of an alive customer unrelated to its drop-out propensity.</param>
/// <param name="ComplaintRiskRate">Complaints a year of an alive customer at the average drop-out propensity, proportional to p.</param>
public sealed record SimulatedWorld(
    double R = 2,
    double Alpha = 6,
    double A = 1,
    double B = 60,
    double SpendScale = 400,
    double SpendFrequencyElasticity = 0.15,
    int ObservedWeeks = 156,
    double ComplaintBaseRate = 0.05,
    double ComplaintRiskRate = 0.15)
{
    /// <summary>Checks the ranges; throws an <see cref="ArgumentException"/> naming the bad parameter.</summary>
    /// <exception cref="ArgumentException">A parameter is not positive and finite, or the history is shorter than 52 weeks.</exception>
    public void Validate()
    {
        if (!(R > 0) || !(Alpha > 0) || !(A > 0) || !(B > 0) || !(SpendScale > 0) || !double.IsFinite(R + Alpha + A + B + SpendScale))
        {
            throw new ArgumentException($"The world's r, alpha, a, b and spend scale must be positive and finite, got {R}, {Alpha}, {A}, {B}, {SpendScale}.", nameof(R));
        }

        if (!double.IsFinite(SpendFrequencyElasticity) || Math.Abs(SpendFrequencyElasticity) > 1) throw new ArgumentException($"The spend-frequency elasticity must be in [−1, 1], got {SpendFrequencyElasticity}.", nameof(SpendFrequencyElasticity));
        if (!(ComplaintBaseRate >= 0) || !(ComplaintRiskRate >= 0) || !double.IsFinite(ComplaintBaseRate + ComplaintRiskRate)) throw new ArgumentException($"The complaint rates must be finite and non-negative, got {ComplaintBaseRate} and {ComplaintRiskRate}.", nameof(ComplaintRiskRate));
        if (ObservedWeeks is < 52 or > 520) throw new ArgumentException($"The observed history must be 52 to 520 weeks, got {ObservedWeeks}.", nameof(ObservedWeeks));
    }
}
