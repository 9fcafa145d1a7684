using System.Globalization;
using System.Runtime.CompilerServices;

namespace Clientele.Allocation;

/// <summary>
/// The validated problem in columns, with each customer's menu cut to the options its tier rule allows, and the
/// resources as one vector: 0 = budget, 1 = staff hours, 2 + k = category budget k. Option <c>o</c> uses
/// <c>Cost[o]</c> of the budget, <c>Hours[o]</c> of the staff hours and <c>Cost[o]</c> of category
/// <c>Category[o]</c>'s budget.
/// </summary>
internal sealed class OptionTable
{
    /// <summary>Customers per block of the parallel validation.</summary>
    private const int ValidationBlock = 16_384;

    private OptionTable(ColumnarAllocationProblem source, int customers, int options, int categories, bool shareSource = false)
    {
        Source = source;
        CustomerCount = customers;
        if (shareSource)
        {
            // No option is filtered out: read the caller's columns instead of copying them.
            Start = source.MenuStart;
            Cost = source.Cost;
            Hours = source.Hours;
            Value = source.Value;
            Category = source.Category ?? new int[options];
            if (source.Category is null) Array.Fill(Category, -1);
        }
        else
        {
            Start = new int[customers + 1];
            Cost = new double[options];
            Hours = new double[options];
            Value = new double[options];
            Category = new int[options];
            SourceOption = new int[options];
        }

        ResourceCount = 2 + categories;
        Capacity = new double[ResourceCount];
        ResourceNames = new string[ResourceCount];
        MinUsage = new double[ResourceCount];
        MaxUsage = new double[ResourceCount];
    }

    public ColumnarAllocationProblem Source { get; }

    public int CustomerCount { get; }

    /// <summary>Offsets of the allowed menus (length customers + 1).</summary>
    public int[] Start { get; }

    public double[] Cost { get; }

    public double[] Hours { get; }

    /// <summary>The expected value of each option, before its cost.</summary>
    public double[] Value { get; }

    /// <summary>Value − cost of each option (computed when read: <c>Value[o] − Cost[o]</c>).</summary>
    public NetColumn Net => new(Value, Cost);

    /// <summary>The option kinds, or null when there are more than <see cref="OptionKinds.MaxKinds"/>.</summary>
    public OptionKinds? Kinds { get; private set; }

    /// <summary>The option's category budget index, −1 when none.</summary>
    public int[] Category { get; }

    /// <summary>The option's index within its customer's original menu; null when no option was filtered out.</summary>
    private int[]? SourceOption { get; }

    /// <summary>The index within customer <paramref name="i"/>'s original menu of table option <paramref name="o"/>.</summary>
    public int SourceIndex(int i, int o) => SourceOption is null ? o - Start[i] : SourceOption[o];

    public int ResourceCount { get; private set; }

    public double[] Capacity { get; }

    public string[] ResourceNames { get; }

    /// <summary>Σ over customers of the least each must use of each resource (the tier minimums).</summary>
    public double[] MinUsage { get; }

    /// <summary>Σ over customers of the most each can use of each resource.</summary>
    public double[] MaxUsage { get; }

    /// <summary>Resources that can bind: finite capacity below <see cref="MaxUsage"/>.</summary>
    public int[] Active { get; private set; } = [];

    public int OptionCount => Start[CustomerCount];

    /// <summary>The mean over customers of (best − worst net value) in the menu: the scale of the values.</summary>
    public double NetSpread { get; private set; }

    /// <summary>How much more than the capacity counts as rounding rather than an overrun.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Tolerance(int r) => tolerance[r];

    /// <summary><c>10⁻⁹ · max(1, |capacity|)</c> per resource, set with the capacities (read in the repair's inner loops).</summary>
    private double[] tolerance = [];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Usage(int r, int o) => r switch
    {
        0 => Cost[o],
        1 => Hours[o],
        _ => Category[o] == r - 2 ? Cost[o] : 0,
    };

    /// <summary>Validates <paramref name="p"/> and builds the table; names come from the id lists when given.</summary>
    /// <param name="p">The problem.</param>
    /// <param name="customerIds">Customer names for messages (null = "#i").</param>
    /// <param name="optionIds">Option names for messages (null = "#j").</param>
    /// <param name="parallel">Validate blocks of customers on all cores (the same table and the same first error).</param>
    public static OptionTable Build(ColumnarAllocationProblem p, IReadOnlyList<string>? customerIds, IReadOnlyList<string>? optionIds, bool parallel = false)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(p.MenuStart, "problem.MenuStart");
        ArgumentNullException.ThrowIfNull(p.Cost, "problem.Cost");
        ArgumentNullException.ThrowIfNull(p.Hours, "problem.Hours");
        ArgumentNullException.ThrowIfNull(p.Value, "problem.Value");
        CheckCapacity(p.Budget, "Budget");
        CheckCapacity(p.StaffHours, "StaffHours");
        int n = p.CustomerCount;
        int total = p.Cost.Length;
        if (p.MenuStart.Length == 0 || p.MenuStart[0] != 0 || p.MenuStart[^1] != total)
        {
            throw new ArgumentException($"MenuStart must start at 0 and end at the number of options ({total}).", "problem");
        }

