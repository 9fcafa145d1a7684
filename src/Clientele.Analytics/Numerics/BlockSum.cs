namespace Clientele.Analytics.Numerics;

/// <summary>Adds the contribution of rows [start, end) to <paramref name="sums"/>.</summary>
internal delegate void RangeSum(int start, int end, Span<double> sums);

/// <summary>
/// A deterministic parallel reduction for likelihoods over many rows: the rows are cut into fixed blocks,
/// the blocks are summed in parallel (above a threshold), and the block partials are added in block order,
/// so the result does not depend on thread scheduling and is the same run after run.
/// </summary>
internal static class BlockSum
{
    /// <summary>Rows per block.</summary>
    public const int DefaultBlockSize = 8192;

    /// <summary>Below this many rows everything runs on the calling thread.</summary>
    public const int DefaultParallelThreshold = 20_000;

    /// <summary>Adds Σ over all rows to <paramref name="sums"/> (which the caller zeroes).</summary>
    public static void Sum(int rows, RangeSum body, Span<double> sums, int blockSize = DefaultBlockSize, int parallelThreshold = DefaultParallelThreshold)
    {
        if (rows < parallelThreshold)
        {
            body(0, rows, sums);
            return;
        }

        int width = sums.Length;
        int blocks = (rows + blockSize - 1) / blockSize;
        var partial = new double[blocks * width];
        Parallel.For(0, blocks, block => body(block * blockSize, Math.Min(rows, (block + 1) * blockSize), partial.AsSpan(block * width, width)));
        for (int block = 0; block < blocks; block++)
        {
            for (int j = 0; j < width; j++) sums[j] += partial[(block * width) + j];
        }
    }

    /// <summary>Runs <paramref name="body"/> over [0, count) in blocks, in parallel above the threshold (for filling per-row tables).</summary>
    public static void ForBlocks(int count, Action<int, int> body, int blockSize = DefaultBlockSize, int parallelThreshold = DefaultParallelThreshold)
    {
        if (count < parallelThreshold)
        {
            body(0, count);
            return;
        }

        int blocks = (count + blockSize - 1) / blockSize;
        Parallel.For(0, blocks, block => body(block * blockSize, Math.Min(count, (block + 1) * blockSize)));
    }
}
