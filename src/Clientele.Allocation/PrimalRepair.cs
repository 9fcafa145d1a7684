namespace Clientele.Allocation;

/// <summary>
/// Turns the Lagrangian choice into a feasible plan and spends what is left. Repair: while a resource is overrun,
/// move customers to options that free it at the least loss of net value per unit freed (overruns weighted by the
/// capacities), never breaking another constraint. Fill-up: spend the slack on the upgrades with the most net
/// value per share of the remaining slack they use, as long as they fit.
/// </summary>
internal static class PrimalRepair
{
    private const int Rounds = 6;

    /// <summary>
    /// Makes <paramref name="choice"/> (option indices into the table) feasible and improves it; returns false when
    /// no feasible plan was found (the choice then holds the least-overrun plan the repair reached).
    /// </summary>
    public static bool Run(OptionTable t, int[] choice, double[] usage, Action<string>? phaseEnded = null)
    {
        Recount(t, choice, usage);
        for (int round = 0; round < Rounds && Overrun(t, usage) >= 0; round++)
        {
            if (!RepairRound(t, choice, usage)) break;
        }

        phaseEnded?.Invoke("repair");
        if (Overrun(t, usage) >= 0) return false;
        for (int round = 0; round < Rounds; round++)
        {
            if (!FillRound(t, choice, usage)) break;
        }

        Recount(t, choice, usage);
        phaseEnded?.Invoke("fill-up");
        return true;
    }

    /// <summary>The first overrun resource, or −1 when the plan is feasible.</summary>
    public static int Overrun(OptionTable t, double[] usage)
    {
        for (int r = 0; r < t.ResourceCount; r++)
        {
            if (usage[r] > t.Capacity[r] + t.Tolerance(r)) return r;
        }

        return -1;
    }

    /// <summary>Sums the resources <paramref name="choice"/> uses, customer by customer (the same order every time).</summary>
    public static void Recount(OptionTable t, int[] choice, double[] usage)
    {
        Array.Clear(usage);
        for (int i = 0; i < choice.Length; i++)
        {
            int o = choice[i];
            usage[0] += t.Cost[o];
            usage[1] += t.Hours[o];
            if (t.Category[o] >= 0) usage[2 + t.Category[o]] += t.Cost[o];
        }
    }

    private static bool RepairRound(OptionTable t, int[] choice, double[] usage)
    {
        int rc = t.ResourceCount;
        var weight = new double[rc];
        for (int r = 0; r < rc; r++)
        {
            if (usage[r] > t.Capacity[r] + t.Tolerance(r)) weight[r] = 1 / Math.Max(usage[r] - t.Capacity[r], t.Tolerance(r));
        }

        var queue = new PriorityQueue<(int Customer, int Option), double>();
        var candidates = new List<((int, int), double)>();
        for (int i = 0; i < t.CustomerCount; i++)
        {
            int cur = choice[i], best = -1;
            double bestRatio = double.PositiveInfinity;
            for (int o = t.Start[i]; o < t.Start[i + 1]; o++)
            {
                if (o == cur) continue;
                double freed = Freed(t, weight, cur, o);
                if (freed <= 0) continue;
                double ratio = (t.Net[cur] - t.Net[o]) / freed;
                if (ratio < bestRatio)
                {
                    bestRatio = ratio;
                    best = o;
                }
            }

            if (best >= 0) candidates.Add(((i, best), bestRatio));
        }

        queue.EnqueueRange(candidates);
        bool changed = false;
        while (queue.TryDequeue(out var move, out _))
        {
            int cur = choice[move.Customer];
            if (Freed(t, weight, cur, move.Option) <= 0 || !KeepsSatisfied(t, usage, cur, move.Option)) continue;
            Apply(t, usage, cur, move.Option);
            choice[move.Customer] = move.Option;
            changed = true;
            if (Overrun(t, usage) < 0) return true;
            for (int r = 0; r < rc; r++)
            {
                if (weight[r] > 0 && usage[r] <= t.Capacity[r] + t.Tolerance(r)) weight[r] = 0;
            }
        }

        return changed;
    }

    private static bool FillRound(OptionTable t, int[] choice, double[] usage)
    {
        int rc = t.ResourceCount;
        var slack = new double[rc];
        for (int r = 0; r < rc; r++) slack[r] = t.Capacity[r] - usage[r];
        var candidates = new List<((int, int), double)>();
        for (int i = 0; i < t.CustomerCount; i++)
        {
            int cur = choice[i], best = -1;
            double bestScore = 0;
            for (int o = t.Start[i]; o < t.Start[i + 1]; o++)
            {
                double gain = t.Net[o] - t.Net[cur];
                if (o == cur || gain <= 0 || !Fits(t, slack, cur, o)) continue;

                // Net value per share of the slack the upgrade takes; an upgrade that takes nothing comes first.
                double share = 0;
                for (int r = 0; r < rc; r++)
                {
                    double delta = t.Usage(r, o) - t.Usage(r, cur);
                    if (delta > 0 && double.IsFinite(slack[r])) share += delta / Math.Max(slack[r], t.Tolerance(r));
                }

                double score = share > 0 ? gain / share : double.MaxValue / 4 + gain;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = o;
                }
            }

            if (best >= 0) candidates.Add(((i, best), -bestScore));
        }

        if (candidates.Count == 0) return false;
        var queue = new PriorityQueue<(int Customer, int Option), double>(candidates);
        bool changed = false;
        while (queue.TryDequeue(out var move, out _))
        {
            int cur = choice[move.Customer];
            if (!Fits(t, slack, cur, move.Option)) continue;
            for (int r = 0; r < rc; r++) slack[r] -= t.Usage(r, move.Option) - t.Usage(r, cur);
            Apply(t, usage, cur, move.Option);
            choice[move.Customer] = move.Option;
            changed = true;
        }

        return changed;
    }

    private static double Freed(OptionTable t, double[] weight, int from, int to)
    {
        double freed = 0;
        for (int r = 0; r < weight.Length; r++)
        {
            if (weight[r] > 0) freed += weight[r] * (t.Usage(r, from) - t.Usage(r, to));
        }

        return freed;
    }

    private static bool KeepsSatisfied(OptionTable t, double[] usage, int from, int to)
    {
        for (int r = 0; r < t.ResourceCount; r++)
        {
            double delta = t.Usage(r, to) - t.Usage(r, from);
            if (delta > 0 && usage[r] <= t.Capacity[r] + t.Tolerance(r) && usage[r] + delta > t.Capacity[r] + t.Tolerance(r)) return false;
        }

        return true;
    }

    private static bool Fits(OptionTable t, double[] slack, int from, int to)
    {
        for (int r = 0; r < t.ResourceCount; r++)
        {
            double delta = t.Usage(r, to) - t.Usage(r, from);
            if (delta > 0 && delta > slack[r] + t.Tolerance(r)) return false;
        }

        return true;
    }

    private static void Apply(OptionTable t, double[] usage, int from, int to)
    {
        for (int r = 0; r < t.ResourceCount; r++) usage[r] += t.Usage(r, to) - t.Usage(r, from);
    }
}
