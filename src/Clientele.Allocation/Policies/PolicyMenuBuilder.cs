using Clientele.Domain.Entities;

namespace Clientele.Allocation.Policies;

/// <summary>
/// Turns a policy and a list of tiered customers into the optimizer's <see cref="AllocationProblem"/>: each
/// customer's menu is "no extra action" followed by its tier's options, each valued by the caller.
/// </summary>
public static class PolicyMenuBuilder
{
    /// <summary>The "no extra action" option every menu starts with: no cost, no hours, no value.</summary>
    public static AllocationOption NoExtraAction { get; } = new(PolicyOption.NoneId, 0, 0, 0, EnumText.ToText(CostCategory.Other));

    /// <summary>Builds the problem.</summary>
    /// <param name="policy">The policy (validated here).</param>
    /// <param name="customers">The customers with their tiers.</param>
    /// <param name="value">The expected CLV an option adds for customer i (index into <paramref name="customers"/>),
    /// before its cost; not called for "no extra action", whose value is 0.</param>
    /// <param name="budget">Total money available (finite, ≥ 0).</param>
    /// <param name="staffHours">Total staff hours available (≥ 0; +∞ for no limit).</param>
    /// <param name="categoryBudgets">Per-category budgets keyed by cost category ("marketing_promotion", "people", …);
    /// null for none.</param>
    /// <exception cref="PolicyValidationException">The policy breaks a rule.</exception>
    /// <exception cref="ArgumentException">A customer's tier is not in the policy, a value is not finite, or a
    /// budget is negative or names no cost category.</exception>
    public static AllocationProblem Build(
        AllocationPolicy policy,
        IReadOnlyList<PolicyCustomer> customers,
        Func<int, PolicyOption, double> value,
        double budget,
        double staffHours,
        IReadOnlyDictionary<string, double>? categoryBudgets = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(value);
        if (!(budget >= 0) || !double.IsFinite(budget)) throw new ArgumentException($"The budget must be a finite number ≥ 0, got {budget}.", nameof(budget));
        if (!(staffHours >= 0)) throw new ArgumentException($"Staff hours must be ≥ 0, got {staffHours}.", nameof(staffHours));
        policy.EnsureValid();

        var menus = policy.Tiers.ToDictionary(
            t => t.Name,
            t => t.Options.Where(id => !string.Equals(id, PolicyOption.NoneId, StringComparison.OrdinalIgnoreCase))
                .Select(id => policy.Option(id)!).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        var tierNames = policy.Tiers.ToDictionary(t => t.Name, t => t.Name, StringComparer.OrdinalIgnoreCase);
        var result = new CustomerOptions[customers.Count];
        for (var i = 0; i < customers.Count; i++)
        {
            var customer = customers[i] ?? throw new ArgumentException($"Customer {i} is null.", nameof(customers));
            if (customer.Tier is null || !menus.TryGetValue(customer.Tier, out var menu))
            {
                throw new ArgumentException(
                    $"Customer '{customer.Id}' (index {i}) has tier '{customer.Tier}', which the policy does not define ({string.Join(", ", policy.Tiers.Select(t => t.Name))}).",
                    nameof(customers));
            }

            var options = new AllocationOption[menu.Length + 1];
            options[0] = NoExtraAction;
            for (var j = 0; j < menu.Length; j++)
            {
                var option = menu[j];
                var v = value(i, option);
                if (!double.IsFinite(v))
                {
                    throw new ArgumentException($"The value of option '{option.Id}' for customer '{customer.Id}' (index {i}) is {v}; values must be finite.", nameof(value));
                }

                options[j + 1] = new AllocationOption(option.Id, option.Cost, option.Hours, v, option.CategoryText);
            }

            result[i] = new CustomerOptions(customer.Id, tierNames[customer.Tier], options);
        }

        return new AllocationProblem(budget, staffHours, result, policy.TierRules, CategoryBudgets(categoryBudgets));
    }

    private static Dictionary<string, double>? CategoryBudgets(IReadOnlyDictionary<string, double>? budgets)
    {
        if (budgets is null) return null;
        var result = new Dictionary<string, double>();
        foreach (var (key, amount) in budgets)
        {
            if (!EnumText.TryParse<CostCategory>(key, out var category))
            {
                throw new ArgumentException($"Category budget '{key}' names no cost category (expected one of {EnumText.Expected<CostCategory>()}).", "categoryBudgets");
            }

            if (!(amount >= 0)) throw new ArgumentException($"The budget of category '{key}' must be ≥ 0, got {amount}.", "categoryBudgets");
            var text = EnumText.ToText(category);
            if (!result.TryAdd(text, amount)) throw new ArgumentException($"Category '{text}' has two budgets.", "categoryBudgets");
        }

        return result;
    }
}
