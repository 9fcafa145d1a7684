using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Clientele.Storage.Files;

/// <summary>
/// Streams a delimited transaction log (CSV, TSV, semicolon, pipe or whitespace-separated; with or
/// without header; CRLF or LF; UTF-8 with or without BOM) into an <see cref="ITransactionRowSink"/>.
/// Works on raw bytes in a reused buffer, so memory stays flat however large the file. Each row is
/// either passed to the sink or rejected: with a <see cref="RejectWriter"/> rejected rows go there and
/// are counted, without one the first bad row stops the read with an <see cref="InputFormatException"/>.
/// </summary>
public static class TransactionFileReader
{
    private const int BufferSize = 4 << 20;

    /// <summary>Reads <paramref name="path"/> into <paramref name="sink"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Columns, delimiter, header, date format, decimal separator.</param>
    /// <param name="sink">Receives accepted rows, in file order.</param>
    /// <param name="rejects">Where bad rows go; null = fail on the first bad row.</param>
    /// <param name="progress">Receives the number of bytes consumed so far.</param>
    /// <exception cref="InputFormatException">The file cannot be read as configured, or a row is bad and no reject writer was given.</exception>
    /// <remarks>
    /// The body is cut at line boundaries into segments of about 16 MB; each round parses one segment per
    /// core in parallel (each with its own customer-id table), then replays the parsed rows into the sink in
    /// file order, mapping local customer indices to global ones. Rows are therefore delivered exactly as a
    /// sequential read would deliver them, and memory stays bounded by one round of segments.
    /// </remarks>
    public static TransactionReadResult Read(string path, TransactionFileFormat format, ITransactionRowSink sink, RejectWriter? rejects = null, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(sink);
        if (!File.Exists(path)) throw new InputFormatException(path, 0, null, "file not found");

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        long length = RandomAccess.GetLength(handle);
        var setup = new LineParser(path, format, rejects is not null);
        long bodyStart = setup.ReadPreamble(handle, length);
        if (!setup.Started) throw new InputFormatException(path, 0, null, "the file is empty");

        var global = new Utf8KeyInterner((int)Math.Min(length / 512 + 16, 1 << 20));
        var ranges = new List<(long Start, long End)>();
        for (long position = bodyStart; position < length;)
        {
            long end = NextLineBoundary(handle, Math.Min(length, position + SegmentBytes), length);
            ranges.Add((position, end));
            position = end;
        }

        // A pipeline: pool threads parse segments ahead while this thread merges finished ones in file order.
        // Segment i reuses the buffers of segment i − window, which is merged by the time i starts.
        int window = Math.Max(1, Environment.ProcessorCount) + 2;
        var segments = Enumerable.Range(0, Math.Min(window, Math.Max(1, ranges.Count))).Select(_ => new Segment(setup.CloneConfigured())).ToArray();
        var parsed = new Task[ranges.Count];
        int launched = 0;
        long lineBase = setup.LineNumber;
        long read = 0, accepted = 0, rejected = 0;
        try
        {
            for (int next = 0; next < ranges.Count; next++)
            {
                for (; launched < ranges.Count && launched < next + window; launched++)
                {
                    var segment = segments[launched % segments.Length];
                    segment.Range = ranges[launched];
                    parsed[launched] = Task.Run(() => segment.Parse(handle));
                }

                parsed[next].GetAwaiter().GetResult();
                var done = segments[next % segments.Length];
                var parser = done.Parser;
                foreach (var reject in parser.Rejects)
                {
                    long line = lineBase + reject.Line;
                    if (reject.Fatal) throw new InputFormatException(path, line, reject.Field, reject.Reason);
                    if (rejects is null) throw new InputFormatException(path, line, reject.Field, reject.Reason + " (use --rejects FILE to set bad rows aside and go on)");
                    rejects.Write(line, reject.Field, reject.Reason, reject.Content);
                }

                var map = new int[parser.Customers.Count];
                global.GetOrAddAll(parser.Customers, map);
                done.Rows.Replay(sink, map);
                read += parser.RowsRead;
                accepted += parser.RowsAccepted;
                rejected += parser.Rejects.Count;
                lineBase += parser.LineNumber;
                progress?.Report(ranges[next].End);
            }
        }
        finally
        {
            // Never leave a parser running on a handle about to be closed (e.g. after a bad row).
            for (int i = 0; i < launched; i++)
            {
                try
                {
                    parsed[i].Wait();
                }
                catch (AggregateException)
                {
                    // Already reported through the merge loop, or irrelevant after an earlier error.
                }
            }
        }

        return new TransactionReadResult(read, accepted, rejected, global.ToStrings(), setup.HadHeader, (char)setup.Delimiter);
    }

