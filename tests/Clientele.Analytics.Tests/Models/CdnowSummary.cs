using System.Globalization;
using Clientele.Analytics.Models;

namespace Clientele.Analytics.Tests.Models;

/// <summary>The 2,357-customer CDNOW calibration summary (ID, x, t_x, T, zbar), loaded once.</summary>
internal sealed class CdnowSummary
{
    private static readonly Lazy<CdnowSummary> Instance = new(Load);

    private CdnowSummary(double[] x, double[] tx, double[] t, double[] zbar)
    {
        X = x;
        Tx = tx;
        T = t;
        Zbar = zbar;
        Data = RepeatPurchaseData.Compress(x, tx, t);
    }

    public static CdnowSummary Value => Instance.Value;

    public double[] X { get; }

    public double[] Tx { get; }

    public double[] T { get; }

    public double[] Zbar { get; }

    public RepeatPurchaseData Data { get; }

    public int Count => X.Length;

    private static CdnowSummary Load()
    {
        var lines = File.ReadAllLines(SharedData.Cdnow("cdnow_customers_summary_with_transactions.csv"));
        int n = lines.Length - 1;
        var (x, tx, t, z) = (new double[n], new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++)
        {
            var f = lines[i + 1].Trim().Split(',');
            x[i] = double.Parse(f[1], CultureInfo.InvariantCulture);
            tx[i] = double.Parse(f[2], CultureInfo.InvariantCulture);
            t[i] = double.Parse(f[3], CultureInfo.InvariantCulture);
            z[i] = double.Parse(f[4], CultureInfo.InvariantCulture);
        }

        return new CdnowSummary(x, tx, t, z);
    }
}