        if (p.Hours.Length != total || p.Value.Length != total || (p.Category is { } cat && cat.Length != total))
        {
            throw new ArgumentException($"Cost, Hours, Value and Category must all have one entry per option ({total}).", "problem");
        }

        int categories = p.CategoryBudgets?.Length ?? 0;
        int tiers = p.TierRules?.Length ?? 0;
        if (p.Tier is { } tierOf && tierOf.Length != n)
        {
            throw new ArgumentException($"Tier must have one entry per customer ({n}); it has {tierOf.Length}.", "problem");
        }

        string CustomerName(int i) => customerIds is null ? $"#{i}" : customerIds[i];
        string OptionName(int i, int o) => optionIds is null ? $"#{o - p.MenuStart[i]}" : optionIds[o];
        string CategoryName(int k) => p.CategoryNames is { } names && k < names.Length ? names[k] : k.ToString(CultureInfo.InvariantCulture);
        string TierName(int k) => p.TierNames is { } names && k < names.Length ? names[k] : k.ToString(CultureInfo.InvariantCulture);

        for (int k = 0; k < categories; k++)
        {
            double b = p.CategoryBudgets![k];
            if (double.IsNaN(b) || b < 0)
            {
                throw new ArgumentException($"The budget of category {CategoryName(k)} is {b}; it must be a number ≥ 0 (or +∞).", "problem");
            }
        }

        // First pass: validate every option and count the allowed ones.
        int ValidateCustomer(int i)
        {
            int s = p.MenuStart[i], e = p.MenuStart[i + 1];
            if (e < s || e > total) throw new ArgumentException($"MenuStart must not decrease (customer {CustomerName(i)}).", "problem");
            if (e == s)
            {
                throw new ArgumentException($"Customer {CustomerName(i)} has an empty menu; every customer needs at least one option (e.g. \"none\" with cost 0).", "problem");
            }

            int tier = p.Tier?[i] ?? -1;
            if (tier >= tiers || tier < -1)
            {
                throw new ArgumentException($"Customer {CustomerName(i)} has tier index {tier}, outside the {tiers} tier rules.", "problem");
            }

            var rule = tier >= 0 ? p.TierRules![tier] : null;
            int allowedHere = 0;
            double minCost = double.PositiveInfinity, maxCost = double.NegativeInfinity;
            for (int o = s; o < e; o++)
            {
                double cost = p.Cost[o], hours = p.Hours[o], value = p.Value[o];
                if (!(cost >= 0 && cost < double.PositiveInfinity)) throw BadOption(cost, "cost", nonNegative: true, CustomerName(i), OptionName(i, o));
                if (!(hours >= 0 && hours < double.PositiveInfinity)) throw BadOption(hours, "hours", nonNegative: true, CustomerName(i), OptionName(i, o));
                if (!double.IsFinite(value)) throw BadOption(value, "value", nonNegative: false, CustomerName(i), OptionName(i, o));
                if (p.Category is { } c && (c[o] < -1 || c[o] >= categories))
                {
                    throw new ArgumentException($"Customer {CustomerName(i)}, option {OptionName(i, o)}: category index {c[o]} is outside the {categories} category budgets.", "problem");
                }

                minCost = Math.Min(minCost, cost);
                maxCost = Math.Max(maxCost, cost);
                if (Allows(rule, p.Cost[o])) allowedHere++;
            }

            if (allowedHere == 0)
            {
                var r = rule!;
                double shortfall = maxCost < r.MinCost ? r.MinCost - maxCost : minCost - r.MaxCost;
                throw new AllocationInfeasibleException(
                    $"tier:{TierName(tier)}", shortfall,
                    $"tier {TierName(tier)}: customer {CustomerName(i)} has no option with cost in [{Format(r.MinCost)}, {Format(r.MaxCost)}] " +
                    $"(its options cost {Format(minCost)} to {Format(maxCost)}; shortfall {Format(shortfall)})");
            }

            return allowedHere;
        }

