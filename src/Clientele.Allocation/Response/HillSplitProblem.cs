namespace Clientele.Allocation.Response;

/// <summary>The budget split for a fixed choice of funded segments (see <see cref="HillBudgetSplitter"/>).</summary>
internal sealed class HillSplitProblem(HillCurve[] curves, double[] min, double[] max, double[] onFloor, double budget)
{
    public int Count => curves.Length;

    /// <summary>
    /// Funded segments (on) range over [onFloor, max], unfunded ones sit at min; null when the funded floors do not
    /// fit the budget. Budget the funded segments cannot absorb goes to unfunded ones, most gain first.
    /// </summary>
    public HillSplitCandidate? Evaluate(bool[] on)
    {
        var lo = new double[Count];
        var hi = new double[Count];
        var floors = 0.0;
        for (var i = 0; i < Count; i++)
        {
            lo[i] = on[i] ? onFloor[i] : min[i];
            hi[i] = on[i] ? max[i] : min[i];
            floors += lo[i];
        }

        if (floors > budget * (1 + 1e-12) + 1e-12) return null;
        var (spend, lambda) = ConcaveSplit(lo, hi, budget);
        var left = budget - spend.Sum();
        while (left > 1e-12 * Math.Max(1, budget))
        {
            var bestGain = 0.0;
            var bestIndex = -1;
            for (var i = 0; i < Count; i++)
            {
                if (on[i] || spend[i] >= max[i]) continue;
                var gain = curves[i].Value(Math.Min(max[i], spend[i] + left)) - curves[i].Value(spend[i]);
                if (gain > bestGain)
                {
                    bestGain = gain;
                    bestIndex = i;
                }
            }

            if (bestIndex < 0) break;
            var add = Math.Min(max[bestIndex], spend[bestIndex] + left) - spend[bestIndex];
            spend[bestIndex] += add;
            left -= add;
        }

        return new HillSplitCandidate(on, spend, Total(spend), lambda);
    }

    /// <summary>
    /// The Lagrangian choice: at a price λ per unit of budget a choice segment is funded when its best net
    /// f(x) − λx on [x*, max] beats f(min) − λ·min; λ is raised by bisection (on log λ) until the funded floors and
    /// spends fit the budget.
    /// </summary>
    public bool[] LagrangianChoice(int[] choice)
    {
        bool[] At(double logLambda, out double spend)
        {
            var lambda = Math.Exp(logLambda);
            var on = new bool[Count];
            spend = 0;
            for (var i = 0; i < Count; i++)
            {
                var x = Math.Clamp(curves[i].SpendAtMarginal(lambda), onFloor[i], max[i]);
                on[i] = Array.IndexOf(choice, i) < 0 || curves[i].Value(x) - lambda * x > curves[i].Value(min[i]) - lambda * min[i];
                spend += on[i] ? x : min[i];
            }

            return on;
        }

        double a = -700, b = 700;
        var mask = At(b, out _);
        for (var iteration = 0; iteration < 100 && b - a > 1e-9; iteration++)
        {
            var mid = 0.5 * (a + b);
            var trial = At(mid, out var spend);
            if (spend <= budget)
            {
                b = mid;
                mask = trial;
            }
            else
            {
                a = mid;
            }
        }

        return mask;
    }

    /// <summary>
    /// Gives segment <paramref name="j"/> (unfunded in <paramref name="baseline"/>) a part y of the budget below its
    /// inflection, the funded segments sharing the rest by equal marginal return and the other unfunded ones staying
    /// at their minimum; returns the best such split, or null when none beats <paramref name="baseline"/> or it
    /// provably cannot beat <paramref name="bestSoFar"/>.
    /// </summary>
    public HillSplitCandidate? WithPartialSegment(HillSplitCandidate baseline, int j, double bestSoFar)
    {
        var lo = new double[Count];
        var hi = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            // A segment the leftover pushed past its inflection counts as funded; other unfunded ones stay at min.
            var flexes = i != j && (baseline.On[i] || baseline.Spend[i] >= onFloor[i]);
            lo[i] = flexes ? onFloor[i] : min[i];
            hi[i] = flexes ? max[i] : min[i];
        }

        var room = Math.Min(Math.Min(onFloor[j], max[j]), budget - lo.Sum() + min[j]) - min[j];
        if (room <= 0) return null;

