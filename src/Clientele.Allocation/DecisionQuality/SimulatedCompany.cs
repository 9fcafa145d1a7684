using Clientele.Analytics.Summary;

namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// One simulated company at the moment the plan is made: what the firm can observe (the customer summaries of two
/// years of purchases, last year's revenue per customer) and the truth it cannot (who is alive, λ, p, mean spend,
/// and each customer's true response to each option). Arrays are indexed by customer; responses by
/// <c>customer · options + option</c>.
/// </summary>
internal sealed class SimulatedCompany
{
    public required int Seed { get; init; }

    public required IReadOnlyList<CareOption> Options { get; init; }

    public required CustomerSummaries Summaries { get; init; }

    public required double[] LastYearRevenue { get; init; }

    public required bool[] Alive { get; init; }

    public required double[] Lambda { get; init; }

    public required double[] P { get; init; }

    public required double[] MeanSpend { get; init; }

    public required double[] TrueRetention { get; init; }

    public required double[] TrueSpendLift { get; init; }

    public int Count => Alive.Length;

    public double TotalLastYearRevenue => LastYearRevenue.Sum();
}
