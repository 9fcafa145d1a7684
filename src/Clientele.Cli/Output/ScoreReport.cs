using System.Globalization;
using Clientele.Analytics.Scoring;
using Clientele.Cli.Commands;
using Spectre.Console;

namespace Clientele.Cli.Output;

/// <summary>The readable summary of a scoring run: model fit, segments, most valuable customers, timings.</summary>
internal static class ScoreReport
{
    /// <summary>Indices of the <paramref name="count"/> largest values, largest first, without sorting them all.</summary>
    internal static List<int> TopByValue(ReadOnlySpan<double> values, int count)
    {
        var best = new List<int>(count + 1);
        for (int i = 0; i < values.Length; i++)
        {
            if (best.Count == count && values[i] <= values[best[^1]]) continue;
            int at = best.Count;
            while (at > 0 && values[best[at - 1]] < values[i]) at--;
            best.Insert(at, i);
            if (best.Count > count) best.RemoveAt(count);
        }

        return best;
    }

    public static void Print(IAnsiConsole console, ScoreCommand.ScoreResult result, int top = 10)
    {
        var s = result.Scores;
        var read = result.Log.Read;
        Print(console, s, $"from {read.RowsAccepted:N0} transactions ({read.RowsRejected:N0} rejected, {s.Summaries.IgnoredRows:N0} after the as-of date)",
            result.DistinctRows, result.Stages, top);
        console.MarkupLine($"scores written to [bold]{Markup.Escape(result.Request.Output)}[/]");
    }

    /// <summary>The report of <paramref name="s"/>; <paramref name="source"/> says where the transactions came from (plain text).</summary>
    public static void Print(IAnsiConsole console, CustomerScores s, string source, int distinctRows, StageRunner stages, int top = 10)
    {
        var culture = CultureInfo.CurrentCulture;
        console.MarkupLine($"[bold]{s.Count:N0}[/] customers scored as of {s.Summaries.Period.ObservationEnd:yyyy-MM-dd} " +
            $"{Markup.Escape(source)}; time unit {s.Summaries.Period.Unit.ToString().ToLowerInvariant()}.");

        var fit = new Table().Title("Model fit").AddColumns("model", "parameter", "estimate", "std. error", "log-likelihood");
        void AddModel(string name, IReadOnlyList<Analytics.Models.ParameterEstimate> parameters, double ll)
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                var p = parameters[i];
                fit.AddRow(i == 0 ? name : "", p.Name, p.Value.ToString("G6", culture), p.StandardError.ToString("G4", culture), i == 0 ? ll.ToString("F2", culture) : "");
            }
        }

        AddModel(s.PurchaseModel.Name, s.PurchaseModel.Parameters, s.PurchaseModel.LogLikelihood);
        AddModel("Gamma-Gamma", s.SpendModel.Parameters, s.SpendModel.LogLikelihood);
        fit.Caption($"{distinctRows:N0} distinct (x, t_x, T) rows; population mean spend {s.SpendModel.PopulationMeanSpend.ToString("N2", culture)}");
        console.Write(fit);

        var clvBySegment = new double[s.Rfm.SegmentNames.Count];
        for (int i = 0; i < s.Count; i++) clvBySegment[s.Rfm.SegmentIndex[i]] += s.Clv.Span[i];
        double totalClv = clvBySegment.Sum();
        var segments = new Table().Title("RFM segments").AddColumns("segment", "customers", "share", "CLV", "CLV share");
        foreach (int i in Enumerable.Range(0, clvBySegment.Length).OrderByDescending(i => clvBySegment[i]))
        {
            int count = s.Rfm.SegmentCounts[i];
            if (count == 0) continue;
            segments.AddRow(Markup.Escape(s.Rfm.SegmentNames[i]), count.ToString("N0", culture), ((double)count / s.Count).ToString("P1", culture),
                clvBySegment[i].ToString("N0", culture), (totalClv > 0 ? clvBySegment[i] / totalClv : 0).ToString("P1", culture));
        }

        segments.Caption($"total CLV {totalClv.ToString("N0", culture)} over {s.Options.HorizonMonths} months at {s.Options.MonthlyDiscountRate.ToString("P1", culture)} a month, margin {s.Options.MarginRate.ToString("P0", culture)}");
        console.Write(segments);

        var best = TopByValue(s.Clv.Span, top);
        var table = new Table().Title($"Top {best.Count} customers by CLV").AddColumns("customer", "purchases", "revenue", "segment", "P(alive)", "expected purchases", "expected spend", "CLV");
        foreach (int i in best)
        {
            table.AddRow(Markup.Escape(s.Summaries.Ids[i]), s.Summaries.PurchaseDays[i].ToString("N0", culture), s.Summaries.TotalRevenue[i].ToString("N2", culture),
                Markup.Escape(s.Rfm.Segment(i)), s.ProbabilityAlive.Span[i].ToString("F3", culture), s.ExpectedPurchases.Span[i].ToString("F2", culture),
                s.ExpectedSpend.Span[i].ToString("N2", culture), s.Clv.Span[i].ToString("N2", culture));
        }

        console.Write(table);
        console.MarkupLine("[grey]timings: " + string.Join(", ", stages.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalSeconds:F2} s")) +
            $"; total {stages.Total.TotalSeconds:F2} s[/]");
    }
}
