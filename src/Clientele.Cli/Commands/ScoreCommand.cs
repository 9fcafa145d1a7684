using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Analytics.Models;
using Clientele.Analytics.Rfm;
using Clientele.Analytics.Scoring;
using Clientele.Cli.Output;
using Clientele.Domain;
using Clientele.Storage.Files;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele score</c>: reads a transaction log, summarizes it, scores RFM, fits the purchase and
/// spend models and writes one row per customer with P(alive), expected purchases, spend and CLV.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var input = new TransactionInputOptions();
        var asOf = new Option<string?>("--as-of") { Description = "Score as of this day (yyyy-MM-dd, inclusive); default the last date in the log." };
        var unit = CommonOptions.Unit("week");
        var horizon = new Option<int>("--horizon-months") { Description = "CLV horizon in months.", DefaultValueFactory = _ => 12 };
        var discount = new Option<double>("--discount-rate") { Description = "Discount rate per month (0.01 = 1%).", DefaultValueFactory = _ => 0.01 };
        var margin = new Option<double>("--margin-rate") { Description = "Share of revenue that is margin; 1.0 gives CLV in revenue terms.", DefaultValueFactory = _ => 1.0 };
        var model = new Option<string>("--model") { Description = "Purchase model: bgnbd or pnbd.", DefaultValueFactory = _ => "bgnbd" };
        var segments = new Option<string>("--segments")
        {
            Description = "RFM segments: default (Champions … Lost), cn8 (重要价值客户 … 一般挽留客户), cn8-en (the same in English), or a JSON file of rules.",
            DefaultValueFactory = _ => "default",
        };
        var weights = new Option<string>("--rfm-weights") { Description = "Weights of R, F and M in the composite score, e.g. 0.5,0.3,0.2.", DefaultValueFactory = _ => "1,1,1" };
        var output = new Option<FileInfo>("--out", "-o") { Description = "The scores CSV to write.", DefaultValueFactory = _ => new FileInfo("scores.csv") };
        var penalizer = CommonOptions.Penalizer();
        var json = CommonOptions.Json();

        var command = new Command("score", "Score every customer: RFM, P(alive), expected purchases and spend, CLV; writes a CSV.\n" +
            "Example: clientele score -t tx.csv --as-of 2025-12-28 --unit week --horizon-months 12 --discount-rate 0.01 --out scores.csv");
        input.AddTo(command);
        foreach (var option in new Option[] { asOf, unit, horizon, discount, margin, model, segments, weights, penalizer, output, json }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            var options = new ScoringOptions(
                parse.GetValue(horizon), parse.GetValue(discount), parse.GetValue(margin),
                ParseModel(parse.GetValue(model)!), ParseWeights(parse.GetValue(weights)!), ParseSegmentation(parse.GetValue(segments)!),
                new FitOptions(Penalizer: parse.GetValue(penalizer)));
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new UserInputException(e.Message);
            }

            var request = new ScoreRequest(
                parse.GetValue(input.Transactions)!.FullName, input.Format(parse), CommonOptions.ParseUnit(parse.GetValue(unit)!),
                CommonOptions.ParseOptionalDate("--as-of", parse.GetValue(asOf)), parse.GetValue(input.Rejects)?.FullName,
                parse.GetValue(output)!.FullName, options);
            var result = Execute(context, request);
            if (parse.GetValue(json)) context.Out.WriteLine(JsonOutput.Serialize(ToJson(result)));
            else ScoreReport.Print(context.Console, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Everything a scoring run needs.</summary>
    internal sealed record ScoreRequest(string Transactions, TransactionFileFormat Format, TimeUnit Unit, DateOnly? AsOf, string? Rejects, string Output, ScoringOptions Options);

    /// <summary>A finished scoring run.</summary>
    internal sealed record ScoreResult(ScoreRequest Request, LoadedTransactionLog Log, CustomerScores Scores, int DistinctRows, StageRunner Stages);

    /// <summary>Runs the pipeline with progress bars and stage timings; shared with <c>demo</c>.</summary>
    internal static ScoreResult Execute(CliContext context, ScoreRequest request)
    {
        long bytes = TransactionInputOptions.LengthOf(request.Transactions);
        using var rejects = request.Rejects is null ? null : new RejectWriter(request.Rejects);
        LoadedTransactionLog log = null!;
        CustomerScores scores = null!;
        int distinct = 0;
        var stages = StageRunner.Execute(context, ["read and summarize", "RFM", "fit purchase model", "fit spend model", "predict and CLV", "write"], run =>
        {
            log = run.Run("read and summarize", p => TransactionLogLoader.Load(
                request.Transactions, request.Format, request.Unit, request.AsOf, null, rejects,
                new Progress<long>(b => p.Report(bytes == 0 ? 1 : (double)b / bytes))));
            var summaries = log.Summaries;
            var rfm = run.Run("RFM", _ => CustomerScoring.ScoreRfm(summaries, request.Options));
            RepeatPurchaseData data = null!;
            var purchase = run.Run("fit purchase model", _ =>
            {
                data = summaries.ToRepeatPurchaseData();
                return CustomerScoring.FitPurchaseModel(data, request.Options);
            });
            distinct = data.Count;
            var spend = run.Run("fit spend model", _ => CustomerScoring.FitSpendModel(summaries, request.Options));
            scores = run.Run("predict and CLV", _ => CustomerScoring.Predict(summaries, data, rfm, purchase, spend, request.Options));
            run.Run("write", p => ScoresCsv.Write(request.Output, scores, new Progress<int>(rows => p.Report((double)rows / Math.Max(1, scores.Count)))));
        });
        return new ScoreResult(request, log, scores, distinct, stages);
    }

    internal static PurchaseModelKind ParseModel(string text) => text.ToLowerInvariant() switch
    {
        "bgnbd" or "bg/nbd" => PurchaseModelKind.BgNbd,
        "pnbd" or "paretonbd" or "pareto/nbd" => PurchaseModelKind.ParetoNbd,
        _ => throw new UserInputException($"--model: '{text}' is not bgnbd or pnbd"),
    };

    internal static RfmWeights ParseWeights(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || !parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            throw new UserInputException($"--rfm-weights: '{text}' is not three numbers separated by commas, e.g. 0.5,0.3,0.2");
        }

        var w = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        try
        {
            return new RfmWeights(w[0], w[1], w[2]);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException("--rfm-weights: " + e.Message);
        }
    }

    internal static IRfmSegmentation ParseSegmentation(string text)
    {
        switch (text.ToLowerInvariant())
        {
            case "default":
                return RfmSegmentScheme.Default;
            case "cn8":
                return HighLowSegmentation.Cn8;
            case "cn8-en":
                return HighLowSegmentation.Cn8English;
        }

        if (!File.Exists(text)) throw new UserInputException($"--segments: '{text}' is not default, cn8, cn8-en or an existing JSON file");
        try
        {
            return RfmSegmentScheme.FromJson(File.ReadAllText(text));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            throw new UserInputException($"{text}: {e.Message}");
        }
    }

    internal static double Sum(ReadOnlySpan<double> values)
    {
        double total = 0;
        foreach (var v in values) total += v;
        return total;
    }

    internal static JsonObject ToJson(ScoreResult result)
    {
        var s = result.Scores;
        var purchase = JsonOutput.Model(s.PurchaseModel.Parameters, s.PurchaseModel.LogLikelihood, s.PurchaseModel.Diagnostics);
        purchase["model"] = s.PurchaseModel.Name;
        var segments = new JsonObject();
        for (int i = 0; i < s.Rfm.SegmentNames.Count; i++) segments[s.Rfm.SegmentNames[i]] = s.Rfm.SegmentCounts[i];
        var timings = new JsonObject();
        foreach (var (stage, elapsed) in result.Stages.Timings) timings[stage] = Math.Round(elapsed.TotalSeconds, 4);
        timings["total"] = Math.Round(result.Stages.Total.TotalSeconds, 4);
        return new JsonObject
        {
            ["customers"] = s.Count,
            ["asOf"] = s.Summaries.Period.ObservationEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["unit"] = result.Request.Unit.ToString().ToLowerInvariant(),
            ["rows"] = new JsonObject { ["read"] = result.Log.Read.RowsRead, ["accepted"] = result.Log.Read.RowsAccepted, ["rejected"] = result.Log.Read.RowsRejected, ["afterAsOf"] = s.Summaries.IgnoredRows },
            ["distinctRows"] = result.DistinctRows,
            ["purchaseModel"] = purchase,
            ["spendModel"] = JsonOutput.Model(s.SpendModel.Parameters, s.SpendModel.LogLikelihood, s.SpendModel.Diagnostics),
            ["segments"] = segments,
            ["totalClv"] = JsonOutput.Number(Sum(s.Clv.Span)),
            ["output"] = result.Request.Output,
            ["timings"] = timings,
        };
    }
}
