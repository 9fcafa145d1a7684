using Clientele.Analytics.Scoring;
using Clientele.Storage.Tables;

namespace Clientele.Cli.Output;

/// <summary>The scores file: one row per customer, the columns documented in the README.</summary>
internal static class ScoresCsv
{
    public static void Write(string path, CustomerScores scores, IProgress<int>? progress = null)
    {
        var s = scores.Summaries;
        var rfm = scores.Rfm;
        var segment = new string[scores.Count];
        var r = new int[scores.Count];
        var f = new int[scores.Count];
        var m = new int[scores.Count];
        for (int i = 0; i < scores.Count; i++)
        {
            segment[i] = rfm.Segment(i);
            r[i] = rfm.Recency[i];
            f[i] = rfm.Frequency[i];
            m[i] = rfm.Monetary[i];
        }

        var columns = new TableColumn[]
        {
            new TextColumn("customer_id", s.Ids.ToArray()),
            new NumberColumn("frequency", s.Frequency.ToArray(), 0),
            new NumberColumn("recency", s.Recency.ToArray(), 4),
            new NumberColumn("T", s.T.ToArray(), 4),
            new NumberColumn("monetary_value", s.MonetaryValue.ToArray(), 4),
            new IntegerColumn("r_score", r),
            new IntegerColumn("f_score", f),
            new IntegerColumn("m_score", m),
            new NumberColumn("rfm_score", rfm.Composite.ToArray(), 4),
            new TextColumn("segment", segment),
            new NumberColumn("p_alive", scores.ProbabilityAlive, 6),
            new NumberColumn("expected_purchases", scores.ExpectedPurchases, 6),
            new NumberColumn("expected_spend", scores.ExpectedSpend, 4),
            new NumberColumn("clv", scores.Clv, 4),
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        CsvTableWriter.Write(path, columns, progress);
    }
}
