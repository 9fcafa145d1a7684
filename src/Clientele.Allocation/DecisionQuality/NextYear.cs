namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The year after the plan under the true behaviour: each alive customer buys at rate λ, leaves with probability
/// (1 − ρ)p after each purchase, and spends (1 + σ)μ per order on average, where (ρ, σ) is its true response to
/// the option the plan gives it. Cash flows are discounted continuously at the CLV's 1% a month.
/// </summary>
internal static class NextYear
{
    /// <summary>The planning period and CLV horizon: 12 months in weeks.</summary>
    public const double HorizonWeeks = 12 * 365.25 / 12 / 7;

    /// <summary>δ per week equivalent to 1% a month.</summary>
    public static readonly double DiscountPerWeek = Math.Log(1.01) * 12 / (365.25 / 7);

    /// <summary>
    /// The true expected discounted margin of customer i given option j:
    /// alive · m · (1 + σ)μ · λ(1 − e^(−(λq + δ)H)) / (λq + δ) with q = (1 − ρ)p.
    /// </summary>
    public static double ExpectedMargin(SimulatedCompany company, int i, int j, double marginRate)
    {
        if (!company.Alive[i]) return 0;
        int k = company.Options.Count;
        double lambda = company.Lambda[i];
        double q = (1 - company.TrueRetention[i * k + j]) * company.P[i];
        double rate = lambda * q + DiscountPerWeek;
        double purchases = lambda * -OptionValuation.ExpM1(-rate * HorizonWeeks) / rate;
        return marginRate * (1 + company.TrueSpendLift[i * k + j]) * company.MeanSpend[i] * purchases;
    }

    /// <summary>
    /// One realized discounted margin of customer i given option j, drawn from the customer's own next-year stream:
    /// every option replays the same waiting times, order sizes and drop-out draws (common random numbers).
    /// </summary>
    public static double RealizedMargin(SimulatedCompany company, int i, int j, double marginRate)
    {
        if (!company.Alive[i] || !(company.Lambda[i] > 0)) return 0;
        int k = company.Options.Count;
        double lambda = company.Lambda[i];
        double q = (1 - company.TrueRetention[i * k + j]) * company.P[i];
        double order = (1 + company.TrueSpendLift[i * k + j]) * company.MeanSpend[i] / 4;
        var random = new StreamRandom(company.Seed, i, 2);
        double t = 0, total = 0;
        while (true)
        {
            t += random.Exponential() / lambda;
            if (t >= HorizonWeeks) break;
            total += order * SimulatedCompanyGenerator.Erlang4(ref random) * Math.Exp(-DiscountPerWeek * t);
            if (random.NextDouble() < q) break;
        }

        return marginRate * total;
    }
}
