using System.Globalization;

namespace Clientele.Storage.Files;

/// <summary>
/// Picks a column of a delimited file either by header name (case-insensitive) or by 1-based position.
/// </summary>
public sealed record ColumnSelector
{
    private ColumnSelector(string? name, int position)
    {
        Name = name;
        Position = position;
    }

    /// <summary>The header name, or null when selected by position.</summary>
    public string? Name { get; }

    /// <summary>1-based position, or 0 when selected by name.</summary>
    public int Position { get; }

    /// <summary>Selects by header name.</summary>
    public static ColumnSelector ByName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ColumnSelector(name.Trim(), 0);
    }

    /// <summary>Selects by 1-based position.</summary>
    public static ColumnSelector ByPosition(int position)
    {
        if (position < 1) throw new ArgumentOutOfRangeException(nameof(position), position, "Column positions start at 1.");
        return new ColumnSelector(null, position);
    }

    /// <summary>A number is a 1-based position, anything else a header name.</summary>
    public static ColumnSelector Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int position) && position > 0
            ? ByPosition(position)
            : ByName(text);
    }

    /// <inheritdoc />
    public override string ToString() => Name ?? $"#{Position}";
}
