namespace Clientele.Analytics.Metrics;

/// <summary>
/// Satisfaction per survey dimension (product quality, delivery, after-sales, …): the mean score of each dimension
/// over the responses dated in the period, on the same scale as <see cref="Csat"/> (rescaled to 1–5 when scales mix).
/// </summary>
public static class SatisfactionByDimension
{
    /// <summary>Mean score per dimension name for group <paramref name="group"/>; dimensions without a score in the period are left out.</summary>
    public static IReadOnlyDictionary<string, double> Compute(SurveyAnswers surveys, CustomerGrouping grouping, int group, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(grouping);
        int scale = Csat.CommonScale(surveys, period);
        var sum = new double[surveys.DimensionNames.Length];
        var count = new int[sum.Length];
        for (int i = 0; i < surveys.Score.Length; i++)
        {
            int r = surveys.ScoreResponse[i];
            if (grouping.Codes[surveys.Customer[r]] != group || !period.Contains(surveys.Day[r])) continue;
            int d = surveys.ScoreDimension[i];
            sum[d] += Csat.Rescale(surveys.Score[i], surveys.Scale[r], scale);
            count[d]++;
        }

        var result = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (int d = 0; d < sum.Length; d++)
        {
            if (count[d] > 0) result[surveys.DimensionNames[d]] = sum[d] / count[d];
        }

        return result;
    }
}
