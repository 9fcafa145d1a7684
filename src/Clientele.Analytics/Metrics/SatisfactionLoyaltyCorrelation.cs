namespace Clientele.Analytics.Metrics;

/// <summary>
/// Correlation of satisfaction with repeat purchase: Pearson's r (here point-biserial) over the customers with a
/// rated survey response in the period, between the customer's mean satisfaction in the period (on the
/// <see cref="Csat"/> scale) and 1 if the customer bought on ≥ 2 distinct days in the period, else 0.
/// </summary>
public static class SatisfactionLoyaltyCorrelation
{
    /// <summary>r per group; unknown with fewer than 3 such customers or when either variable does not vary.</summary>
    public static Measure[] Compute(SurveyAnswers surveys, CustomerActivity activity, CustomerGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(grouping);
        var period = activity.Period;
        int scale = Csat.CommonScale(surveys, period);
        var sum = new Dictionary<int, (double Sum, int Count)>();
        for (int i = 0; i < surveys.Count; i++)
        {
            double s = surveys.Satisfaction[i];
            if (double.IsNaN(s) || !period.Contains(surveys.Day[i]) || grouping.Codes[surveys.Customer[i]] < 0) continue;
            sum.TryGetValue(surveys.Customer[i], out var t);
            sum[surveys.Customer[i]] = (t.Sum + Csat.Rescale(s, surveys.Scale[i], scale), t.Count + 1);
        }

        var n = new double[grouping.Count];
        var sx = new double[grouping.Count];
        var sy = new double[grouping.Count];
        var sxx = new double[grouping.Count];
        var syy = new double[grouping.Count];
        var sxy = new double[grouping.Count];
        foreach (var (c, t) in sum)
        {
            int g = grouping.Codes[c];
            double x = t.Sum / t.Count, y = activity.PurchaseDays[c] >= 2 ? 1 : 0;
            n[g]++;
            sx[g] += x;
            sy[g] += y;
            sxx[g] += x * x;
            syy[g] += y * y;
            sxy[g] += x * y;
        }

        var result = new Measure[grouping.Count];
        for (int g = 0; g < result.Length; g++)
        {
            if (n[g] < 3)
            {
                result[g] = Measure.Unknown("fewer than 3 customers with a satisfaction score in the period");
                continue;
            }

            double vx = sxx[g] - sx[g] * sx[g] / n[g], vy = syy[g] - sy[g] * sy[g] / n[g], cov = sxy[g] - sx[g] * sy[g] / n[g];
            result[g] = vx <= 1e-12 * Math.Max(1, sxx[g]) ? Measure.Unknown("satisfaction does not vary among the surveyed customers")
                : vy <= 1e-12 * Math.Max(1, syy[g]) ? Measure.Unknown("repeat purchase does not vary among the surveyed customers")
                : Measure.Of(Math.Clamp(cov / Math.Sqrt(vx * vy), -1, 1));
        }

        return result;
    }
}