    private const long SegmentBytes = 16L << 20;

    private static long NextLineBoundary(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long position, long length)
    {
        if (position >= length) return length;
        var buffer = new byte[64 * 1024];
        while (position < length)
        {
            int n = RandomAccess.Read(handle, buffer, position);
            if (n <= 0) return length;
            int newline = buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (newline >= 0) return position + newline + 1;
            position += n;
        }

        return length;
    }

    /// <summary>One segment of the body and what parsing it produced.</summary>
    private sealed class Segment(LineParser parser)
    {
        private readonly byte[] _buffer = new byte[BufferSize];

        public LineParser Parser { get; private set; } = parser;

        public RowBuffer Rows { get; } = new();

        public (long Start, long End) Range { get; set; }

        public void Parse(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
        {
            Parser.Reset();
            Rows.Clear();
            Parser.Target = Rows;
            long position = Range.Start;
            int carried = 0;
            while (true)
            {
                int want = (int)Math.Min(_buffer.Length - carried, Range.End - position);
                int got = want > 0 ? RandomAccess.Read(handle, _buffer.AsSpan(carried, want), position) : 0;
                position += got;
                var span = _buffer.AsSpan(0, carried + got);
                int start = 0;
                while (!Parser.Stopped)
                {
                    int newline = span[start..].IndexOf((byte)'\n');
                    if (newline < 0) break;
                    Parser.Line(span.Slice(start, newline));
                    start += newline + 1;
                }

                if (Parser.Stopped) return;
                if (got == 0)
                {
                    if (start < span.Length) Parser.Line(span[start..]);
                    return;
                }

                int rest = span.Length - start;
                if (rest == _buffer.Length)
                {
                    Parser.RecordFatal($"a line is longer than {BufferSize / (1 << 20)} MB");
                    return;
                }

                span[start..].CopyTo(_buffer);
                carried = rest;
            }
        }
    }

    /// <summary>A rejected row, kept until its global line number is known.</summary>
    private sealed record PendingReject(long Line, string? Field, string Reason, byte[] Content, bool Fatal = false);

    /// <summary>
    /// Parses lines with a configuration fixed by the first line (delimiter, columns, header). One
    /// configured instance per segment; each has its own customer-id table and counters.
    /// </summary>
    private sealed class LineParser
    {
        private readonly string _path;
        private readonly TransactionFileFormat _format;
        private readonly bool _collectAll;
        private readonly string? _dateFormat;
        private readonly byte _decimalSeparator;
        private readonly NumberFormatInfo _numberFormat;

        private int _customerIndex, _dateIndex, _amountIndex = -1, _maxIndex;
        private string _customerName = "", _dateName = "", _amountName = "";
        private byte[] _lastCustomer = new byte[64];
        private byte[] _idScratch = new byte[64];
        private int _lastCustomerLength = -1;
        private int _lastCustomerIndex = -1;
        private readonly byte[] _lastDate = new byte[32];
        private int _lastDateLength = -1;
        private int _lastDay;

        public LineParser(string path, TransactionFileFormat format, bool collectAllRejects)
        {
            _path = path;
            _format = format;
            _collectAll = collectAllRejects;
            _dateFormat = format.DateFormat is null or "yyyy-MM-dd" ? null : format.DateFormat;
            _decimalSeparator = (byte)format.DecimalSeparator;
            _numberFormat = format.NumberFormat;
        }

        public bool Started { get; private set; }

        public bool HadHeader { get; private set; }

        public byte Delimiter { get; private set; }

        /// <summary>Lines seen by this parser (local to its segment).</summary>
        public long LineNumber { get; private set; }

