using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>A plan's figures by tier (best first, as the items name them) and by option, and the total.</summary>
/// <param name="ByTier">One row per tier.</param>
/// <param name="ByOption">One row per option ("none" included).</param>
/// <param name="Total">All items.</param>
public sealed record PlanSummary(IReadOnlyList<PlanTotals> ByTier, IReadOnlyList<PlanTotals> ByOption, PlanTotals Total)
{
    /// <summary>Sums the items of a plan. Tiers keep the order of <paramref name="tierOrder"/> (then first appearance); options are sorted by id with "none" first.</summary>
    public static PlanSummary Of(IReadOnlyList<StoredPlanItem> items, IReadOnlyList<string>? tierOrder = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var tiers = Group(items, i => i.Tier);
        var options = Group(items, i => i.Option);
        var order = tierOrder ?? [];
        var byTier = tiers.OrderBy(t => Rank(order, t.Key)).ToList();
        var byOption = options.OrderBy(o => o.Key == "none" ? 0 : 1).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
        var total = new PlanTotals("total", items.Count, items.Sum(i => (double)i.Cost), items.Sum(i => (double)i.Hours), items.Sum(i => (double)i.ExpectedValue));
        return new PlanSummary(byTier, byOption, total);
    }

    private static int Rank(IReadOnlyList<string> order, string key)
    {
        for (int i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], key, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return order.Count;
    }

    private static List<PlanTotals> Group(IReadOnlyList<StoredPlanItem> items, Func<StoredPlanItem, string> key)
    {
        var rows = new Dictionary<string, (int N, double Cost, double Hours, double Value)>(StringComparer.Ordinal);
        var first = new List<string>();
        foreach (var item in items)
        {
            string k = key(item);
            if (!rows.TryGetValue(k, out var r)) first.Add(k);
            rows[k] = (r.N + 1, r.Cost + (double)item.Cost, r.Hours + (double)item.Hours, r.Value + (double)item.ExpectedValue);
        }

        return first.Select(k => new PlanTotals(k, rows[k].N, rows[k].Cost, rows[k].Hours, rows[k].Value)).ToList();
    }
}
