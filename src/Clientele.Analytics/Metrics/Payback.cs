namespace Clientele.Analytics.Metrics;

/// <summary>
/// Payback period in months: how many months of the period's gross margin pay back its investment,
/// investment / (gross margin / period months), with months of 365.25 / 12 days.
/// </summary>
public static class Payback
{
    /// <summary>Payback months of <paramref name="investment"/> from <paramref name="margin"/> earned over <paramref name="period"/>.</summary>
    public static Measure Months(double investment, Measure margin, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(margin);
        ArgumentNullException.ThrowIfNull(period);
        if (investment == 0) return Measure.Unknown(Roi.NoInvestment);
        if (margin.Value is not { } m) return margin;
        return m <= 0 ? Measure.Unknown("gross margin in the period is not positive, so the investment is not paid back") : Measure.Of(investment / (m / period.Months));
    }
}
