using Clientele.Domain;

namespace Clientele.Analytics.Validation;

/// <summary>
/// Per-period tracking of the cohort's repeat transactions, actual against expected, over calibration
/// and holdout (Fader, Hardie &amp; Lee 2005, Figures 1–2). Period k (1-based) covers the days whose
/// offset o from <see cref="Start"/> satisfies (k−1)·u ≤ o &lt; k·u, u the unit in days; index k−1 in the arrays.
/// </summary>
public sealed class TrackingComparison
{
    private readonly double[] _actualIncremental;
    private readonly double[] _actualCumulative;
    private readonly double[] _expectedIncremental;
    private readonly double[] _expectedCumulative;

    internal TrackingComparison(
        DateOnly start,
        TimeUnit unit,
        int calibrationPeriods,
        double[] actualIncremental,
        double[] actualCumulative,
        double[] expectedIncremental,
        double[] expectedCumulative)
    {
        Start = start;
        Unit = unit;
        CalibrationPeriods = calibrationPeriods;
        _actualIncremental = actualIncremental;
        _actualCumulative = actualCumulative;
        _expectedIncremental = expectedIncremental;
        _expectedCumulative = expectedCumulative;
        int n = actualIncremental.Length;
        CalibrationIncremental = Errors(actualIncremental, expectedIncremental, 0, calibrationPeriods);
        CalibrationCumulative = Errors(actualCumulative, expectedCumulative, 0, calibrationPeriods);
        HoldoutIncremental = Errors(actualIncremental, expectedIncremental, calibrationPeriods, n);
        HoldoutCumulative = Errors(actualCumulative, expectedCumulative, calibrationPeriods, n);
    }

    /// <summary>Time zero: the first day of period 1.</summary>
    public DateOnly Start { get; }

    /// <summary>The period length.</summary>
    public TimeUnit Unit { get; }

    /// <summary>The number of complete periods tracked (those that end on or before the observation end).</summary>
    public int PeriodCount => _actualIncremental.Length;

    /// <summary>Periods 1..CalibrationPeriods end on or before the calibration end; the rest are holdout.</summary>
    public int CalibrationPeriods { get; }

    /// <summary>Actual repeat transactions per period.</summary>
    public ReadOnlySpan<double> ActualIncremental => _actualIncremental;

    /// <summary>Actual repeat transactions up to the end of each period.</summary>
    public ReadOnlySpan<double> ActualCumulative => _actualCumulative;

    /// <summary>Expected repeat transactions per period (differences of the cumulative).</summary>
    public ReadOnlySpan<double> ExpectedIncremental => _expectedIncremental;

    /// <summary>Σ over customers born before t_k of E[X(t_k − birth)], t_k = k units after <see cref="Start"/>.</summary>
    public ReadOnlySpan<double> ExpectedCumulative => _expectedCumulative;

    /// <summary>Errors of the incremental numbers over the calibration periods.</summary>
    public TrackingErrors CalibrationIncremental { get; }

    /// <summary>Errors of the cumulative numbers over the calibration periods.</summary>
    public TrackingErrors CalibrationCumulative { get; }

    /// <summary>Errors of the incremental numbers over the holdout periods.</summary>
    public TrackingErrors HoldoutIncremental { get; }

    /// <summary>Errors of the cumulative numbers over the holdout periods.</summary>
    public TrackingErrors HoldoutCumulative { get; }

    private static TrackingErrors Errors(double[] actual, double[] expected, int from, int to)
    {
        double absolute = 0, percentage = 0;
        int withActual = 0;
        for (int k = from; k < to; k++)
        {
            double error = Math.Abs(actual[k] - expected[k]);
            absolute += error;
            if (actual[k] != 0)
            {
                percentage += 100 * error / Math.Abs(actual[k]);
                withActual++;
            }
        }

        int periods = to - from;
        return new TrackingErrors(
            periods,
            periods == 0 ? double.NaN : absolute / periods,
            withActual == 0 ? double.NaN : percentage / withActual);
    }
}
