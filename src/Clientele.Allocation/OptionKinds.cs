namespace Clientele.Allocation;

/// <summary>
/// The distinct (cost, hours, category) triples — option kinds — of a table's options, when there are at most
/// <see cref="MaxKinds"/>. Menus built from a catalogue (none, greeting, gift, trip, visits) repeat a handful of
/// kinds over millions of customers: a pass over the customers then reads each option's value and a one-byte kind
/// (9 bytes instead of 28) and looks the kind's price up in a table computed once per pass, with the same
/// arithmetic — so the same results — as reading the cost, hours and category columns.
/// </summary>
internal sealed class OptionKinds
{
    /// <summary>The most kinds a byte can number.</summary>
    public const int MaxKinds = 256;

    private OptionKinds(byte[] of, double[] cost, double[] hours, int[] category)
    {
        Of = of;
        Cost = cost;
        Hours = hours;
        Category = category;
    }

    /// <summary>The kind of each option.</summary>
    public byte[] Of { get; }

    /// <summary>Each kind's cost.</summary>
    public double[] Cost { get; }

    /// <summary>Each kind's staff hours.</summary>
    public double[] Hours { get; }

    /// <summary>Each kind's category budget index (−1 = none).</summary>
    public int[] Category { get; }

    /// <summary>How many kinds.</summary>
    public int Count => Cost.Length;

    /// <summary>
    /// Numbers the kinds of options 0 … <c>cost.Length − 1</c> in order of first appearance; null when there are more
    /// than <see cref="MaxKinds"/>. Costs and hours are told apart by their bits (0 and −0 are two kinds), so a
    /// kind's numbers are exactly each of its options' numbers.
    /// </summary>
    /// <param name="cost">Each option's cost.</param>
    /// <param name="hours">Each option's hours (same length).</param>
    /// <param name="category">Each option's category (same length).</param>
    /// <param name="menuLength">The usual menu length: option o is first compared with option o − menuLength,
    /// which for catalogue menus is the same entry of the previous customer's menu (a hint; any value ≥ 1 works).</param>
    public static OptionKinds? Find(double[] cost, double[] hours, int[] category, int menuLength)
    {
        int total = cost.Length;
        var of = new byte[total];
        var index = new Dictionary<(long Cost, long Hours, int Category), byte>();
        var kindCost = new List<double>();
        var kindHours = new List<double>();
        var kindCategory = new List<int>();
        int back = Math.Max(1, menuLength);
        for (int o = 0; o < total; o++)
        {
            double c = cost[o], h = hours[o];
            int g = category[o];
            if (o >= back)
            {
                int b = o - back;
                if (BitConverter.DoubleToInt64Bits(c) == BitConverter.DoubleToInt64Bits(cost[b]) &&
                    BitConverter.DoubleToInt64Bits(h) == BitConverter.DoubleToInt64Bits(hours[b]) && g == category[b])
                {
                    of[o] = of[b];
                    continue;
                }
            }

            var key = (BitConverter.DoubleToInt64Bits(c), BitConverter.DoubleToInt64Bits(h), g);
            if (!index.TryGetValue(key, out byte kind))
            {
                if (index.Count == MaxKinds) return null;
                kind = (byte)index.Count;
                index.Add(key, kind);
                kindCost.Add(c);
                kindHours.Add(h);
                kindCategory.Add(g);
            }

            of[o] = kind;
        }

        return new OptionKinds(of, [.. kindCost], [.. kindHours], [.. kindCategory]);
    }

    /// <summary>The kinds of a subset of the options: <paramref name="of"/> numbers them in this table's kinds.</summary>
    public OptionKinds With(byte[] of) => new(of, Cost, Hours, Category);
}
