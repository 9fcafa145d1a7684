namespace Clientele.Domain;

/// <summary>
/// The unit in which recency, customer age (T) and forecast horizons are expressed.
/// Models fitted in one unit report their rate parameters per that unit.
/// </summary>
public enum TimeUnit
{
    /// <summary>One calendar day.</summary>
    Day,

    /// <summary>Seven days.</summary>
    Week,

    /// <summary>An average Gregorian month: 365.25 / 12 = 30.4375 days.</summary>
    Month,
}

/// <summary>Conversions between <see cref="TimeUnit"/> and days.</summary>
public static class TimeUnitExtensions
{
    /// <summary>The number of days in one <paramref name="unit"/>.</summary>
    public static double Days(this TimeUnit unit) => unit switch
    {
        TimeUnit.Day => 1.0,
        TimeUnit.Week => 7.0,
        TimeUnit.Month => 365.25 / 12.0,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    /// <summary>Parses "day", "week" or "month" (case-insensitive, plural accepted).</summary>
    /// <exception cref="FormatException">The text names no known unit.</exception>
    public static TimeUnit Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "d" or "day" or "days" => TimeUnit.Day,
        "w" or "week" or "weeks" => TimeUnit.Week,
        "m" or "month" or "months" => TimeUnit.Month,
        _ => throw new FormatException($"Unknown time unit '{text}': use day, week or month."),
    };
}