        public long RowsRead { get; private set; }

        public long RowsAccepted { get; private set; }

        /// <summary>True once a row was rejected in fail-fast mode: the rest of the segment is not needed.</summary>
        public bool Stopped { get; private set; }

        public List<PendingReject> Rejects { get; } = new();

        public Utf8KeyInterner Customers { get; private set; } = new(1024);

        public ITransactionRowSink? Target { get; set; }

        /// <summary>Forgets the previous segment: counters, rejects and customer ids; keeps the buffers.</summary>
        public void Reset()
        {
            LineNumber = 0;
            RowsRead = 0;
            RowsAccepted = 0;
            Stopped = false;
            Rejects.Clear();
            Customers.Clear();
            _lastCustomerLength = -1;
            _lastCustomerIndex = -1;
        }

        /// <summary>A parser with this one's configuration and fresh state.</summary>
        public LineParser CloneConfigured() => new(_path, _format, _collectAll)
        {
            Started = Started,
            HadHeader = HadHeader,
            Delimiter = Delimiter,
            _customerIndex = _customerIndex,
            _dateIndex = _dateIndex,
            _amountIndex = _amountIndex,
            _maxIndex = _maxIndex,
            _customerName = _customerName,
            _dateName = _dateName,
            _amountName = _amountName,
            Customers = new Utf8KeyInterner(1 << 16),
        };

        /// <summary>
        /// Reads up to the first non-blank line and configures the parser from it. Returns the offset where
        /// data rows begin (after the header, or at the first line when it is data).
        /// </summary>
        public long ReadPreamble(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length)
        {
            var buffer = new byte[(int)Math.Min(BufferSize, Math.Max(length, 1))];
            int n = RandomAccess.Read(handle, buffer, 0);
            var span = buffer.AsSpan(0, n);
            long offset = 0;
            if (span.StartsWith("\uFEFF"u8))
            {
                span = span[3..];
                offset = 3;
            }

            while (!span.IsEmpty)
            {
                int newline = span.IndexOf((byte)'\n');
                if (newline < 0 && n == buffer.Length) throw new InputFormatException(_path, LineNumber + 1, null, $"a line is longer than {BufferSize / (1 << 20)} MB");
                var line = newline < 0 ? span : span[..newline];
                int consumed = newline < 0 ? span.Length : newline + 1;
                if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
                if (!line.Trim(" \t"u8).IsEmpty)
                {
                    Started = true;
                    if (Start(line))
                    {
                        LineNumber++;
                        return offset + consumed;
                    }

                    return offset;
                }

                LineNumber++;
                offset += consumed;
                span = span[consumed..];
            }

            return length;
        }

        public void Line(ReadOnlySpan<byte> line)
        {
            LineNumber++;
            if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
            if (TrimBlanks(line).IsEmpty) return;

            RowsRead++;
            Span<(int Start, int Length)> fields = stackalloc (int, int)[3];
            if (!Split(line, fields, out int found))
            {
                Reject(line, null, $"expected at least {_maxIndex + 1} fields separated by {DelimiterName(Delimiter)}, found {found}");
                return;
            }

            var id = UnquoteText(line.Slice(fields[0].Start, fields[0].Length), ref _idScratch);
            if (id.IsEmpty)
            {
                Reject(line, _customerName, "customer id is empty");
                return;
            }

            var dateText = Unquote(line.Slice(fields[1].Start, fields[1].Length));
            if (!TryParseDay(dateText, out int day))
            {
                Reject(line, _dateName, $"'{Show(dateText)}' is not a date in format {_format.DateFormat ?? "yyyy-MM-dd (ISO 8601)"}");
                return;
            }

            double amount = 0;
            if (_amountIndex >= 0)
            {
                var amountText = Unquote(line.Slice(fields[2].Start, fields[2].Length));
                if (!TryParseAmount(amountText, out amount))
                {
                    Reject(line, _amountName, $"'{Show(amountText)}' is not a finite number (decimal separator '{_format.DecimalSeparator}')");
                    return;
                }
            }

            Target!.Add(Intern(id), day, amount);
            RowsAccepted++;
        }

