namespace Clientele.Storage.Tables;

/// <summary>One column of a table to write: a header name and the values by row.</summary>
public abstract record TableColumn(string Name)
{
    /// <summary>The number of rows the column holds.</summary>
    public abstract int Length { get; }

    internal abstract void Write(int row, Utf8TextBuffer buffer);
}

/// <summary>A text column; values are quoted when they contain the delimiter, quotes or line breaks.</summary>
public sealed record TextColumn(string Name, IReadOnlyList<string> Values) : TableColumn(Name)
{
    /// <inheritdoc />
    public override int Length => Values.Count;

    internal override void Write(int row, Utf8TextBuffer buffer) => buffer.WriteField(Values[row]);
}

/// <summary>A numeric column written with a fixed number of decimals; NaN is written as an empty field.</summary>
public sealed record NumberColumn(string Name, IReadOnlyList<double> Values, int Decimals) : TableColumn(Name)
{
    /// <inheritdoc />
    public override int Length => Values.Count;

    internal override void Write(int row, Utf8TextBuffer buffer) => buffer.WriteFixed(Values[row], Decimals);
}

/// <summary>An integer column.</summary>
public sealed record IntegerColumn(string Name, IReadOnlyList<int> Values) : TableColumn(Name)
{
    /// <inheritdoc />
    public override int Length => Values.Count;

    internal override void Write(int row, Utf8TextBuffer buffer) => buffer.WriteInteger(Values[row]);
}
