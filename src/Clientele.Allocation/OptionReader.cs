using System.Runtime.CompilerServices;

namespace Clientele.Allocation;

/// <summary>
/// How a pass over the customers reads option <c>o</c> at multipliers λ and, for a line search, along a direction
/// d: its reduced value <c>net − (λ₀ + λ_c)·cost − λ₁·hours</c> (c = its category), its use along d
/// <c>(d₀ + d_c)·cost + d₁·hours</c>, its use of each active resource, and its cost, hours and category.
/// The passes are generic over the reader, so each kind of reader gets its own compiled loop.
/// </summary>
internal interface IOptionReader
{
    /// <summary><c>(value − cost) − (λ₀ + λ_c)·cost − λ₁·hours</c>, evaluated in that order.</summary>
    double Reduced(int o);

    /// <summary><c>(d₀ + d_c)·cost + d₁·hours</c>.</summary>
    double Along(int o);

    /// <summary>The option's use of active resource number <paramref name="x"/> (an index into <see cref="OptionTable.Active"/>).</summary>
    double Use(int x, int o);

    /// <summary>The option's cost.</summary>
    double Cost(int o);

    /// <summary>The option's staff hours.</summary>
    double Hours(int o);

    /// <summary>The option's category budget index (−1 = none).</summary>
    int Category(int o);
}

/// <summary>
/// Reads the table's cost, hours and category columns option by option (any menus). <c>price[c + 1] = λ₀ + λ_c</c>
/// and <c>price[0] = λ₀ + 0</c>; <c>pull</c> the same for the direction.
/// </summary>
internal readonly struct ColumnReader(OptionTable table, double[] price, double l1, double[] pull, double d1) : IOptionReader
{
    private readonly double[] value = table.Value;
    private readonly double[] cost = table.Cost;
    private readonly double[] hours = table.Hours;
    private readonly int[] category = table.Category;
    private readonly int[] active = table.Active;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Reduced(int o) => value[o] - cost[o] - price[category[o] + 1] * cost[o] - l1 * hours[o];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Along(int o) => pull[category[o] + 1] * cost[o] + d1 * hours[o];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Use(int x, int o)
    {
        int r = active[x];
        return r == 0 ? cost[o] : r == 1 ? hours[o] : (category[o] == r - 2 ? cost[o] : 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Cost(int o) => cost[o];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Hours(int o) => hours[o];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Category(int o) => category[o];
}

/// <summary>
/// Reads each option's value and kind; everything else comes from per-kind tables computed once per pass with the
/// same products as <see cref="ColumnReader"/> (<c>penalty[k] = (λ₀ + λ_c)·cost</c>, <c>hourPenalty[k] = λ₁·hours</c>,
/// <c>along[k]</c>, <c>use[k·active + x]</c>), so every reduced value is bit for bit the same.
/// </summary>
internal readonly struct KindReader(OptionTable table, OptionKinds kinds, double[] penalty, double[] hourPenalty, double[] along, double[] use) : IOptionReader
{
    private readonly double[] value = table.Value;
    private readonly byte[] of = kinds.Of;
    private readonly double[] kindCost = kinds.Cost;
    private readonly double[] kindHours = kinds.Hours;
    private readonly int[] kindCategory = kinds.Category;
    private readonly int activeCount = table.Active.Length;

    /// <summary>Fills the per-kind tables for multipliers λ and direction d (null = no line search).</summary>
    public static KindReader For(OptionTable table, OptionKinds kinds, double[] lambda, double[]? direction, double[] penalty, double[] hourPenalty, double[] along, double[] use)
    {
        int count = kinds.Count, k = table.Active.Length;
        for (int kind = 0; kind < count; kind++)
        {
            int c = kinds.Category[kind];
            double cost = kinds.Cost[kind], hours = kinds.Hours[kind];
            penalty[kind] = (lambda[0] + (c >= 0 ? lambda[2 + c] : 0.0)) * cost;
            hourPenalty[kind] = lambda[1] * hours;
            if (direction is not null) along[kind] = (direction[0] + (c >= 0 ? direction[2 + c] : 0.0)) * cost + direction[1] * hours;
            for (int x = 0; x < k; x++)
            {
                int r = table.Active[x];
                use[kind * k + x] = r == 0 ? cost : r == 1 ? hours : (c == r - 2 ? cost : 0);
            }
        }

        return new KindReader(table, kinds, penalty, hourPenalty, along, use);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Reduced(int o)
    {
        int kind = of[o];
        return value[o] - kindCost[kind] - penalty[kind] - hourPenalty[kind];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Along(int o) => along[of[o]];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Use(int x, int o) => use[of[o] * activeCount + x];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Cost(int o) => kindCost[of[o]];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Hours(int o) => kindHours[of[o]];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Category(int o) => kindCategory[of[o]];
}
