using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Clientele.Storage.Tables;

/// <summary>
/// A growable UTF-8 byte buffer with fast writers for CSV fields: fixed-point numbers are formatted
/// from a scaled integer, which is several times faster than general double formatting.
/// </summary>
internal sealed class Utf8TextBuffer
{
    private static readonly double[] Scale = Enumerable.Range(0, 16).Select(i => Math.Pow(10, i)).ToArray();
    private byte[] _bytes;

    public Utf8TextBuffer(int capacity) => _bytes = new byte[Math.Max(capacity, 256)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void WriteByte(byte b)
    {
        Ensure(1);
        _bytes[Length++] = b;
    }

    public void WriteField(string text)
    {
        bool quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (quote) text = "\"" + text.Replace("\"", "\"\"") + "\"";
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Ensure(max);
        Length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(Length));
    }

    public void WriteInteger(long value)
    {
        Ensure(24);
        Utf8Formatter.TryFormat(value, _bytes.AsSpan(Length), out int written);
        Length += written;
    }

    public void WriteFixed(double value, int decimals)
    {
        if (double.IsNaN(value)) return;
        // Half away from zero. Not Math.Round(x, MidpointRounding.AwayFromZero), which calls the C runtime's
        // modf for every value; x − ⌊x⌋ is exact, so this rounds identically at a fraction of the cost.
        double scaled = Math.Abs(value) * Scale[decimals];
        double magnitude = Math.Floor(scaled);
        if (scaled - magnitude >= 0.5) magnitude += 1;
        if (!double.IsFinite(value) || magnitude >= 9e15)
        {
            // Outside the exact-integer range: fall back to the general formatter.
            WriteField(value.ToString("R", CultureInfo.InvariantCulture));
            return;
        }

        // Fixed point from a scaled integer, written right to left two digits at a time straight into the
        // buffer: several times faster than general double formatting.
        ulong units = (ulong)(long)magnitude; // < 9e15: the signed conversion is a single instruction
        ulong power = PowersOfTen[decimals];
        ulong whole = units / power, fraction = units - whole * power;
        bool negative = value < 0 && units != 0; // a value that rounds to zero gets no sign ("0.00", not "-0.00")
        int length = (negative ? 1 : 0) + DigitCount(whole) + (decimals > 0 ? decimals + 1 : 0);
        Ensure(length);
        var bytes = _bytes;
        int p = Length + length;
        int remaining = decimals;
        for (; remaining >= 2; remaining -= 2)
        {
            ulong q = fraction / 100;
            int pair = (int)(fraction - q * 100) * 2;
            bytes[--p] = Pairs[pair + 1];
            bytes[--p] = Pairs[pair];
            fraction = q;
        }

        if (remaining == 1) bytes[--p] = (byte)('0' + (int)fraction);
        if (decimals > 0) bytes[--p] = (byte)'.';
        while (whole >= 100)
        {
            ulong q = whole / 100;
            int pair = (int)(whole - q * 100) * 2;
            bytes[--p] = Pairs[pair + 1];
            bytes[--p] = Pairs[pair];
            whole = q;
        }

        if (whole >= 10)
        {
            bytes[--p] = Pairs[(int)whole * 2 + 1];
            bytes[--p] = Pairs[(int)whole * 2];
        }
        else
        {
            bytes[--p] = (byte)('0' + (int)whole);
        }
        if (negative) bytes[--p] = (byte)'-';
        Length += length;
    }

    private static readonly ulong[] PowersOfTen = Enumerable.Range(0, 16).Select(i => (ulong)Math.Pow(10, i)).ToArray();

    private static readonly byte[] Pairs = Enumerable.Range(0, 100).SelectMany(i => new[] { (byte)('0' + i / 10), (byte)('0' + i % 10) }).ToArray();

    private static int DigitCount(ulong value)
    {
        int digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    private void Ensure(int extra)
    {
        if (Length + extra > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + extra));
    }
}
