using Clientele.Analytics.Models;
using Clientele.Analytics.Numerics;

namespace Clientele.Allocation;

/// <summary>
/// The expected CLV an option adds for a customer: its value <see cref="AllocationOption.Value"/> in a plan.
/// </summary>
/// <remarks>
/// <para>The story (buy-till-you-die, Fader, Hardie &amp; Lee 2005): a customer is alive with probability π; while
/// alive she buys at rate λ and leaves at hazard h, so an alive customer survives the horizon H with probability
/// S = e^(−hH) and makes E_a = λ(1 − S)/h expected purchases over it. CLV = π · m · s · E_a (margin m, spend s per
/// purchase, discounting folded in). A dead customer does not respond to anything.</para>
/// <para>An <see cref="OptionEffect"/> (ρ, σ) averts the share ρ of the risk of leaving — the hazard becomes
/// (1 − ρ)h — and lifts spend per purchase by σ, over the horizon. Expected purchases of an alive customer then
/// become E_a · M(ρ, S) with the retention multiplier</para>
/// <para><c>M(ρ, S) = (1 − S^(1−ρ)) / ((1 − ρ)(1 − S))</c>, with M = 1 at S = 1 and M = −ln S / (1 − S) at ρ = 1,</para>
/// <para>and the expected CLV gained is</para>
/// <para><c>ΔCLV = π · m · s · E_a · ((1 + σ) · M(ρ, S) − 1) = CLV · ((1 + σ) · M(ρ, S) − 1)</c>.</para>
/// <para>So retention pays for customers at risk (S small) who are still worth something (CLV large), spend lift
/// scales with expected future spend, and a customer already gone (π ≈ 0, hence CLV ≈ 0) gains about nothing.
/// A customer with non-positive CLV gains nothing. The multiplier ignores discounting inside the horizon (a
/// second-order effect for a one-year horizon at 1% a month).</para>
/// </remarks>
public static class OptionValuation
{
    /// <summary>The expected CLV the option adds: <c>max(CLV, 0) · ((1 + σ) · M(ρ, S) − 1)</c>.</summary>
    /// <param name="customer">The customer's CLV and survival given alive.</param>
    /// <param name="effect">The option's assumed effect.</param>
    /// <exception cref="ArgumentException">An input is out of range (see <see cref="RetentionMultiplier"/>) or not finite.</exception>
    public static double ExpectedGain(OptionValuationInput customer, OptionEffect effect)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(effect);
        if (!double.IsFinite(customer.Clv)) throw new ArgumentException($"The CLV must be finite, got {customer.Clv}.", nameof(customer));
        if (!(effect.Spend >= -1) || !double.IsFinite(effect.Spend)) throw new ArgumentException($"The spend lift must be finite and at least −1, got {effect.Spend}.", nameof(effect));
        double multiplier = RetentionMultiplier(effect.Retention, customer.SurvivalGivenAlive);
        return customer.Clv <= 0 ? 0 : customer.Clv * ((1 + effect.Spend) * multiplier - 1);
    }

    /// <summary>
    /// M(ρ, S) = (1 − S^(1−ρ)) / ((1 − ρ)(1 − S)): the factor by which cutting the hazard of leaving by the share ρ
    /// raises the expected purchases of an alive customer who survives the horizon with probability S.
    /// </summary>
    /// <param name="retention">ρ, the share of the risk of leaving averted, in [0, 1].</param>
    /// <param name="survivalGivenAlive">S, in (0, 1].</param>
    /// <exception cref="ArgumentException">ρ is outside [0, 1] or S outside (0, 1].</exception>
    public static double RetentionMultiplier(double retention, double survivalGivenAlive)
    {
        if (!(retention >= 0 && retention <= 1)) throw new ArgumentException($"The retention effect must be in [0, 1], got {retention}.", nameof(retention));
        if (!(survivalGivenAlive > 0 && survivalGivenAlive <= 1)) throw new ArgumentException($"The survival probability given alive must be in (0, 1], got {survivalGivenAlive}.", nameof(survivalGivenAlive));
        double s = survivalGivenAlive;
        double lnS = Math.Log(s);
        if (lnS > -1e-12 || retention == 0) return 1;
        // (1 − e^{(1−ρ)ln S}) / ((1−ρ)(1 − e^{ln S})) with expm1 keeps precision when S is close to 1.
        double keep = 1 - retention;
        return retention == 1 ? -lnS / -ExpM1(lnS) : -ExpM1(keep * lnS) / (keep * -ExpM1(lnS));
    }

    /// <summary>
    /// The input for the same customer with its hazard of leaving multiplied by <paramref name="hazardMultiplier"/> = k
    /// (e.g. a hazard ratio measured for customers with open complaints): S' = S^k, and CLV scales with the expected
    /// purchases of an alive customer, E_a ∝ (1 − S)/h, so <c>CLV' = CLV · (1 − S^k) / (k (1 − S))</c>
    /// (= CLV · M(1 − k, S) in the notation of <see cref="RetentionMultiplier"/>; CLV unchanged when S = 1).
    /// P(alive) is left as the purchase model has it.
    /// </summary>
    /// <param name="customer">The customer as the purchase model values it.</param>
    /// <param name="hazardMultiplier">k &gt; 0: above 1 = riskier than the model thinks.</param>
    /// <exception cref="ArgumentException">k is not positive and finite, or S is outside (0, 1].</exception>
    public static OptionValuationInput WithHazardMultiplier(OptionValuationInput customer, double hazardMultiplier)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (!(hazardMultiplier > 0) || !double.IsFinite(hazardMultiplier)) throw new ArgumentException($"The hazard multiplier must be positive and finite, got {hazardMultiplier}.", nameof(hazardMultiplier));
        double s = customer.SurvivalGivenAlive;
        if (!(s > 0 && s <= 1)) throw new ArgumentException($"The survival probability given alive must be in (0, 1], got {s}.", nameof(customer));
        double lnS = Math.Log(s);
        if (lnS > -1e-12 || hazardMultiplier == 1) return customer;
        double scaled = Math.Max(hazardMultiplier * lnS, Math.Log(double.Epsilon));
        double purchases = -ExpM1(scaled) / (hazardMultiplier * -ExpM1(lnS));
        return new OptionValuationInput(customer.Clv * purchases, Math.Exp(scaled));
    }

    /// <summary>e^x − 1 accurate near 0 (Kahan's trick: (u − 1) · x / ln u with u = e^x); double.ExpM1 is Exp(x) − 1.</summary>
    internal static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        return double.IsInfinity(u) ? u : um1 * x / Math.Log(u);
    }

    /// <summary>
    /// S for a BG/NBD customer with x repeat purchases and age T: the posterior probability that, if alive now, she
    /// is still alive after <paramref name="horizon"/>. Given alive, λ ~ Gamma(r + x, α + T) and p ~ Beta(a, b + x)
    /// independently, and the hazard of leaving is λp, so
    /// <c>S = E[e^(−λpH)] = E_p[(1 + pH/(α+T))^−(r+x)] = ₂F₁(r + x, a; a + b + x; −H/(α + T))</c> (Euler's integral).
    /// </summary>
    /// <param name="parameters">The fitted BG/NBD parameters.</param>
    /// <param name="x">Repeat purchases x ≥ 0.</param>
    /// <param name="age">T ≥ 0, in the model's time unit.</param>
    /// <param name="horizon">H &gt; 0, in the model's time unit.</param>
    /// <exception cref="ArgumentException">x, T or H is out of range.</exception>
    public static double SurvivalGivenAlive(BgNbdParameters parameters, double x, double age, double horizon)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(x >= 0) || !double.IsFinite(x)) throw new ArgumentException($"The repeat purchases x must be finite and non-negative, got {x}.", nameof(x));
        if (!(age >= 0) || !double.IsFinite(age)) throw new ArgumentException($"The age T must be finite and non-negative, got {age}.", nameof(age));
        if (!(horizon > 0) || !double.IsFinite(horizon)) throw new ArgumentException($"The horizon must be positive and finite, got {horizon}.", nameof(horizon));
        double s = Hypergeometric.Hyp2F1(parameters.R + x, parameters.A, parameters.A + parameters.B + x, -horizon / (parameters.Alpha + age));
        return Math.Clamp(s, double.Epsilon, 1);
    }
}
