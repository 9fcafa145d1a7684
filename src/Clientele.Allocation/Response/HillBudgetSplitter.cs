namespace Clientele.Allocation.Response;

/// <summary>
/// Splits a budget B across segments with Hill response curves to maximize Σ f_i(x_i) subject to Σ x_i ≤ B and
/// min_i ≤ x_i ≤ max_i, by equal marginal return.
/// </summary>
/// <remarks>
/// <para>
/// Concave curves (α ≤ 1): at the optimum every segment strictly between its bounds has the same marginal return,
/// f_i′(x_i) = λ (KKT), a segment at its minimum has f_i′ ≤ λ and one at its maximum f_i′ ≥ λ. Given λ each
/// segment's spend is x_i(λ) = clamp(f_i′⁻¹(λ), min_i, max_i), which falls as λ rises, so λ is found by bisection
/// (on log λ) until Σ x_i(λ) = B. If Σ max_i ≤ B every segment gets its maximum and the rest is unspent.
/// </para>
/// <para>
/// S-shaped curves (α &gt; 1): below the inflection x* the marginal return still rises, so equal marginal return
/// holds only on the falling branch. Such a segment is either <b>unfunded</b> (held at its minimum) or <b>funded
/// past its inflection</b> (x ≥ max(min, x*)). For each on/off choice of these segments the funded ones are split
/// by the bisection above — on their falling branches the problem is concave — and the best choice wins. With at
/// most <see cref="MaxEnumerated"/> such segments every choice is tried (<see cref="BudgetSplit.IsExact"/>);
/// beyond that a local search toggles one segment at a time until no toggle helps, started from "all unfunded" and
/// from the Lagrangian choice (fund a segment when its best f(x) − λx beats staying at its minimum, with the price λ
/// raised by bisection until the funded spend fits the budget).
/// Two refinements cover tight budgets. Budget the funded segments cannot absorb goes to the unfunded segment that
/// gains most from it. And one segment may sit below its inflection: at an optimum at most one can (moving money
/// between two segments on rising marginal returns would raise the total), so for each on/off choice (with at most
/// <see cref="MaxPartialEnumerated"/> S-shaped segments; beyond that the best choice) and each S-shaped segment j
/// unfunded in it, j is given a part y &lt; x* of the budget and the funded segments share the rest by equal
/// marginal return (y scanned on 32 grid points, then refined by golden section); the best of all these wins.
/// </para>
/// </remarks>
public static class HillBudgetSplitter
{
    /// <summary>The most S-shaped segments (with a minimum below their inflection) whose on/off choices are all tried.</summary>
    public const int MaxEnumerated = 10;

    /// <summary>The most such segments for which a partial segment is tried against every on/off choice.</summary>
    public const int MaxPartialEnumerated = 5;

    /// <summary>Splits <paramref name="budget"/> across <paramref name="segments"/>.</summary>
    /// <param name="segments">The segments; at least one.</param>
    /// <param name="budget">The budget; finite, ≥ 0.</param>
    /// <exception cref="ArgumentException">No segments, a bound is negative or inverted, or the budget is not finite and ≥ 0.</exception>
    /// <exception cref="AllocationInfeasibleException">The minimums add up to more than the budget.</exception>
    public static BudgetSplit Split(IReadOnlyList<SegmentResponse> segments, double budget) => Split(segments, budget, MaxEnumerated);