        /// <summary>Records a problem that ends the read (e.g. a line too long to parse) at the next line.</summary>
        public void RecordFatal(string reason)
        {
            Rejects.Add(new PendingReject(LineNumber + 1, null, reason, Array.Empty<byte>(), Fatal: true));
            Stopped = true;
        }

        /// <summary>Sets up delimiter and columns from the first line; true when it is a header.</summary>
        private bool Start(ReadOnlySpan<byte> first)
        {
            Delimiter = _format.Delimiter is { } d ? (byte)d : Detect(first);
            var selectors = new[] { _format.CustomerColumn, _format.DateColumn, _format.AmountColumn };
            bool anyByName = selectors.Any(s => s?.Name is not null);
            var names = new List<string>();
            var scratch = Array.Empty<byte>();
            foreach (var f in SplitAll(first)) names.Add(Encoding.UTF8.GetString(UnquoteText(first.Slice(f.Start, f.Length), ref scratch)).Trim());

            bool header = _format.Header switch
            {
                HeaderMode.Present => true,
                HeaderMode.Absent => false,
                _ => anyByName || LooksLikeHeader(first),
            };
            if (anyByName && !header)
            {
                throw new InputFormatException(_path, 1, null, "columns are selected by name but the file has no header; select them by 1-based position instead");
            }

            HadHeader = header;
            int Resolve(ColumnSelector selector)
            {
                if (selector.Name is null) return selector.Position - 1;
                int index = names.FindIndex(n => string.Equals(n, selector.Name, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    var shown = string.Join(", ", names.Take(20)) + (names.Count > 20 ? ", …" : "");
                    throw new InputFormatException(_path, 1, selector.Name, $"no column named '{selector.Name}' in the header (columns: {shown})");
                }

                if (names.FindIndex(index + 1, n => string.Equals(n, selector.Name, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    throw new InputFormatException(_path, 1, selector.Name, $"column '{selector.Name}' appears more than once in the header");
                }

                return index;
            }

            _customerIndex = Resolve(_format.CustomerColumn);
            _dateIndex = Resolve(_format.DateColumn);
            _amountIndex = _format.AmountColumn is null ? -1 : Resolve(_format.AmountColumn);
            _maxIndex = Math.Max(_customerIndex, Math.Max(_dateIndex, _amountIndex));
            string NameOf(ColumnSelector s, int index) => header && index < names.Count ? names[index] : $"column {index + 1}";
            _customerName = NameOf(_format.CustomerColumn, _customerIndex);
            _dateName = NameOf(_format.DateColumn, _dateIndex);
            _amountName = _format.AmountColumn is null ? "" : NameOf(_format.AmountColumn, _amountIndex);
            return header;
        }

        private bool LooksLikeHeader(ReadOnlySpan<byte> first)
        {
            var fields = SplitAll(first);
            if (_format.DateColumn.Position - 1 is var di && di >= 0 && di < fields.Count)
            {
                var f = fields[di];
                if (!TryParseDay(Unquote(first.Slice(f.Start, f.Length)), out _)) return true;
            }

            if (_format.AmountColumn?.Position - 1 is int ai && ai >= 0 && ai < fields.Count)
            {
                var f = fields[ai];
                if (!TryParseAmount(Unquote(first.Slice(f.Start, f.Length)), out _)) return true;
            }

            return false;
        }

        private static byte Detect(ReadOnlySpan<byte> first)
        {
            if (first.Contains((byte)'\t')) return (byte)'\t';
            int commas = first.Count((byte)','), semicolons = first.Count((byte)';'), pipes = first.Count((byte)'|');
            if (commas == 0 && semicolons == 0 && pipes == 0) return (byte)TransactionFileFormat.Whitespace;
            if (commas >= semicolons && commas >= pipes) return (byte)',';
            return semicolons >= pipes ? (byte)';' : (byte)'|';
        }

        /// <summary>Finds the customer, date and amount fields; false when the line has too few fields.</summary>
        private bool Split(ReadOnlySpan<byte> line, Span<(int Start, int Length)> wanted, out int found)
        {
            if (Delimiter != (byte)TransactionFileFormat.Whitespace && line.Contains((byte)'"'))
            {
                var all = SplitAll(line);
                found = all.Count;
                if (found <= _maxIndex) return false;
                wanted[0] = all[_customerIndex];
                wanted[1] = all[_dateIndex];
                if (_amountIndex >= 0) wanted[2] = all[_amountIndex];
                return true;
            }

            int index = 0, pos = 0;
            bool whitespace = Delimiter == (byte)TransactionFileFormat.Whitespace;
            while (true)
            {
                if (whitespace)
                {
                    while (pos < line.Length && (line[pos] == (byte)' ' || line[pos] == (byte)'\t')) pos++;
                    if (pos >= line.Length) break;
                }

                int rest = whitespace ? line[pos..].IndexOfAny((byte)' ', (byte)'\t') : line[pos..].IndexOf(Delimiter);
                int length = rest < 0 ? line.Length - pos : rest;
                if (index == _customerIndex) wanted[0] = (pos, length);
                if (index == _dateIndex) wanted[1] = (pos, length);
                if (index == _amountIndex) wanted[2] = (pos, length);
                index++;
                if (index > _maxIndex)
                {
                    found = index;
                    return true;
                }

                if (rest < 0) break;
                pos += length + 1;
            }

            found = index;
            return false;
        }

        /// <summary>RFC 4180 splitting with quotes, for header lines and rows that contain quotes.</summary>
        private List<(int Start, int Length)> SplitAll(ReadOnlySpan<byte> line)
        {
            var result = new List<(int, int)>();
            int pos = 0;
            bool whitespace = Delimiter == (byte)TransactionFileFormat.Whitespace;
            while (pos <= line.Length)
            {
                if (whitespace)
                {
                    while (pos < line.Length && (line[pos] == (byte)' ' || line[pos] == (byte)'\t')) pos++;
                    if (pos >= line.Length) break;
                }

                int start = pos;
                if (pos < line.Length && line[pos] == (byte)'"')
                {
                    pos++;
                    while (pos < line.Length)
                    {
                        if (line[pos] == (byte)'"')
                        {
                            if (pos + 1 < line.Length && line[pos + 1] == (byte)'"') pos += 2;
                            else break;
                        }
                        else pos++;
                    }

                    pos = Math.Min(pos + 1, line.Length);
                }

                int next = whitespace ? line[pos..].IndexOfAny((byte)' ', (byte)'\t') : line[pos..].IndexOf(Delimiter);
                int end = next < 0 ? line.Length : pos + next;
                result.Add((start, end - start));
                if (next < 0) break;
                pos = end + 1;
            }

            return result;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> field)
        {
            // Fast path: nothing to trim or unquote (the usual machine-written field).
            if (field.IsEmpty || (!IsBlankOrQuote(field[0]) && !IsBlankOrQuote(field[^1]))) return field;
            field = TrimBlanks(field);
            if (field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"') field = TrimBlanks(field[1..^1]);
            return field;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsBlankOrQuote(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'"';

        /// <summary>
        /// <see cref="Unquote"/> for text that is kept (ids, header names): inside a quoted field RFC 4180
        /// writes a quote as "", so those pairs are collapsed, in <paramref name="scratch"/> when there are any.
        /// </summary>
        private static ReadOnlySpan<byte> UnquoteText(ReadOnlySpan<byte> field, ref byte[] scratch)
        {
            if (field.IsEmpty || (!IsBlankOrQuote(field[0]) && !IsBlankOrQuote(field[^1]))) return field;
            var trimmed = TrimBlanks(field);
            var inner = Unquote(field);
            if (inner.Length == trimmed.Length || inner.IndexOf("\"\""u8) < 0) return inner;
            if (scratch.Length < inner.Length) scratch = new byte[inner.Length * 2];
            int n = 0;
            for (int i = 0; i < inner.Length; i++)
            {
                scratch[n++] = inner[i];
                if (inner[i] == (byte)'"' && i + 1 < inner.Length && inner[i + 1] == (byte)'"') i++;
            }

            return scratch.AsSpan(0, n);
        }

        /// <summary>Trims spaces and tabs; hand-written because the general Trim overload is slow on short fields.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ReadOnlySpan<byte> TrimBlanks(ReadOnlySpan<byte> s)
        {
            int start = 0, end = s.Length;
            while (start < end && (s[start] == (byte)' ' || s[start] == (byte)'\t')) start++;
            while (end > start && (s[end - 1] == (byte)' ' || s[end - 1] == (byte)'\t')) end--;
            return s[start..end];
        }

        private int Intern(ReadOnlySpan<byte> id)
        {
            // Logs usually list a customer's rows together: skip the hash lookup when the id repeats.
            if (id.Length == _lastCustomerLength && id.SequenceEqual(_lastCustomer.AsSpan(0, _lastCustomerLength)))
            {
                return _lastCustomerIndex;
            }

            int index = Customers.GetOrAdd(id);
            if (id.Length > _lastCustomer.Length) _lastCustomer = new byte[id.Length * 2];
            id.CopyTo(_lastCustomer);
            _lastCustomerLength = id.Length;
            _lastCustomerIndex = index;
            return index;
        }

        private bool TryParseDay(ReadOnlySpan<byte> text, out int day)
        {
            if (text.Length == _lastDateLength && text.SequenceEqual(_lastDate.AsSpan(0, _lastDateLength)))
            {
                day = _lastDay;
                return true;
            }

            bool ok = _dateFormat is null ? TryParseIso(text, out day)
                : _dateFormat == "yyyyMMdd" ? TryParseCompact(text, out day)
                : TryParseFormatted(text, out day);
            if (ok && text.Length <= _lastDate.Length)
            {
                text.CopyTo(_lastDate);
                _lastDateLength = text.Length;
                _lastDay = day;
            }

            return ok;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool TryParseIso(ReadOnlySpan<byte> t, out int day)
        {
            day = 0;
            if (t.Length < 10 || t[4] != (byte)'-' || t[7] != (byte)'-') return false;
            if (t.Length > 10 && t[10] != (byte)'T' && t[10] != (byte)' ') return false;
            uint y0 = (uint)(t[0] - '0'), y1 = (uint)(t[1] - '0'), y2 = (uint)(t[2] - '0'), y3 = (uint)(t[3] - '0');
            uint m0 = (uint)(t[5] - '0'), m1 = (uint)(t[6] - '0'), d0 = (uint)(t[8] - '0'), d1 = (uint)(t[9] - '0');
            if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return false;
            return TryDay((int)(y0 * 1000 + y1 * 100 + y2 * 10 + y3), (int)(m0 * 10 + m1), (int)(d0 * 10 + d1), out day);
        }

        private static bool TryParseCompact(ReadOnlySpan<byte> t, out int day)
        {
            day = 0;
            return t.Length == 8 && TryDigits(t[..4], out int y) && TryDigits(t.Slice(4, 2), out int m) && TryDigits(t.Slice(6, 2), out int d) && TryDay(y, m, d, out day);
        }

        private bool TryParseFormatted(ReadOnlySpan<byte> t, out int day)
        {
            day = 0;
            if (t.Length > 64) return false;
            Span<char> chars = stackalloc char[64];
            int n = Encoding.UTF8.GetChars(t, chars);
            if (!DateTime.TryParseExact(chars[..n], _dateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value)) return false;
            day = DateOnly.FromDateTime(value).DayNumber;
            return true;
        }

        private static bool TryDigits(ReadOnlySpan<byte> t, out int value)
        {
            value = 0;
            foreach (byte b in t)
            {
                uint digit = (uint)(b - '0');
                if (digit > 9) return false;
                value = value * 10 + (int)digit;
            }

            return true;
        }

        private static readonly int[] DaysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

        /// <summary>Validates y-m-d and computes its <see cref="DateOnly.DayNumber"/> (proleptic Gregorian, day 0 = 0001-01-01).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool TryDay(int y, int m, int d, out int day)
        {
            day = 0;
            if ((uint)(y - 1) > 9998 || (uint)(m - 1) > 11 || d < 1) return false;
            bool leap = (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
            int length = m == 2 ? (leap ? 29 : 28) : (m is 4 or 6 or 9 or 11 ? 30 : 31);
            if (d > length) return false;
            int before = y - 1;
            day = before * 365 + before / 4 - before / 100 + before / 400 + DaysBeforeMonth[m] + (m > 2 && leap ? 1 : 0) + d - 1;
            return true;
        }

        private static readonly double[] PowersOfTen = Enumerable.Range(0, 23).Select(i => Math.Pow(10, i)).ToArray();

        private bool TryParseAmount(ReadOnlySpan<byte> t, out double value)
        {
            // Fast path: [-+]digits[.digits] with at most 15 significant digits; mantissa / 10^k is then
            // correctly rounded because both operands are exact doubles.
            int pos = 0;
            bool negative = false;
            if (pos < t.Length && (t[pos] == (byte)'-' || t[pos] == (byte)'+'))
            {
                negative = t[pos] == (byte)'-';
                pos++;
            }

            long mantissa = 0;
            int digits = 0, decimals = 0;
            bool seenSeparator = false, seenDigit = false, fast = pos < t.Length;
            for (; pos < t.Length; pos++)
            {
                byte b = t[pos];
                uint digit = (uint)(b - '0');
                if (digit <= 9)
                {
                    seenDigit = true;
                    mantissa = mantissa * 10 + digit;
                    if (mantissa != 0) digits++;
                    if (seenSeparator) decimals++;
                }
                else if (b == _decimalSeparator && !seenSeparator)
                {
                    seenSeparator = true;
                }
                else
                {
                    fast = false;
                    break;
                }
            }

            // A lone separator ("." or "-.") has no digits: leave it to the general parser, which rejects it.
            if (fast && seenDigit && digits <= 15 && decimals < PowersOfTen.Length)
            {
                value = mantissa / PowersOfTen[decimals];
                if (negative) value = -value;
                return true;
            }

            // General case: exponents, group separators, long mantissas.
            Span<char> chars = stackalloc char[128];
            value = 0;
            if (t.Length > chars.Length) return false;
            byte group = _decimalSeparator == (byte)',' ? (byte)'.' : (byte)',';
            if (t.Contains(group) && !HasValidGrouping(t, group, _decimalSeparator)) return false;
            int n = Encoding.UTF8.GetChars(t, chars);
            return double.TryParse(chars[..n], NumberStyles.Float | NumberStyles.AllowThousands, _numberFormat, out value) && double.IsFinite(value);
        }

        /// <summary>
        /// Group separators only count where they group thousands (1,234,567.89): otherwise "1,5" in a file
        /// read with '.' decimals would silently become 15.
        /// </summary>
        private static bool HasValidGrouping(ReadOnlySpan<byte> t, byte group, byte decimalSeparator)
        {
            int end = t.IndexOf(decimalSeparator);
            var whole = end < 0 ? t : t[..end];
            if (!whole.IsEmpty && (whole[0] == (byte)'-' || whole[0] == (byte)'+')) whole = whole[1..];
            int first = whole.IndexOf(group);
            if (first is < 1 or > 3 || (whole.Length - first) % 4 != 0) return false;
            for (int i = 0; i < first; i++)
            {
                if ((uint)(whole[i] - '0') > 9) return false;
            }

            for (int i = first; i < whole.Length; i += 4)
            {
                if (whole[i] != group) return false;
                for (int k = 1; k <= 3; k++)
                {
                    if ((uint)(whole[i + k] - '0') > 9) return false;
                }
            }

            return true;
        }

        private void Reject(ReadOnlySpan<byte> line, string? field, string reason)
        {
            var content = line.Length > 4096 ? line[..4096] : line;
            Rejects.Add(new PendingReject(LineNumber, field, reason, content.ToArray()));
            if (!_collectAll) Stopped = true;
        }

        private static string Show(ReadOnlySpan<byte> text)
        {
            var s = Encoding.UTF8.GetString(text.Length > 40 ? text[..40] : text).Replace("\0", "\\0");
            return text.Length > 40 ? s + "…" : s;
        }

        private static string DelimiterName(byte d) => d switch
        {
            (byte)'\t' => "tabs",
            (byte)' ' => "whitespace",
            _ => $"'{(char)d}'",
        };
    }
}
