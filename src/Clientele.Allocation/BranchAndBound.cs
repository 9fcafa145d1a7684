namespace Clientele.Allocation;

/// <summary>
/// Exact depth-first branch and bound for small problems. A node fixes the options of the first customers (in
/// order of how much their choice matters); it is cut when the remaining customers cannot fit even with their
/// leanest options, or when the better of two upper bounds — every remaining customer at its best net value, and
/// the Lagrangian bound <c>Σ_rest max_j (net − λ·a) + λ·(capacity − used)</c> — cannot beat the incumbent.
/// </summary>
internal static class BranchAndBound
{
    /// <summary>
    /// The optimal choice, or null when no plan is feasible. <paramref name="complete"/> is false when the node
    /// limit stopped the search (the result is then the best plan found, or null).
    /// </summary>
    public static int[]? Solve(OptionTable t, double[] lambda, int[]? incumbent, long nodeLimit, out bool complete)
    {
        int n = t.CustomerCount;
        int[] res = t.Active;
        int ra = res.Length;
        double[] cap = res.Select(r => t.Capacity[r] + t.Tolerance(r)).ToArray();

        // Customers whose choice matters most go first, so good plans and tight bounds come early.
        var order = Enumerable.Range(0, n)
            .OrderByDescending(i => Spread(t, i))
            .ToArray();
        var options = new int[n][];
        var sufBest = new double[n + 1];
        var sufReduced = new double[n + 1];
        var sufLeast = new double[ra, n + 1];
        for (int depth = n - 1; depth >= 0; depth--)
        {
            int i = order[depth];
            var menu = Enumerable.Range(t.Start[i], t.Start[i + 1] - t.Start[i]).ToArray();
            options[depth] = menu.OrderByDescending(o => Reduced(t, lambda, o)).ThenBy(o => t.Cost[o]).ToArray();
            sufBest[depth] = sufBest[depth + 1] + menu.Max(o => t.Net[o]);
            sufReduced[depth] = sufReduced[depth + 1] + menu.Max(o => Reduced(t, lambda, o));
            for (int k = 0; k < ra; k++) sufLeast[k, depth] = sufLeast[k, depth + 1] + menu.Min(o => t.Usage(res[k], o));
        }

        double best = double.NegativeInfinity;
        int[]? bestChoice = null;
        if (incumbent is not null)
        {
            best = incumbent.Sum(o => t.Net[o]);
            bestChoice = (int[])incumbent.Clone();
        }

        var path = new int[n];
        var used = new double[ra];
        double scale = 1e-12 * Math.Max(1, Math.Abs(sufBest[0]));
        long nodes = 0;
        bool stopped = false;

        void Visit(int depth, double net)
        {
            if (stopped) return;
            if (++nodes > nodeLimit)
            {
                stopped = true;
                return;
            }

            if (depth == n)
            {
                if (net > best + scale)
                {
                    best = net;
                    bestChoice = new int[n];
                    for (int d = 0; d < n; d++) bestChoice[order[d]] = path[d];
                }

                return;
            }

            foreach (int o in options[depth])
            {
                bool fits = true;
                for (int k = 0; k < ra && fits; k++) fits = used[k] + t.Usage(res[k], o) + sufLeast[k, depth + 1] <= cap[k];
                if (!fits) continue;
                double after = net + t.Net[o];
                double lagrangian = sufReduced[depth + 1];
                for (int k = 0; k < ra; k++) lagrangian += lambda[res[k]] * (cap[k] - used[k] - t.Usage(res[k], o));
                double bound = after + Math.Min(sufBest[depth + 1], lagrangian);
                if (bound <= best + scale) continue;
                for (int k = 0; k < ra; k++) used[k] += t.Usage(res[k], o);
                path[depth] = o;
                Visit(depth + 1, after);
                for (int k = 0; k < ra; k++) used[k] -= t.Usage(res[k], o);
                if (stopped) return;
            }
        }

        Visit(0, 0);
        complete = !stopped;
        return bestChoice;
    }

    private static double Reduced(OptionTable t, double[] lambda, int o)
    {
        int c = t.Category[o];
        return t.Net[o] - (lambda[0] + (c >= 0 ? lambda[2 + c] : 0)) * t.Cost[o] - lambda[1] * t.Hours[o];
    }

    private static double Spread(OptionTable t, int i)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (int o = t.Start[i]; o < t.Start[i + 1]; o++)
        {
            lo = Math.Min(lo, t.Net[o]);
            hi = Math.Max(hi, t.Net[o]);
        }

        return hi - lo;
    }
}