    /// <summary>Splits with a chosen enumeration limit (tests compare the local search with enumeration).</summary>
    internal static BudgetSplit Split(IReadOnlyList<SegmentResponse> segments, double budget, int maxEnumerated)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0) throw new ArgumentException("Give at least one segment to split the budget across.", nameof(segments));
        if (!(budget >= 0) || !double.IsFinite(budget)) throw new ArgumentException($"The budget must be a finite number ≥ 0, got {budget}.", nameof(budget));
        var n = segments.Count;
        var min = new double[n];
        var max = new double[n];
        var onFloor = new double[n];
        var minimums = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = segments[i] ?? throw new ArgumentException($"Segment {i} is null.", nameof(segments));
            if (!(s.MinSpend >= 0) || !double.IsFinite(s.MinSpend))
            {
                throw new ArgumentException($"Segment '{s.Segment}': the minimum spend must be a finite number ≥ 0, got {s.MinSpend}.", nameof(segments));
            }

            if (!(s.MaxSpend >= s.MinSpend)) throw new ArgumentException($"Segment '{s.Segment}': the maximum spend {s.MaxSpend} is below the minimum {s.MinSpend}.", nameof(segments));
            min[i] = s.MinSpend;
            max[i] = s.MaxSpend;
            onFloor[i] = Math.Clamp(s.Curve.Inflection, min[i], max[i]);
            minimums += min[i];
        }

        if (minimums > budget * (1 + 1e-12))
        {
            throw new AllocationInfeasibleException(
                "budget", minimums - budget, $"budget {budget:N2} is below the {minimums:N2} the segment minimums require (shortfall {minimums - budget:N2})");
        }

        var curves = segments.Select(s => s.Curve).ToArray();
        var choice = Enumerable.Range(0, n).Where(i => onFloor[i] > min[i]).ToArray();
        var problem = new HillSplitProblem(curves, min, max, onFloor, budget);
        var exact = choice.Length <= maxEnumerated;
        var withOff = new HillSplitCandidate?[n];
        var evaluated = new List<HillSplitCandidate>();
        var best = exact ? Enumerate(problem, choice, withOff, evaluated) : LocalSearch(problem, choice, withOff);

        // With few S-shaped segments every (funded set, partial segment) pair is tried; beyond that only the best
        // funded set with the partial segment unfunded.
        var baselines = choice.Length <= MaxPartialEnumerated
            ? evaluated.OrderByDescending(c => c.Total).SelectMany(c => choice.Where(j => !c.On[j]).Select(j => (c, j)))
            : choice.Where(j => withOff[j] is not null).Select(j => (c: withOff[j]!, j));
        foreach (var (baseline, j) in baselines)
        {
            if (problem.WithPartialSegment(baseline, j, best.Total) is { } partial && partial.Total > best.Total) best = partial;
        }

        var spend = best.Spend;
        return new BudgetSplit(
            segments.Select(s => s.Segment).ToArray(),
            spend,
            spend.Select((x, i) => curves[i].Value(x)).ToArray(),
            best.Lambda,
            Math.Max(0, budget - spend.Sum()),
            exact);
    }

    /// <summary>Tries every on/off choice; <paramref name="withOff"/>[j] gets the best with segment j unfunded.</summary>
    private static HillSplitCandidate Enumerate(HillSplitProblem problem, int[] choice, HillSplitCandidate?[] withOff, List<HillSplitCandidate> evaluated)
    {
        HillSplitCandidate? best = null;
        for (var mask = 0L; mask < 1L << choice.Length; mask++)
        {
            var on = new bool[problem.Count];
            for (var i = 0; i < problem.Count; i++) on[i] = true;
            for (var j = 0; j < choice.Length; j++) on[choice[j]] = (mask >> j & 1) == 1;
            var candidate = problem.Evaluate(on);
            if (candidate is null) continue;
            evaluated.Add(candidate);
            if (best is null || candidate.Total > best.Total) best = candidate;
            foreach (var j in choice)
            {
                if (!on[j] && (withOff[j] is null || candidate.Total > withOff[j]!.Total)) withOff[j] = candidate;
            }
        }

        // All choice segments unfunded is always feasible (the minimums fit the budget), so best is set.
        return best!;
    }

    /// <summary>
    /// Toggles one segment at a time, from "all unfunded" and from the Lagrangian choice, until no toggle helps;
    /// <paramref name="withOff"/>[j] gets the result with j unfunded.
    /// </summary>
    private static HillSplitCandidate LocalSearch(HillSplitProblem problem, int[] choice, HillSplitCandidate?[] withOff)
    {
        var allOff = new bool[problem.Count];
        for (var i = 0; i < problem.Count; i++) allOff[i] = true;
        foreach (var i in choice) allOff[i] = false;
        HillSplitCandidate? best = null;
        foreach (var start in new[] { allOff, problem.LagrangianChoice(choice) })
        {
            var found = Descend(problem, choice, start);
            if (found is not null && (best is null || found.Total > best.Total)) best = found;
        }

        foreach (var j in choice)
        {
            var off = (bool[])best!.On.Clone();
            off[j] = false;
            withOff[j] = best.On[j] ? problem.Evaluate(off) : best;
        }

        return best!;
    }

    private static HillSplitCandidate? Descend(HillSplitProblem problem, int[] choice, bool[] on)
    {
        var best = problem.Evaluate(on);
        if (best is null) return null;
        while (true)
        {
            HillSplitCandidate? improved = null;
            foreach (var i in choice)
            {
                var trial = (bool[])best.On.Clone();
                trial[i] = !trial[i];
                var candidate = problem.Evaluate(trial);
                if (candidate is not null && candidate.Total > (improved ?? best).Total + 1e-12 * Math.Abs(best.Total)) improved = candidate;
            }

            if (improved is null) return best;
            best = improved;
        }
    }
}
