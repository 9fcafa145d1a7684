namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// What the "informed" reference policy (<see cref="DecisionPolicy.Informed"/>) knows when it values the options:
/// every customer's true state (alive, λ, p, μ) and each option's true effect at the population level (ρ_k b_k,
/// σ_k b′_k: the assumption errors are known), but not how the customer itself responds (u_i ε_ik, v_i ε′_ik).
/// Its value of option k for customer i is the expectation of the true expected margin over those unknowns — the
/// Bayes-optimal valuation for a planner who knows everything but the individual response.
/// </summary>
/// <remarks>
/// <para>The truth (<see cref="NextYear.ExpectedMargin"/>) is alive · m · (1 + σ_ik) μ · D(λ, (1 − ρ_ik)p) with
/// ρ_ik = min(0.95, ρ_k b_k · u_i ε_ik), σ_ik = σ_k b′_k · v_i ε′_ik and D the discounted expected orders
/// (<see cref="NextYear.DiscountedPurchases"/>). u and ε are independent log-normals with mean one and log-σ h and
/// h/2, so their product m_r is log-normal with mean one and log-variance s² = h² + (h/2)² = 1.25 h²; v ε′ is
/// independent of it. Hence</para>
/// <para><c>E[margin_ik] = alive · m · (1 + σ_k b′_k) μ · E_m[D(λ, (1 − min(0.95, ρ_k b_k m))p)]</c>:</para>
/// <para>the spend lift enters linearly, so its mean suffices; the retention response enters through the cap and
/// the nonlinear D, so it is integrated numerically (<see cref="ResponseQuadrature"/>). The value is this minus
/// the margin without action (which involves no response). With h = 0 it is the oracle's truth, bit for bit.</para>
/// </remarks>
internal static class InformedValuation
{
    /// <summary>The cap on the true retention response (the generator's).</summary>
    public const double RetentionCap = 0.95;

    /// <summary>s, the log-σ of u_i · ε_ik: √(h² + (h/2)²) for response heterogeneity h.</summary>
    public static double MultiplierSigma(double heterogeneity) => Math.Sqrt(heterogeneity * heterogeneity + 0.25 * heterogeneity * heterogeneity);

    /// <summary>The quadrature over the retention response of an option whose population-level retention effect is <paramref name="retention"/>.</summary>
    public static ResponseQuadrature RetentionRule(double retention, double heterogeneity) =>
        new(retention, MultiplierSigma(heterogeneity), RetentionCap);

    /// <summary>The informed expected incremental margin of every option for every customer (customer · options + option).</summary>
    public static double[] Gains(SimulatedCompany company, double marginRate)
    {
        int n = company.Count, k = company.Options.Count;
        var rules = company.PopulationEffects.Select(e => RetentionRule(e.Retention, company.ResponseHeterogeneity)).ToArray();
        var gains = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            if (!company.Alive[i]) continue;
            double baseline = NextYear.ExpectedMargin(company, i, 0, marginRate);
            for (int j = 0; j < k; j++)
            {
                gains[i * k + j] = ExpectedMargin(company.Lambda[i], company.P[i], company.MeanSpend[i], marginRate, company.PopulationEffects[j].Spend, rules[j]) - baseline;
            }
        }

        return gains;
    }

    /// <summary>
    /// m · (1 + σ̄) μ · Σ_l w_l D(λ, (1 − ρ_l)p): the expected discounted margin of an alive customer (λ, p, μ) over its
    /// unknown retention response (the rule's points ρ_l and weights w_l) with population-level spend lift σ̄.
    /// </summary>
    public static double ExpectedMargin(double lambda, double p, double meanSpend, double marginRate, double spendLift, ResponseQuadrature retention)
    {
        var points = retention.Points;
        var weights = retention.Weights;
        double purchases = 0;
        for (int l = 0; l < points.Count; l++) purchases += weights[l] * NextYear.DiscountedPurchases(lambda, p, points[l]);
        return marginRate * (1 + spendLift) * meanSpend * purchases;
    }
}
