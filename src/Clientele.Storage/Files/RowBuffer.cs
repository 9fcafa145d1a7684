namespace Clientele.Storage.Files;

/// <summary>
/// Parsed rows held in blocks of parallel arrays (no object per row) until they can be replayed
/// into the real sink in file order.
/// </summary>
internal sealed class RowBuffer : ITransactionRowSink
{
    private const int BlockSize = 1 << 16;
    private readonly List<(int[] Customer, int[] Day, double[] Amount)> _blocks = new();
    private int _count;
    private int[]? _mapped;

    public void Add(int customer, int dayNumber, double amount)
    {
        int block = _count / BlockSize, offset = _count % BlockSize;
        if (block == _blocks.Count) _blocks.Add((new int[BlockSize], new int[BlockSize], new double[BlockSize]));
        var b = _blocks[block];
        b.Customer[offset] = customer;
        b.Day[offset] = dayNumber;
        b.Amount[offset] = amount;
        _count++;
    }

    /// <summary>Forgets the rows but keeps the blocks for reuse.</summary>
    public void Clear() => _count = 0;

    /// <summary>Passes every row to <paramref name="sink"/>, translating customer indices through <paramref name="customerMap"/>.</summary>
    public void Replay(ITransactionRowSink sink, int[] customerMap)
    {
        var mapped = _mapped ??= new int[BlockSize];
        for (int start = 0, block = 0; start < _count; start += BlockSize, block++)
        {
            var (customer, day, amount) = _blocks[block];
            int n = Math.Min(BlockSize, _count - start);
            for (int i = 0; i < n; i++) mapped[i] = customerMap[customer[i]];
            sink.AddRange(mapped.AsSpan(0, n), day.AsSpan(0, n), amount.AsSpan(0, n));
        }
    }
}
