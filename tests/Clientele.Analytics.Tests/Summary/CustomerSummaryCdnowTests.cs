using System.Globalization;
using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Analytics.Tests.Summary;

public class CustomerSummaryCdnowTests
{
    private static readonly DateOnly CalibrationEnd = new(1997, 9, 30);
    private static readonly DateOnly ObservationEnd = new(1998, 6, 30);

    private static readonly Lazy<CustomerSummaries> Calibration = new(() =>
        CustomerSummaryBuilder.FromTransactions(CdnowTransactions.Sample, new SummaryPeriod(CalibrationEnd, TimeUnit.Week)));

    internal static readonly Lazy<CustomerSummaries> WithHoldout = new(() =>
        CustomerSummaryBuilder.FromTransactions(CdnowTransactions.Sample, new SummaryPeriod(ObservationEnd, TimeUnit.Week, CalibrationEnd)));

    // The published file rounds exact cent means half away from zero (34.905 → 34.91); the decimal
    // conversion keeps 15 significant digits, which recovers the exact mean from the double.
    private static string F2(double v) =>
        Math.Round((decimal)v, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);

    private static string F2(string published) => double.Parse(published, CultureInfo.InvariantCulture).ToString("F2", CultureInfo.InvariantCulture);

    [Fact]
    public void FromTransactions_CdnowCalibration_ReproducesPublishedSummaryRowForRow()
    {
        var expected = CdnowTransactions.ReadCsv("cdnow_customers_summary.csv");
        var s = Calibration.Value;

        Assert.Equal(2357, expected.Count);
        Assert.Equal(expected.Count, s.Count);
        for (int i = 0; i < s.Count; i++)
        {
            var row = expected[i];
            Assert.Equal(row[0], s.Ids[i]);
            Assert.Equal(int.Parse(row[1], CultureInfo.InvariantCulture), s.Frequency[i]);
            Assert.Equal(F2(row[2]), F2(s.Recency[i]));
            Assert.Equal(F2(row[3]), F2(s.T[i]));
        }
    }

    [Fact]
    public void FromTransactions_CdnowCalibration_ReproducesPublishedMonetaryValueRowForRow()
    {
        var expected = CdnowTransactions.ReadCsv("cdnow_customers_summary_with_transactions.csv");
        var s = WithHoldout.Value;

        Assert.Equal(expected.Count, s.Count);
        for (int i = 0; i < s.Count; i++)
        {
            var row = expected[i];
            Assert.Equal(row[0], s.Ids[i]);
            Assert.Equal(int.Parse(row[1], CultureInfo.InvariantCulture), s.Frequency[i]);
            Assert.Equal(F2(row[2]), F2(s.Recency[i]));
            Assert.Equal(F2(row[3]), F2(s.T[i]));
            Assert.Equal(F2(row[4]), F2(s.MonetaryValue[i]));
        }
    }

    [Fact]
    public void FromTransactions_CdnowHoldout_MatchesPublishedTotals()
    {
        var s = WithHoldout.Value;

        Assert.Equal(2357, s.Count);
        Assert.Equal(2457, Sum(s.Frequency));
        Assert.Equal(1411, Count(s.Frequency, 0));
        Assert.Equal(29, s.Frequency.ToArray().Max());
        Assert.Equal(1882, Sum(s.HoldoutFrequency));
        Assert.Equal(6919, Sum(s.TransactionCount));
        Assert.Equal(6696, Sum(s.PurchaseDays));
        Assert.Equal(244091.94, Sum(s.TotalRevenue), 1e-6);
        Assert.Equal(0, s.IgnoredRows);
        Assert.Equal(0, s.CustomersAcquiredInHoldout);
        Assert.Equal(2457 + 1882, Sum(s.DailyRepeatPurchases));
        Assert.Equal(new DateOnly(1997, 1, 1), s.DailyRepeatPurchasesStart);
        Assert.Equal(ObservationEnd.DayNumber - s.DailyRepeatPurchasesStart.DayNumber + 1, s.DailyRepeatPurchases.Length);
    }

    [Fact]
    public void DailyRepeatPurchases_CdnowWeeks1To25_MatchPublishedCumulativeTracking()
    {
        int[] published = [0, 19, 42, 81, 119, 192, 261, 351, 428, 504, 610, 733, 828, 914, 1005, 1078, 1149, 1222, 1286, 1359, 1414, 1484, 1517, 1573, 1672];
        var daily = WithHoldout.Value.DailyRepeatPurchases;

        var cumulative = new int[25];
        int running = 0;
        for (int week = 1; week <= 25; week++)
        {
            for (int day = 7 * week - 6; day <= 7 * week; day++) running += daily[day - 1];
            cumulative[week - 1] = running;
        }

        Assert.Equal(published, cumulative);
    }

