namespace Clientele.Analytics.Numerics;

/// <summary>Fills one value per row, in parallel blocks when there are enough rows to pay for the threads.</summary>
internal static class ParallelRows
{
    /// <summary>Rows per parallel block; below two blocks the work runs on the calling thread.</summary>
    public const int BlockSize = 8192;

    public static void Fill(int count, Func<int, double> valueOfRow, Span<double> result)
    {
        if (result.Length < count)
        {
            throw new ArgumentException($"The result span holds {result.Length} values but {count} are needed.", nameof(result));
        }

        if (count < 2 * BlockSize)
        {
            for (int i = 0; i < count; i++) result[i] = valueOfRow(i);
            return;
        }

        var buffer = new double[count];
        int blocks = (count + BlockSize - 1) / BlockSize;
        Parallel.For(0, blocks, block =>
        {
            int end = Math.Min(count, (block + 1) * BlockSize);
            for (int i = block * BlockSize; i < end; i++) buffer[i] = valueOfRow(i);
        });
        buffer.AsSpan().CopyTo(result);
    }
}
