using System.Text;
using System.Text.Unicode;
using Clientele.Storage.Files;

namespace Clientele.Storage.Import;

/// <summary>
/// Streams a delimited file (RFC 4180 quotes, quoted fields may span lines; UTF-8 with or without BOM; LF or
/// CRLF) through a reused byte buffer. The first line is the header. A row that cannot be split (unbalanced
/// quote, wrong field count, NUL byte, invalid UTF-8, a field over <see cref="MaxFieldBytes"/>) is returned with
/// an error instead of stopping the read; after an unclosed quote the read resumes on the next line.
/// </summary>
internal sealed class DelimitedRecordSource : IRecordSource
{
    /// <summary>The longest field kept; longer ones reject their row.</summary>
    public const int MaxFieldBytes = 64 * 1024;

    /// <summary>The longest row (quoted line breaks included) before it counts as an unclosed quote.</summary>
    public const int MaxRecordBytes = 4 << 20;

    private readonly Stream stream;
    private readonly string file;
    private readonly ColumnBinding binding;
    private readonly int columnCount;
    private readonly List<string> headerNames = [];
    private byte[] buffer = new byte[1 << 20];
    private int start, end;
    private bool eof;
    private long nextLine = 1;
    private byte delimiter;

    // Per column: the previous row's value and its bytes. Files sorted by customer repeat the customer id (and often
    // the date) row after row; reusing the string saves an allocation per field (a tenth of a 10-million-row load's time
    // went to collecting such garbage).
    private string?[] previousValues = [];
    private byte[][] previousBytes = [];
    private int[] previousLengths = [];

