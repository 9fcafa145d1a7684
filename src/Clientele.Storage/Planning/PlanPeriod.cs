using System.Globalization;
using System.Text.RegularExpressions;

namespace Clientele.Storage.Planning;

/// <summary>The days a plan covers, from <paramref name="Start"/> to <paramref name="End"/> inclusive.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (≥ <paramref name="Start"/>).</param>
public sealed partial record PlanPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>Days in the period.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The number of whole calendar months when the period runs from a first to a last day of a month, else null.</summary>
    public int? WholeMonths
    {
        get
        {
            if (Start.Day != 1 || End.AddDays(1).Day != 1) return null;
            var next = End.AddDays(1);
            return (next.Year - Start.Year) * 12 + next.Month - Start.Month;
        }
    }

    /// <summary>The period's length in months: whole calendar months, else days / (365.25 / 12).</summary>
    public double Months => WholeMonths ?? Days / (365.25 / 12);

    /// <summary>"2025-Q1" for a calendar quarter, "2025-01..2025-03" for whole months, else "2025-01-15..2025-04-14".</summary>
    public string Label
    {
        get
        {
            if (WholeMonths is not { } months) return $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
            if (months == 3 && Start.Month % 3 == 1) return $"{Start.Year}-Q{(Start.Month + 2) / 3}";
            return months == 1 ? $"{Start:yyyy-MM}" : $"{Start:yyyy-MM}..{End:yyyy-MM}";
        }
    }

    /// <summary>The period of the same length right after this one (the same number of months when whole months).</summary>
    public PlanPeriod Next()
    {
        var start = End.AddDays(1);
        return WholeMonths is { } months ? new PlanPeriod(start, start.AddMonths(months).AddDays(-1)) : new PlanPeriod(start, start.AddDays(Days - 1));
    }

    /// <summary>The <paramref name="months"/> whole months starting with the month after <paramref name="day"/> (a plan made from a snapshot as of that day).</summary>
    /// <exception cref="ArgumentException"><paramref name="months"/> is below 1.</exception>
    public static PlanPeriod After(DateOnly day, int months)
    {
        if (months < 1) throw new ArgumentException($"A plan period needs at least one month, got {months}.", nameof(months));
        var start = new DateOnly(day.Year, day.Month, 1).AddMonths(1);
        return new PlanPeriod(start, start.AddMonths(months).AddDays(-1));
    }

    /// <summary>
    /// Reads "2025-Q1", "2025-01" (one month), "2025-01..2025-03" (whole months) or "2025-01-15..2025-04-14" (days).
    /// </summary>
    /// <exception cref="ArgumentException">The text is none of these, or the period ends before it starts.</exception>
    public static PlanPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var quarter = QuarterPattern().Match(t);
        if (quarter.Success)
        {
            int year = int.Parse(quarter.Groups[1].Value, CultureInfo.InvariantCulture), q = quarter.Groups[2].Value[0] - '0';
            var start = new DateOnly(year, 3 * q - 2, 1);
            return new PlanPeriod(start, start.AddMonths(3).AddDays(-1));
        }

        var parts = t.Split("..");
        if (parts.Length is 1 or 2)
        {
            var first = Bound(parts[0], start: true);
            var last = Bound(parts[^1], start: false);
            if (first is { } s && last is { } e)
            {
                if (e < s) throw new ArgumentException($"The period '{text}' ends before it starts.", nameof(text));
                return new PlanPeriod(s, e);
            }
        }

        throw new ArgumentException($"'{text}' is not a period: use 2025-Q1, 2025-01, 2025-01..2025-03 or 2025-01-15..2025-04-14.", nameof(text));
    }

    private static DateOnly? Bound(string part, bool start)
    {
        part = part.Trim();
        if (DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (DateOnly.TryParseExact(part + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return start ? month : month.AddMonths(1).AddDays(-1);
        }

        return null;
    }

    [GeneratedRegex(@"^(\d{4})-[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();
}
