namespace Clientele.Analytics.Dealers;

/// <summary>
/// The period of a dealer scorecard, [From, To] inclusive, and the preceding period of equal length that growth
/// compares with: [From − L, From − 1] with L = To − From + 1 days.
/// </summary>
public sealed record ScorecardPeriod
{
    /// <summary>A period from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    public ScorecardPeriod(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"The period's end {to:yyyy-MM-dd} must not be before its start {from:yyyy-MM-dd}.", nameof(to));
        From = from;
        To = to;
    }

    /// <summary>First day, inclusive.</summary>
    public DateOnly From { get; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly To { get; }

    /// <summary>L: the number of days in the period.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>First day of the preceding period: From − L.</summary>
    public DateOnly PreviousFrom => From.AddDays(-Days);

    /// <summary>Last day of the preceding period: From − 1.</summary>
    public DateOnly PreviousTo => From.AddDays(-1);

    /// <summary>The twelve months up to and including <paramref name="to"/>: [to − 1 year + 1 day, to].</summary>
    public static ScorecardPeriod TwelveMonthsTo(DateOnly to) => new(to.AddYears(-1).AddDays(1), to);
}
