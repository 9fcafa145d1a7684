using Clientele.Analytics.Models;
using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Analytics.Validation;

/// <summary>
/// Compares a fitted repeat-purchase model with what the customers actually did: mean holdout
/// purchases by calibration frequency, and per-period tracking of repeat transactions (Fader, Hardie
/// &amp; Lee 2005, "Counting your customers the easy way", §4; the BTYD walkthrough's conventions).
/// </summary>
public static class HoldoutValidation
{
    /// <summary>
    /// For each calibration frequency bin x = 0 … maxBin − 1 and x ≥ maxBin: the customers, their mean
    /// actual holdout purchases x*, and the mean of model.ConditionalExpectedPurchases(holdout length, x, t_x, T).
    /// </summary>
    /// <param name="model">A model fitted on the calibration period, in the summary's unit.</param>
    /// <param name="summaries">A summary with a holdout (a calibration end).</param>
    /// <param name="maxBin">The first frequency of the open last bin; 7 gives the usual 0–6, 7+.</param>
    /// <exception cref="ArgumentException">The summary has no holdout, or maxBin &lt; 1.</exception>
    public static FrequencyBinComparison CompareByFrequency(IRepeatPurchaseModel model, CustomerSummaries summaries, int maxBin = 7)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(summaries);
        if (!summaries.Period.HasHoldout)
        {
            throw new ArgumentException("The summary has no holdout period: build it with a calibration end.", nameof(summaries));
        }

        if (maxBin < 1)
        {
            throw new ArgumentException($"maxBin must be at least 1, got {maxBin}.", nameof(maxBin));
        }

        double holdout = summaries.Period.HoldoutLength;
        var customers = new int[maxBin + 1];
        var actual = new double[maxBin + 1];
        var expected = new double[maxBin + 1];
        // The model is evaluated once per distinct (x, t_x, T), in parallel: a million customers are a few
        // hundred thousand distinct rows.
        var data = summaries.ToRepeatPurchaseData();
        var perRow = new double[data.Count];
        Numerics.BlockSum.ForBlocks(data.Count, (start, end) =>
        {
            for (int r = start; r < end; r++) perRow[r] = model.ConditionalExpectedPurchases(holdout, data.Frequency[r], data.Recency[r], data.Age[r]);
        });
        var rowOf = data.RowOfCustomer!;
        var x = summaries.Frequency;
        var xStar = summaries.HoldoutFrequency;
        for (int i = 0; i < summaries.Count; i++)
        {
            int bin = (int)Math.Min(x[i], maxBin);
            customers[bin]++;
            actual[bin] += xStar[i];
            expected[bin] += perRow[rowOf[i]];
        }

        var bins = new FrequencyBin[maxBin + 1];
        double errorSum = 0;
        int nonEmpty = 0;
        for (int b = 0; b <= maxBin; b++)
        {
            int n = customers[b];
            bins[b] = new FrequencyBin(b, b == maxBin, n, n == 0 ? double.NaN : actual[b] / n, n == 0 ? double.NaN : expected[b] / n);
            if (n > 0)
            {
                errorSum += bins[b].AbsoluteError;
                nonEmpty++;
            }
        }

        return new FrequencyBinComparison(holdout, bins, nonEmpty == 0 ? double.NaN : errorSum / nonEmpty);
    }

    /// <summary>
    /// Tracks repeat transactions per period from <paramref name="start"/> to the observation end.
    /// Expected cumulative at t_k = k units after the start is Σᵢ E[X(t_k − bᵢ)] over customers born
    /// (first purchase, bᵢ units after the start) before t_k, as BTYD's ExpectedCumulativeTransactions;
    /// customers are grouped by birth day, so the cost is (distinct birth days × periods) model calls.
    /// Only complete periods are tracked; a period that straddles the calibration end counts as holdout.
    /// </summary>
    /// <param name="model">A model fitted on the calibration period, in the summary's unit.</param>
    /// <param name="summaries">The customer summary (its daily repeat counts give the actuals).</param>
    /// <param name="start">Time zero; default the cohort's earliest first purchase. Must not be later than that.</param>
    /// <exception cref="ArgumentException">The start is after the earliest first purchase or after the observation end.</exception>
    public static TrackingComparison Track(IRepeatPurchaseModel model, CustomerSummaries summaries, DateOnly? start = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(summaries);
        var period = summaries.Period;
        var dailyStart = summaries.DailyRepeatPurchasesStart;
        var origin = start ?? dailyStart;
        if (origin > dailyStart && summaries.Count > 0)
        {
            throw new ArgumentException(
                $"The tracking start {origin:yyyy-MM-dd} is after the earliest first purchase {dailyStart:yyyy-MM-dd}.", nameof(start));
        }

        if (origin > period.ObservationEnd)
        {
            throw new ArgumentException($"The tracking start {origin:yyyy-MM-dd} is after the observation end.", nameof(start));
        }

        double unitDays = period.Unit.Days();
        int totalDays = period.ObservationEnd.DayNumber - origin.DayNumber + 1;
        int periods = CompletePeriods(totalDays, unitDays);
        int calibrationPeriods = Math.Min(periods, CompletePeriods(period.EffectiveCalibrationEnd.DayNumber - origin.DayNumber + 1, unitDays));

        var actualIncremental = new double[periods];
        var daily = summaries.DailyRepeatPurchases;
        int shift = dailyStart.DayNumber - origin.DayNumber;
        for (int d = 0; d < daily.Length; d++)
        {
            int k = (int)Math.Floor((d + shift) / unitDays);
            if (k < periods) actualIncremental[k] += daily[d];
        }

        var birthCounts = new SortedDictionary<int, int>();
        foreach (var first in summaries.FirstPurchase)
        {
            int offset = first.DayNumber - origin.DayNumber;
            birthCounts[offset] = birthCounts.GetValueOrDefault(offset) + 1;
        }

        var expectedCumulative = new double[periods];
        foreach (var (offset, count) in birthCounts)
        {
            double birth = offset / unitDays;
            for (int k = 1; k <= periods; k++)
            {
                if (birth < k) expectedCumulative[k - 1] += count * model.ExpectedPurchases(k - birth);
            }
        }

        var actualCumulative = new double[periods];
        var expectedIncremental = new double[periods];
        for (int k = 0; k < periods; k++)
        {
            actualCumulative[k] = actualIncremental[k] + (k > 0 ? actualCumulative[k - 1] : 0);
            expectedIncremental[k] = expectedCumulative[k] - (k > 0 ? expectedCumulative[k - 1] : 0);
        }

        return new TrackingComparison(origin, period.Unit, calibrationPeriods, actualIncremental, actualCumulative, expectedIncremental, expectedCumulative);
    }

    // A tolerance keeps 546 days = 78 weeks exact despite the division.
    private static int CompletePeriods(int days, double unitDays) => days <= 0 ? 0 : (int)Math.Floor(days / unitDays + 1e-9);
}
