using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Clientele.Storage.Database;

/// <summary>
/// Writes PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format")
/// straight into a raw COPY stream: per row a field count, per field its length and bytes in network order. Why not
/// <c>NpgsqlBinaryImporter</c>: it binds a parameter object per value (type resolution, size, asynchronous state
/// machine), which made the client, not the server, the slower end of a 10-million-row load; these values have four
/// fixed types whose encodings are a few lines each.
/// </summary>
internal sealed class PgBinaryCopy : IDisposable
{
    // Days from 0001-01-01 to PostgreSQL's epoch, 2000-01-01.
    private static readonly int Epoch = new DateOnly(2000, 1, 1).DayNumber;

    // "PGCOPY\n\377\r\n\0" (a u8 literal would encode \377 as two bytes).
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    private readonly NpgsqlRawCopyStream stream;
    // Rented: a load runs a COPY per batch, and a new 256 KB (large-object heap) buffer each time cost full collections.
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 18);
    private bool returned;
    private int length;
    private bool completed;

    /// <summary>Starts <c>COPY <paramref name="target"/> FROM STDIN (FORMAT BINARY)</c>, e.g. <c>transactions (a, b)</c>.</summary>
    /// <param name="connection">The open connection (and its transaction).</param>
    /// <param name="target">The table and its columns.</param>
    /// <param name="freeze">COPY … FREEZE: only for a table created or truncated in the current transaction.</param>
    public PgBinaryCopy(NpgsqlConnection connection, string target, bool freeze = false)
    {
        stream = connection.BeginRawBinaryCopy($"COPY {target} FROM STDIN (FORMAT BINARY{(freeze ? ", FREEZE" : "")})");
        Signature.CopyTo(buffer);
        length = Signature.Length;
        Int32(0); // flags
        Int32(0); // header extension length
    }

    /// <summary>Starts a row of <paramref name="fields"/> fields.</summary>
    public void StartRow(short fields)
    {
        Room(2);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(length), fields);
        length += 2;
    }

    public void Null() => Int32(-1);

    public void BigInt(long value)
    {
        Int32(8);
        Room(8);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(length), value);
        length += 8;
    }

    /// <summary>A <c>date</c>: days since 2000-01-01.</summary>
    public void Date(DateOnly value)
    {
        Int32(4);
        Int32(value.DayNumber - Epoch);
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        int most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (4 + most > buffer.Length)
        {
            // A field larger than the buffer (long JSON text): straight to the stream after what is buffered.
            var bytes = Encoding.UTF8.GetBytes(value);
            Int32(bytes.Length);
            Flush();
            stream.Write(bytes);
            return;
        }

        Room(4 + most);
        int written = Encoding.UTF8.GetBytes(value, buffer.AsSpan(length + 4));
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(length), written);
        length += 4 + written;
    }

    /// <summary>
    /// A <c>numeric</c> from a value in units of 1/10,000 (<see cref="StoredDecimal"/>): base-10,000 digits, so the
    /// four decimal places are exactly one digit of weight −1; display scale 4, as NUMERIC(19,4) stores it anyway.
    /// </summary>
    public void Numeric(long scaled)
    {
        // |scaled| < 10^19, so at most 5 base-10,000 digits (4 integral + 1 fractional); long.MinValue is never stored.
        Span<short> digits = stackalloc short[6];
        ulong magnitude = scaled < 0 ? (ulong)(-scaled) : (ulong)scaled;
        int count = 0;
        while (magnitude > 0)
        {
            digits[count++] = (short)(magnitude % 10_000);
            magnitude /= 10_000;
        }

        // digits[0] is the fractional group (weight −1); drop zero groups at the low end, as PostgreSQL does.
        int low = 0;
        while (low < count && digits[low] == 0) low++;
        int n = count - low;
        Int32(8 + (2 * n));
        Room(8 + (2 * n));
        var span = buffer.AsSpan(length);
        BinaryPrimitives.WriteInt16BigEndian(span, (short)n);
        BinaryPrimitives.WriteInt16BigEndian(span[2..], (short)(n == 0 ? 0 : count - 2));
        BinaryPrimitives.WriteInt16BigEndian(span[4..], (short)(scaled < 0 ? 0x4000 : 0));
        BinaryPrimitives.WriteInt16BigEndian(span[6..], 4);
        for (int i = 0; i < n; i++) BinaryPrimitives.WriteInt16BigEndian(span[(8 + (2 * i))..], digits[count - 1 - i]);
        length += 8 + (2 * n);
    }

    /// <summary>Ends the data and the COPY; the server has then checked and stored every row.</summary>
    public void Complete()
    {
        Room(2);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(length), -1);
        length += 2;
        Flush();
        completed = true;
        stream.Dispose();
        Return();
    }

    /// <summary>Cancels the COPY unless <see cref="Complete"/> ran (nothing of it is stored).</summary>
    public void Dispose()
    {
        if (completed)
        {
            Return();
            return;
        }

        completed = true;
        try
        {
            stream.Cancel();
        }
        finally
        {
            stream.Dispose();
            Return();
        }
    }

    private void Return()
    {
        if (returned) return;
        returned = true;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private void Int32(int value)
    {
        Room(4);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(length), value);
        length += 4;
    }

    private void Room(int bytes)
    {
        if (length + bytes <= buffer.Length) return;
        Flush();
    }

    private void Flush()
    {
        stream.Write(buffer, 0, length);
        length = 0;
    }
}
