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
        double scaled = Math.Round(value * Scale[decimals], MidpointRounding.AwayFromZero);
        if (!double.IsFinite(value) || Math.Abs(scaled) >= 9e15)
        {
            // Outside the exact-integer range: fall back to the general formatter.
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            WriteField(text);
            return;
        }

        Ensure(40);
        long units = (long)scaled;
        if (units < 0)
        {
            _bytes[Length++] = (byte)'-';
            units = -units;
        }

        long whole = decimals == 0 ? units : units / (long)Scale[decimals];
        Utf8Formatter.TryFormat(whole, _bytes.AsSpan(Length), out int written);
        Length += written;
        if (decimals == 0) return;
        _bytes[Length++] = (byte)'.';
        long fraction = units - whole * (long)Scale[decimals];
        for (int i = decimals - 1; i >= 0; i--)
        {
            _bytes[Length + i] = (byte)('0' + (int)(fraction % 10));
            fraction /= 10;
        }

        Length += decimals;
    }

    private void Ensure(int extra)
    {
        if (Length + extra > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + extra));
    }
}