        int allowed = 0;
        int blocks = (n + ValidationBlock - 1) / ValidationBlock;
        if (parallel && blocks > 1)
        {
            // Blocks of customers on all cores; each stops at its first invalid customer. The first of those in
            // customer order is then validated again on this thread, which throws the very exception a serial
            // check would have thrown first.
            var allowedIn = new int[blocks];
            var firstInvalid = new int[blocks];
            Parallel.For(0, blocks, block =>
            {
                int from = block * ValidationBlock, to = Math.Min(n, from + ValidationBlock);
                firstInvalid[block] = -1;
                for (int i = from; i < to; i++)
                {
                    try
                    {
                        allowedIn[block] += ValidateCustomer(i);
                    }
                    catch (Exception e) when (e is ArgumentException or AllocationInfeasibleException)
                    {
                        firstInvalid[block] = i;
                        return;
                    }
                }
            });
            foreach (int i in firstInvalid)
            {
                if (i >= 0)
                {
                    ValidateCustomer(i);
                    throw new System.Diagnostics.UnreachableException($"customer {i} failed validation in parallel but not serially");
                }
            }

            foreach (int a in allowedIn) allowed += a;
        }
        else
        {
            for (int i = 0; i < n; i++) allowed += ValidateCustomer(i);
        }

        bool filtered = allowed < total;
        var t = new OptionTable(p, n, allowed, categories, shareSource: !filtered);
        t.Capacity[0] = p.Budget;
        t.Capacity[1] = p.StaffHours;
        t.ResourceNames[0] = "budget";
        t.ResourceNames[1] = "staffHours";
        for (int k = 0; k < categories; k++)
        {
            t.Capacity[2 + k] = p.CategoryBudgets![k];
            t.ResourceNames[2 + k] = "category:" + CategoryName(k);
        }

        // Second pass: copy the allowed options.
        int at = 0;
        for (int i = 0; i < n && filtered; i++)
        {
            t.Start[i] = at;
            int tier = p.Tier?[i] ?? -1;
            var rule = tier >= 0 ? p.TierRules![tier] : null;
            for (int o = p.MenuStart[i]; o < p.MenuStart[i + 1]; o++)
            {
                if (!Allows(rule, p.Cost[o])) continue;
                t.Cost[at] = p.Cost[o];
                t.Hours[at] = p.Hours[o];
                t.Value[at] = p.Value[o];
                t.Category[at] = p.Category?[o] ?? -1;
                t.SourceOption![at] = o - p.MenuStart[i];
                at++;
            }
        }

