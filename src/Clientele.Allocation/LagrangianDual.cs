using System.Runtime.CompilerServices;

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
    private readonly Action<string>? phaseEnded;

    // Per-pass tables of the option readers (filled before each pass, read by all its chunks).
    private readonly double[] kindRows;
    private readonly double[] price;
    private readonly double[] pull;

    public LagrangianDual(OptionTable table, bool parallel, Action<string>? phaseEnded = null)
    {
        this.table = table;
        this.phaseEnded = phaseEnded;
        chunks = Math.Max(1, (table.CustomerCount + ChunkCustomers - 1) / ChunkCustomers);
        this.parallel = parallel && chunks > 1;
        int slots = Math.Max(0, table.OptionCount - table.CustomerCount);
        // Written before they are read, and mostly left untouched when the windows are narrow: not zeroed.
        breakT = GC.AllocateUninitializedArray<double>(slots);
        breakW = GC.AllocateUninitializedArray<double>(slots);
        chunkBreaks = new int[chunks];
        chunkSums = new double[chunks * Math.Max(table.ResourceCount + 1, 2)];
        kindRows = new double[KindReader.RowsLength(table)];
        price = new double[table.ResourceCount - 1];
        pull = new double[table.ResourceCount - 1];
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
        if (table.Kinds is { } kinds)
        {
            var reader = KindReader.For(table, kinds, lambda, null, kindRows);
            ForEachChunk((chunk, from, to) => EvaluateChunk(reader, chunk, from, to, choice));
        }
        else
        {
            var reader = new ColumnReader(table, Prices(lambda, price), lambda[1], pull, 0);
            ForEachChunk((chunk, from, to) => EvaluateChunk(reader, chunk, from, to, choice));
        }

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

    private void EvaluateChunk<TReader>(TReader reader, int chunk, int from, int to, int[]? choice)
        where TReader : struct, IOptionReader
    {
        int rc = table.ResourceCount;
        var start = table.Start;
        double sum = 0, useCost = 0, useHours = 0;
        Span<double> catUse = rc > 2 ? stackalloc double[rc - 2] : default;
        for (int i = from; i < to; i++)
        {
            int best = start[i], end = start[i + 1];
            double bestValue = reader.Reduced(best);
            for (int o = best + 1; o < end; o++)
            {
                double value = reader.Reduced(o);
                if (value > bestValue || (value == bestValue && (reader.Cost(o) < reader.Cost(best) || (reader.Cost(o) == reader.Cost(best) && reader.Hours(o) < reader.Hours(best)))))
                {
                    best = o;
                    bestValue = value;
                }
            }

            sum += bestValue;
            double cost = reader.Cost(best);
            useCost += cost;
            useHours += reader.Hours(best);
            int c = reader.Category(best);
            if (c >= 0) catUse[c] += cost;
            if (choice is not null) choice[i] = best;
        }

        int at = chunk * (rc + 1);
        chunkSums[at] = sum;
        chunkSums[at + 1] = useCost;
        chunkSums[at + 2] = useHours;
        for (int k = 0; k < rc - 2; k++) chunkSums[at + 3 + k] = catUse[k];
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
        if (table.Kinds is { } kinds)
        {
            var reader = KindReader.For(table, kinds, lambda, direction, kindRows);
            ForEachChunk((chunk, from, to) => BreakpointChunk(reader, chunk, from, to, tMax));
        }
        else
        {
            var reader = new ColumnReader(table, Prices(lambda, price), lambda[1], Prices(direction, pull), direction[1]);
            ForEachChunk((chunk, from, to) => BreakpointChunk(reader, chunk, from, to, tMax));
        }

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
    /// One chunk of <see cref="LineSearch"/>: each customer's option in use at t = 0 (its overall use along d goes to
    /// the chunk's sum) and the breakpoints <c>t ≤ tMax</c> of its upper envelope, written from the chunk's first slot.
    /// The options' lines are recomputed rather than stored: a few table reads, and the loop keeps its registers.
    /// </summary>
    private void BreakpointChunk<TReader>(TReader reader, int chunk, int from, int to, double tMax)
        where TReader : struct, IOptionReader
    {
        var start = table.Start;
        var times = breakT;
        var weights = breakW;

        // A crossing with rise > run·tMax·(1 + 10⁻⁹) lies beyond tMax whatever the division rounds to: such
        // options are passed over without dividing (the margin covers the rounding of both sides).
        double beyond = tMax * (1 + 1e-9);
        int write = start[from] - from;
        int first = write;
        double used = 0;
        for (int i = from; i < to; i++)
        {
            int s = start[i], e = start[i + 1];

            // The best line at t = 0 (ties to the one using less along d).
            double pc = reader.Reduced(s), qc = reader.Along(s);
            for (int o = s + 1; o < e; o++)
            {
                double po = reader.Reduced(o), qo = reader.Along(o);
                if (po > pc || (po == pc && qo < qc))
                {
                    pc = po;
                    qc = qo;
                }
            }

            used += qc;

            // Walk the upper envelope: as t grows, options using less along d take over.
            double now = 0;
            while (true)
            {
                int next = -1;
                double at = double.PositiveInfinity, qn = double.PositiveInfinity;
                for (int o = s; o < e; o++)
                {
                    double qo = reader.Along(o);
                    if (qo >= qc) continue;
                    double rise = pc - reader.Reduced(o), run = qc - qo, limit = beyond * run;
                    if (rise > limit && limit > 1e-290) continue;
                    double cross = rise / run;
                    if (cross < at || (cross == at && qo < qn))
                    {
                        at = cross;
                        next = o;
                        qn = qo;
                    }
                }

                if (next < 0 || at > tMax) break;
                now = Math.Max(now, at);
                times[write] = now;
                weights[write] = qc - qn;
                write++;
                pc = reader.Reduced(next);
                qc = qn;
            }
        }

        chunkBreaks[chunk] = write - first;
        chunkSums[chunk] = used;
    }

    /// <summary>
    /// Minimizes L from <paramref name="lambda"/> and leaves the best multipliers found there; returns their bound
    /// <c>L(λ)</c>. First Newton's method on the entropy-smoothed dual
    /// <c>L_τ(λ) = Σ_i τ·log Σ_j exp((net_ij − λ·a_ij)/τ) + λ·capacity</c> (smooth and convex, within
    /// <c>n·τ·log m</c> of L) for a falling τ from <paramref name="firstStage"/> on, which walks the valleys between
    /// correlated resources that a coordinate search on the piecewise-linear L stalls in; then exact line searches
    /// on L itself along each coordinate and along each cycle's total move.
    /// </summary>
    public double Minimize(double[] lambda, int firstStage, int newtonIterations, int maxCycles, double tolerance)
    {
        int rc = table.ResourceCount;
        double bound = Evaluate(lambda, null, null);
        if (table.Active.Length == 0) return bound;
        var best = (double[])lambda.Clone();
        double scale = Math.Max(table.NetSpread, 1e-300);
        for (int stage = firstStage; stage <= SmoothingStages; stage++)
        {
            SmoothedNewton(lambda, scale * Math.Pow(10, -stage), newtonIterations);
        }

        double value = Evaluate(lambda, null, null);
        phaseEnded?.Invoke("newton");
        if (value < bound)
        {
            bound = value;
            Array.Copy(lambda, best, rc);
        }
        else
        {
            Array.Copy(best, lambda, rc);
        }

        var direction = new double[rc];
        var before = new double[rc];
        for (int cycle = 0; cycle < maxCycles; cycle++)
        {
            Array.Copy(lambda, before, rc);
            foreach (int r in table.Active) CoordinateStep(lambda, r, direction);
            if (table.Active.Length > 1)
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

            value = Evaluate(lambda, null, null);
            double gain = bound - value;
            if (value < bound)
            {
                bound = value;
                Array.Copy(lambda, best, rc);
            }

            if (gain <= tolerance * Math.Max(1, Math.Abs(bound))) break;
        }

        Array.Copy(best, lambda, rc);
        phaseEnded?.Invoke("line searches");
        return bound;
    }

    /// <summary>The last smoothing stage: τ = 10^−stage times the typical spread of net values in a menu.</summary>
    public const int SmoothingStages = 5;

    /// <summary>
    /// Minimizes L exactly along coordinate <paramref name="r"/>, searching a window around the current value
    /// that widens until the minimum lies inside it (so a warm start sweeps only the customers near a switch).
    /// </summary>
    private void CoordinateStep(double[] lambda, int r, double[] direction)
    {
        Array.Clear(direction);
        direction[r] = 1;
        double perCustomer = Math.Max(table.MaxUsage[r] / Math.Max(1, table.CustomerCount), 1e-300);
        double window = lambda[r] > 0 ? 0.02 * lambda[r] : 0.01 * Math.Max(table.NetSpread, 1e-300) / perCustomer;
        double center = lambda[r];
        for (int attempt = 0; attempt < 40; attempt++)
        {
            double low = Math.Max(0, center - window), high = center + window;
            lambda[r] = low;
            double t = LineSearch(lambda, direction, high - low);
            lambda[r] = low + t;
            bool atTop = t >= (high - low) * (1 - 1e-12);
            bool atBottom = t <= 0 && low > 0;
            if (!atTop && !atBottom) return;
            window *= 8;
        }
    }

    /// <summary>
    /// Projected Newton's method on the smoothed dual <c>L_τ</c> over the active resources, with Armijo
    /// backtracking; a resource at λ = 0 whose gradient pushes it below zero stays fixed.
    /// </summary>
    private void SmoothedNewton(double[] lambda, double tau, int maxIterations)
    {
        int k = table.Active.Length;
        var g = new double[k];
        var h = new double[k * k];
        var g2 = new double[k];
        var h2 = new double[k * k];
        var trial = (double[])lambda.Clone();
        double f = SmoothedPass(lambda, tau, g, h);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            var free = Enumerable.Range(0, k).Where(a => lambda[table.Active[a]] > 0 || g[a] < 0).ToArray();
            if (free.Length == 0) return;
            // Levenberg–Marquardt: a step L_τ rejects is retried with a stiffer ridge, which bends it toward the
            // gradient and shortens it — the valleys between near-collinear resources make H nearly singular.
            bool accepted = false;
            double ridge = 1e-9;
            for (int attempt = 0; attempt < 10 && !accepted; attempt++, ridge *= 100)
            {
                var step = NewtonStep(free, g, h, k, ridge);
                double decrement = 0;
                for (int a = 0; a < free.Length; a++) decrement -= g[free[a]] * step[a];

                // Below ~10⁻¹¹ of L the decrease drowns in rounding: stop rather than chase noise.
                if (!(decrement > 1e-11 * Math.Max(1, Math.Abs(f)))) return;
                Array.Copy(lambda, trial, lambda.Length);
                double predicted = 0;
                for (int a = 0; a < free.Length; a++)
                {
                    int r = table.Active[free[a]];
                    trial[r] = Math.Max(0, lambda[r] + step[a]);
                    predicted += g[free[a]] * (trial[r] - lambda[r]);
                }

                double ft = SmoothedPass(trial, tau, g2, h2);
                if (ft <= f + 1e-4 * predicted)
                {
                    accepted = true;
                    Array.Copy(trial, lambda, lambda.Length);
                    f = ft;
                    (g, g2) = (g2, g);
                    (h, h2) = (h2, h);
                }
            }

            if (!accepted) return;
        }
    }

    /// <summary>Solves <c>(H_FF + ridge·max diag H)·Δ = −g_F</c> by Gaussian elimination with partial pivoting.</summary>
    private static double[] NewtonStep(int[] free, double[] g, double[] h, int k, double ridge)
    {
        int f = free.Length;
        var m = new double[f, f + 1];
        double diagonal = 0;
        for (int a = 0; a < f; a++) diagonal = Math.Max(diagonal, Math.Abs(h[free[a] * k + free[a]]));
        for (int a = 0; a < f; a++)
        {
            for (int b = 0; b < f; b++) m[a, b] = h[free[a] * k + free[b]];
            m[a, a] += ridge * diagonal + 1e-300;
            m[a, f] = -g[free[a]];
        }

        for (int col = 0; col < f; col++)
        {
            int pivot = col;
            for (int row = col + 1; row < f; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col])) pivot = row;
            }

            for (int j = 0; j <= f; j++) (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            for (int row = col + 1; row < f; row++)
            {
                double factor = m[row, col] / m[col, col];
                for (int j = col; j <= f; j++) m[row, j] -= factor * m[col, j];
            }
        }

        var x = new double[f];
        for (int row = f - 1; row >= 0; row--)
        {
            double sum = m[row, f];
            for (int j = row + 1; j < f; j++) sum -= m[row, j] * x[j];
            x[row] = sum / m[row, row];
        }

        return x;
    }

    /// <summary>
    /// <c>L_τ(λ)</c>, its gradient <c>capacity − Σ_i E_i[a]</c> and Hessian <c>Σ_i Cov_i[a] / τ</c> over the active
    /// resources, where <c>E_i</c> and <c>Cov_i</c> are under the softmax weights <c>exp((net − λ·a)/τ)</c> of
    /// customer i's options. Options more than 40τ below the best get weight 0 (e^−40 ≈ 4·10⁻¹⁸).
    /// </summary>
    private double SmoothedPass(double[] lambda, double tau, double[] gradient, double[] hessian)
    {
        int k = table.Active.Length;
        int stride = 1 + k + k * k;
        var resources = table.Active;
        var sums = new double[chunks * stride];
        if (table.Kinds is { } optionKinds)
        {
            var reader = KindReader.For(table, optionKinds, lambda, null, kindRows);
            ForEachChunk((chunk, from, to) => SmoothedChunk(reader, tau, sums.AsSpan(chunk * stride, stride), from, to));
        }
        else
        {
            var reader = new ColumnReader(table, Prices(lambda, price), lambda[1], pull, 0);
            ForEachChunk((chunk, from, to) => SmoothedChunk(reader, tau, sums.AsSpan(chunk * stride, stride), from, to));
        }

        Passes++;

        double value = 0;
        Array.Clear(gradient);
        Array.Clear(hessian);
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            int at = chunk * stride;
            value += sums[at];
            for (int x = 0; x < k; x++) gradient[x] += sums[at + 1 + x];
            for (int x = 0; x < k; x++)
            {
                for (int y = 0; y <= x; y++) hessian[x * k + y] += sums[at + 1 + k + x * k + y];
            }
        }

        for (int x = 0; x < k; x++)
        {
            int r = resources[x];
            gradient[x] += table.Capacity[r];
            value += lambda[r] * table.Capacity[r];
            for (int y = 0; y < x; y++) hessian[y * k + x] = hessian[x * k + y];
        }

        return value;
    }

    /// <summary>
    /// One chunk of <see cref="SmoothedPass"/> into <paramref name="acc"/>: Σ τ·log Σ_j w_j (w_j = softmax weight), then
    /// −Σ E[a] and Σ Cov[a]/τ over the active resources (lower triangle). Fast path: a customer whose other options
    /// all lie surely more than 40τ below its best (p − top &lt; −40τ·(1 + 10⁻⁹), no division needed) has weight 1 on
    /// the best alone: it adds the best value and use, and nothing to the covariance (exactly 0 in the general formula).
    /// </summary>
    private void SmoothedChunk<TReader>(TReader reader, double tau, Span<double> acc, int from, int to)
        where TReader : struct, IOptionReader
    {
        int k = table.Active.Length;
        var start = table.Start;
        double cut = -40 * tau * (1 + 1e-9);
        if (!(cut < -1e-290)) cut = double.NegativeInfinity;
        acc.Clear();
        var uses = acc.Slice(1, k);
        double total = 0;
        for (int i = from; i < to; i++)
        {
            int s = start[i], e = start[i + 1];
            double top = reader.Reduced(s);
            for (int o = s + 1; o < e; o++) top = Math.Max(top, reader.Reduced(o));
            int within = 0, best = s;
            for (int o = s; o < e; o++)
            {
                if (reader.Reduced(o) - top >= cut)
                {
                    within++;
                    best = o;
                }
            }

            if (within == 1)
            {
                total += top;
                for (int x = 0; x < uses.Length; x++) uses[x] -= reader.Use(x, best);
            }
            else
            {
                total = SmoothedCustomer(reader, tau, cut, top, s, e, acc, total);
            }
        }

        acc[0] = total;
    }

    /// <summary>
    /// <see cref="SmoothedChunk"/> for a customer with several options near its best: adds to <paramref name="acc"/>
    /// (except its first entry) and returns <paramref name="total"/> plus its <c>τ·log Σ w</c> term.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double SmoothedCustomer<TReader>(TReader reader, double tau, double cut, double top, int s, int e, Span<double> acc, double total)
        where TReader : struct, IOptionReader
    {
        int k = table.Active.Length, m = e - s;
        Span<int> near = m <= 64 ? stackalloc int[m] : new int[m];
        Span<double> nearV = m <= 64 ? stackalloc double[m] : new double[m];
        int count = 0;
        for (int j = 0; j < m; j++)
        {
            double gap = reader.Reduced(s + j) - top;
            if (gap < cut) continue;
            double v = gap / tau;
            if (v < -40) continue;
            near[count] = j;
            nearV[count++] = v;
        }

        if (count == 1)
        {
            // Only the best option has weight (1): L_τ adds its value, E[a] is its use, Cov[a] = 0 exactly.
            for (int x = 0; x < k; x++) acc[1 + x] -= reader.Use(x, s + near[0]);
            return total + top;
        }

        Span<double> a = stackalloc double[k];
        Span<double> sa = stackalloc double[k];
        Span<double> saa = stackalloc double[k * k];
        double weight = 0;
        for (int n = 0; n < count; n++)
        {
            double v = nearV[n];
            double w = v == 0 ? 1 : Math.Exp(v);
            int o = s + near[n];
            for (int x = 0; x < k; x++) a[x] = reader.Use(x, o);
            weight += w;
            for (int x = 0; x < k; x++)
            {
                double wa = w * a[x];
                sa[x] += wa;
                for (int y = 0; y <= x; y++) saa[x * k + y] += wa * a[y];
            }
        }

        for (int x = 0; x < k; x++)
        {
            double ex = sa[x] / weight;
            acc[1 + x] -= ex;
            for (int y = 0; y <= x; y++) acc[1 + k + x * k + y] += (saa[x * k + y] / weight - ex * sa[y] / weight) / tau;
        }

        return total + (weight == 1 ? top : top + tau * Math.Log(weight));
    }

    /// <summary>
    /// <c>v[0] + v[2 + c]</c> for each category c at <c>into[c + 1]</c>, and <c>v[0] + 0</c> at <c>into[0]</c> (no
    /// category budget): the price of a unit of cost (or its change along a direction) by category.
    /// </summary>
    private static double[] Prices(double[] v, double[] into)
    {
        into[0] = v[0] + 0.0;
        for (int c = 1; c < into.Length; c++) into[c] = v[0] + v[1 + c];
        return into;
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
