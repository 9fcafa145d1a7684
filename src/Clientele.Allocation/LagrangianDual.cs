namespace Clientele.Allocation;

/// <summary>
/// The Lagrangian dual of the multiple-choice knapsack with several resource constraints. With multipliers
/// λ ≥ 0 on the resources (budget, staff hours, category budgets),
/// <c>L(λ) = Σ_i max_j (net_ij − λ·a_ij) + λ·capacity</c> is an upper bound on every feasible plan's objective, and
/// its minimum over λ equals the LP relaxation's optimum (each customer's subproblem "pick one option" has the
/// integrality property). L is convex and piecewise linear; this class minimizes it by exact line searches along
/// coordinates and pattern directions. An exact line search along <c>λ₀ + t·d</c> is the Sinha–Zoltners (1979) greedy:
/// each customer's upper envelope of the lines <c>net − λ₀·a − t·(d·a)</c> gives breakpoints in t where its choice
/// switches to an option using <c>Δ = d·a</c> less; the minimum is at the breakpoint where the accumulated Δ first
/// covers the overuse <c>Σ d·a − d·capacity</c> at t = 0 (a weighted median, found by selection in linear time).
/// </summary>
internal sealed class LagrangianDual
{
    private const int ChunkCustomers = 8192;
    private readonly OptionTable table;
    private readonly bool parallel;
    private readonly int chunks;
    private readonly double[] breakT;
    private readonly double[] breakW;
    private readonly int[] chunkBreaks;
    private readonly double[] chunkSums;

    public LagrangianDual(OptionTable table, bool parallel)
    {
        this.table = table;
        chunks = Math.Max(1, (table.CustomerCount + ChunkCustomers - 1) / ChunkCustomers);
        this.parallel = parallel && chunks > 1;
        int slots = Math.Max(0, table.OptionCount - table.CustomerCount);
        breakT = new double[slots];
        breakW = new double[slots];
        chunkBreaks = new int[chunks];
        chunkSums = new double[chunks * Math.Max(table.ResourceCount + 1, 2)];
    }

    /// <summary>How many times the customers were swept (evaluations plus line searches).</summary>
    public int Passes { get; private set; }

    /// <summary>
    /// <c>L(λ)</c>; fills <paramref name="usage"/> with the resources the Lagrangian choice uses and, when given,
    /// <paramref name="choice"/> with that choice (ties go to the cheaper option, then the one with fewer hours).
    /// </summary>
    public double Evaluate(double[] lambda, double[]? usage, int[]? choice)
    {
        int rc = table.ResourceCount;
        int stride = rc + 1;
        Array.Clear(chunkSums);
        ForEachChunk((chunk, from, to) =>
        {
            var start = table.Start;
            var cost = table.Cost;
            var hours = table.Hours;
            var net = table.Net;
            var category = table.Category;
            double l0 = lambda[0], l1 = lambda[1];
            double sum = 0, useCost = 0, useHours = 0;
            Span<double> catUse = rc > 2 ? stackalloc double[rc - 2] : default;
            for (int i = from; i < to; i++)
            {
                int best = -1;
                double bestValue = double.NegativeInfinity;
                for (int o = start[i]; o < start[i + 1]; o++)
                {
                    int c = category[o];
                    double value = net[o] - (l0 + (c >= 0 ? lambda[2 + c] : 0)) * cost[o] - l1 * hours[o];
                    if (value > bestValue || (value == bestValue && (cost[o] < cost[best] || (cost[o] == cost[best] && hours[o] < hours[best]))))
                    {
                        best = o;
                        bestValue = value;
                    }
                }

                sum += bestValue;
                useCost += cost[best];
                useHours += hours[best];
                if (category[best] >= 0) catUse[category[best]] += cost[best];
                if (choice is not null) choice[i] = best;
            }

            int at = chunk * stride;
            chunkSums[at] = sum;
            chunkSums[at + 1] = useCost;
            chunkSums[at + 2] = useHours;
            for (int k = 0; k < rc - 2; k++) chunkSums[at + 3 + k] = catUse[k];
        });
        Passes++;

        double total = 0;
        if (usage is not null) Array.Clear(usage);
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            total += chunkSums[chunk * stride];
            if (usage is null) continue;
            for (int r = 0; r < rc; r++) usage[r] += chunkSums[chunk * stride + 1 + r];
        }

        for (int r = 0; r < rc; r++)
        {
            if (lambda[r] > 0) total += lambda[r] * table.Capacity[r];
        }

