using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Analytics.Models;
using Clientele.Analytics.Summary;
using Clientele.Analytics.Validation;
using Clientele.Cli.Output;
using Clientele.Storage.Files;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele fit</c>: fits BG/NBD, Pareto/NBD and Gamma-Gamma on a calibration period and, with a
/// holdout end, compares their predictions with what happened in the holdout.
/// </summary>
internal static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var input = new TransactionInputOptions();
        var calibrationEnd = new Option<string>("--calibration-end")
        {
            Description = "Last day of the calibration period (yyyy-MM-dd, inclusive); the models are fitted on purchases up to it.",
            Required = true,
        };
        var holdoutEnd = new Option<string?>("--holdout-end")
        {
            Description = "Last day of the holdout period (yyyy-MM-dd); when given, predictions are validated against it.",
        };
        var unit = CommonOptions.Unit("week");
        var json = CommonOptions.Json();
        var penalizer = CommonOptions.Penalizer();

        var command = new Command("fit", "Fit BG/NBD, Pareto/NBD and Gamma-Gamma by maximum likelihood; validate on a holdout.\n" +
            "Example: clientele fit -t CDNOW_sample.txt --customer-col 2 --date-col 3 --amount-col 5 --date-format yyyyMMdd " +
            "--calibration-end 1997-09-30 --holdout-end 1998-06-30 --json");
        input.AddTo(command);
        foreach (var option in new Option[] { calibrationEnd, holdoutEnd, unit, penalizer, json }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            var calibration = CommonOptions.ParseDate("--calibration-end", parse.GetValue(calibrationEnd)!);
            var holdout = CommonOptions.ParseOptionalDate("--holdout-end", parse.GetValue(holdoutEnd));
            if (holdout is { } h && h <= calibration) throw new UserInputException("--holdout-end must be after --calibration-end");
            var timeUnit = CommonOptions.ParseUnit(parse.GetValue(unit)!);
            var fitOptions = new FitOptions(Penalizer: parse.GetValue(penalizer));
            var file = parse.GetValue(input.Transactions)!.FullName;
            using var rejects = parse.GetValue(input.Rejects) is { } r ? new RejectWriter(r.FullName) : null;
            long bytes = TransactionInputOptions.LengthOf(file);

            LoadedTransactionLog log = null!;
            var models = new Dictionary<string, Fitted>();
            var stages = StageRunner.Execute(context, ["read and summarize", "BG/NBD", "Pareto/NBD", "Gamma-Gamma", "holdout"], run =>
            {
                log = run.Run("read and summarize", p => TransactionLogLoader.Load(
                    file, input.Format(parse), timeUnit, holdout ?? calibration, holdout is null ? null : calibration,
                    rejects, new Progress<long>(b => p.Report(bytes == 0 ? 1 : (double)b / bytes))));
                var data = log.Summaries.ToRepeatPurchaseData();
                models["bgnbd"] = run.Run("BG/NBD", _ => Attempt(() => BgNbd.Fit(data, fitOptions)));
                models["paretoNbd"] = run.Run("Pareto/NBD", _ => Attempt(() => ParetoNbd.Fit(data, fitOptions)));
                models["gammaGamma"] = run.Run("Gamma-Gamma", _ => Attempt(() => GammaGamma.Fit(log.Summaries.Frequency, log.Summaries.MonetaryValue, fitOptions)));
                if (holdout is not null)
                {
                    run.Run("holdout", _ =>
                    {
                        foreach (var key in new[] { "bgnbd", "paretoNbd" })
                        {
                            if (models[key].Model is IRepeatPurchaseModel m)
                            {
                                models[key] = models[key] with
                                {
                                    Bins = HoldoutValidation.CompareByFrequency(m, log.Summaries),
                                    Tracking = HoldoutValidation.Track(m, log.Summaries),
                                };
                            }
                        }
                    });
                }
            });

            if (parse.GetValue(json)) context.Out.WriteLine(JsonOutput.Serialize(ToJson(log, models, calibration, holdout, timeUnit)));
            else Print(context, log, models, stages, timeUnit);
            foreach (var (key, fitted) in models)
            {
                if (fitted.Error is not null) context.Error.WriteLine($"clientele: error: {fitted.Error}");
            }

            return models.Values.Any(m => m.Error is not null) ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A model's fit: the model, or the reason it failed, and its holdout comparison.</summary>
    private sealed record Fitted(object? Model, string? Error, FrequencyBinComparison? Bins = null, TrackingComparison? Tracking = null);

    private static Fitted Attempt(Func<object> fit)
    {
        try
        {
            return new Fitted(fit(), null);
        }
        catch (ModelFitException e)
        {
            return new Fitted(null, e.Message);
        }
    }

    private static JsonObject ToJson(LoadedTransactionLog log, Dictionary<string, Fitted> models, DateOnly calibration, DateOnly? holdout, Domain.TimeUnit unit)
    {
        var s = log.Summaries;
        var root = new JsonObject
        {
            ["customers"] = s.Count,
            ["unit"] = unit.ToString().ToLowerInvariant(),
            ["calibrationEnd"] = calibration.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["holdoutEnd"] = holdout?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["rows"] = new JsonObject
            {
                ["read"] = log.Read.RowsRead,
                ["accepted"] = log.Read.RowsAccepted,
                ["rejected"] = log.Read.RowsRejected,
            },
            ["customersAcquiredInHoldout"] = s.CustomersAcquiredInHoldout,
        };

        foreach (var (key, fitted) in models)
        {
            root[key] = fitted switch
            {
                { Error: { } error } => new JsonObject { ["error"] = error },
                { Model: IRepeatPurchaseModel m } => JsonOutput.Model(m.Parameters, m.LogLikelihood, m.Diagnostics),
                { Model: GammaGammaModel g } => WithSpend(JsonOutput.Model(g.Parameters, g.LogLikelihood, g.Diagnostics), g),
                _ => null,
            };
        }

        if (holdout is not null)
        {
            var validation = new JsonObject { ["length"] = JsonOutput.Number(s.Period.HoldoutLength) };
            foreach (var key in new[] { "bgnbd", "paretoNbd" })
            {
                if (models[key] is { Bins: { } bins, Tracking: { } tracking }) validation[key] = HoldoutJson(bins, tracking);
            }

            if (PreferredModel(models) is { } preferred) validation["preferredModel"] = preferred;
            root["holdout"] = validation;
        }

        return root;
    }

    /// <summary>The repeat-purchase model with the smaller mean absolute holdout error per frequency bin (spec: model choice by holdout error).</summary>
    private static string? PreferredModel(Dictionary<string, Fitted> models) => models
        .Where(m => m.Value.Bins is not null)
        .OrderBy(m => m.Value.Bins!.MeanAbsoluteError)
        .Select(m => m.Key)
        .FirstOrDefault();

    private static JsonObject WithSpend(JsonObject node, GammaGammaModel g)
    {
        node["populationMeanSpend"] = JsonOutput.Number(g.PopulationMeanSpend);
        node["excludedNonPositiveSpend"] = g.ExcludedNonPositiveSpend;
        return node;
    }

    private static JsonObject HoldoutJson(FrequencyBinComparison bins, TrackingComparison tracking)
    {
        var binArray = new JsonArray();
        foreach (var b in bins.Bins)
        {
            binArray.Add(new JsonObject
            {
                ["frequency"] = b.OrMore ? $"{b.Frequency}+" : b.Frequency.ToString(CultureInfo.InvariantCulture),
                ["customers"] = b.Customers,
                ["actual"] = JsonOutput.Number(b.ActualMean),
                ["expected"] = JsonOutput.Number(b.ExpectedMean),
            });
        }

        JsonObject Errors(TrackingErrors e) => new()
        {
            ["periods"] = e.Periods,
            ["meanAbsoluteError"] = JsonOutput.Number(e.MeanAbsoluteError),
            ["meanAbsolutePercentageError"] = JsonOutput.Number(e.MeanAbsolutePercentageError),
        };

        return new JsonObject
        {
            ["bins"] = binArray,
            ["binMeanAbsoluteError"] = JsonOutput.Number(bins.MeanAbsoluteError),
            ["tracking"] = new JsonObject
            {
                ["start"] = tracking.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["calibrationPeriods"] = tracking.CalibrationPeriods,
                ["actualIncremental"] = JsonOutput.Array(tracking.ActualIncremental),
                ["expectedIncremental"] = JsonOutput.Array(tracking.ExpectedIncremental),
                ["actualCumulative"] = JsonOutput.Array(tracking.ActualCumulative),
                ["expectedCumulative"] = JsonOutput.Array(tracking.ExpectedCumulative),
                ["calibrationIncremental"] = Errors(tracking.CalibrationIncremental),
                ["holdoutIncremental"] = Errors(tracking.HoldoutIncremental),
                ["calibrationCumulative"] = Errors(tracking.CalibrationCumulative),
                ["holdoutCumulative"] = Errors(tracking.HoldoutCumulative),
            },
        };
    }

    private static void Print(CliContext context, LoadedTransactionLog log, Dictionary<string, Fitted> models, StageRunner stages, Domain.TimeUnit unit)
    {
        var console = context.Console;
        var s = log.Summaries;
        console.MarkupLine($"[bold]{s.Count:N0}[/] customers from {log.Read.RowsAccepted:N0} rows ({log.Read.RowsRejected:N0} rejected); time unit: {unit.ToString().ToLowerInvariant()}");

        var table = new Table().Title("Fitted models").AddColumns("model", "parameter", "estimate", "std. error", "95% interval", "log-likelihood");
        var titles = new Dictionary<string, string> { ["bgnbd"] = "BG/NBD", ["paretoNbd"] = "Pareto/NBD", ["gammaGamma"] = "Gamma-Gamma" };
        foreach (var (key, fitted) in models)
        {
            var (parameters, ll) = fitted.Model switch
            {
                IRepeatPurchaseModel m => (m.Parameters, m.LogLikelihood),
                GammaGammaModel g => (g.Parameters, g.LogLikelihood),
                _ => ((IReadOnlyList<ParameterEstimate>)[], double.NaN),
            };
            if (fitted.Error is not null)
            {
                table.AddRow(titles[key], "", "", "", "", Markup.Escape("failed: " + fitted.Error));
                continue;
            }

            for (int i = 0; i < parameters.Count; i++)
            {
                var p = parameters[i];
                table.AddRow(i == 0 ? titles[key] : "", p.Name, p.Value.ToString("G6", CultureInfo.CurrentCulture), p.StandardError.ToString("G4", CultureInfo.CurrentCulture),
                    // Table cells are markup: the interval's brackets must be escaped or Spectre rejects the cell.
                    Markup.Escape($"[{p.Lower95.ToString("G4", CultureInfo.CurrentCulture)}, {p.Upper95.ToString("G4", CultureInfo.CurrentCulture)}]"),
                    i == 0 ? ll.ToString("F3", CultureInfo.CurrentCulture) : "");
            }
        }

        console.Write(table);

        foreach (var key in new[] { "bgnbd", "paretoNbd" })
        {
            if (models[key] is not { Bins: { } bins, Tracking: { } tracking }) continue;
            var binTable = new Table().Title($"{titles[key]}: mean holdout purchases by calibration frequency ({bins.HoldoutLength:G4} {unit.ToString().ToLowerInvariant()}s)")
                .AddColumns("x", "customers", "actual", "expected");
            foreach (var b in bins.Bins)
            {
                binTable.AddRow(b.OrMore ? $"{b.Frequency}+" : b.Frequency.ToString(CultureInfo.InvariantCulture), b.Customers.ToString("N0", CultureInfo.CurrentCulture),
                    b.ActualMean.ToString("F3", CultureInfo.CurrentCulture), b.ExpectedMean.ToString("F3", CultureInfo.CurrentCulture));
            }

            console.Write(binTable);
            console.WriteLine(
                $"{titles[key]}: bin MAE {bins.MeanAbsoluteError:F3}; tracking MAE (incremental per {unit.ToString().ToLowerInvariant()}) calibration {tracking.CalibrationIncremental.MeanAbsoluteError:F2}, " +
                $"holdout {tracking.HoldoutIncremental.MeanAbsoluteError:F2}; cumulative at holdout {tracking.HoldoutCumulative.MeanAbsoluteError:F1}");
        }

        if (PreferredModel(models) is { } best)
        {
            console.WriteLine($"By mean absolute holdout error per frequency bin the better purchase model here is {titles[best]}.");
        }

        console.MarkupLine("[grey]" + string.Join(", ", stages.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalSeconds:F2} s")) + "[/]");
    }
}