    [Fact]
    public void FromTransactions_ObservationEndBeforeLastRows_IgnoresAndCountsLaterRows()
    {
        var end = new DateOnly(1997, 12, 31);
        int later = CdnowTransactions.Sample.Count(t => t.Date > end);

        var s = CustomerSummaryBuilder.FromTransactions(CdnowTransactions.Sample, new SummaryPeriod(end, TimeUnit.Week, CalibrationEnd));

        Assert.True(later > 0);
        Assert.Equal(later, s.IgnoredRows);
        Assert.Equal(6919 - later, Sum(s.TransactionCount));
        Assert.Equal(2457, Sum(s.Frequency));
    }

    [Fact]
    public void Build_CdnowRowsShuffled_GivesTheOrderedSummary()
    {
        var rows = CdnowTransactions.Sample;
        var ids = rows.Select(r => r.CustomerId).Distinct().ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var shuffled = (Transaction[])rows.Clone();
        new Random(20240601).Shuffle(shuffled);
        var period = new SummaryPeriod(ObservationEnd, TimeUnit.Week, CalibrationEnd);
        var accumulator = new CustomerSummaryAccumulator(period, expectedCustomers: 4);
        foreach (var t in shuffled) accumulator.Add(index[t.CustomerId], t.Date, (double)t.Amount);

        var s = accumulator.Build(ids);
        var expected = WithHoldout.Value;

        Assert.True(accumulator.SawOutOfOrderRows);
        Assert.Equal(expected.Ids.ToArray(), s.Ids.ToArray());
        Assert.Equal(expected.Frequency.ToArray(), s.Frequency.ToArray());
        Assert.Equal(expected.Recency.ToArray(), s.Recency.ToArray());
        Assert.Equal(expected.T.ToArray(), s.T.ToArray());
        Assert.Equal(expected.PurchaseDays.ToArray(), s.PurchaseDays.ToArray());
        Assert.Equal(expected.TransactionCount.ToArray(), s.TransactionCount.ToArray());
        Assert.Equal(expected.FirstPurchase.ToArray(), s.FirstPurchase.ToArray());
        Assert.Equal(expected.LastPurchase.ToArray(), s.LastPurchase.ToArray());
        Assert.Equal(expected.HoldoutFrequency.ToArray(), s.HoldoutFrequency.ToArray());
        Assert.Equal(expected.DailyRepeatPurchases.ToArray(), s.DailyRepeatPurchases.ToArray());
        // Same-day amounts may be summed in another order: equal to rounding error only.
        for (int i = 0; i < s.Count; i++)
        {
            Assert.Equal(expected.MonetaryValue[i], s.MonetaryValue[i], 1e-9);
            Assert.Equal(expected.TotalRevenue[i], s.TotalRevenue[i], 1e-9);
            Assert.Equal(expected.HoldoutRevenue[i], s.HoldoutRevenue[i], 1e-9);
        }
    }

    [Fact]
    public void AddRange_CdnowInBatches_GivesTheSameSummaryAsAdd()
    {
        var rows = CdnowTransactions.Sample;
        var ids = rows.Select(r => r.CustomerId).Distinct().ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var customers = rows.Select(r => index[r.CustomerId]).ToArray();
        var days = rows.Select(r => r.Date.DayNumber).ToArray();
        var amounts = rows.Select(r => (double)r.Amount).ToArray();
        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(new DateOnly(1998, 3, 31), TimeUnit.Week, CalibrationEnd), expectedCustomers: 4);

        int accepted = 0;
        for (int i = 0; i < rows.Length; i += 1000)
        {
            int n = Math.Min(1000, rows.Length - i);
            accepted += accumulator.AddRange(customers.AsSpan(i, n), days.AsSpan(i, n), amounts.AsSpan(i, n));
        }

        var s = accumulator.Build(ids);
        var expected = CustomerSummaryBuilder.FromTransactions(rows, new SummaryPeriod(new DateOnly(1998, 3, 31), TimeUnit.Week, CalibrationEnd));
        Assert.Equal(rows.Length - s.IgnoredRows, accepted);
        Assert.True(s.IgnoredRows > 0);
        Assert.Equal(expected.ToArray(), s.ToArray());
        Assert.Equal(expected.DailyRepeatPurchases.ToArray(), s.DailyRepeatPurchases.ToArray());
    }

    [Fact]
    public void ToRepeatPurchaseData_Cdnow_CompressesAllCustomers()
    {
        var data = Calibration.Value.ToRepeatPurchaseData();

        Assert.Equal(2357, data.TotalWeight);
        Assert.True(data.Count < 2357);
        Assert.Equal(2457, data.Frequency.Select((x, i) => x * data.Weight[i]).Sum());
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        double s = 0;
        foreach (var v in values) s += v;
        return s;
    }

    private static long Sum(ReadOnlySpan<int> values)
    {
        long s = 0;
        foreach (var v in values) s += v;
        return s;
    }

    private static int Count(ReadOnlySpan<double> values, double value)
    {
        int n = 0;
        foreach (var v in values) if (v == value) n++;
        return n;
    }
}
