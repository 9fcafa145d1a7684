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
/// Reads each option's value and kind; everything else comes from one per-kind table computed once per pass with
/// the same products as <see cref="ColumnReader"/>, so every reduced value is bit for bit the same. Row
/// <c>kind</c> of the table holds cost, <c>(λ₀ + λ_c)·cost</c>, <c>λ₁·hours</c>, the use along d, hours, the
/// category and the use of each active resource. Four fields, so the JIT keeps the reader in registers.
/// </summary>
internal readonly struct KindReader : IOptionReader
{
    private const int CostAt = 0, PenaltyAt = 1, HourPenaltyAt = 2, AlongAt = 3, HoursAt = 4, CategoryAt = 5, UseAt = 6;
    private readonly double[] value;
    private readonly byte[] of;
    private readonly double[] rows;
    private readonly int stride;

    private KindReader(double[] value, byte[] of, double[] rows, int stride)
    {
        this.value = value;
        this.of = of;
        this.rows = rows;
        this.stride = stride;
    }

    /// <summary>The length of the per-kind table for <paramref name="table"/>.</summary>
    public static int RowsLength(OptionTable table) => (table.Kinds?.Count ?? 0) * (UseAt + table.Active.Length);

    /// <summary>Fills <paramref name="rows"/> for multipliers λ and direction d (null = no line search).</summary>
    public static KindReader For(OptionTable table, OptionKinds kinds, double[] lambda, double[]? direction, double[] rows)
    {
        int count = kinds.Count, k = table.Active.Length, stride = UseAt + k;
        for (int kind = 0; kind < count; kind++)
        {
            int c = kinds.Category[kind], at = kind * stride;
            double cost = kinds.Cost[kind], hours = kinds.Hours[kind];
            rows[at + CostAt] = cost;
            rows[at + PenaltyAt] = (lambda[0] + (c >= 0 ? lambda[2 + c] : 0.0)) * cost;
            rows[at + HourPenaltyAt] = lambda[1] * hours;
            rows[at + AlongAt] = direction is null ? 0 : (direction[0] + (c >= 0 ? direction[2 + c] : 0.0)) * cost + direction[1] * hours;
            rows[at + HoursAt] = hours;
            rows[at + CategoryAt] = c;
            for (int x = 0; x < k; x++)
            {
                int r = table.Active[x];
                rows[at + UseAt + x] = r == 0 ? cost : r == 1 ? hours : (c == r - 2 ? cost : 0);
            }
        }

        return new KindReader(table.Value, kinds.Of, rows, stride);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Reduced(int o)
    {
        int at = of[o] * stride;
        return value[o] - rows[at + CostAt] - rows[at + PenaltyAt] - rows[at + HourPenaltyAt];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Along(int o) => rows[of[o] * stride + AlongAt];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Use(int x, int o) => rows[of[o] * stride + UseAt + x];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Cost(int o) => rows[of[o] * stride + CostAt];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Hours(int o) => rows[of[o] * stride + HoursAt];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Category(int o) => (int)rows[of[o] * stride + CategoryAt];
}
