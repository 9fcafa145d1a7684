using System.Globalization;
using Clientele.Analytics.Metrics;

namespace Clientele.Analytics.ChurnRisk;

/// <summary>
/// Churn early warning (spec §2): customers ranked by value at risk, CLV × (1 − P(alive)), each with its reasons in words.
/// Because the model's CLV is already P(alive)-weighted (E[Y(t) | x, t_x, T] = P(alive) · E[Y(t) | alive, x, t_x, T];
/// Fader, Hardie &amp; Lee 2005, eq. 10 and 11), CLV × (1 − P(alive)) = value-if-alive × P(alive) × (1 − P(alive)):
/// it vanishes for a customer sure to stay (nothing at risk) and for one surely gone (nothing left to save) and peaks
/// for valuable customers whose fate is open, the ones a retention action can still change (docs/metrics-risk.md).
/// </summary>
public static class ChurnRiskList
{
    /// <summary>CLV × (1 − P(alive)), or null when either is not a finite number or P(alive) is outside [0, 1].</summary>
    public static double? ValueAtRisk(double clv, double probabilityAlive) =>
        double.IsFinite(clv) && probabilityAlive is >= 0 and <= 1 ? clv * (1 - probabilityAlive) : null;

    /// <summary>CLV / P(alive): the CLV if the customer is alive; null when P(alive) is 0 or either is undefined.</summary>
    public static double? ValueIfAlive(double clv, double probabilityAlive) =>
        double.IsFinite(clv) && probabilityAlive is > 0 and <= 1 ? clv / probabilityAlive : null;

    /// <summary>
    /// Ranks <paramref name="customers"/> by value at risk (largest first; ties by customer id, ordinal) and states the
    /// reasons of the top <paramref name="top"/>. Customers without a value at risk are counted but not ranked.
    /// </summary>
    /// <param name="customers">One row per customer of the current snapshot.</param>
    /// <param name="asOf">The current snapshot's as-of day.</param>
    /// <param name="previousAsOf">The previous snapshot's as-of day, or null.</param>
    /// <param name="top">How many customers to list (≥ 0).</param>
    /// <param name="by">Group value at risk by this dimension too, or null.</param>
    /// <param name="rules">The reason rules; default <see cref="ChurnRiskRules.Default"/>.</param>
    /// <exception cref="ArgumentException">The list is null, <paramref name="top"/> is negative, the previous as-of day is not before
    /// <paramref name="asOf"/>, or a rule is out of range.</exception>
    public static ChurnRiskReport Build(
        IReadOnlyList<ChurnCustomerFacts> customers, DateOnly asOf, DateOnly? previousAsOf, int top, Dimension? by = null, ChurnRiskRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        if (top < 0) throw new ArgumentException("The number of customers to list must not be negative.", nameof(top));
        if (previousAsOf >= asOf) throw new ArgumentException("The previous snapshot's as-of day must be before the current one.", nameof(previousAsOf));
        rules ??= ChurnRiskRules.Default;
        rules.Validate();

        var risk = new double[customers.Count];
        var scored = new List<int>(customers.Count);
        double totalClv = 0, totalRisk = 0;
        for (int i = 0; i < customers.Count; i++)
        {
            var c = customers[i];
            if (ValueAtRisk(c.Clv, c.ProbabilityAlive) is { } v)
            {
                risk[i] = v;
                scored.Add(i);
                totalClv += c.Clv;
                totalRisk += v;
            }
        }

        var ranked = scored.OrderByDescending(i => risk[i]).ThenBy(i => customers[i].CustomerId, StringComparer.Ordinal).Take(top).ToList();
        var entries = new List<ChurnRiskEntry>(ranked.Count);
        foreach (int i in ranked)
        {
            var c = customers[i];
            entries.Add(new ChurnRiskEntry(
                entries.Count + 1, c.CustomerId, c.Clv, c.ProbabilityAlive, ValueIfAlive(c.Clv, c.ProbabilityAlive), risk[i],
                c.DaysSinceLastPurchase, Reasons(c, asOf, previousAsOf, rules), c.Profile ?? new CustomerProfile()));
        }

        var groups = by is { } dimension ? Group(customers, scored, risk, asOf, dimension, totalRisk) : [];
        return new ChurnRiskReport(asOf, previousAsOf, customers.Count, scored.Count, totalClv, totalRisk, entries, by, groups);
    }

