namespace Clientele.Analytics.Metrics;

/// <summary>
/// Net Promoter Score: NPS = 100 × (promoters − detractors) / responses over the survey responses dated in the period
/// that answered the 0–10 question, where promoters answered 9–10 and detractors 0–6 (Reichheld 2003).
/// </summary>
public static class Nps
{
    /// <summary>NPS per group of <paramref name="grouping"/> over the responses dated in <paramref name="period"/>.</summary>
    public static Measure[] Compute(SurveyAnswers surveys, CustomerGrouping grouping, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(grouping);
        ArgumentNullException.ThrowIfNull(period);
        var responses = new int[grouping.Count];
        var net = new int[grouping.Count];
        for (int i = 0; i < surveys.Count; i++)
        {
            int answer = surveys.Nps[i];
            int g = grouping.Codes[surveys.Customer[i]];
            if (answer < 0 || g < 0 || !period.Contains(surveys.Day[i])) continue;
            responses[g]++;
            net[g] += answer >= 9 ? 1 : answer <= 6 ? -1 : 0;
        }

        return Enumerable.Range(0, grouping.Count)
            .Select(g => Measure.Ratio(100.0 * net[g], responses[g], "no survey responses with an NPS answer in the period")).ToArray();
    }
}
