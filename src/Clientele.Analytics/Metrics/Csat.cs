namespace Clientele.Analytics.Metrics;

/// <summary>
/// Customer satisfaction: CSAT = mean overall satisfaction of the responses dated in the period, on the scale stated
/// at import. When the period's responses use different scales, each score s on a 1–S scale is first put on 1–5 as
/// 1 + 4·(s − 1)/(S − 1), so the mean never mixes scales.
/// </summary>
public static class Csat
{
    /// <summary>The scale the responses in <paramref name="period"/> share, else 5 (they are rescaled to 1–5); 5 when there are none.</summary>
    public static int CommonScale(SurveyAnswers surveys, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(period);
        int scale = 0;
        for (int i = 0; i < surveys.Count; i++)
        {
            if (double.IsNaN(surveys.Satisfaction[i]) || !period.Contains(surveys.Day[i])) continue;
            if (scale == 0) scale = surveys.Scale[i];
            else if (scale != surveys.Scale[i]) return 5;
        }

        return scale == 0 ? 5 : scale;
    }

    /// <summary>A score <paramref name="score"/> on 1–<paramref name="from"/> put on 1–<paramref name="to"/> (linear, 1 ↦ 1, top ↦ top).</summary>
    public static double Rescale(double score, int from, int to) => from == to || from <= 1 ? score : 1 + (to - 1) * (score - 1) / (from - 1);

    /// <summary>CSAT per group over the responses dated in <paramref name="period"/>, on <see cref="CommonScale"/>.</summary>
    public static Measure[] Compute(SurveyAnswers surveys, CustomerGrouping grouping, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        int scale = CommonScale(surveys, period);
        var sum = new double[grouping.Count];
        var count = new int[grouping.Count];
        for (int i = 0; i < surveys.Count; i++)
        {
            double s = surveys.Satisfaction[i];
            int g = grouping.Codes[surveys.Customer[i]];
            if (double.IsNaN(s) || g < 0 || !period.Contains(surveys.Day[i])) continue;
            sum[g] += Rescale(s, surveys.Scale[i], scale);
            count[g]++;
        }

        return Enumerable.Range(0, grouping.Count).Select(g => Measure.Ratio(sum[g], count[g], "no survey responses with a satisfaction score in the period")).ToArray();
    }
}
