using Clientele.Domain;

namespace Clientele.Analytics.Clv;

/// <summary>
/// How customer lifetime value is accumulated: a horizon in months, a monthly discount rate, a
/// margin applied to spend, and the length of a month in the purchase model's time unit.
/// </summary>
/// <param name="MonthLength">One month in the model's time unit (e.g. 30.4375/7 for a model fitted in weeks); must be positive.</param>
/// <param name="HorizonMonths">Months of future value to add up; at least 1.</param>
/// <param name="MonthlyDiscountRate">Discount rate per month (0.01 = 1%); zero or positive.</param>
/// <param name="MarginRate">Share of spend that is profit (1.0 = value of revenue); positive.</param>
public sealed record ClvOptions(double MonthLength, int HorizonMonths = 12, double MonthlyDiscountRate = 0.01, double MarginRate = 1.0)
{
    /// <summary>One month in the model's time unit.</summary>
    public double MonthLength { get; init; } = MonthLength > 0 && double.IsFinite(MonthLength)
        ? MonthLength
        : throw new ArgumentException($"The month length must be positive and finite, got {MonthLength}.", nameof(MonthLength));

    /// <summary>Months of future value to add up.</summary>
    public int HorizonMonths { get; init; } = HorizonMonths >= 1
        ? HorizonMonths
        : throw new ArgumentException($"The horizon must be at least one month, got {HorizonMonths}.", nameof(HorizonMonths));

    /// <summary>Discount rate per month.</summary>
    public double MonthlyDiscountRate { get; init; } = MonthlyDiscountRate >= 0 && double.IsFinite(MonthlyDiscountRate)
        ? MonthlyDiscountRate
        : throw new ArgumentException($"The monthly discount rate must be zero or positive, got {MonthlyDiscountRate}.", nameof(MonthlyDiscountRate));

    /// <summary>Share of spend that is profit.</summary>
    public double MarginRate { get; init; } = MarginRate > 0 && double.IsFinite(MarginRate)
        ? MarginRate
        : throw new ArgumentException($"The margin rate must be positive and finite, got {MarginRate}.", nameof(MarginRate));

    /// <summary>Default options for a model fitted in <paramref name="unit"/>: an average month of 30.4375 days.</summary>
    public static ClvOptions For(TimeUnit unit) => new(TimeUnit.Month.Days() / unit.Days());
}
