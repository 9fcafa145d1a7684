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
        double purchases = DiscountedPurchases(company.Lambda[i], company.P[i], company.TrueRetention[i * k + j]);
        return marginRate * (1 + company.TrueSpendLift[i * k + j]) * company.MeanSpend[i] * purchases;
    }

    /// <summary>
    /// D(λ, q) = λ(1 − e^(−(λq + δ)H)) / (λq + δ) with q = (1 − ρ)p: the discounted expected orders over the horizon
    /// of an alive customer who buys at rate λ and, with ρ of its risk averted, leaves with probability q after each order.
    /// </summary>
    public static double DiscountedPurchases(double lambda, double p, double retention)
    {
        double rate = lambda * ((1 - retention) * p) + DiscountPerWeek;
        return lambda * -OptionValuation.ExpM1(-rate * HorizonWeeks) / rate;
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
        var random = new StreamRandom(company.Seed, i, company.NextYearStream);
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

    /// <summary>
    /// The company one year later, after the plan <paramref name="choice"/> ran: each customer's year is the same
    /// draw as <see cref="RealizedMargin"/> (its purchases join the history, a drop-out ends its life, complaints
    /// accrue while alive); the truth (λ, p, μ, responses) is unchanged — an option acts within its year only.
    /// The next year of the returned company is drawn from stream 6.
    /// </summary>
    public static SimulatedCompany Advance(SimulatedCompany company, int[] choice, SimulatedWorld world)
    {
        int n = company.Count, k = company.Options.Count;
        var end = company.ObservationEnd.AddDays(366);
        int firstDay = company.ObservationEnd.DayNumber + 1;
        var purchases = new List<(int Day, double Amount)>[n];
        var lastYear = new double[n];
        var alive = new bool[n];
        var complaints = new List<int>[n];
        double meanP = world.A / (world.A + world.B);
        var accumulator = new Clientele.Analytics.Summary.CustomerSummaryAccumulator(new Clientele.Analytics.Summary.SummaryPeriod(end, Clientele.Domain.TimeUnit.Week), n);
        for (int i = 0; i < n; i++)
        {
            purchases[i] = [.. company.Purchases[i]];
            complaints[i] = [.. company.Complaints[i]];
            alive[i] = company.Alive[i];
            if (alive[i] && company.Lambda[i] > 0)
            {
                int j = choice[i];
                double lambda = company.Lambda[i];
                double q = (1 - company.TrueRetention[i * k + j]) * company.P[i];
                double order = (1 + company.TrueSpendLift[i * k + j]) * company.MeanSpend[i] / 4;
                var random = new StreamRandom(company.Seed, i, company.NextYearStream);
                double t = 0, leftAt = HorizonWeeks;
                while (true)
                {
                    t += random.Exponential() / lambda;
                    if (t >= HorizonWeeks) break;
                    double amount = Math.Round(order * SimulatedCompanyGenerator.Erlang4(ref random), 2);
                    purchases[i].Add((firstDay + (int)(t * 7), amount));
                    lastYear[i] += amount;
                    if (random.NextDouble() < q)
                    {
                        alive[i] = false;
                        leftAt = t;
                        break;
                    }
                }

                var trace = new StreamRandom(company.Seed, i, 8);
                SimulatedCompanyGenerator.Complaints(ref trace, world, company.P[i] / meanP, firstDay, firstDay + leftAt * 7, complaints[i]);
            }

            foreach (var (day, amount) in purchases[i]) accumulator.Add(i, day, amount);
        }

        var ids = Enumerable.Range(1, n).Select(i => "C" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new SimulatedCompany
        {
            Seed = company.Seed,
            NextYearStream = 6,
            Options = company.Options,
            ObservationEnd = end,
            Purchases = purchases,
            Summaries = accumulator.Build(ids),
            LastYearRevenue = lastYear,
            Complaints = complaints,
            Alive = alive,
            Lambda = company.Lambda,
            P = company.P,
            MeanSpend = company.MeanSpend,
            TrueRetention = company.TrueRetention,
            TrueSpendLift = company.TrueSpendLift,
            PopulationEffects = company.PopulationEffects,
            ResponseHeterogeneity = company.ResponseHeterogeneity,
            TreatedYears = [.. company.TreatedYears, new TreatedYear((firstDay - SimulatedCompanyGenerator.Start.DayNumber) / 7.0, HorizonWeeks, (int[])choice.Clone())],
        };
    }
}
