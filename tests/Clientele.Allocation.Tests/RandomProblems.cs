using Clientele.Allocation;

namespace Clientele.Allocation.Tests;

/// <summary>Seeded random allocation problems and a brute-force solver to check the exact one against.</summary>
internal static class RandomProblems
{
    private static readonly string[] Categories = ["service", "gifts", "events"];
    private static readonly string[] Tiers = ["gold", "silver", "standard"];

    /// <summary>A small problem; <paramref name="seed"/> picks sizes, numbers and which constraints are tight.</summary>
    public static AllocationProblem Small(int seed, int maxCustomers = 8, int maxOptions = 4)
    {
        var random = new Random(seed);
        int n = random.Next(1, maxCustomers + 1);
        var customers = new List<CustomerOptions>();
        for (int i = 0; i < n; i++)
        {
            int m = random.Next(1, maxOptions + 1);
            var options = new List<AllocationOption>();

            // Most menus have a "none" option; some do not, so the customer must take something.
            if (random.NextDouble() < 0.7) options.Add(new AllocationOption("none", 0, 0, 0));
            while (options.Count < m)
            {
                double cost = random.Next(0, 101);
                double hours = random.Next(0, 4) == 0 ? 0 : random.Next(1, 11);
                double value = random.Next(-20, 250);
                options.Add(new AllocationOption($"o{options.Count}", cost, hours, value, Categories[random.Next(Categories.Length)]));
            }

            customers.Add(new CustomerOptions($"C{i}", Tiers[random.Next(Tiers.Length)], options));
        }

        double maxCost = customers.Sum(c => c.Options.Max(o => o.Cost));
        double maxHours = customers.Sum(c => c.Options.Max(o => o.Hours));
        double budget = Math.Round(maxCost * (0.1 + 0.7 * random.NextDouble()));
        double hoursCap = random.NextDouble() < 0.3 ? double.PositiveInfinity : Math.Round(maxHours * (0.1 + 0.7 * random.NextDouble()));
        Dictionary<string, double>? categoryBudgets = null;
        if (random.NextDouble() < 0.5)
        {
            categoryBudgets = new Dictionary<string, double>();
            foreach (var c in Categories.Where(_ => random.NextDouble() < 0.6)) categoryBudgets[c] = Math.Round(budget * (0.2 + 0.6 * random.NextDouble()));
        }

        Dictionary<string, TierRule>? tierRules = null;
        if (random.NextDouble() < 0.4)
        {
            tierRules = new Dictionary<string, TierRule>();
            if (random.NextDouble() < 0.7) tierRules["gold"] = new TierRule(MinCost: random.Next(0, 40));
            if (random.NextDouble() < 0.7) tierRules["standard"] = new TierRule(MaxCost: random.Next(20, 100));
            if (random.NextDouble() < 0.3) tierRules["silver"] = new TierRule(random.Next(0, 20), random.Next(40, 100));
        }

        return new AllocationProblem(budget, hoursCap, customers, tierRules, categoryBudgets);
    }

    /// <summary>The best objective over every combination of allowed options, or null when none is feasible.</summary>
    public static double? BruteForce(AllocationProblem p)
    {
        var menus = p.Customers.Select(c => c.Options.Where(o => Allowed(p, c, o)).ToArray()).ToArray();
        if (menus.Any(m => m.Length == 0)) return null;
        double? best = null;
        var pick = new int[menus.Length];
        while (true)
        {
            double cost = 0, hours = 0, net = 0;
            var spend = new Dictionary<string, double>();
            for (int i = 0; i < menus.Length; i++)
            {
                var o = menus[i][pick[i]];
                cost += o.Cost;
                hours += o.Hours;
                net += o.Net;
                spend[o.Category] = spend.GetValueOrDefault(o.Category) + o.Cost;
            }

            bool feasible = cost <= p.Budget + 1e-9 && hours <= p.StaffHours + 1e-9 &&
                (p.CategoryBudgets ?? new Dictionary<string, double>()).All(kv => spend.GetValueOrDefault(kv.Key) <= kv.Value + 1e-9);
            if (feasible && (best is null || net > best)) best = net;

            int k = 0;
            while (k < menus.Length && ++pick[k] == menus[k].Length) pick[k++] = 0;
            if (k == menus.Length) return best;
        }
    }

    /// <summary>Whether the plan <paramref name="s"/> meets every constraint of <paramref name="p"/>.</summary>
    public static bool IsFeasible(AllocationProblem p, AllocationSolution s, double relativeTolerance = 1e-9)
    {
        double cost = 0, hours = 0;
        var spend = new Dictionary<string, double>();
        for (int i = 0; i < p.Customers.Count; i++)
        {
            var c = p.Customers[i];
            var o = c.Options[s.Choice[i]];
            if (!Allowed(p, c, o)) return false;
            cost += o.Cost;
            hours += o.Hours;
            spend[o.Category] = spend.GetValueOrDefault(o.Category) + o.Cost;
        }

        bool Within(double used, double cap) => used <= cap + relativeTolerance * Math.Max(1, cap);
        return Within(cost, p.Budget) && Within(hours, p.StaffHours) &&
            (p.CategoryBudgets ?? new Dictionary<string, double>()).All(kv => Within(spend.GetValueOrDefault(kv.Key), kv.Value));
    }

    /// <summary>Σ (value − cost) of the plan, recomputed from the problem.</summary>
    public static double Objective(AllocationProblem p, AllocationSolution s) =>
        p.Customers.Select((c, i) => c.Options[s.Choice[i]].Net).Sum();

    private static bool Allowed(AllocationProblem p, CustomerOptions c, AllocationOption o) =>
        p.TierRules is null || !p.TierRules.TryGetValue(c.Tier, out var rule) || (o.Cost >= rule.MinCost && o.Cost <= rule.MaxCost);
}
