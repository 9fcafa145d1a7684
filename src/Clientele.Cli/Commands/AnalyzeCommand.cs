using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Analytics.Models;
using Clientele.Analytics.Scoring;
using Clientele.Analytics.Summary;
using Clientele.Cli.Output;
using Clientele.Domain;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele analyze</c>: runs the analytics core (summary → RFM → purchase and spend models → P(alive), expected
/// purchases and spend, CLV) over the store's transactions and saves a dated snapshot of every customer's results,
/// so later commands and the dashboard read results instead of recomputing them.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var asOf = new Option<string?>("--as-of") { Description = "Analyze as of this day (yyyy-MM-dd, inclusive); default the last transaction date in the store." };
        var unit = CommonOptions.Unit("week");
        var horizon = new Option<int>("--horizon-months") { Description = "CLV horizon in months.", DefaultValueFactory = _ => 12 };
        var discount = new Option<double>("--discount-rate") { Description = "Discount rate per month (0.01 = 1%).", DefaultValueFactory = _ => 0.01 };
        var margin = new Option<double?>("--margin-rate")
        {
            Description = "Share of revenue that is margin; default Σ margin / Σ amount of the stored transactions that have margins, else 1.0 (CLV in revenue terms).",
        };
        var model = new Option<string>("--model") { Description = "Purchase model: bgnbd or pnbd.", DefaultValueFactory = _ => "bgnbd" };
        var segments = new Option<string>("--segments") { Description = "RFM segments: default, cn8, cn8-en, or a JSON file of rules.", DefaultValueFactory = _ => "default" };
        var weights = new Option<string>("--rfm-weights") { Description = "Weights of R, F and M in the composite score, e.g. 0.5,0.3,0.2.", DefaultValueFactory = _ => "1,1,1" };
        var penalizer = CommonOptions.Penalizer();
        var json = CommonOptions.Json();

        var command = new Command("analyze", "Analyze every stored customer (RFM, segment, P(alive), expected purchases and spend, CLV) and save a dated snapshot in the store.\n" +
            "Example: clientele analyze --db ./clientele.db --as-of 2025-12-31 --unit week --horizon-months 12");
        foreach (var option in new Option[] { db, asOf, unit, horizon, discount, margin, model, segments, weights, penalizer, json }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            var request = new AnalyzeRequest(
                CommonOptions.ParseDb(parse.GetValue(db)), CommonOptions.ParseOptionalDate("--as-of", parse.GetValue(asOf)),
                CommonOptions.ParseUnit(parse.GetValue(unit)!), parse.GetValue(horizon), parse.GetValue(discount), parse.GetValue(margin),
                ScoreCommand.ParseModel(parse.GetValue(model)!), parse.GetValue(segments)!, ScoreCommand.ParseWeights(parse.GetValue(weights)!),
                parse.GetValue(penalizer));
            var result = Execute(context, request);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonOutput.Serialize(ToJson(result)));
            }
            else
            {
                Print(context.Console, result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Everything an analysis run needs; a null margin rate means "from the stored margins".</summary>
    internal sealed record AnalyzeRequest(
        StoreLocation Store, DateOnly? AsOf, TimeUnit Unit, int HorizonMonths, double MonthlyDiscountRate, double? MarginRate,
        PurchaseModelKind Model, string Segments, Analytics.Rfm.RfmWeights Weights, double Penalizer);

    /// <summary>A finished analysis run, saved in the store.</summary>
    internal sealed record AnalyzeResult(
        AnalyzeRequest Request, CustomerScores Scores, StoredPurchases Read, int DistinctRows, string MarginSource, AnalysisRun Run, StageRunner Stages);

    /// <summary>Runs the analysis with progress bars and stage timings and saves the snapshot; shared with <c>demo</c>.</summary>
    internal static AnalyzeResult Execute(CliContext context, AnalyzeRequest request)
    {
        // Analyze never creates a SQLite file: a typo in --db should say so, not leave an empty store behind.
        using var store = ClienteleStore.Open(request.Store, createIfMissing: false);
        var asOf = request.AsOf ?? store.LastTransactionDate()
            ?? throw new UserInputException($"{request.Store.DisplayName} holds no transactions; import some with 'clientele import transactions FILE' or run 'clientele demo'");
        var (marginRate, marginSource) = ChooseMarginRate(store, asOf, request.MarginRate);
        var options = new ScoringOptions(
            request.HorizonMonths, request.MonthlyDiscountRate, marginRate, request.Model, request.Weights,
            ScoreCommand.ParseSegmentation(request.Segments), new FitOptions(Penalizer: request.Penalizer));
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UserInputException(e.Message);
        }

        StoredPurchases read = null!;
        CustomerScores scores = null!;
        AnalysisRun run = null!;
        int distinct = 0;
        var stages = StageRunner.Execute(context, ["read and summarize", "RFM", "fit purchase model", "fit spend model", "predict and CLV", "save snapshot"], stage =>
        {
            var summaries = stage.Run("read and summarize", p =>
            {
                var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(asOf, request.Unit), 1024, retainRows: false);
                read = store.ReadPurchases(accumulator, p);
                return accumulator.Build(read.CustomerIds);
            });
            if (summaries.Count == 0)
            {
                throw new UserInputException($"no customer of {request.Store.DisplayName} bought on or before {asOf:yyyy-MM-dd}; choose a later --as-of");
            }

            var rfm = stage.Run("RFM", _ => CustomerScoring.ScoreRfm(summaries, options));
            RepeatPurchaseData data = null!;
            var purchase = stage.Run("fit purchase model", _ =>
            {
                data = summaries.ToRepeatPurchaseData();
                return CustomerScoring.FitPurchaseModel(data, options);
            });
            distinct = data.Count;
            var spend = stage.Run("fit spend model", _ => CustomerScoring.FitSpendModel(summaries, options));
            scores = stage.Run("predict and CLV", _ => CustomerScoring.Predict(summaries, data, rfm, purchase, spend, options));
            run = stage.Run("save snapshot", p =>
            {
                var createdAt = DateTime.UtcNow;
                string runId = $"{asOf:yyyyMMdd}-{createdAt:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid().ToString("N")[..4]}";
                var settings = Settings(request, scores, read, distinct, marginSource);
                return store.SaveAnalysisSnapshot(
                    runId, asOf, request.Unit, JsonOutput.Serialize(settings), AnalysisResult.From(scores), createdAt,
                    new Progress<long>(rows => p.Report((double)rows / Math.Max(1, scores.Count))));
            });
        });
        return new AnalyzeResult(request, scores, read, distinct, marginSource, run, stages);
    }

    /// <summary>The option if given, else the stored transactions' own margin rate (capped at 1), else 1 (revenue terms).</summary>
    private static (double Rate, string Source) ChooseMarginRate(ClienteleStore store, DateOnly asOf, double? option)
    {
        if (option is { } given) return (given, "option");
        if (store.MarginRate(asOf) is { } stored && stored > 0) return ((double)Math.Min(1m, stored), "transactions");
        return (1.0, "none");
    }

    /// <summary>What the snapshot keeps about its run: the options, the data read and both fitted models.</summary>
    private static JsonObject Settings(AnalyzeRequest request, CustomerScores s, StoredPurchases read, int distinct, string marginSource)
    {
        var purchase = JsonOutput.Model(s.PurchaseModel.Parameters, s.PurchaseModel.LogLikelihood, s.PurchaseModel.Diagnostics);
        purchase["model"] = s.PurchaseModel.Name;
        return new JsonObject
        {
            ["asOf"] = s.Summaries.Period.ObservationEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["unit"] = request.Unit.ToString().ToLowerInvariant(),
            ["horizonMonths"] = s.Options.HorizonMonths,
            ["monthlyDiscountRate"] = s.Options.MonthlyDiscountRate,
            ["marginRate"] = s.Options.MarginRate,
            ["marginRateSource"] = marginSource,
            ["segments"] = request.Segments,
            ["rfmWeights"] = new JsonObject { ["r"] = s.Rfm.Weights.Recency, ["f"] = s.Rfm.Weights.Frequency, ["m"] = s.Rfm.Weights.Monetary },
            ["penalizer"] = request.Penalizer,
            ["transactions"] = read.Rows,
            ["afterAsOf"] = s.Summaries.IgnoredRows,
            ["customers"] = s.Count,
            ["distinctRows"] = distinct,
            ["purchaseModel"] = purchase,
            ["spendModel"] = JsonOutput.Model(s.SpendModel.Parameters, s.SpendModel.LogLikelihood, s.SpendModel.Diagnostics),
        };
    }

    internal static JsonObject ToJson(AnalyzeResult result)
    {
        var s = result.Scores;
        var node = Settings(result.Request, s, result.Read, result.DistinctRows, result.MarginSource);
        var segments = new JsonObject();
        for (int i = 0; i < s.Rfm.SegmentNames.Count; i++) segments[s.Rfm.SegmentNames[i]] = s.Rfm.SegmentCounts[i];
        var timings = new JsonObject();
        foreach (var (stage, elapsed) in result.Stages.Timings) timings[stage] = Math.Round(elapsed.TotalSeconds, 4);
        timings["total"] = Math.Round(result.Stages.Total.TotalSeconds, 4);
        var json = new JsonObject
        {
            ["runId"] = result.Run.RunId,
            ["store"] = result.Request.Store.DisplayName,
            ["createdAt"] = result.Run.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in node) json[name] = value?.DeepClone();
        json["segments"] = segments;
        json["totalClv"] = JsonOutput.Number(ScoreCommand.Sum(s.Clv.Span));
        json["timings"] = timings;
        return json;
    }

    internal static void Print(IAnsiConsole console, AnalyzeResult result)
    {
        var s = result.Scores;
        ScoreReport.Print(console, s, $"from {result.Read.Rows:N0} stored transactions ({s.Summaries.IgnoredRows:N0} after the as-of date)", result.DistinctRows, result.Stages);
        string margin = result.MarginSource switch
        {
            "transactions" => "margin rate from the stored transactions' margins",
            "option" => "margin rate from --margin-rate",
            _ => "no margins stored, so CLV is in revenue terms",
        };
        console.MarkupLine($"snapshot [bold]{Markup.Escape(result.Run.RunId)}[/] saved in {Markup.Escape(result.Request.Store.DisplayName)}: " +
            $"{result.Run.Customers:N0} customers as of {result.Run.AsOf:yyyy-MM-dd} ({Markup.Escape(margin)}).");
    }
}