        if (filtered) t.Start[n] = at;
        t.Kinds = OptionKinds.Find(t.Cost, t.Hours, t.Category, n > 0 ? t.Start[1] : 1, parallel);
        t.Summarize();
        t.CheckMandatoryUsage();
        return t;
    }

    /// <summary>
    /// Every <paramref name="stride"/>-th customer with the capacities scaled down in proportion: a small problem
    /// whose Lagrange multipliers approximate this one's (used to start the dual search near its end).
    /// </summary>
    public OptionTable Subsample(int stride)
    {
        int n = (CustomerCount + stride - 1) / stride;
        int options = 0;
        for (int i = 0; i < CustomerCount; i += stride) options += Start[i + 1] - Start[i];
        var t = new OptionTable(Source, n, options, ResourceCount - 2);
        var kindOf = Kinds is null ? null : new byte[options];
        int at = 0;
        for (int i = 0, j = 0; i < CustomerCount; i += stride, j++)
        {
            t.Start[j] = at;
            int m = Start[i + 1] - Start[i];
            Array.Copy(Cost, Start[i], t.Cost, at, m);
            Array.Copy(Hours, Start[i], t.Hours, at, m);
            Array.Copy(Value, Start[i], t.Value, at, m);
            Array.Copy(Category, Start[i], t.Category, at, m);
            if (kindOf is not null) Array.Copy(Kinds!.Of, Start[i], kindOf, at, m);
            at += m;
        }

        if (kindOf is not null) t.Kinds = Kinds!.With(kindOf);

        t.Start[n] = at;
        double share = (double)n / CustomerCount;
        for (int r = 0; r < ResourceCount; r++)
        {
            t.Capacity[r] = Capacity[r] * share;
            t.ResourceNames[r] = ResourceNames[r];
        }

        t.Summarize();
        return t;
    }

    /// <summary>
    /// Sums each customer's least and most use of each resource and its spread of net values (best − worst), in
    /// customer order, in one sweep over the options; finds the resources that can bind.
    /// </summary>
    private void Summarize()
    {
        tolerance = new double[ResourceCount];
        for (int r = 0; r < ResourceCount; r++) tolerance[r] = 1e-9 * Math.Max(1, double.IsFinite(Capacity[r]) ? Math.Abs(Capacity[r]) : 1);
        Array.Clear(MinUsage);
        Array.Clear(MaxUsage);
        int categories = ResourceCount - 2;
        Span<double> lo = stackalloc double[categories];
        Span<double> hi = stackalloc double[categories];
        double spread = 0, leastCost = 0, mostCost = 0, leastHours = 0, mostHours = 0;
        var kindOf = Kinds?.Of;
        for (int i = 0; i < CustomerCount; i++)
        {
            int s = Start[i], e = Start[i + 1];

            // A menu of the same kinds as the last one uses the resources the same way: only its values are new.
            if (kindOf is null || i == 0 || e - s != s - Start[i - 1] || !kindOf.AsSpan(s, e - s).SequenceEqual(kindOf.AsSpan(Start[i - 1], e - s)))
            {
                leastCost = double.PositiveInfinity;
                mostCost = 0;
                leastHours = double.PositiveInfinity;
                mostHours = 0;
                lo.Fill(double.PositiveInfinity);
                hi.Clear();
                for (int o = s; o < e; o++)
                {
                    double cost = Cost[o], hours = Hours[o];
                    int category = Category[o];
                    leastCost = Math.Min(leastCost, cost);
                    mostCost = Math.Max(mostCost, cost);
                    leastHours = Math.Min(leastHours, hours);
                    mostHours = Math.Max(mostHours, hours);
                    for (int k = 0; k < categories; k++)
                    {
                        double u = category == k ? cost : 0;
                        lo[k] = Math.Min(lo[k], u);
                        hi[k] = Math.Max(hi[k], u);
                    }
                }
            }

            double leastNet = double.PositiveInfinity, mostNet = double.NegativeInfinity;
            for (int o = s; o < e; o++)
            {
                double net = Value[o] - Cost[o];
                leastNet = Math.Min(leastNet, net);
                mostNet = Math.Max(mostNet, net);
            }

            MinUsage[0] += leastCost;
            MaxUsage[0] += mostCost;
            MinUsage[1] += leastHours;
            MaxUsage[1] += mostHours;
            for (int k = 0; k < categories; k++)
            {
                MinUsage[2 + k] += lo[k];
                MaxUsage[2 + k] += hi[k];
            }

            spread += mostNet - leastNet;
        }

        NetSpread = CustomerCount > 0 ? spread / CustomerCount : 0;
        var active = new List<int>();
        for (int r = 0; r < ResourceCount; r++)
        {
            if (double.IsFinite(Capacity[r]) && MaxUsage[r] > Capacity[r] + Tolerance(r)) active.Add(r);
        }

        Active = [.. active];
    }

    /// <summary>Reads <c>Value[o] − Cost[o]</c> as if it were a column of net values.</summary>
    public readonly struct NetColumn(double[] value, double[] cost)
    {
        /// <summary>The net value of option <paramref name="o"/>.</summary>
        public double this[int o]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => value[o] - cost[o];
        }
    }

    /// <summary>Formats an amount for messages: thousands separators, at most two decimals.</summary>
    public static string Format(double x) => double.IsPositiveInfinity(x) ? "∞" : x.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Whether a tier rule allows an option of this cost (a hair of rounding is allowed on each side).</summary>
    private static bool Allows(TierRule? rule, double cost) =>
        rule is null || (cost >= rule.MinCost - 1e-9 * Math.Max(1, Math.Abs(rule.MinCost)) &&
                         cost <= rule.MaxCost + 1e-9 * Math.Max(1, Math.Abs(rule.MaxCost)));

    private void CheckMandatoryUsage()
    {
        for (int r = 0; r < ResourceCount; r++)
        {
            double need = MinUsage[r], have = Capacity[r];
            if (need <= have + Tolerance(r)) continue;
            double shortfall = need - have;
            string what = r switch
            {
                0 => $"budget {Format(have)} is below the {Format(need)} the tier minimums require (the cheapest allowed option of every customer)",
                1 => $"staff hours {Format(have)} are below the {Format(need)} the tier minimums require (the allowed options with the fewest hours)",
                _ => $"the budget of {ResourceNames[r]} ({Format(have)}) is below its mandatory spend {Format(need)} (customers whose allowed options are all in it)",
            };
            throw new AllocationInfeasibleException(ResourceNames[r], shortfall, $"{what}; shortfall {Format(shortfall)}");
        }
    }

    private static void CheckCapacity(double value, string name)
    {
        if (double.IsNaN(value) || value < 0)
        {
            throw new ArgumentException($"{name} is {value}; it must be a number ≥ 0 (or +∞ for unlimited).", "problem");
        }
    }

    private static ArgumentException BadOption(double value, string field, bool nonNegative, string customer, string option)
    {
        string rule = nonNegative ? "a finite number ≥ 0" : "a finite number";
        return new ArgumentException($"Customer {customer}, option {option}: {field} is {value.ToString(CultureInfo.InvariantCulture)}; it must be {rule}.", "problem");
    }
}
