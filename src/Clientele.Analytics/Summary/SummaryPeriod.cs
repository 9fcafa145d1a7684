using Clientele.Domain;

namespace Clientele.Analytics.Summary;

/// <summary>
/// The window a customer summary describes: purchases up to and including <see cref="ObservationEnd"/>,
/// measured in <see cref="Unit"/>, optionally split at <see cref="CalibrationEnd"/> into a calibration
/// period (purchases ≤ CalibrationEnd) and a holdout period (CalibrationEnd, ObservationEnd].
/// </summary>
public sealed record SummaryPeriod
{
    /// <summary>Creates a period and checks that the calibration end is not after the observation end.</summary>
    /// <param name="observationEnd">The as-of date, inclusive.</param>
    /// <param name="unit">The unit of recency, T and holdout length.</param>
    /// <param name="calibrationEnd">The last day of the calibration period, inclusive; null = no holdout.</param>
    /// <exception cref="ArgumentException">The calibration end is after the observation end, or the unit is unknown.</exception>
    public SummaryPeriod(DateOnly observationEnd, TimeUnit unit, DateOnly? calibrationEnd = null)
    {
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentException($"Unknown time unit {unit}.", nameof(unit));
        }

        if (calibrationEnd is { } cal && cal > observationEnd)
        {
            throw new ArgumentException(
                $"The calibration end {cal:yyyy-MM-dd} must not be later than the observation end {observationEnd:yyyy-MM-dd}.",
                nameof(calibrationEnd));
        }

        ObservationEnd = observationEnd;
        Unit = unit;
        CalibrationEnd = calibrationEnd;
    }

    /// <summary>The as-of date, inclusive: later purchases are ignored.</summary>
    public DateOnly ObservationEnd { get; }

    /// <summary>The unit of recency, T and the holdout length.</summary>
    public TimeUnit Unit { get; }

    /// <summary>The last calibration day, inclusive; null when there is no holdout.</summary>
    public DateOnly? CalibrationEnd { get; }

    /// <summary>True when a calibration end is set (the holdout may still be empty if it equals the observation end).</summary>
    public bool HasHoldout => CalibrationEnd is not null;

    /// <summary>The end of the period that frequency, recency and T describe: the calibration end, else the observation end.</summary>
    public DateOnly EffectiveCalibrationEnd => CalibrationEnd ?? ObservationEnd;

    /// <summary>The holdout length (ObservationEnd − CalibrationEnd) in <see cref="Unit"/>; 0 without a holdout.</summary>
    public double HoldoutLength => (ObservationEnd.DayNumber - EffectiveCalibrationEnd.DayNumber) / Unit.Days();
}
