using System.Globalization;

namespace Clientele.Analytics.Metrics;

/// <summary>The names of the <see cref="Dimension"/> values as people type them (month, quarter, …, channel).</summary>
public static class DimensionText
{
    /// <summary>The label of a customer that has no value for a dimension (no dealer, not analyzed, …).</summary>
    public const string None = "(none)";

    /// <summary>The accepted names, lower case, in enum order.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<Dimension>().Select(ToText).ToArray();

    /// <summary>The name of <paramref name="dimension"/>, lower case.</summary>
    public static string ToText(Dimension dimension) => dimension.ToString().ToLowerInvariant();

    /// <summary>Reads a dimension name (case-insensitive); false when it names none.</summary>
    public static bool TryParse(string? text, out Dimension dimension)
    {
        dimension = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var value in Enum.GetValues<Dimension>())
        {
            if (string.Equals(ToText(value), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                dimension = value;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="dimension"/> slices time (month, quarter, year) rather than customers.</summary>
    public static bool IsTime(this Dimension dimension) => dimension is Dimension.Month or Dimension.Quarter or Dimension.Year;

    /// <summary>The label of the calendar month (<c>2025-03</c>), quarter (<c>2025-Q1</c>) or year (<c>2025</c>) holding <paramref name="day"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is not a time dimension.</exception>
    public static string CalendarLabel(Dimension dimension, DateOnly day) => dimension switch
    {
        Dimension.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Dimension.Quarter => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-Q{(day.Month - 1) / 3 + 1}"),
        Dimension.Year => day.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"{ToText(dimension)} is not a time dimension.", nameof(dimension)),
    };

    /// <summary>The dimension named by <paramref name="text"/> (case-insensitive, trimmed).</summary>
    /// <exception cref="FormatException">The text names no dimension; the message lists them.</exception>
    public static Dimension Parse(string? text) =>
        TryParse(text, out var dimension) ? dimension : throw new FormatException($"'{text}' is not a dimension; use one of {string.Join(", ", Names)}.");
}