    /// <summary>
    /// The reasons one customer is at risk, in rule order (docs/metrics-risk.md, "Reasons"): P(alive) fell (or is low),
    /// purchase overdue against its own rhythm, satisfaction fell, open complaints.
    /// </summary>
    /// <exception cref="ArgumentException">The facts or rules are null.</exception>
    public static IReadOnlyList<ChurnReason> Reasons(ChurnCustomerFacts customer, DateOnly asOf, DateOnly? previousAsOf, ChurnRiskRules rules)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(rules);
        var reasons = new List<ChurnReason>(4);
        double p = customer.ProbabilityAlive;
        if (customer.PreviousProbabilityAlive is { } before && previousAsOf is { } previousDay && before - p >= rules.MinimumProbabilityDrop - 1e-12)
        {
            reasons.Add(new(ChurnReasonKind.ProbabilityAliveFell, Say($"P(alive) fell from {before:0.00} to {p:0.00} since the analysis of {previousDay:yyyy-MM-dd}")));
        }
        else if (p < rules.LowProbabilityAlive)
        {
            reasons.Add(new(ChurnReasonKind.ProbabilityAliveLow, Say($"P(alive) is only {p:0.00} as of {asOf:yyyy-MM-dd}")));
        }

        if (customer.RepeatPurchases >= rules.MinimumRepeatPurchases && customer.RecencyDays > 0)
        {
            // The mean gap between purchase days: x repeat days spread over t_x days.
            double gap = (double)customer.RecencyDays / customer.RepeatPurchases;
            int since = customer.DaysSinceLastPurchase;
            double overdue = since - gap;
            if (since >= rules.OverdueCycles * gap && overdue >= rules.MinimumOverdueDays)
            {
                reasons.Add(new(ChurnReasonKind.PurchaseOverdue, Say($"overdue by {overdue:0} days against its own rhythm of one purchase every {gap:0} days")));
            }
        }

        if (customer.LatestSatisfaction is { } latest && customer.PreviousSatisfaction is { } previous
            && previous.Share - latest.Share >= rules.MinimumSatisfactionDrop - 1e-12)
        {
            string text = latest.Scale == previous.Scale
                ? Say($"satisfaction fell from {previous.Value:0.##} to {latest.Value:0.##} (of {latest.Scale})")
                : Say($"satisfaction fell from {previous.Value:0.##} of {previous.Scale} to {latest.Value:0.##} of {latest.Scale}");
            reasons.Add(new(ChurnReasonKind.SatisfactionFell, text));
        }

        if (customer.OpenComplaints > 0)
        {
            string age = customer.OldestOpenComplaint is { } oldest ? $"{asOf.DayNumber - oldest.DayNumber}" : "?";
            reasons.Add(new(ChurnReasonKind.OpenComplaints, customer.OpenComplaints == 1
                ? $"1 open complaint ({age} days old)"
                : Say($"{customer.OpenComplaints} open complaints (oldest {age} days)")));
        }

        return reasons;
    }

    private static List<ChurnRiskGroup> Group(
        IReadOnlyList<ChurnCustomerFacts> customers, List<int> scored, double[] risk, DateOnly asOf, Dimension dimension, double totalRisk)
    {
        string?[]? tiers = dimension == Dimension.Tier ? ValueTiers.Assign(customers.Select(c => c.Clv).ToArray()) : null;
        var sums = new Dictionary<string, (int Customers, double Clv, double Risk)>(StringComparer.Ordinal);
        foreach (int i in scored)
        {
            var c = customers[i];
            string key = (tiers is not null ? tiers[i] : KeyOf(c, asOf, dimension)) ?? DimensionText.None;
            var s = sums.GetValueOrDefault(key);
            sums[key] = (s.Customers + 1, s.Clv + c.Clv, s.Risk + risk[i]);
        }

        return sums
            .Select(kv => new ChurnRiskGroup(kv.Key, kv.Value.Customers, kv.Value.Clv, kv.Value.Risk, totalRisk > 0 ? kv.Value.Risk / totalRisk : null))
            .OrderByDescending(g => g.ValueAtRisk).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
    }

    // Time dimensions group by the month, quarter or year of the customer's last purchase: when it went quiet.
    private static string? KeyOf(ChurnCustomerFacts c, DateOnly asOf, Dimension dimension)
    {
        var p = c.Profile;
        return dimension switch
        {
            _ when dimension.IsTime() => DimensionText.CalendarLabel(dimension, asOf.AddDays(-c.DaysSinceLastPurchase)),
            Dimension.Segment => p?.Segment is { Length: > 0 } s ? s : null,
            Dimension.Dealer => p?.DealerId,
            Dimension.Region => p?.Region,
            Dimension.Industry => p?.Industry,
            Dimension.Size => p?.SizeClass,
            Dimension.Channel => p?.Channel,
            _ => null,
        };
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
