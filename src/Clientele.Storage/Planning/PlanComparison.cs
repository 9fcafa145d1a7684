using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>One tier's or option's figures in plans A and B (null where the plan has none of it).</summary>
/// <param name="Key">The tier or option id.</param>
/// <param name="A">Its figures in plan A, or null.</param>
/// <param name="B">Its figures in plan B, or null.</param>
public sealed record PlanComparisonRow(string Key, PlanTotals? A, PlanTotals? B);

/// <summary>Customers that moved from one tier (or option) in plan A to another in plan B.</summary>
/// <param name="From">Tier or option in A.</param>
/// <param name="To">Tier or option in B.</param>
/// <param name="Customers">How many.</param>
public sealed record PlanMove(string From, string To, int Customers);

/// <summary>Two plans side by side: figures by tier and option, and the customers that moved between tiers and options.</summary>
/// <param name="A">Plan A.</param>
/// <param name="B">Plan B.</param>
/// <param name="ByTier">Per tier (A's tier order, then B's new ones).</param>
/// <param name="ByOption">Per option ("none" first, then by id).</param>
/// <param name="Total">All items.</param>
/// <param name="TierMoves">Customers in both plans whose tier differs, per (from, to), most first.</param>
/// <param name="OptionMoves">Customers in both plans whose option differs, per (from, to), most first.</param>
/// <param name="OnlyInA">Customers planned in A only.</param>
/// <param name="OnlyInB">Customers planned in B only.</param>
/// <param name="SameOption">Customers in both with the same option.</param>
public sealed record PlanComparison(
    StoredPlan A, StoredPlan B, IReadOnlyList<PlanComparisonRow> ByTier, IReadOnlyList<PlanComparisonRow> ByOption, PlanComparisonRow Total,
    IReadOnlyList<PlanMove> TierMoves, IReadOnlyList<PlanMove> OptionMoves, int OnlyInA, int OnlyInB, int SameOption)
{
    /// <summary>Compares the items of two plans.</summary>
    public static PlanComparison Of(StoredPlan a, IReadOnlyList<StoredPlanItem> itemsA, StoredPlan b, IReadOnlyList<StoredPlanItem> itemsB, IReadOnlyList<string>? tierOrder = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(itemsA);
        ArgumentNullException.ThrowIfNull(itemsB);
        var sa = PlanSummary.Of(itemsA, tierOrder);
        var sb = PlanSummary.Of(itemsB, tierOrder);
        var inB = itemsB.ToDictionary(i => i.CustomerId, StringComparer.Ordinal);
        var tierMoves = new Dictionary<(string, string), int>();
        var optionMoves = new Dictionary<(string, string), int>();
        int onlyA = 0, same = 0, matched = 0;
        foreach (var x in itemsA)
        {
            if (!inB.TryGetValue(x.CustomerId, out var y))
            {
                onlyA++;
                continue;
            }

            matched++;
            if (!string.Equals(x.Tier, y.Tier, StringComparison.Ordinal)) tierMoves[(x.Tier, y.Tier)] = tierMoves.GetValueOrDefault((x.Tier, y.Tier)) + 1;
            if (string.Equals(x.Option, y.Option, StringComparison.Ordinal)) same++;
            else optionMoves[(x.Option, y.Option)] = optionMoves.GetValueOrDefault((x.Option, y.Option)) + 1;
        }

        return new PlanComparison(
            a, b, Pair(sa.ByTier, sb.ByTier), Pair(sa.ByOption, sb.ByOption), new PlanComparisonRow("total", sa.Total, sb.Total),
            Moves(tierMoves), Moves(optionMoves), onlyA, itemsB.Count - matched, same);
    }

    private static List<PlanComparisonRow> Pair(IReadOnlyList<PlanTotals> a, IReadOnlyList<PlanTotals> b)
    {
        var keys = a.Select(t => t.Key).Concat(b.Select(t => t.Key)).Distinct(StringComparer.Ordinal);
        return keys.Select(k => new PlanComparisonRow(k, a.FirstOrDefault(t => t.Key == k), b.FirstOrDefault(t => t.Key == k))).ToList();
    }

    private static List<PlanMove> Moves(Dictionary<(string From, string To), int> moves) =>
        moves.OrderByDescending(m => m.Value).ThenBy(m => m.Key.From, StringComparer.Ordinal).ThenBy(m => m.Key.To, StringComparer.Ordinal)
            .Select(m => new PlanMove(m.Key.From, m.Key.To, m.Value)).ToList();
}
