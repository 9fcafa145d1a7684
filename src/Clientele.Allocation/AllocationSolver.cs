using System.Globalization;

namespace Clientele.Allocation;

/// <summary>
/// Chooses one option per customer to maximize Σ (value − cost) under the budget, the staff hours, the category
/// budgets and the tier rules — a multiple-choice knapsack with side constraints (Sinha &amp; Zoltners 1979;
/// Pisinger 1995). Small problems (≤ <see cref="AllocationSolverOptions.ExactCustomerLimit"/> customers) are solved
/// exactly by branch and bound; larger ones by Lagrangian relaxation (the dual bound is the reported
/// <see cref="AllocationSolution.UpperBound"/>), a repair to a feasible plan and a fill-up of what is left.
/// </summary>
public static class AllocationSolver
{
    /// <summary>Customers in the sample whose multipliers start the dual search on big problems.</summary>
    private const int SampleCustomers = 20_000;

    // Problems up to this size also try the second start (PrimalRepair.FromLeastUsage) and keep the better plan.
    private const int SecondStartLimit = 20_000;

    /// <summary>Solves <paramref name="problem"/>; see <see cref="AllocationSolver"/>.</summary>
    /// <exception cref="ArgumentException">A number is NaN, infinite or negative where it must not be, or a menu is empty.</exception>
    /// <exception cref="AllocationInfeasibleException">No plan meets the constraints (the message names the constraint and the shortfall).</exception>
    public static AllocationSolution Solve(AllocationProblem problem, AllocationSolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var columns = ToColumns(problem, out var customerIds, out var optionIds);
        return Solve(columns, customerIds, optionIds, options ?? AllocationSolverOptions.Default);
    }

    /// <summary>Solves a problem given in columns (for millions of customers); see <see cref="AllocationSolver"/>.</summary>
    /// <exception cref="ArgumentException">A number is NaN, infinite or negative where it must not be, or a menu is empty.</exception>
    /// <exception cref="AllocationInfeasibleException">No plan meets the constraints (the message names the constraint and the shortfall).</exception>
    public static AllocationSolution Solve(ColumnarAllocationProblem problem, AllocationSolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Solve(problem, null, null, options ?? AllocationSolverOptions.Default);
    }

    private static AllocationSolution Solve(ColumnarAllocationProblem problem, IReadOnlyList<string>? customerIds, IReadOnlyList<string>? optionIds, AllocationSolverOptions options)
    {
        var phaseEnded = options.PhaseEnded;
        var table = OptionTable.Build(problem, customerIds, optionIds, options.Parallel);
        phaseEnded?.Invoke("table");
        int n = table.CustomerCount, rc = table.ResourceCount;
        var lambda = new double[rc];
        var dual = new LagrangianDual(table, options.Parallel, phaseEnded);
        int firstStage = 1;
        if (n > 4 * SampleCustomers && table.Active.Length > 0)
        {
            // Start near the end: the multipliers of a proportional sample of customers are close to the full ones.
            var sample = table.Subsample(n / SampleCustomers);
            new LagrangianDual(sample, options.Parallel).Minimize(lambda, 1, 12, options.MaxDualCycles, options.DualTolerance);
            firstStage = LagrangianDual.SmoothingStages;
            phaseEnded?.Invoke("sample dual");
        }

        double bound = dual.Minimize(lambda, firstStage, firstStage == 1 ? 12 : 4, options.MaxDualCycles, options.DualTolerance);

        var choice = new int[n];
        var usage = new double[rc];
        dual.Evaluate(lambda, usage, choice);
        phaseEnded?.Invoke("lagrangian choice");
        bool feasible = PrimalRepair.Run(table, choice, usage, options.Parallel, phaseEnded);
        if (!feasible || n <= SecondStartLimit)
        {
            // A stalled repair gets a second start; small problems get it anyway and keep the better plan (cheap there,
            // and their repaired plans are the most sensitive to the multipliers' rounding).
            var other = new int[n];
            var otherUsage = new double[rc];
            if (PrimalRepair.FromLeastUsage(table, other, otherUsage, options.Parallel) && (!feasible || Objective(table, other) > Objective(table, choice)))
            {
                choice = other;
                usage = otherUsage;
                feasible = true;
            }

            phaseEnded?.Invoke("second start");
        }

        bool exact = false;
        if (n <= Math.Max(options.ExactCustomerLimit, options.SearchCustomerLimit))
        {
            long nodeLimit = n <= options.ExactCustomerLimit ? options.ExactNodeLimit : options.SearchNodeLimit;
            var best = BranchAndBound.Solve(table, lambda, feasible ? choice : null, nodeLimit, out bool complete);
            if (best is not null)
            {
                choice = best;
                feasible = true;
                PrimalRepair.Recount(table, choice, usage);
            }

            exact = complete && best is not null;
            phaseEnded?.Invoke("branch and bound");
        }

        if (!feasible) throw JointInfeasibility(table, usage);

        double objective = Objective(table, choice);

        // The plan meets the dual bound: proven optimal whatever the size.
        if (bound - objective <= 1e-12 * Math.Max(1, Math.Abs(bound))) exact = true;
        double upper = exact ? objective : Math.Max(bound, objective);

        var categoryPrices = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int r = 2; r < rc; r++) categoryPrices[table.ResourceNames[r]["category:".Length..]] = lambda[r];
        var binding = new List<string>();
        for (int r = 0; r < rc; r++)
        {
            if (lambda[r] > 1e-12) binding.Add(table.ResourceNames[r]);
        }

