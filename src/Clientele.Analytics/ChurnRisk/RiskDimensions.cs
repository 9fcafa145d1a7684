namespace Clientele.Analytics.ChurnRisk;

/// <summary>Names of <see cref="RiskDimension"/> and the calendar keys of the time dimensions.</summary>
public static class RiskDimensions
{
    /// <summary>The key of a group whose attribute is missing.</summary>
    public const string None = "(none)";

    /// <summary>The dimension named <paramref name="text"/> (case-insensitive), e.g. "region".</summary>
    /// <exception cref="FormatException">The name is not a dimension; the message lists the valid names.</exception>
    public static RiskDimension Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var dimension in Enum.GetValues<RiskDimension>())
        {
            if (string.Equals(Name(dimension), text.Trim(), StringComparison.OrdinalIgnoreCase)) return dimension;
        }

        throw new FormatException($"'{text}' is not a dimension; use one of {string.Join(", ", Enum.GetValues<RiskDimension>().Select(Name))}.");
    }

    /// <summary>The dimension's lower-case name, as on the command line.</summary>
    public static string Name(RiskDimension dimension) => dimension.ToString().ToLowerInvariant();

    /// <summary>The key of <paramref name="date"/> in a time dimension: 2025-06, 2025-Q2 or 2025.</summary>
    /// <exception cref="ArgumentException">The dimension is not month, quarter or year.</exception>
    public static string CalendarKey(RiskDimension dimension, DateOnly date) => dimension switch
    {
        RiskDimension.Month => $"{date.Year:D4}-{date.Month:D2}",
        RiskDimension.Quarter => $"{date.Year:D4}-Q{(date.Month + 2) / 3}",
        RiskDimension.Year => $"{date.Year:D4}",
        _ => throw new ArgumentException($"{Name(dimension)} is not a time dimension.", nameof(dimension)),
    };

    /// <summary>Whether the dimension is month, quarter or year.</summary>
    public static bool IsCalendar(RiskDimension dimension) => dimension is RiskDimension.Month or RiskDimension.Quarter or RiskDimension.Year;
}
