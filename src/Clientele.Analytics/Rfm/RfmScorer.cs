using Clientele.Analytics.Summary;

namespace Clientele.Analytics.Rfm;

/// <summary>
/// Quintile RFM scoring. By default R comes from the days since the last purchase as of the
/// observation end (fewer days → higher R), F from the number of distinct purchase days, M from
/// total revenue, all over the whole observation window (calibration and holdout).
/// </summary>
/// <remarks>
/// Tie rule: a customer's score is 1 + ⌊5·k/n⌋, where k is the number of scored customers with a
/// strictly worse value (smaller F or M; more days since the last purchase for R) and n the number
/// scored. Equal values therefore always get equal scores; the worst value always scores 1; a score
/// of s means at least (s−1)/5 of the customers are strictly worse. With all values equal every
/// customer scores 1, and with n &lt; 5 some scores are skipped (n = 2 distinct: 1 and 3).
/// Cost: one O(n log n) sort per dimension.
/// </remarks>
public static class RfmScorer
{
    /// <summary>Scores the customers of a summary table (same order).</summary>
    /// <param name="summaries">The summary; R uses its observation end and each customer's last purchase.</param>
    /// <param name="weights">Composite weights; null = <see cref="RfmWeights.Equal"/>.</param>
    /// <param name="segmentation">Segment scheme; null = <see cref="RfmSegmentScheme.Default"/>.</param>
    public static RfmScores Score(CustomerSummaries summaries, RfmWeights? weights = null, IRfmSegmentation? segmentation = null)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        int n = summaries.Count;
        var daysSince = new double[n];
        var purchaseDays = new double[n];
        int end = summaries.Period.ObservationEnd.DayNumber;
        var last = summaries.LastPurchase;
        var days = summaries.PurchaseDays;
        for (int i = 0; i < n; i++)
        {
            daysSince[i] = end - last[i].DayNumber;
            purchaseDays[i] = days[i];
        }

        return Score(daysSince, purchaseDays, summaries.TotalRevenue, weights, segmentation);
    }

    /// <summary>Scores customers from raw recency, frequency and monetary values (spans of equal length).</summary>
    /// <param name="daysSinceLastPurchase">Recency value: smaller is better.</param>
    /// <param name="frequency">Frequency value (e.g. purchase days): larger is better.</param>
    /// <param name="monetary">Monetary value (e.g. revenue): larger is better.</param>
    /// <param name="weights">Composite weights; null = <see cref="RfmWeights.Equal"/>.</param>
    /// <param name="segmentation">Segment scheme; null = <see cref="RfmSegmentScheme.Default"/>.</param>
    /// <exception cref="ArgumentException">The spans differ in length or hold NaN.</exception>
    public static RfmScores Score(
        ReadOnlySpan<double> daysSinceLastPurchase,
        ReadOnlySpan<double> frequency,
        ReadOnlySpan<double> monetary,
        RfmWeights? weights = null,
        IRfmSegmentation? segmentation = null)
    {
        if (frequency.Length != daysSinceLastPurchase.Length || monetary.Length != daysSinceLastPurchase.Length)
        {
            throw new ArgumentException("Recency, frequency and monetary values must have the same length.", nameof(frequency));
        }

        weights ??= RfmWeights.Equal;
        segmentation ??= RfmSegmentScheme.Default;
        // The three sorts are independent: run them side by side.
        double[] recencyValues = daysSinceLastPurchase.ToArray(), frequencyValues = frequency.ToArray(), monetaryValues = monetary.ToArray();
        byte[] r = [], f = [], m = [];
        Parallel.Invoke(
            () => r = QuintileScores(recencyValues, higherIsBetter: false, nameof(daysSinceLastPurchase)),
            () => f = QuintileScores(frequencyValues, higherIsBetter: true, nameof(frequency)),
            () => m = QuintileScores(monetaryValues, higherIsBetter: true, nameof(monetary)));
        var composite = new double[r.Length];
        for (int i = 0; i < composite.Length; i++)
        {
            composite[i] = weights.Recency * r[i] + weights.Frequency * f[i] + weights.Monetary * m[i];
        }

        var segment = new int[r.Length];
        segmentation.Assign(r, f, m, segment);
        return new RfmScores(r, f, m, composite, segment, segmentation.SegmentNames, weights);
    }

    /// <summary>
    /// Scores 1–5 by the tie rule of <see cref="RfmScorer"/>: 1 + ⌊5·(number strictly worse)/n⌋.
    /// </summary>
    /// <param name="values">The values to score.</param>
    /// <param name="higherIsBetter">True when larger values are better (F, M); false for days since the last purchase.</param>
    /// <exception cref="ArgumentException">A value is NaN.</exception>
    public static byte[] QuintileScores(ReadOnlySpan<double> values, bool higherIsBetter) =>
        QuintileScores(values, higherIsBetter, nameof(values));

    private static byte[] QuintileScores(ReadOnlySpan<double> values, bool higherIsBetter, string name)
    {
        return TryCountingQuintiles(values, higherIsBetter, name) ?? SortingQuintiles(values, higherIsBetter, name);
    }

    /// <summary>
    /// The same scores without a sort when every value is an integer in a modest range (days since the last
    /// purchase, purchase days): counting how many customers have each value gives "strictly worse" directly.
    /// Null when the values do not qualify.
    /// </summary>
    internal static byte[]? TryCountingQuintiles(ReadOnlySpan<double> values, bool higherIsBetter, string name)
    {
        const int MaxRange = 1 << 20;
        int n = values.Length;
        if (n == 0) return [];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            double v = values[i];
            if (double.IsNaN(v)) throw new ArgumentException($"Value {i} is NaN; every customer needs a value to be scored.", name);
            if (v != Math.Floor(v) || double.IsInfinity(v)) return null;
            if (v < min) min = v;
            if (v > max) max = v;
        }

        if (max - min >= MaxRange) return null;
        int range = (int)(max - min) + 1;
        var counts = new long[range];
        foreach (double v in values) counts[(int)(v - min)]++;

        // worse[k] = customers whose value is strictly worse than value k.
        var worse = new long[range];
        long running = 0;
        for (int step = 0; step < range; step++)
        {
            int k = higherIsBetter ? step : range - 1 - step;
            worse[k] = running;
            running += counts[k];
        }

        var scores = new byte[n];
        for (int i = 0; i < n; i++) scores[i] = (byte)(1 + 5L * worse[(int)(values[i] - min)] / n);
        return scores;
    }

    /// <summary>The general case: sort, then give tied values the score of their first position.</summary>
    internal static byte[] SortingQuintiles(ReadOnlySpan<double> values, bool higherIsBetter, string name)
    {
        int n = values.Length;
        var keys = new double[n];
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (double.IsNaN(values[i]))
            {
                throw new ArgumentException($"Value {i} is NaN; every customer needs a value to be scored.", name);
            }

            // Negating makes "worse" always sort first, so one ascending sort serves both directions.
            keys[i] = higherIsBetter ? values[i] : -values[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        var scores = new byte[n];
        for (int start = 0; start < n;)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            var score = (byte)(1 + 5L * start / n);
            for (int k = start; k < end; k++) scores[order[k]] = score;
            start = end;
        }

        return scores;
    }
}
