using System.Globalization;
using Clientele.Analytics.Models;

namespace Clientele.Analytics.Tests.Models;

/// <summary>
/// Exact calibration statistics recomputed from CDNOW_sample.txt (the summary CSV rounds t_x, T and
/// z̄ to 2 decimals): same-day purchases merged, calibration end 1997-09-30 inclusive, weeks = days/7,
/// z̄ = mean value of the repeat calibration transactions. Customers in sample-id order.
/// </summary>
internal sealed class CdnowExact
{
    private static readonly Lazy<CdnowExact> Instance = new(Load);

    private CdnowExact(double[] x, double[] tx, double[] t, double[] zbar)
    {
        (X, Tx, T, Zbar) = (x, tx, t, zbar);
        Data = RepeatPurchaseData.Compress(x, tx, t);
    }

    public static CdnowExact Value => Instance.Value;

    public double[] X { get; }

    public double[] Tx { get; }

    public double[] T { get; }

    public double[] Zbar { get; }

    public RepeatPurchaseData Data { get; }

    private static CdnowExact Load()
    {
        var end = new DateOnly(1997, 9, 30);
        var byCustomer = new SortedDictionary<int, SortedDictionary<DateOnly, double>>();
        foreach (var line in File.ReadLines(SharedData.Cdnow("CDNOW_sample.txt")))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 5) continue;
            int id = int.Parse(f[1], CultureInfo.InvariantCulture);
            var day = DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            double value = double.Parse(f[4], CultureInfo.InvariantCulture);
            if (!byCustomer.TryGetValue(id, out var days)) byCustomer[id] = days = new SortedDictionary<DateOnly, double>();
            days[day] = days.GetValueOrDefault(day) + value;
        }

        int n = byCustomer.Count;
        var (x, tx, t, z) = (new double[n], new double[n], new double[n], new double[n]);
        int i = 0;
        foreach (var days in byCustomer.Values)
        {
            var calibration = days.Where(d => d.Key <= end).ToList();
            var first = calibration[0].Key;
            x[i] = calibration.Count - 1;
            tx[i] = (calibration[^1].Key.DayNumber - first.DayNumber) / 7.0;
            t[i] = (end.DayNumber - first.DayNumber) / 7.0;
            z[i] = x[i] == 0 ? 0 : calibration.Skip(1).Sum(d => d.Value) / x[i];
            i++;
        }

        return new CdnowExact(x, tx, t, z);
    }
}
