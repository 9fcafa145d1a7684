using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// Draws the simulated company: a buy-till-you-die customer base (Fader, Hardie &amp; Lee 2005) observed for two
/// years, the complaints its drop-out propensity leaves as a trace, plus each customer's true response to each care option.
/// </summary>
/// <remarks>
/// <para>Per customer i (own random streams, so customer i is the same whatever the company size): λ_i, p_i and the
/// mean order value μ_i as <see cref="SimulatedWorld"/> states (frequent buyers spend a little more per order, which
/// the Gamma-Gamma model assumes away); each order is μ_i · Gamma(4, 1) / 4. Acquisition is uniform over the first
/// three quarters of the observed window, the first purchase at acquisition.</para>
/// <para>True responses: ρ_ik = min(0.95, ρ_k · b_k · u_i · ε_ik) and σ_ik = σ_k · b′_k · v_i · ε′_ik, where (ρ_k, σ_k)
/// is the option's assumed effect, b_k, b′_k the option's true-over-assumed ratio (log-normal, mean 1, σ =
/// <see cref="DecisionQualityOptions.AssumptionError"/>, drawn once per seed), u_i, v_i the customer's retention and
/// spend responsiveness (log-normal, mean 1, σ = <see cref="DecisionQualityOptions.ResponseHeterogeneity"/>) and
/// ε the option-by-customer noise (log-normal, mean 1, σ = half the response heterogeneity). ρ cuts the true drop-out probability,
/// p → (1 − ρ)p; σ lifts the order value, μ → (1 + σ)μ. A dead customer buys nothing, so it does not respond.</para>
/// </remarks>
internal static class SimulatedCompanyGenerator
{
    public static readonly DateOnly Start = new(2024, 1, 1);

    /// <summary>The last observed day (inclusive): the world's observed weeks after <see cref="Start"/>.</summary>
    public static DateOnly ObservationEnd(SimulatedWorld world) => Start.AddDays(world.ObservedWeeks * 7 - 1);

    public static SimulatedCompany Generate(DecisionQualityOptions options, int seed, IReadOnlyList<CareOption> menu)
    {
        int n = options.Customers, k = menu.Count;
        var world = options.Population;
        int windowWeeks = world.ObservedWeeks;
        double acquisitionWeeks = 0.75 * windowWeeks, meanLambda = world.R / world.Alpha;
        var lambda = new double[n];
        var p = new double[n];
        var mean = new double[n];
        var alive = new bool[n];
        var lastYear = new double[n];
        var retention = new double[n * k];
        var spendLift = new double[n * k];
        var complaints = new List<int>[n];
        var purchases = new List<(int Day, double Amount)>[n];
        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(ObservationEnd(world), TimeUnit.Week), n);
        double meanP = world.A / (world.A + world.B);
        int startDay = Start.DayNumber;

        var bias = new StreamRandom(seed, -1, 4);
        var retentionBias = new double[k];
        var spendBias = new double[k];
        for (int j = 0; j < k; j++)
        {
            retentionBias[j] = LogNormalMeanOne(ref bias, options.AssumptionError);
            spendBias[j] = LogNormalMeanOne(ref bias, options.AssumptionError);
        }

        for (int i = 0; i < n; i++)
        {
            var population = new StreamRandom(seed, i, 0);
            lambda[i] = population.Gamma(world.R) / world.Alpha;
            p[i] = population.Beta(world.A, world.B);
            mean[i] = (20 + world.SpendScale * population.Gamma(2)) * Math.Pow(lambda[i] / meanLambda, world.SpendFrequencyElasticity);

            var history = new StreamRandom(seed, i, 1);
            double t = history.NextDouble() * acquisitionWeeks, acquired = t;
            bool dead = false;
            int count = 0;
            purchases[i] = [];
            while (true)
            {
                double amount = Math.Round(mean[i] * Erlang4(ref history) / 4, 2);
                accumulator.Add(i, startDay + (int)(t * 7), amount);
                purchases[i].Add((startDay + (int)(t * 7), amount));
                if (t >= windowWeeks - 52) lastYear[i] += amount;
                // BG/NBD: drop-out is possible after each repeat purchase, not after the first.
                if (count++ > 0 && history.NextDouble() < p[i])
                {
                    dead = true;
                    break;
                }

                t += history.Exponential() / lambda[i];
                if (!(t < windowWeeks)) break;
            }

            alive[i] = !dead;
            var trace = new StreamRandom(seed, i, 7);
            complaints[i] = [];
            Complaints(ref trace, world, p[i] / meanP, startDay + acquired * 7, startDay + (dead ? t : windowWeeks) * 7, complaints[i]);
            var response = new StreamRandom(seed, i, 3);
            double u = LogNormalMeanOne(ref response, options.ResponseHeterogeneity);
            double v = LogNormalMeanOne(ref response, options.ResponseHeterogeneity);
            double optionNoise = 0.5 * options.ResponseHeterogeneity;
            for (int j = 0; j < k; j++)
            {
                var assumed = menu[j].AssumedEffect;
                retention[i * k + j] = Math.Min(0.95, assumed.Retention * retentionBias[j] * u * LogNormalMeanOne(ref response, optionNoise));
                spendLift[i * k + j] = assumed.Spend * spendBias[j] * v * LogNormalMeanOne(ref response, optionNoise);
            }
        }

        var ids = Enumerable.Range(1, n).Select(i => "C" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new SimulatedCompany
        {
            Seed = seed,
            NextYearStream = 2,
            Options = menu,
            ObservationEnd = ObservationEnd(world),
            Purchases = purchases,
            Complaints = complaints,
            Summaries = accumulator.Build(ids),
            LastYearRevenue = lastYear,
            Alive = alive,
            Lambda = lambda,
            P = p,
            MeanSpend = mean,
            TrueRetention = retention,
            TrueSpendLift = spendLift,
            PopulationEffects = menu.Select((o, j) => new OptionEffect(o.AssumedEffect.Retention * retentionBias[j], o.AssumedEffect.Spend * spendBias[j])).ToArray().AsReadOnly(),
            ResponseHeterogeneity = options.ResponseHeterogeneity,
        };
    }

    /// <summary>
    /// The days of the complaints of a customer alive from day <paramref name="from"/> to <paramref name="to"/>: a
    /// Poisson process at (base rate + risk rate · p / E[p]) a year.
    /// </summary>
    internal static void Complaints(ref StreamRandom random, SimulatedWorld world, double relativeRisk, double from, double to, List<int> days)
    {
        double perDay = (world.ComplaintBaseRate + world.ComplaintRiskRate * relativeRisk) / 365.25;
        if (!(perDay > 0)) return;
        for (double day = from + random.Exponential() / perDay; day < to; day += random.Exponential() / perDay) days.Add((int)day);
    }

    /// <summary>Gamma(4, 1) as a sum of four exponentials (one log).</summary>
    internal static double Erlang4(ref StreamRandom random) =>
        -Math.Log(random.NextDouble() * random.NextDouble() * random.NextDouble() * random.NextDouble());

    private static double LogNormalMeanOne(ref StreamRandom random, double sigma) =>
        sigma == 0 ? 1 : Math.Exp(sigma * random.Normal() - 0.5 * sigma * sigma);
}
