namespace Clientele.Storage.Tables;

/// <summary>
/// Writes columnar tables as comma-separated UTF-8 with a header row and LF line ends. Large tables are
/// formatted in blocks on all cores and written in order, so the output is identical to a sequential write.
/// </summary>
public static class CsvTableWriter
{
    private const int BlockRows = 65_536;

    /// <summary>Writes the columns to <paramref name="path"/>, replacing the file atomically (temp file, then move).</summary>
    /// <exception cref="ArgumentException">The columns have different lengths or there are none.</exception>
    public static void Write(string path, IReadOnlyList<TableColumn> columns, IProgress<int>? rowsWritten = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            Write(stream, columns, rowsWritten);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Writes the columns to a stream.</summary>
    public static void Write(Stream stream, IReadOnlyList<TableColumn> columns, IProgress<int>? rowsWritten = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (columns.Count == 0) throw new ArgumentException("A table needs at least one column.", nameof(columns));
        int rows = columns[0].Length;
        foreach (var c in columns)
        {
            if (c.Length != rows) throw new ArgumentException($"Column '{c.Name}' has {c.Length} rows, expected {rows}.", nameof(columns));
        }

        var header = new Utf8TextBuffer(256);
        for (int i = 0; i < columns.Count; i++)
        {
            if (i > 0) header.WriteByte((byte)',');
            header.WriteField(columns[i].Name);
        }

        header.WriteByte((byte)'\n');
        stream.Write(header.Written);

        var table = columns.ToArray(); // indexed per cell: an array, not an interface call
        int blocks = (rows + BlockRows - 1) / BlockRows;
        int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, blocks));
        // Format blocks in parallel, a window of `workers` blocks at a time, then write them in order.
        var buffers = Enumerable.Range(0, workers).Select(_ => new Utf8TextBuffer(BlockRows * 64)).ToArray();
        for (int first = 0; first < blocks; first += workers)
        {
            int count = Math.Min(workers, blocks - first);
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers }, k =>
            {
                var buffer = buffers[k];
                buffer.Clear();
                int start = (first + k) * BlockRows, end = Math.Min(rows, start + BlockRows);
                for (int row = start; row < end; row++)
                {
                    for (int c = 0; c < table.Length; c++)
                    {
                        if (c > 0) buffer.WriteByte((byte)',');
                        table[c].Write(row, buffer);
                    }

                    buffer.WriteByte((byte)'\n');
                }
            });

            for (int k = 0; k < count; k++) stream.Write(buffers[k].Written);
            rowsWritten?.Report(Math.Min(rows, (first + count) * BlockRows));
        }
    }
}
