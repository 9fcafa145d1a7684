using System.Globalization;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// The cohort retention matrix by acquisition month: for each month of the period, the customers acquired in it
/// (acquired-on day, else first purchase), and for k = 0, 1, … the share of them with at least one transaction in
/// calendar month (acquisition month + k), for every month up to the period's last.
/// </summary>
public static class CohortRetention
{
    /// <summary>The cohorts acquired in <paramref name="period"/> among the customers of group <paramref name="group"/>; empty cohorts are left out.</summary>
    public static IReadOnlyList<CohortRow> Compute(MetricsData data, MetricPeriod period, CustomerGrouping grouping, int group)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(grouping);
        static int MonthIndex(int dayNumber)
        {
            var d = DateOnly.FromDayNumber(dayNumber);
            return d.Year * 12 + d.Month - 1;
        }

        int first = MonthIndex(period.FromDay), last = MonthIndex(period.ToDay), months = last - first + 1;
        var cohortOf = new int[data.Customers.Count];
        var size = new int[months];
        for (int c = 0; c < cohortOf.Length; c++)
        {
            int acquired = data.Customers.AcquiredDay[c];
            cohortOf[c] = grouping.Codes[c] == group && acquired != MetricsCustomers.NoDay && period.Contains(acquired) ? MonthIndex(acquired) - first : -1;
            if (cohortOf[c] >= 0) size[cohortOf[c]]++;
        }

        // active[cohort, k]: a customer counts once per month, however many days it bought.
        var active = new int[months, months];
        var days = data.Days;
        int lastCustomer = -1, lastMonth = -1;
        for (int i = 0; i < days.Count; i++)
        {
            int c = days.Customer[i];
            int cohort = cohortOf[c];
            if (cohort < 0 || !period.Contains(days.Day[i])) continue;
            int k = MonthIndex(days.Day[i]) - first - cohort;
            if (k < 0 || (c == lastCustomer && k == lastMonth)) continue;
            active[cohort, k]++;
            lastCustomer = c;
            lastMonth = k;
        }

        var rows = new List<CohortRow>();
        for (int m = 0; m < months; m++)
        {
            if (size[m] == 0) continue;
            var retention = new double[months - m];
            for (int k = 0; k < retention.Length; k++) retention[k] = (double)active[m, k] / size[m];
            int index = first + m;
            rows.Add(new CohortRow(new DateOnly(index / 12, index % 12 + 1, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture), size[m], retention));
        }

        return rows;
    }
}