    public DelimitedRecordSource(string file, char? delimiter, EntitySchema schema, IReadOnlyDictionary<string, string> map)
    {
        this.file = file;
        stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            Fill();
            if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3;
            var header = headerNames;
            if (ReadRecord(out var raw, out var lines, out bool balanced))
            {
                var span = raw.Span;
                this.delimiter = delimiter is { } d ? checked((byte)d) : Detect(span);
                if (!balanced) throw new InputFormatException(file, 1, null, "the header has an unclosed quote");
                if (!Utf8.IsValid(span) || span.Contains((byte)0)) throw new InputFormatException(file, 1, null, "the header is not valid UTF-8 text");
                SplitAll(span, header);
                nextLine += lines;
            }

            Empty = header.Count == 0 || (header.Count == 1 && header[0].Trim().Length == 0);
            binding = Empty ? ColumnBinding.Bind(file, [], schema, new Dictionary<string, string>(), checkRequired: false) : ColumnBinding.Bind(file, header, schema, map);
            columnCount = header.Count;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The file has no header (it is empty or blank): no rows.</summary>
    public bool Empty { get; }

    public IReadOnlyList<string> IgnoredColumns => binding.IgnoredColumns;

    public bool HasIdColumn => binding.Slots.Contains(0);

    public bool Next(SourceRecord record)
    {
        if (Empty) return false;
        while (true)
        {
            long line = nextLine;
            if (!ReadRecord(out var raw, out int lines, out bool balanced)) return false;
            var span = raw.Span;
            if (balanced && span.Trim((byte)' ').IsEmpty)
            {
                // Blank lines are layout, not rows.
                nextLine += lines;
                continue;
            }

            record.Clear();
            record.Line = line;
            record.Raw = raw;
            nextLine += lines;
            if (!balanced)
            {
                record.Error = lines < 0 ? $"the line is longer than {MaxRecordBytes >> 20} MB" : "a quoted field opened on this line is never closed (unbalanced quote); reading resumed on the next line";
                if (lines < 0) nextLine = line + 1;
                return true;
            }

            if (span.Contains((byte)0)) record.Error = "the row contains a NUL byte";
            else if (!Utf8.IsValid(span)) record.Error = "the row is not valid UTF-8 text";
            else Split(span, record);
            return true;
        }
    }

    public void Dispose() => stream.Dispose();

    private static byte Detect(ReadOnlySpan<byte> header)
    {
        byte best = (byte)',';
        int bestCount = 0;
        foreach (byte candidate in "\t,;|"u8)
        {
            int count = header.Count(candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best;
    }

    private void Split(ReadOnlySpan<byte> span, SourceRecord record)
    {
        int column = 0;
        int position = 0;
        var slots = binding.Slots;
        while (true)
        {
            if (column >= columnCount)
            {
                record.Error = $"the row has more fields than the header's {columnCount}";
                return;
            }

            int slot = slots[column];
            int next = NextField(span, position, out var value, out bool quoted, materialize: slot != ColumnBinding.Ignored, column);
            if (value is { Length: > MaxFieldBytes } || (slot == ColumnBinding.Ignored && next - position > MaxFieldBytes + 2))
            {
                record.ErrorField = FieldName(column);
                record.Error = $"the field is {(value?.Length ?? next - position):N0} bytes long; at most {MaxFieldBytes:N0} are kept";
                return;
            }

            if (slot >= 0) record.Values[slot] = value is { Length: > 0 } || quoted ? value : null;
            else if (slot == ColumnBinding.Extra && value is { Length: > 0 }) record.Extras.Add((binding.ExtraNames[column]!, value));

            column++;
            if (next >= span.Length) break;
            position = next + 1;
        }

        if (column != columnCount) record.Error = $"the row has {column} field{(column == 1 ? "" : "s")}, the header {columnCount}";
    }

    private string FieldName(int column) => headerNames[column] is { Length: > 0 and <= 100 } name ? name : $"column {column + 1}";

    private void SplitAll(ReadOnlySpan<byte> span, List<string> fields)
    {
        int position = 0;
        while (true)
        {
            int next = NextField(span, position, out var value, out _, materialize: true);
            fields.Add(value ?? "");
            if (next >= span.Length) break;
            position = next + 1;
        }
    }

    /// <summary>Reads the field at <paramref name="position"/>; returns the index of the delimiter after it (or the span's length).</summary>
    /// <param name="span">The record.</param>
    /// <param name="position">Where the field starts.</param>
    /// <param name="value">The field's text (null when empty or not <paramref name="materialize"/>d).</param>
    /// <param name="quoted">Whether the field was quoted.</param>
    /// <param name="materialize">Whether to make the text (ignored columns are only skipped).</param>
    /// <param name="column">The column, for reusing the previous row's string when the bytes are the same; −1 for none.</param>
    private int NextField(ReadOnlySpan<byte> span, int position, out string? value, out bool quoted, bool materialize, int column = -1)
    {
        quoted = position < span.Length && span[position] == (byte)'"';
        if (!quoted)
        {
            int delimiterAt = span[position..].IndexOf(delimiter);
            int stop = delimiterAt < 0 ? span.Length : position + delimiterAt;
            value = materialize && stop > position ? Text(span[position..stop], column) : null;
            return stop;
        }

        var text = materialize ? new StringBuilder() : null;
        int i = position + 1;
        int runStart = i;
        while (i < span.Length)
        {
            if (span[i] == (byte)'"')
            {
                text?.Append(Encoding.UTF8.GetString(span[runStart..i]));
                if (i + 1 < span.Length && span[i + 1] == (byte)'"')
                {
                    text?.Append('"');
                    i += 2;
                    runStart = i;
                    continue;
                }

                // After the closing quote, anything up to the delimiter is kept as written (lenient).
                int delimiterAt = span[(i + 1)..].IndexOf(delimiter);
                int stop = delimiterAt < 0 ? span.Length : i + 1 + delimiterAt;
                text?.Append(Encoding.UTF8.GetString(span[(i + 1)..stop]));
                value = text?.ToString();
                return stop;
            }

            i++;
        }

        text?.Append(Encoding.UTF8.GetString(span[runStart..]));
        value = text?.ToString();
        return span.Length;
    }

    /// <summary>The text of an unquoted field: the previous row's string of the column when the bytes are the same.</summary>
    private string Text(ReadOnlySpan<byte> bytes, int column)
    {
        const int Longest = 64;
        if (column < 0 || bytes.Length > Longest) return Encoding.UTF8.GetString(bytes);
        if (column >= previousValues.Length)
        {
            int old = previousValues.Length;
            Array.Resize(ref previousValues, column + 1);
            Array.Resize(ref previousBytes, column + 1);
            Array.Resize(ref previousLengths, column + 1);
            for (int c = old; c <= column; c++) previousBytes[c] = new byte[Longest];
        }

        var kept = previousBytes[column];
        if (previousValues[column] is { } previous && bytes.SequenceEqual(kept.AsSpan(0, previousLengths[column]))) return previous;
        string text = Encoding.UTF8.GetString(bytes);
        previousValues[column] = text;
        bytes.CopyTo(kept);
        previousLengths[column] = bytes.Length;
        return text;
    }

    /// <summary>
    /// The next physical record (without its line break); <paramref name="lines"/> is the number of lines it
    /// spans, −1 when the line was too long and skipped. An unbalanced record covers only its first line.
    /// </summary>
    private bool ReadRecord(out ReadOnlyMemory<byte> raw, out int lines, out bool balanced)
    {
        while (true)
        {
            var span = buffer.AsSpan(start, end - start);
            if (span.IsEmpty && eof)
            {
                raw = default;
                lines = 0;
                balanced = true;
                return false;
            }

            int newline = span.IndexOf((byte)'\n');
            if (newline >= 0 && !span[..newline].Contains((byte)'"'))
            {
                raw = Trim(start, newline);
                start += newline + 1;
                lines = 1;
                balanced = true;
                return true;
            }

            if (newline >= 0 || eof)
            {
                int length = ScanQuoted(span, out lines, out bool complete);
                if (complete)
                {
                    raw = Trim(start, length);
                    start += Math.Min(length + 1, span.Length);
                    balanced = true;
                    return true;
                }

                if (eof || span.Length >= MaxRecordBytes)
                {
                    if (span.Length == 0)
                    {
                        raw = default;
                        lines = 0;
                        balanced = true;
                        return false;
                    }

                    // Unclosed quote: give back the first line only and resume after it.
                    int first = span.IndexOf((byte)'\n');
                    if (first < 0) first = span.Length;
                    raw = Trim(start, first);
                    start += Math.Min(first + 1, span.Length);
                    lines = 1;
                    balanced = false;
                    return true;
                }
            }
            else if (span.Length >= MaxRecordBytes)
            {
                // One line longer than the limit: skip to its end.
                raw = buffer.AsMemory(start, Math.Min(4096, span.Length));
                SkipLine();
                lines = -1;
                balanced = false;
                return true;
            }

            if (!Fill() && start >= end)
            {
                raw = default;
                lines = 0;
                balanced = true;
                return false;
            }
        }
    }

    private ReadOnlyMemory<byte> Trim(int from, int length)
    {
        if (length > 0 && buffer[from + length - 1] == (byte)'\r') length--;
        return buffer.AsMemory(from, length);
    }

    /// <summary>Length of the quoted-aware record at the start of <paramref name="span"/>, and whether it ends.</summary>
    private int ScanQuoted(ReadOnlySpan<byte> span, out int lines, out bool complete)
    {
        lines = 1;
        bool inQuotes = false, fieldStart = true;
        for (int i = 0; i < span.Length; i++)
        {
            byte b = span[i];
            if (inQuotes)
            {
                if (b == (byte)'"')
                {
                    if (i + 1 < span.Length && span[i + 1] == (byte)'"') i++;
                    else if (i + 1 >= span.Length && !eof) break;
                    else inQuotes = false;
                }
                else if (b == (byte)'\n')
                {
                    lines++;
                }

                continue;
            }

            if (b == (byte)'\n')
            {
                complete = true;
                return i;
            }

            if (b == (byte)'"' && fieldStart) inQuotes = true;
            fieldStart = b == delimiter;
        }

        complete = eof && !inQuotes;
        return span.Length;
    }

    private void SkipLine()
    {
        while (true)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                start += newline + 1;
                return;
            }

            start = end = 0;
            if (!Fill()) return;
        }
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer when full, reads more; false at the end.</summary>
    private bool Fill()
    {
        if (eof) return false;
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length) Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxRecordBytes + (1 << 20)));
        int read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
            return false;
        }

        end += read;
        return true;
    }
}
