using System.Globalization;
using Clientele.Analytics.Models;

namespace Clientele.Analytics.Tests.Models;

/// <summary>The CDNOW sample as Pareto/NBD input: the rounded summary file, or exact values recomputed from the transactions.</summary>
internal static class ParetoNbdCdnow
{
    private static readonly Lazy<(double[] X, double[] Tx, double[] T)> SummaryRows = new(LoadSummary);
    private static readonly Lazy<(double[] X, double[] Tx, double[] T)> ExactRows = new(LoadExact);

    /// <summary>cdnow_customers_summary.csv (frequency, recency, T rounded to 2 decimals).</summary>
    public static (double[] X, double[] Tx, double[] T) Summary => SummaryRows.Value;

    /// <summary>Recomputed from CDNOW_sample.txt: same-day purchases merged, calibration end 1997-09-30 inclusive, weeks = days / 7.</summary>
    public static (double[] X, double[] Tx, double[] T) Exact => ExactRows.Value;

    public static RepeatPurchaseData Compress((double[] X, double[] Tx, double[] T) rows) => RepeatPurchaseData.Compress(rows.X, rows.Tx, rows.T);

    private static (double[] X, double[] Tx, double[] T) LoadSummary()
    {
        var lines = File.ReadAllLines(SharedData.Cdnow("cdnow_customers_summary.csv")).Skip(1).Where(l => l.Length > 0).ToArray();
        var x = new double[lines.Length];
        var tx = new double[lines.Length];
        var t = new double[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            x[i] = double.Parse(cells[1], CultureInfo.InvariantCulture);
            tx[i] = double.Parse(cells[2], CultureInfo.InvariantCulture);
            t[i] = double.Parse(cells[3], CultureInfo.InvariantCulture);
        }

        return (x, tx, t);
    }

    private static (double[] X, double[] Tx, double[] T) LoadExact()
    {
        var end = new DateOnly(1997, 9, 30);
        var days = new SortedDictionary<int, SortedSet<DateOnly>>();
        foreach (var line in File.ReadAllLines(SharedData.Cdnow("CDNOW_sample.txt")))
        {
            var cells = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length < 5) continue;
            int id = int.Parse(cells[1], CultureInfo.InvariantCulture);
            var date = DateOnly.ParseExact(cells[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            if (!days.TryGetValue(id, out var set)) days[id] = set = [];
            set.Add(date);
        }

        var rows = days.Values.Select(set =>
        {
            var first = set.Min;
            var calibration = set.Where(d => d <= end).ToArray();
            double x = calibration.Length - 1;
            double tx = (calibration.Max().DayNumber - first.DayNumber) / 7.0;
            double t = (end.DayNumber - first.DayNumber) / 7.0;
            return (x, tx, t);
        }).ToArray();
        return (rows.Select(r => r.x).ToArray(), rows.Select(r => r.tx).ToArray(), rows.Select(r => r.t).ToArray());
    }
}
