using Clientele.Analytics.Summary;

namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// One simulated company at the moment a plan is made: what the firm can observe (every purchase so far, the
/// customer summaries, last year's revenue per customer, complaints) and the truth it cannot (who is alive, λ, p,
/// mean spend, and each customer's true response to each option). Arrays are indexed by customer; responses by
/// <c>customer · options + option</c>.
/// </summary>
internal sealed class SimulatedCompany
{
    public required int Seed { get; init; }

    /// <summary>The random stream (per customer) the coming year is drawn from: 2 for the first period, 6 for the second.</summary>
    public required int NextYearStream { get; init; }

    public required IReadOnlyList<CareOption> Options { get; init; }

    /// <summary>The last observed day (inclusive).</summary>
    public required DateOnly ObservationEnd { get; init; }

    /// <summary>Every observed purchase per customer, in date order: (day number, amount).</summary>
    public required List<(int Day, double Amount)>[] Purchases { get; init; }

    public required CustomerSummaries Summaries { get; init; }

    public required double[] LastYearRevenue { get; init; }

    /// <summary>The days (day numbers) of each customer's complaints over the observed history, in order: a trace of its drop-out propensity.</summary>
    public required List<int>[] Complaints { get; init; }

    public required bool[] Alive { get; init; }

    public required double[] Lambda { get; init; }

    public required double[] P { get; init; }

    public required double[] MeanSpend { get; init; }

    public required double[] TrueRetention { get; init; }

    public required double[] TrueSpendLift { get; init; }

    /// <summary>
    /// Per option, the true effect at the population level, (ρ_k · b_k, σ_k · b′_k): the assumed effect times how wrong
    /// the assumption is, before each customer's own responsiveness (u_i ε_ik, v_i ε′_ik, mean one) multiplies it.
    /// </summary>
    public required IReadOnlyList<OptionEffect> PopulationEffects { get; init; }

    /// <summary>h, the σ of the log of each customer's responsiveness (the option-by-customer noise has σ = h/2).</summary>
    public required double ResponseHeterogeneity { get; init; }

    /// <summary>
    /// The years of the history during which an executed plan was in effect, oldest first (none for the first plan):
    /// the firm knows what it gave each customer, and the year's purchases and drop-outs happened under it.
    /// </summary>
    public IReadOnlyList<TreatedYear> TreatedYears { get; init; } = [];

    public int Count => Alive.Length;

    public double TotalLastYearRevenue => LastYearRevenue.Sum();

    /// <summary>Summaries of the observed purchases of the given customers only (ids "C" + index), in that order.</summary>
    public CustomerSummaries SummariesOf(IReadOnlyList<int> customers)
    {
        var accumulator = new CustomerSummaryAccumulator(Summaries.Period, customers.Count);
        var ids = new string[customers.Count];
        for (int c = 0; c < customers.Count; c++)
        {
            int i = customers[c];
            ids[c] = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (day, amount) in Purchases[i]) accumulator.Add(c, day, amount);
        }

        return accumulator.Build(ids);
    }
}
