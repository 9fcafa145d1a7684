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
}
