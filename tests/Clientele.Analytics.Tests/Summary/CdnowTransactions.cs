using System.Globalization;
using Clientele.Domain;

namespace Clientele.Analytics.Tests.Summary;

/// <summary>The CDNOW 1/10 sample as transactions; the customer id is the sample id (1–2357).</summary>
internal static class CdnowTransactions
{
    private static readonly Lazy<Transaction[]> Rows = new(Load);

    public static Transaction[] Sample => Rows.Value;

    private static Transaction[] Load()
    {
        var rows = new List<Transaction>();
        foreach (var line in File.ReadLines(SharedData.Cdnow("CDNOW_sample.txt")))
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0) continue;
            var date = DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            rows.Add(new Transaction(int.Parse(f[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), date, decimal.Parse(f[4], CultureInfo.InvariantCulture)));
        }

        return rows.ToArray();
    }

    /// <summary>Reads a published summary CSV (header skipped) as string fields.</summary>
    public static List<string[]> ReadCsv(string file) =>
        File.ReadAllText(SharedData.Cdnow(file))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(l => l.TrimEnd('\r').Split(','))
            .ToList();
}