        // Giving y to j leaves the rest less budget, so the baseline total plus j's largest gain bounds what this
        // can reach; skip when that cannot beat the best so far.
        var bound = baseline.Total + curves[j].Value(min[j] + room) - curves[j].Value(min[j]);
        if (bound <= bestSoFar) return null;
        double Objective(double y)
        {
            var (x, _) = ConcaveSplit(lo, hi, budget - y);
            return Total(x) - curves[j].Value(min[j]) + curves[j].Value(min[j] + y);
        }

        // f_j is convex below its inflection, so the objective in y need not be unimodal: scan a grid, then refine
        // each local maximum of the grid by golden section.
        const int grid = 32;
        var step = room / grid;
        var values = new double[grid + 1];
        for (var k = 0; k <= grid; k++) values[k] = Objective(k * step);
        var bestY = 0.0;
        var bestValue = values[0];
        for (var k = 1; k <= grid; k++)
        {
            if (values[k] <= values[k - 1] || (k < grid && values[k] < values[k + 1])) continue;
            var y = GoldenMax(Objective, (k - 1) * step, Math.Min(room, (k + 1) * step));
            var v = Objective(y);
            if (values[k] > v)
            {
                y = k * step;
                v = values[k];
            }

            if (v > bestValue)
            {
                bestValue = v;
                bestY = y;
            }
        }

        var (spend, lambda) = ConcaveSplit(lo, hi, budget - bestY);
        spend[j] = min[j] + bestY;
        var total = Total(spend);
        return total > baseline.Total + 1e-12 * Math.Abs(baseline.Total) ? new HillSplitCandidate(baseline.On, spend, total, lambda) : null;
    }

    /// <summary>
    /// Maximizes Σ f_i(x_i) over x_i ∈ [lo_i, hi_i], Σ x_i ≤ budget, where each f_i is concave on its range:
    /// bisection on log λ for Σ clamp(f_i′⁻¹(λ), lo_i, hi_i) = budget.
    /// </summary>
    private (double[] Spend, double Lambda) ConcaveSplit(double[] lo, double[] hi, double available)
    {
        var x = new double[Count];
        if (hi.Sum() <= available)
        {
            Array.Copy(hi, x, Count);
            return (x, 0);
        }

        double SpendAt(double logLambda, double[] into)
        {
            var lambda = Math.Exp(logLambda);
            var sum = 0.0;
            for (var i = 0; i < Count; i++)
            {
                into[i] = lo[i] == hi[i] ? lo[i] : Math.Clamp(curves[i].SpendAtMarginal(lambda), lo[i], hi[i]);
                sum += into[i];
            }

            return sum;
        }

        // Spend falls as λ rises: keep SpendAt(a) ≥ available ≥ SpendAt(b).
        double a = -700, b = 700;
        var xa = new double[Count];
        var xb = new double[Count];
        SpendAt(a, xa);
        var sb = SpendAt(b, xb);
        if (sb >= available)
        {
            Array.Copy(xb, x, Count);
            return (x, Math.Exp(b));
        }

        for (var iteration = 0; iteration < 100 && b - a > 1e-11; iteration++)
        {
            var mid = 0.5 * (a + b);
            var xm = new double[Count];
            if (SpendAt(mid, xm) >= available)
            {
                a = mid;
                xa = xm;
            }
            else
            {
                b = mid;
                xb = xm;
                sb = xm.Sum();
            }
        }

        // Interpolate between the two brackets so the split spends the budget exactly.
        var sa = xa.Sum();
        if (!double.IsFinite(sa))
        {
            Array.Copy(xb, x, Count);
            return (x, Math.Exp(b));
        }

        var theta = sa > sb ? (available - sb) / (sa - sb) : 0;
        for (var i = 0; i < Count; i++) x[i] = xb[i] + theta * (xa[i] - xb[i]);
        return (x, Math.Exp(0.5 * (a + b)));
    }

    private double Total(double[] spend)
    {
        var total = 0.0;
        for (var i = 0; i < Count; i++) total += curves[i].Value(spend[i]);
        return total;
    }

    private static double GoldenMax(Func<double, double> f, double a, double b)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 40 && b - a > 1e-9 * Math.Max(1, b); i++)
        {
            var c = b - ratio * (b - a);
            var d = a + ratio * (b - a);
            if (f(c) >= f(d)) b = d;
            else a = c;
        }

        return 0.5 * (a + b);
    }
}
