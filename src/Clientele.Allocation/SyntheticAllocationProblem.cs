namespace Clientele.Allocation;

/// <summary>
/// Seeded, realistic allocation problems for benchmarks and tests: every customer has a 12-month CLV drawn from a
/// log-normal distribution and the same six-option menu — none, greeting, gift, trip, one and two account-manager
/// visits a month — whose value is the CLV it adds with diminishing returns
/// (<c>value = CLV · u · (1 − e^(−cost/s))</c> with a customer-specific responsiveness u). Care (greeting, gift,
/// trip) and service (visits) are separate cost categories. The budget, the staff hours and the care budget are set
/// to shares of what the unconstrained best plan would use (by default the staff hours and the care budget bind and the budget is spent to ~99.8%: the visits cost 50 per staff hour, so hours and budget are nearly collinear at the margin).
/// </summary>
public static class SyntheticAllocationProblem
{
    private static readonly (string Id, double Cost, double Hours, int Category, double Scale)[] Menu =
    [
        ("none", 0, 0, -1, 1),
        ("greeting", 3, 0, 0, 6),
        ("gift", 40, 0.25, 0, 60),
        ("trip", 900, 6, 0, 700),
        ("am-visits-1", 150, 3, 1, 200),
        ("am-visits-2", 300, 6, 1, 260),
    ];

    /// <summary>The option ids of the menu, in menu order.</summary>
    public static IReadOnlyList<string> OptionIds { get; } = Menu.Select(m => m.Id).ToArray();

    /// <summary>The category names: 0 = "care", 1 = "service".</summary>
    public static IReadOnlyList<string> CategoryNames { get; } = ["care", "service"];

    /// <summary>A problem with <paramref name="customers"/> customers, the same for the same seed.</summary>
    /// <param name="customers">How many customers (≥ 0).</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="budgetShare">Budget as a share of the unconstrained best plan's spend.</param>
    /// <param name="hoursShare">Staff hours as a share of the unconstrained best plan's hours.</param>
    /// <param name="careShare">The care budget as a share of the budget.</param>
    public static ColumnarAllocationProblem Generate(int customers, int seed, double budgetShare = 0.15, double hoursShare = 0.26, double careShare = 0.35)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        int m = Menu.Length;
        var random = new Random(seed);
        var start = new int[customers + 1];
        var cost = new double[customers * m];
        var hours = new double[customers * m];
        var value = new double[customers * m];
        var category = new int[customers * m];
        double freeCost = 0, freeHours = 0;
        for (int i = 0; i < customers; i++)
        {
            start[i + 1] = (i + 1) * m;

            // Log-normal CLV (median ≈ 400, long right tail) and a responsiveness between 0.02 and 0.3.
            double clv = 400 * Math.Exp(1.1 * Normal(random));
            double response = 0.02 + 0.28 * random.NextDouble();
            int best = 0;
            double bestNet = 0;
            for (int j = 0; j < m; j++)
            {
                var option = Menu[j];
                int o = i * m + j;
                cost[o] = option.Cost;
                hours[o] = option.Hours;
                category[o] = option.Category;
                value[o] = j == 0 ? 0 : clv * response * (1 - Math.Exp(-option.Cost / option.Scale)) * (0.8 + 0.4 * random.NextDouble());
                if (value[o] - cost[o] > bestNet)
                {
                    bestNet = value[o] - cost[o];
                    best = j;
                }
            }

            freeCost += Menu[best].Cost;
            freeHours += Menu[best].Hours;
        }

        double budget = Math.Round(budgetShare * freeCost);
        return new ColumnarAllocationProblem(
            budget, Math.Round(hoursShare * freeHours), start, cost, hours, value,
            category, [Math.Round(careShare * budget), double.PositiveInfinity], [.. CategoryNames]);
    }

    private static double Normal(Random random)
    {
        // Box–Muller; 1 − U keeps the logarithm finite.
        double u = 1 - random.NextDouble(), v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