        binding.AddRange(BindingTierRules(table, lambda));
        // The choice becomes the result: each entry is read once, then overwritten with the menu position.
        var result = choice;
        for (int i = 0; i < n; i++) result[i] = table.SourceIndex(i, choice[i]);
        var solution = new AllocationSolution(
            objective, usage[0], usage[1], result,
            new ShadowPrices(lambda[0], lambda[1], categoryPrices),
            upper, binding, exact);
        phaseEnded?.Invoke("result");
        return solution;
    }

    /// <summary>Σ net value of the chosen options, customer by customer.</summary>
    private static double Objective(OptionTable t, int[] choice)
    {
        double objective = 0;
        for (int i = 0; i < choice.Length; i++) objective += t.Net[choice[i]];
        return objective;
    }

    /// <summary>The tier rules that keep some customer from the option it would otherwise take at these prices.</summary>
    private static IEnumerable<string> BindingTierRules(OptionTable t, double[] lambda)
    {
        var p = t.Source;
        if (p.Tier is null || p.TierRules is null) return [];
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < t.CustomerCount; i++)
        {
            int tier = p.Tier[i];
            if (tier < 0 || p.TierRules[tier] is not { } rule) continue;
            int s = p.MenuStart[i], e = p.MenuStart[i + 1];
            if (t.Start[i + 1] - t.Start[i] == e - s) continue;
            double allowedBest = double.NegativeInfinity, anyBest = double.NegativeInfinity, anyCost = 0;
            for (int o = t.Start[i]; o < t.Start[i + 1]; o++)
            {
                int c = t.Category[o];
                allowedBest = Math.Max(allowedBest, t.Net[o] - (lambda[0] + (c >= 0 ? lambda[2 + c] : 0)) * t.Cost[o] - lambda[1] * t.Hours[o]);
            }

            for (int o = s; o < e; o++)
            {
                int c = p.Category?[o] ?? -1;
                double reduced = p.Value[o] - p.Cost[o] - (lambda[0] + (c >= 0 ? lambda[2 + c] : 0)) * p.Cost[o] - lambda[1] * p.Hours[o];
                if (reduced > anyBest)
                {
                    anyBest = reduced;
                    anyCost = p.Cost[o];
                }
            }

            if (anyBest > allowedBest + 1e-9 * Math.Max(1, Math.Abs(anyBest)))
            {
                string name = p.TierNames is { } names && tier < names.Length ? names[tier] : tier.ToString(CultureInfo.InvariantCulture);
                found.Add($"tier:{name}:{(anyCost < rule.MinCost ? "min" : "max")}");
            }
        }

        return found;
    }

    private static AllocationInfeasibleException JointInfeasibility(OptionTable t, double[] usage)
    {
        int worst = 0;
        double worstShare = double.NegativeInfinity;
        for (int r = 0; r < t.ResourceCount; r++)
        {
            double share = (usage[r] - t.Capacity[r]) / Math.Max(1, t.Capacity[r]);
            if (share > worstShare)
            {
                worstShare = share;
                worst = r;
            }
        }

        double shortfall = Math.Max(0, usage[worst] - t.Capacity[worst]);
        return new AllocationInfeasibleException(
            t.ResourceNames[worst], shortfall,
            $"the constraints cannot all be met together: the best plan found still needs {OptionTable.Format(usage[worst])} of " +
            $"{t.ResourceNames[worst]} against {OptionTable.Format(t.Capacity[worst])} available; shortfall {OptionTable.Format(shortfall)}");
    }

    private static ColumnarAllocationProblem ToColumns(AllocationProblem problem, out string[] customerIds, out string[] optionIds)
    {
        if (problem.Customers is null) throw new ArgumentException("The problem has no customer list.", nameof(problem));
        var categoryNames = (problem.CategoryBudgets?.Keys ?? []).Order(StringComparer.Ordinal).ToArray();
        var categoryIndex = categoryNames.Select((name, k) => (name, k)).ToDictionary(x => x.name, x => x.k, StringComparer.Ordinal);
        var tierNames = (problem.TierRules?.Keys ?? []).Order(StringComparer.Ordinal).ToArray();
        var tierIndex = tierNames.Select((name, k) => (name, k)).ToDictionary(x => x.name, x => x.k, StringComparer.Ordinal);
        int n = problem.Customers.Count;
        customerIds = new string[n];
        var start = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            var customer = problem.Customers[i] ?? throw new ArgumentException($"Customer #{i} is null.", nameof(problem));
            customerIds[i] = customer.CustomerId ?? $"#{i}";
            var menu = customer.Options ?? throw new ArgumentException($"Customer {customerIds[i]} has no menu; every customer needs at least one option.", nameof(problem));
            start[i + 1] = start[i] + menu.Count;
        }

        int total = start[n];
        optionIds = new string[total];
        var cost = new double[total];
        var hours = new double[total];
        var value = new double[total];
        var category = new int[total];
        var tier = new int[n];
        for (int i = 0; i < n; i++)
        {
            var customer = problem.Customers[i];
            tier[i] = customer.Tier is not null && tierIndex.TryGetValue(customer.Tier, out int k) ? k : -1;
            for (int j = 0; j < customer.Options.Count; j++)
            {
                int o = start[i] + j;
                var option = customer.Options[j] ?? throw new ArgumentException($"Customer {customerIds[i]}, option #{j} is null.", nameof(problem));
                optionIds[o] = option.Id ?? $"#{j}";
                cost[o] = option.Cost;
                hours[o] = option.Hours;
                value[o] = option.Value;
                category[o] = option.Category is not null && categoryIndex.TryGetValue(option.Category, out int c) ? c : -1;
            }
        }

        return new ColumnarAllocationProblem(
            problem.Budget, problem.StaffHours, start, cost, hours, value,
            category, categoryNames.Select(name => problem.CategoryBudgets![name]).ToArray(), categoryNames,
            tier, tierNames.Select(name => (TierRule?)problem.TierRules![name]).ToArray(), tierNames);
    }
}
