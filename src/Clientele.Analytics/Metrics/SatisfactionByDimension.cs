namespace Clientele.Analytics.Metrics;

/// <summary>
/// Satisfaction per survey dimension (product quality, delivery, after-sales, …): the mean score of each dimension
/// over the responses dated in the period, on the same scale as <see cref="Csat"/> (rescaled to 1–5 when scales mix).
/// </summary>
public static class SatisfactionByDimension
{
    /// <summary>Mean score per dimension name for every group, in one pass; dimensions without a score in the period are left out.</summary>
    public static IReadOnlyDictionary<string, double>[] Compute(SurveyAnswers surveys, CustomerGrouping grouping, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(grouping);
        int scale = Csat.CommonScale(surveys, period);
        int dimensions = surveys.DimensionNames.Length;
        var sum = new double[grouping.Count * dimensions];
        var count = new int[sum.Length];
        for (int i = 0; i < surveys.Score.Length; i++)
        {
            int r = surveys.ScoreResponse[i];
            int g = grouping.Codes[surveys.Customer[r]];
            if (g < 0 || !period.Contains(surveys.Day[r])) continue;
            int at = g * dimensions + surveys.ScoreDimension[i];
            sum[at] += Csat.Rescale(surveys.Score[i], surveys.Scale[r], scale);
            count[at]++;
        }

        var result = new IReadOnlyDictionary<string, double>[grouping.Count];
        for (int g = 0; g < result.Length; g++)
        {
            var means = new SortedDictionary<string, double>(StringComparer.Ordinal);
            for (int d = 0; d < dimensions; d++)
            {
                if (count[g * dimensions + d] > 0) means[surveys.DimensionNames[d]] = sum[g * dimensions + d] / count[g * dimensions + d];
            }

            result[g] = means;
        }

        return result;
    }
}
