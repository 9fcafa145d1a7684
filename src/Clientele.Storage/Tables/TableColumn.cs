using System.Runtime.InteropServices;

namespace Clientele.Storage.Tables;

/// <summary>One column of a table to write: a header name and the values by row.</summary>
public abstract record TableColumn(string Name)
{
    /// <summary>The number of rows the column holds.</summary>
    public abstract int Length { get; }

    internal abstract void Write(int row, Utf8TextBuffer buffer);

    /// <summary>The memory's backing array when it covers a whole array (no copy), else a copy.</summary>
    private protected static T[] AsArray<T>(ReadOnlyMemory<T> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();
}

/// <summary>A text column; values are quoted when they contain the delimiter, quotes or line breaks.</summary>
public sealed record TextColumn : TableColumn
{
    private readonly string[] _values;

    /// <summary>Creates the column.</summary>
    public TextColumn(string name, ReadOnlyMemory<string> values)
        : base(name) => _values = AsArray(values);

    /// <summary>Creates the column over an array (not copied).</summary>
    public TextColumn(string name, string[] values)
        : this(name, (ReadOnlyMemory<string>)values)
    {
    }

    /// <inheritdoc />
    public override int Length => _values.Length;

    internal override void Write(int row, Utf8TextBuffer buffer) => buffer.WriteField(_values[row]);
}

/// <summary>A numeric column written with a fixed number of decimals; NaN is written as an empty field.</summary>
public sealed record NumberColumn : TableColumn
{
    private readonly double[] _values;

    /// <summary>Creates the column; <paramref name="decimals"/> is 0 to 15.</summary>
    public NumberColumn(string name, ReadOnlyMemory<double> values, int decimals)
        : base(name)
    {
        if (decimals is < 0 or > 15) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be between 0 and 15.");
        _values = AsArray(values);
        Decimals = decimals;
    }

    /// <summary>Creates the column over an array (not copied).</summary>
    public NumberColumn(string name, double[] values, int decimals)
        : this(name, (ReadOnlyMemory<double>)values, decimals)
    {
    }

    /// <summary>Digits after the decimal point.</summary>
    public int Decimals { get; }

    /// <inheritdoc />
    public override int Length => _values.Length;

    internal override void Write(int row, Utf8TextBuffer buffer) => buffer.WriteFixed(_values[row], Decimals);
}

/// <summary>An integer column.</summary>
public sealed record IntegerColumn : TableColumn
{
    private readonly int[] _values;

    /// <summary>Creates the column.</summary>
    public IntegerColumn(string name, ReadOnlyMemory<int> values)
        : base(name) => _values = AsArray(values);

    /// <summary>Creates the column over an array (not copied).</summary>
    public IntegerColumn(string name, int[] values)
        : this(name, (ReadOnlyMemory<int>)values)
    {
    }

    /// <inheritdoc />
    public override int Length => _values.Length;

    internal override void Write(int row, Utf8TextBuffer buffer) => buffer.WriteInteger(_values[row]);
}
