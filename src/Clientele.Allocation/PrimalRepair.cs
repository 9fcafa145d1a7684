using System.Runtime.CompilerServices;

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

    /// <summary>Customers per block of the parallel scoring.</summary>
    private const int ScoreBlock = 16_384;

    /// <summary>
    /// Makes <paramref name="choice"/> (option indices into the table) feasible and improves it; returns false when
    /// no feasible plan was found (the choice then holds the least-overrun plan the repair reached).
    /// </summary>
    /// <param name="t">The table.</param>
    /// <param name="choice">Each customer's option (table index); changed in place.</param>
    /// <param name="usage">Filled with the resources the final choice uses.</param>
    /// <param name="parallel">Score the customers' moves on all cores (the same moves in the same order).</param>
    /// <param name="phaseEnded">Told "repair" and "fill-up" as those end (see <see cref="AllocationSolverOptions.PhaseEnded"/>).</param>
    public static bool Run(OptionTable t, int[] choice, double[] usage, bool parallel = false, Action<string>? phaseEnded = null)
    {
        Recount(t, choice, usage);
        var scratch = new Scores(t.CustomerCount, parallel);
        for (int round = 0; round < Rounds && Overrun(t, usage) >= 0; round++)
        {
            if (!RepairRound(t, choice, usage, scratch)) break;
        }

        phaseEnded?.Invoke("repair");
        if (Overrun(t, usage) >= 0) return false;
        for (int round = 0; round < Rounds; round++)
        {
            if (!FillRound(t, choice, usage, scratch)) break;
        }

        Recount(t, choice, usage);
        phaseEnded?.Invoke("fill-up");
        return true;
    }

    /// <summary>
    /// A second start when the repair stalls — each customer moves at most one step per round and never breaks another
    /// constraint, so a few customers cannot always free enough (seen in small problems with a binding category budget,
    /// which were then called infeasible although doing nothing was feasible) — and a second opinion on small problems:
    /// every customer on its option that uses the least of the capacities (Σ_r usage_r / capacity_r, ties to the higher
    /// net value), then the fill-up from there. Returns false when even that plan overruns a capacity.
    /// </summary>
    /// <param name="t">The table.</param>
    /// <param name="choice">Filled with each customer's option (table index).</param>
    /// <param name="usage">Filled with the resources the choice uses.</param>
    /// <param name="parallel">Score the customers' moves on all cores.</param>
    public static bool FromLeastUsage(OptionTable t, int[] choice, double[] usage, bool parallel = false)
    {
        int rc = t.ResourceCount;
        var weight = new double[rc];
        for (int r = 0; r < rc; r++) weight[r] = double.IsFinite(t.Capacity[r]) ? 1 / Math.Max(t.Capacity[r], t.Tolerance(r)) : 0;
        for (int i = 0; i < t.CustomerCount; i++)
        {
            int best = t.Start[i];
            double least = double.PositiveInfinity;
            for (int o = t.Start[i]; o < t.Start[i + 1]; o++)
            {
                double used = 0;
                for (int r = 0; r < rc; r++) used += weight[r] * t.Usage(r, o);
                if (used < least || (used == least && t.Net[o] > t.Net[best]))
                {
                    least = used;
                    best = o;
                }
            }

            choice[i] = best;
        }

        Recount(t, choice, usage);
        if (Overrun(t, usage) >= 0) return false;
        var scratch = new Scores(t.CustomerCount, parallel);
        for (int round = 0; round < 4 * Rounds; round++)
        {
            if (!FillRound(t, choice, usage, scratch)) break;
        }

        Recount(t, choice, usage);
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

    private static bool RepairRound(OptionTable t, int[] choice, double[] usage, Scores scores)
    {
        int rc = t.ResourceCount;
        var weight = new double[rc];
        for (int r = 0; r < rc; r++)
        {
            if (usage[r] > t.Capacity[r] + t.Tolerance(r)) weight[r] = 1 / Math.Max(usage[r] - t.Capacity[r], t.Tolerance(r));
        }

        scores.Compute(t.CustomerCount, i =>
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

            return (best, bestRatio);
        });
        var queue = new PriorityQueue<(int Customer, int Option), double>(scores.Candidates(negate: false));
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

    private static bool FillRound(OptionTable t, int[] choice, double[] usage, Scores scores)
    {
        int rc = t.ResourceCount;
        var slack = new double[rc];
        for (int r = 0; r < rc; r++) slack[r] = t.Capacity[r] - usage[r];
        scores.Compute(t.CustomerCount, i =>
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

            return (best, bestScore);
        });
        if (scores.Count == 0) return false;
        var queue = new PriorityQueue<(int Customer, int Option), double>(scores.Candidates(negate: true));
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

    /// <summary>
    /// Each customer's best move and its score, computed block by block (on all cores when parallel) and listed in
    /// customer order — so the queue built from them, and every tie in it, is the same as from a serial scan.
    /// </summary>
    private sealed class Scores(int customers, bool parallel)
    {
        private readonly int[] option = new int[customers];
        private readonly double[] score = new double[customers];
        private readonly int[] found = new int[(customers + ScoreBlock - 1) / ScoreBlock];

        /// <summary>Customers with a move in the last <see cref="Compute"/>.</summary>
        public int Count { get; private set; }

        /// <summary>Runs <paramref name="best"/> (option −1 = no move) for every customer.</summary>
        public void Compute(int n, Func<int, (int Option, double Score)> best)
        {
            void Block(int block)
            {
                int from = block * ScoreBlock, to = Math.Min(n, from + ScoreBlock), moves = 0;
                for (int i = from; i < to; i++)
                {
                    (option[i], score[i]) = best(i);
                    if (option[i] >= 0) moves++;
                }

                found[block] = moves;
            }

            if (parallel && found.Length > 1) Parallel.For(0, found.Length, Block);
            else for (int block = 0; block < found.Length; block++) Block(block);
            Count = 0;
            foreach (int moves in found) Count += moves;
        }

        /// <summary>The moves in customer order, with their scores (negated when the largest should come first).</summary>
        public IEnumerable<((int Customer, int Option), double)> Candidates(bool negate)
        {
            for (int i = 0; i < option.Length; i++)
            {
                if (option[i] >= 0) yield return ((i, option[i]), negate ? -score[i] : score[i]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Freed(OptionTable t, double[] weight, int from, int to)
    {
        double freed = 0;
        for (int r = 0; r < weight.Length; r++)
        {
            if (weight[r] > 0) freed += weight[r] * (t.Usage(r, from) - t.Usage(r, to));
        }

        return freed;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeepsSatisfied(OptionTable t, double[] usage, int from, int to)
    {
        for (int r = 0; r < t.ResourceCount; r++)
        {
            double delta = t.Usage(r, to) - t.Usage(r, from);
            if (delta > 0 && usage[r] <= t.Capacity[r] + t.Tolerance(r) && usage[r] + delta > t.Capacity[r] + t.Tolerance(r)) return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Fits(OptionTable t, double[] slack, int from, int to)
    {
        for (int r = 0; r < t.ResourceCount; r++)
        {
            double delta = t.Usage(r, to) - t.Usage(r, from);
            if (delta > 0 && delta > slack[r] + t.Tolerance(r)) return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Apply(OptionTable t, double[] usage, int from, int to)
    {
        for (int r = 0; r < t.ResourceCount; r++) usage[r] += t.Usage(r, to) - t.Usage(r, from);
    }
}
