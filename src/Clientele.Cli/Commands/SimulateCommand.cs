using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Allocation.DecisionQuality;
using Clientele.Cli.Output;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele simulate</c>: the decision-quality simulation (issue 5) — Clientele's plan against simple rules, an
/// informed reference and an oracle on seeded companies whose true behaviour is known, by realized net value for the same budget and hours.
/// </summary>
internal static class SimulateCommand
{
    /// <summary>The issue's targets, averaged over seeds.</summary>
    internal const double BestRuleTarget = 1.15, OracleTarget = 0.90;

    public static Command Create(CliContext context)
    {
        var defaults = new DecisionQualityOptions();
        var customers = new Option<int>("--customers", "-n") { Description = "Customers per simulated company (100 to 2,000,000).", DefaultValueFactory = _ => defaults.Customers };
        var seeds = new Option<int>("--seeds", "-k") { Description = "Companies (seeds) to average over, 1 to 1,000.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "The first seed; the runs use seed, seed + 1, ….", DefaultValueFactory = _ => defaults.Seed };
        var budgetShare = new Option<double>("--budget-share") { Description = "The care budget as a share of last year's revenue (0.005 = 0.5%).", DefaultValueFactory = _ => defaults.BudgetShare };
        var hours = new Option<double>("--staff-hours") { Description = "Staff hours available per customer of the company.", DefaultValueFactory = _ => defaults.StaffHoursPerCustomer };
        var heterogeneity = new Option<double>("--response-heterogeneity") { Description = "σ of the log of customers' true responsiveness (0 = all respond as assumed on average).", DefaultValueFactory = _ => defaults.ResponseHeterogeneity };
        var assumption = new Option<double>("--assumption-error") { Description = "σ of the log of each option's true-over-assumed effect.", DefaultValueFactory = _ => defaults.AssumptionError };
        var periods = new Option<int>("--periods") { Description = "1 = one plan from the history; 2 = the loop: period 1, plan-versus-actual, recalibration, period 2 (reported).", DefaultValueFactory = _ => defaults.Periods };
        var signal = new Option<bool>("--hazard-signal") { Description = "Whether Clientele uses complaints (models fitted per complaint segment).", DefaultValueFactory = _ => defaults.HazardSignal };
        var json = CommonOptions.Json();

        var command = new Command("simulate", "Measure decision quality: plan the same budget with Clientele, simple rules (even, by revenue, by RFM), an informed reference and an oracle on seeded companies, then simulate the next year.\n" +
            "Example: clientele simulate --customers 5000 --seeds 10 --budget-share 0.005 --json");
        foreach (var option in new Option[] { customers, seeds, seed, budgetShare, hours, heterogeneity, assumption, periods, signal, json }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            var options = new DecisionQualityOptions(
                parse.GetValue(customers), parse.GetValue(seed), parse.GetValue(budgetShare), parse.GetValue(hours),
                ResponseHeterogeneity: parse.GetValue(heterogeneity), AssumptionError: parse.GetValue(assumption),
                Periods: parse.GetValue(periods), HazardSignal: parse.GetValue(signal));
            int count = parse.GetValue(seeds);
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                // The options record names its parameter; say which command-line option that is.
                string message = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
                string? option = e.ParamName switch
                {
                    nameof(DecisionQualityOptions.Customers) => "--customers",
                    nameof(DecisionQualityOptions.BudgetShare) => "--budget-share",
                    nameof(DecisionQualityOptions.StaffHoursPerCustomer) => "--staff-hours",
                    nameof(DecisionQualityOptions.ResponseHeterogeneity) => "--response-heterogeneity",
                    nameof(DecisionQualityOptions.AssumptionError) => "--assumption-error",
                    nameof(DecisionQualityOptions.Periods) => "--periods",
                    _ => null,
                };
                throw new UserInputException(option is null ? message : $"{option}: {message}");
            }

            if (count is < 1 or > 1_000) throw new UserInputException($"--seeds: must be 1 to 1,000, got {count}");
            var runs = new List<DecisionQualityRun>(count);
            var stageNames = Enumerable.Range(0, count).Select(s => $"seed {options.Seed + s}").ToArray();
            var stages = StageRunner.Execute(context, stageNames, run =>
            {
                for (int s = 0; s < count; s++)
                {
                    var seedOptions = options with { Seed = options.Seed + s };
                    runs.Add(run.Run(stageNames[s], _ => DecisionQualitySimulation.RunSeed(seedOptions)));
                }
            });
            var result = new DecisionQualityResult(options, runs);
            if (parse.GetValue(json)) context.Out.WriteLine(JsonOutput.Serialize(ToJson(result, stages.Total)));
            else Print(context.Console, result, stages.Total);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static JsonObject ToJson(DecisionQualityResult result, TimeSpan elapsed)
    {
        var o = result.Options;
        JsonObject PerPolicy(Func<string, JsonNode?> value)
        {
            var node = new JsonObject();
            foreach (var p in DecisionPolicy.All) node[p] = value(p);
            return node;
        }

        double Mean(string policy, Func<PolicyOutcome, double> f) => result.Runs.Average(r => f(r.Outcome(policy)));
        var toBest = result.ClienteleToBestRule;
        var toOracle = result.ClienteleToOracle;
        return new JsonObject
        {
            ["policies"] = PerPolicy(p => JsonOutput.Number(result.MeanRealizedNetValue[p])),
            ["perSeed"] = PerPolicy(p => new JsonArray(result.Runs.Select(r => JsonOutput.Number(r.Outcome(p).RealizedNetValue)).ToArray())),
            ["expected"] = PerPolicy(p => JsonOutput.Number(result.MeanExpectedNetValue[p])),
            ["cost"] = PerPolicy(p => JsonOutput.Number(Mean(p, x => x.Cost))),
            ["hours"] = PerPolicy(p => JsonOutput.Number(Mean(p, x => x.Hours))),
            ["customersTreated"] = PerPolicy(p => JsonOutput.Number(Mean(p, x => x.CustomersTreated))),
            ["options"] = PerPolicy(p =>
            {
                var counts = new JsonObject();
                foreach (var id in result.Runs[0].Outcome(p).OptionCounts.Keys) counts[id] = JsonOutput.Number(Mean(p, x => x.OptionCounts[id]));
                return counts;
            }),
            ["firstPeriod"] = result.Runs[0].FirstPeriod is null ? null : FirstPeriod(result),
            ["recalibration"] = result.Runs[0].Recalibration is null ? null : Recalibration(result),
            ["hazardRatio"] = result.Runs.All(r => r.HazardRatio is not null) ? JsonOutput.Number(result.Runs.Average(r => r.HazardRatio!.Value)) : null,
            ["bestRule"] = result.BestRule,
            ["ratios"] = new JsonObject
            {
                ["clienteleToBestRule"] = toBest is { } b ? JsonOutput.Number(b) : null,
                ["clienteleToOracle"] = toOracle is { } r ? JsonOutput.Number(r) : null,
                ["learnedToOracle"] = result.LearnedToOracle is { } lo ? JsonOutput.Number(lo) : null,
                ["posteriorToOracle"] = result.PosteriorToOracle is { } po ? JsonOutput.Number(po) : null,
                ["informedToOracle"] = result.InformedToOracle is { } io ? JsonOutput.Number(io) : null,
                ["clienteleToInformed"] = result.ClienteleToInformed is { } ci ? JsonOutput.Number(ci) : null,
            },
            ["targets"] = new JsonObject
            {
                ["clienteleToBestRule"] = BestRuleTarget,
                ["clienteleToOracle"] = OracleTarget,
                ["bestRuleMet"] = toBest >= BestRuleTarget,
                ["oracleMet"] = toOracle >= OracleTarget,
            },
            ["settings"] = new JsonObject
            {
                ["customers"] = o.Customers,
                ["seeds"] = result.Runs.Count,
                ["firstSeed"] = o.Seed,
                ["budgetShare"] = o.BudgetShare,
                ["staffHoursPerCustomer"] = o.StaffHoursPerCustomer,
                ["marginRate"] = o.MarginRate,
                ["responseHeterogeneity"] = o.ResponseHeterogeneity,
                ["assumptionError"] = o.AssumptionError,
                ["periods"] = o.Periods,
                ["hazardSignal"] = o.HazardSignal,
            },
            ["runs"] = new JsonArray(result.Runs.Select(r => (JsonNode)new JsonObject
            {
                ["seed"] = r.Seed,
                ["lastYearRevenue"] = JsonOutput.Number(r.LastYearRevenue),
                ["budget"] = JsonOutput.Number(r.Budget),
                ["staffHours"] = JsonOutput.Number(r.StaffHours),
                ["aliveShare"] = JsonOutput.Number(r.AliveShare),
                ["hazardRatio"] = r.HazardRatio is { } h ? JsonOutput.Number(h) : null,
            }).ToArray()),
            ["elapsedSeconds"] = Math.Round(elapsed.TotalSeconds, 3),
        };
    }

    /// <summary>Period 1 of the loop: mean realized net value per policy, Clientele's ratios (Clientele with the assumed effects) and the informed reference's.</summary>
    private static JsonObject FirstPeriod(DecisionQualityResult result)
    {
        var policies = new JsonObject();
        var mean = DecisionPolicy.All.ToDictionary(p => p, p => result.Runs.Average(r => r.FirstPeriod!.First(x => x.Policy == p).RealizedNetValue));
        foreach (var p in DecisionPolicy.All) policies[p] = JsonOutput.Number(mean[p]);
        double best = DecisionPolicy.SimpleRules.Max(p => mean[p]);
        return new JsonObject
        {
            ["policies"] = policies,
            ["clienteleToBestRule"] = best > 0 ? JsonOutput.Number(mean[DecisionPolicy.Clientele] / best) : null,
            ["clienteleToOracle"] = mean[DecisionPolicy.Oracle] > 0 ? JsonOutput.Number(mean[DecisionPolicy.Clientele] / mean[DecisionPolicy.Oracle]) : null,
            ["learnedToOracle"] = mean[DecisionPolicy.Oracle] > 0 ? JsonOutput.Number(mean[DecisionPolicy.Learned] / mean[DecisionPolicy.Oracle]) : null,
            ["posteriorToOracle"] = mean[DecisionPolicy.Oracle] > 0 ? JsonOutput.Number(mean[DecisionPolicy.Posterior] / mean[DecisionPolicy.Oracle]) : null,
            ["informedToOracle"] = mean[DecisionPolicy.Oracle] > 0 ? JsonOutput.Number(mean[DecisionPolicy.Informed] / mean[DecisionPolicy.Oracle]) : null,
            ["clienteleToInformed"] = mean[DecisionPolicy.Informed] > 0 ? JsonOutput.Number(mean[DecisionPolicy.Clientele] / mean[DecisionPolicy.Informed]) : null,
        };
    }

    /// <summary>The loop's recalibration, per option: mean plan items, credibility and applied factor over seeds.</summary>
    private static JsonObject Recalibration(DecisionQualityResult result)
    {
        var node = new JsonObject();
        foreach (var id in result.Runs[0].Recalibration!.Options.Keys)
        {
            var per = result.Runs.Select(r => r.Recalibration!.Options[id]).ToArray();
            node[id] = new JsonObject
            {
                ["count"] = JsonOutput.Number(per.Average(x => x.Count)),
                ["rawFactor"] = per.All(x => x.RawFactor is not null) ? JsonOutput.Number(per.Average(x => x.RawFactor!.Value)) : null,
                ["credibility"] = JsonOutput.Number(per.Average(x => x.Credibility)),
                ["factor"] = JsonOutput.Number(per.Average(x => x.Factor)),
            };
        }

        return node;
    }

    private static void Print(IAnsiConsole console, DecisionQualityResult result, TimeSpan elapsed)
    {
        var culture = CultureInfo.CurrentCulture;
        var o = result.Options;
        var first = result.Runs[0];
        console.MarkupLine($"[bold]{result.Runs.Count}[/] simulated companies of {o.Customers:N0} customers (seeds {o.Seed}–{o.Seed + result.Runs.Count - 1}); " +
            $"budget {o.BudgetShare.ToString("P1", culture)} of last year's revenue (seed {first.Seed}: {first.Budget.ToString("N0", culture)}), " +
            $"{o.StaffHoursPerCustomer.ToString("G3", culture)} staff hours per customer.");
        string period = first.FirstPeriod is null ? "next year" : "in period 2 of the loop (after plan-versus-actual and recalibration)";
        var table = new Table().Title($"Realized net value {period} (incremental margin − spend), mean over seeds")
            .AddColumns("policy", "realized net", "expected net (truth)", "spend", "staff hours", "customers treated");
        foreach (var p in DecisionPolicy.All)
        {
            double Mean(Func<PolicyOutcome, double> f) => result.Runs.Average(r => f(r.Outcome(p)));
            table.AddRow(p, result.MeanRealizedNetValue[p].ToString("N0", culture), result.MeanExpectedNetValue[p].ToString("N0", culture),
                Mean(x => x.Cost).ToString("N0", culture), Mean(x => x.Hours).ToString("N0", culture), Mean(x => x.CustomersTreated).ToString("N0", culture));
        }

        console.Write(table);
        console.MarkupLine(Ratio("clientele / best rule (" + result.BestRule + ")", result.ClienteleToBestRule, BestRuleTarget, culture));
        console.MarkupLine(Ratio("clientele / oracle", result.ClienteleToOracle, OracleTarget, culture));
        // The learned reference is Clientele had its loop learned the options' true effects: what learning could still bring.
        console.MarkupLine(Ratio("learned / oracle (clientele with the options' true effects)", result.LearnedToOracle, null, culture));
        // The posterior reference reads the firm's own data as well as it can be read (the true world, exact Bayes).
        console.MarkupLine(Ratio("posterior / oracle (the best reading of the firm's data)", result.PosteriorToOracle, null, culture));
        // The informed reference knows all but each customer's own response: its share of the oracle is the ceiling
        // for any planner that does not know individual responses; it has no target of its own.
        console.MarkupLine(Ratio("informed / oracle (the ceiling without individual responses)", result.InformedToOracle, null, culture));
        console.MarkupLine(Ratio("clientele / informed", result.ClienteleToInformed, null, culture));
        console.MarkupLine($"done in {elapsed.TotalSeconds.ToString("F1", culture)} s");
    }

    private static string Ratio(string label, double? ratio, double? target, CultureInfo culture) => (ratio, target) switch
    {
        ({ } r, { } t) => $"{Markup.Escape(label)}: [bold]{r.ToString("F3", culture)}[/] (target ≥ {t.ToString("F2", culture)}: {(r >= t ? "[green]met[/]" : "[red]not met[/]")})",
        ({ } r, null) => $"{Markup.Escape(label)}: [bold]{r.ToString("F3", culture)}[/]",
        _ => $"{Markup.Escape(label)}: no ratio (the baseline's net value is not positive)",
    };
}
