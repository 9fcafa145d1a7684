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
    /// <param name="parallel">Number blocks of options on all cores, then merge them in order (the same numbering).</param>
    public static OptionKinds? Find(double[] cost, double[] hours, int[] category, int menuLength, bool parallel = false)
    {
        int total = cost.Length;
        var of = new byte[total];
        int blocks = Math.Max(1, (total + Block - 1) / Block);
        var local = new List<(long Cost, long Hours, int Category)>?[blocks];
        if (parallel && blocks > 1) Parallel.For(0, blocks, block => local[block] = NumberBlock(cost, hours, category, menuLength, of, block));
        else for (int block = 0; block < blocks; block++) local[block] = NumberBlock(cost, hours, category, menuLength, of, block);

        // Merge in block order: a block's kinds, in their order of first appearance, get the next free numbers.
        var index = new Dictionary<(long Cost, long Hours, int Category), byte>();
        var kindCost = new List<double>();
        var kindHours = new List<double>();
        var kindCategory = new List<int>();
        var maps = new byte[blocks][];
        var identity = new bool[blocks];
        for (int block = 0; block < blocks; block++)
        {
            if (local[block] is not { } kinds) return null;
            maps[block] = new byte[kinds.Count];
            identity[block] = true;
            for (int j = 0; j < kinds.Count; j++)
            {
                if (!index.TryGetValue(kinds[j], out byte kind))
                {
                    if (index.Count == MaxKinds) return null;
                    kind = (byte)index.Count;
                    index.Add(kinds[j], kind);
                    kindCost.Add(BitConverter.Int64BitsToDouble(kinds[j].Cost));
                    kindHours.Add(BitConverter.Int64BitsToDouble(kinds[j].Hours));
                    kindCategory.Add(kinds[j].Category);
                }

                maps[block][j] = kind;
                identity[block] &= kind == j;
            }
        }

        void Renumber(int block)
        {
            if (identity[block]) return;
            var map = maps[block];
            for (int o = block * Block, end = Math.Min(total, o + Block); o < end; o++) of[o] = map[of[o]];
        }

        if (parallel && blocks > 1) Parallel.For(0, blocks, Renumber);
        else for (int block = 0; block < blocks; block++) Renumber(block);
        return new OptionKinds(of, [.. kindCost], [.. kindHours], [.. kindCategory]);
    }

    /// <summary>Options per block of <see cref="Find"/>.</summary>
    internal const int Block = 1 << 20;

    /// <summary>
    /// Numbers the kinds of one block of options from 0 in order of first appearance (into <paramref name="of"/>) and
    /// returns them; null when the block alone has more than <see cref="MaxKinds"/>.
    /// </summary>
    private static List<(long Cost, long Hours, int Category)>? NumberBlock(double[] cost, double[] hours, int[] category, int menuLength, byte[] of, int block)
    {
        int first = block * Block, end = Math.Min(cost.Length, first + Block);
        var index = new Dictionary<(long Cost, long Hours, int Category), byte>();
        var kinds = new List<(long Cost, long Hours, int Category)>();
        int back = Math.Max(1, menuLength);
        for (int o = first; o < end; o++)
        {
            long c = BitConverter.DoubleToInt64Bits(cost[o]), h = BitConverter.DoubleToInt64Bits(hours[o]);
            int g = category[o];
            int b = o - back;
            if (b >= first && c == BitConverter.DoubleToInt64Bits(cost[b]) && h == BitConverter.DoubleToInt64Bits(hours[b]) && g == category[b])
            {
                of[o] = of[b];
                continue;
            }

            if (!index.TryGetValue((c, h, g), out byte kind))
            {
                if (index.Count == MaxKinds) return null;
                kind = (byte)index.Count;
                index.Add((c, h, g), kind);
                kinds.Add((c, h, g));
            }

            of[o] = kind;
        }

        return kinds;
    }

    /// <summary>The kinds of a subset of the options: <paramref name="of"/> numbers them in this table's kinds.</summary>
    public OptionKinds With(byte[] of) => new(of, Cost, Hours, Category);
}