        return total;
    }

    /// <summary>
    /// The step <c>t ∈ [0, tMax]</c> minimizing <c>L(λ + t·d)</c>. <paramref name="direction"/> may only be nonzero on
    /// resources with a finite capacity.
    /// </summary>
    public double LineSearch(double[] lambda, double[] direction, double tMax)
    {
        int rc = table.ResourceCount;
        double slope = 0;
        for (int r = 0; r < rc; r++)
        {
            if (direction[r] != 0) slope += direction[r] * table.Capacity[r];
        }

        Array.Clear(chunkSums);
        ForEachChunk((chunk, from, to) =>
        {
            var start = table.Start;
            var cost = table.Cost;
            var hours = table.Hours;
            var net = table.Net;
            var category = table.Category;
            double l0 = lambda[0], l1 = lambda[1], d0 = direction[0], d1 = direction[1];
            Span<double> p = stackalloc double[64];
            Span<double> q = stackalloc double[64];
            int write = start[from] - from;
            int first = write;
            double used = 0;
            for (int i = from; i < to; i++)
            {
                int s = start[i], m = start[i + 1] - s;
                if (m > p.Length)
                {
                    p = new double[m];
                    q = new double[m];
                }

                // The line of each option in t, and the best at t = 0 (ties to the one using less along d).
                int cur = 0;
                for (int k = 0; k < m; k++)
                {
                    int o = s + k, c = category[o];
                    double lc = c >= 0 ? lambda[2 + c] : 0, dc = c >= 0 ? direction[2 + c] : 0;
                    p[k] = net[o] - (l0 + lc) * cost[o] - l1 * hours[o];
                    q[k] = (d0 + dc) * cost[o] + d1 * hours[o];
                    if (p[k] > p[cur] || (p[k] == p[cur] && q[k] < q[cur])) cur = k;
                }

                used += q[cur];

                // Walk the upper envelope: as t grows, options using less along d take over.
                double now = 0;
                while (true)
                {
                    int next = -1;
                    double at = double.PositiveInfinity;
                    for (int k = 0; k < m; k++)
                    {
                        if (q[k] >= q[cur]) continue;
                        double cross = (p[cur] - p[k]) / (q[cur] - q[k]);
                        if (cross < at || (cross == at && q[k] < q[next]))
                        {
                            at = cross;
                            next = k;
                        }
                    }

                    if (next < 0 || at > tMax) break;
                    now = Math.Max(now, at);
                    breakT[write] = now;
                    breakW[write] = q[cur] - q[next];
                    write++;
                    cur = next;
                }
            }

            chunkBreaks[chunk] = write - first;
            chunkSums[chunk] = used;
        });
        Passes++;

        // Pack the chunks' breakpoints together, in chunk order (deterministic).
        int count = 0;
        double usedAtZero = 0;
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            int from = chunk * ChunkCustomers;
            int first = table.Start[from] - from;
            if (first != count && chunkBreaks[chunk] > 0)
            {
                Array.Copy(breakT, first, breakT, count, chunkBreaks[chunk]);
                Array.Copy(breakW, first, breakW, count, chunkBreaks[chunk]);
            }

            count += chunkBreaks[chunk];
            usedAtZero += chunkSums[chunk];
        }

        // dL/dt = d·capacity − Σ d·a(choice(t)): negative means moving along d still pays.
        double overuse = usedAtZero - slope;
        double scale = Math.Abs(usedAtZero) + Math.Abs(slope);
        if (overuse <= 1e-13 * scale) return 0;
        double t = WeightedSelect.FirstCovering(breakT, breakW, count, overuse - 1e-13 * scale);
        return double.IsNaN(t) ? (double.IsFinite(tMax) ? tMax : (count > 0 ? MaxOf(breakT, count) : 0)) : Math.Min(t, tMax);
    }

    /// <summary>
    /// Minimizes L from <paramref name="lambda"/> (changed in place) and returns the best bound found. Each cycle
    /// minimizes exactly along every active coordinate, then along the cycle's total move (a pattern step that
    /// follows a valley between correlated resources, such as the budget and a category budget).
    /// </summary>
    public double Minimize(double[] lambda, int maxCycles, double tolerance)
    {
        int rc = table.ResourceCount;
        var direction = new double[rc];
        var before = new double[rc];
        double bound = Evaluate(lambda, null, null);
        if (table.Active.Length == 0) return bound;
        for (int cycle = 0; cycle < maxCycles; cycle++)
        {
            Array.Copy(lambda, before, rc);
            foreach (int r in table.Active)
            {
                // Minimize over λ_r ≥ 0 in one sweep: search upward from λ_r = 0.
                double keep = lambda[r];
                lambda[r] = 0;
                Array.Clear(direction);
                direction[r] = 1;
                double t = LineSearch(lambda, direction, double.PositiveInfinity);
                lambda[r] = double.IsFinite(t) ? t : keep;
            }

            if (table.Active.Length > 1 && cycle > 0)
            {
                double tMax = double.PositiveInfinity;
                bool moved = false;
                for (int r = 0; r < rc; r++)
                {
                    direction[r] = lambda[r] - before[r];
                    if (direction[r] != 0) moved = true;
                    if (direction[r] < 0) tMax = Math.Min(tMax, lambda[r] / -direction[r]);
                }

                if (moved)
                {
                    double t = LineSearch(lambda, direction, tMax);
                    for (int r = 0; r < rc; r++) lambda[r] = Math.Max(0, lambda[r] + t * direction[r]);
                }
            }

            double value = Evaluate(lambda, null, null);
            double gain = bound - value;
            bound = Math.Min(bound, value);
            if (gain <= tolerance * Math.Max(1, Math.Abs(bound))) break;
        }

        return bound;
    }

    private static double MaxOf(double[] values, int count)
    {
        double max = 0;
        for (int i = 0; i < count; i++) max = Math.Max(max, values[i]);
        return max;
    }

    private void ForEachChunk(Action<int, int, int> body)
    {
        int n = table.CustomerCount;
        if (parallel)
        {
            Parallel.For(0, chunks, chunk => body(chunk, chunk * ChunkCustomers, Math.Min(n, (chunk + 1) * ChunkCustomers)));
        }
        else
        {
            for (int chunk = 0; chunk < chunks; chunk++) body(chunk, chunk * ChunkCustomers, Math.Min(n, (chunk + 1) * ChunkCustomers));
        }
    }
}
