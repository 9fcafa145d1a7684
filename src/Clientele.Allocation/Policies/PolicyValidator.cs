namespace Clientele.Allocation.Policies;

/// <summary>The rules a policy must keep, one message per rule, each at the JSON path of the value it is about.</summary>
internal static class PolicyValidator
{
    public static IReadOnlyList<PolicyProblem> Validate(AllocationPolicy policy)
    {
        var problems = new List<PolicyProblem>();
        void Add(string path, string message) => problems.Add(new PolicyProblem(path, message));

        if (!(policy.PeriodMonths > 0) || !double.IsFinite(policy.PeriodMonths)) Add("$.periodMonths", $"must be a number > 0, was {policy.PeriodMonths}");
        if (!(policy.HysteresisMargin >= 0 && policy.HysteresisMargin < 1)) Add("$.hysteresis", $"must be in [0, 1), was {policy.HysteresisMargin}");
        ValidateOptions(policy.Options, Add);
        ValidateTiers(policy, Add);
        return problems;
    }

    private static void ValidateOptions(IReadOnlyList<PolicyOption> options, Action<string, string> add)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Count; i++)
        {
            var o = options[i];
            var path = $"$.options[{i}]";
            if (string.IsNullOrWhiteSpace(o.Id)) add($"{path}.id", "must not be blank");
            else if (string.Equals(o.Id, PolicyOption.NoneId, StringComparison.OrdinalIgnoreCase)) add($"{path}.id", "'none' is reserved for \"no extra action\", which every menu includes");
            else if (!seen.Add(o.Id)) add($"{path}.id", $"option '{o.Id}' is defined twice");
            NonNegative(o.UnitCost, $"{path}.unitCost", "cost", add);
            NonNegative(o.StaffHoursPerUnit, $"{path}.staffHours", "staff hours", add);
            if (!(o.Units > 0) || !double.IsFinite(o.Units)) add($"{path}.units", $"must be a number > 0, was {o.Units}");
            if (o.Response is { } r)
            {
                UnitInterval(r.MaxRetention, $"{path}.response.maxRetention", add);
                UnitInterval(r.MaxSpend, $"{path}.response.maxSpend", add);
                if (!(r.Alpha > 0) || !double.IsFinite(r.Alpha)) add($"{path}.response.alpha", $"must be a number > 0, was {r.Alpha}");
                if (!(r.Kappa > 0) || !double.IsFinite(r.Kappa)) add($"{path}.response.kappa", $"must be a number > 0, was {r.Kappa}");
            }
            else
            {
                UnitInterval(o.Effect.Retention, $"{path}.effect.retention", add);
                UnitInterval(o.Effect.Spend, $"{path}.effect.spend", add);
            }
        }
    }

    private static void ValidateTiers(AllocationPolicy policy, Action<string, string> add)
    {
        var tiers = policy.Tiers;
        if (tiers.Count == 0)
        {
            add("$.tiers", "must list at least one tier");
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var shareSum = 0.0;
        for (var i = 0; i < tiers.Count; i++)
        {
            var t = tiers[i];
            var path = $"$.tiers[{i}]";
            if (string.IsNullOrWhiteSpace(t.Name)) add($"{path}.name", "must not be blank");
            else if (!names.Add(t.Name)) add($"{path}.name", $"tier '{t.Name}' is defined twice");
            if (i == tiers.Count - 1)
            {
                if (t.Share is not null) add($"{path}.share", "the last tier takes the rest of the customers and must not have a share");
            }
            else if (t.Share is not { } share) add($"{path}.share", "every tier but the last needs a share in (0, 1]");
            else if (!(share > 0 && share <= 1)) add($"{path}.share", $"must be in (0, 1], was {share}");
            else shareSum += share;

            if (!(t.VisitsPerMonth >= 0) || !double.IsFinite(t.VisitsPerMonth)) add($"{path}.visitsPerMonth", $"must be a number ≥ 0, was {t.VisitsPerMonth}");
            NonNegative(t.MinCost, $"{path}.minCost", "cost", add);
            if (!(t.MaxCost >= t.MinCost)) add($"{path}.maxCost", $"must be ≥ minCost {t.MinCost}, was {t.MaxCost}");
            ValidateMenu(policy, t, path, add);
        }

        if (shareSum > 1 + 1e-9) add("$.tiers", $"the tier shares add up to {shareSum}, more than 1");
    }

    private static void ValidateMenu(AllocationPolicy policy, TierPolicy tier, string path, Action<string, string> add)
    {
        var fits = tier.MinCost <= 0;
        for (var j = 0; j < tier.Options.Count; j++)
        {
            var id = tier.Options[j];
            if (string.Equals(id, PolicyOption.NoneId, StringComparison.OrdinalIgnoreCase)) continue;
            if (policy.Option(id) is not { } option)
            {
                add($"{path}.options[{j}]", $"unknown option '{id}' (the catalogue has {string.Join(", ", policy.Options.Select(o => o.Id))})");
                continue;
            }

            if (option.Cost >= tier.MinCost && option.Cost <= tier.MaxCost) fits = true;
        }

        if (!fits && tier.MaxCost >= tier.MinCost)
        {
            add($"{path}.minCost", $"no option on tier '{tier.Name}''s menu costs between {tier.MinCost} and {tier.MaxCost}, so no customer of the tier can be served");
        }
    }

    private static void NonNegative(double value, string path, string what, Action<string, string> add)
    {
        if (!(value >= 0) || !double.IsFinite(value)) add(path, $"{what} must be a number ≥ 0, was {value}");
    }

    private static void UnitInterval(double value, string path, Action<string, string> add)
    {
        if (!(value >= 0 && value <= 1)) add(path, $"effect must be in [0, 1], was {value}");
    }
}
