namespace Clientele.Analytics.Metrics;

/// <summary>
/// The period a measure is taken over: the days <see cref="From"/> to <see cref="To"/>, both inclusive. Churn and
/// the baseline of incremental ROI compare it with <see cref="Preceding"/>, the period of equal length just before.
/// </summary>
public sealed record MetricPeriod
{
    /// <summary>The period [<paramref name="from"/>, <paramref name="to"/>].</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is earlier than <paramref name="from"/>.</exception>
    public MetricPeriod(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"The period end {to:yyyy-MM-dd} must not be earlier than its start {from:yyyy-MM-dd}.", nameof(to));
        From = from;
        To = to;
    }

    /// <summary>First day, inclusive.</summary>
    public DateOnly From { get; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly To { get; }

    /// <summary>Number of days, To − From + 1.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The length in average months (days / (365.25 / 12)), for payback and per-month rates.</summary>
    public double Months => Days / (365.25 / 12);

    /// <summary>The period of equal length just before this one: [From − Days, From − 1].</summary>
    public MetricPeriod Preceding => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>First day as a <see cref="DateOnly.DayNumber"/>.</summary>
    public int FromDay => From.DayNumber;

    /// <summary>Last day as a <see cref="DateOnly.DayNumber"/>.</summary>
    public int ToDay => To.DayNumber;

    /// <summary>Whether day number <paramref name="dayNumber"/> lies in the period.</summary>
    public bool Contains(int dayNumber) => dayNumber >= FromDay && dayNumber <= ToDay;

    /// <summary>The period as text, "yyyy-MM-dd..yyyy-MM-dd".</summary>
    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
