using System.CommandLine;
using System.Text.Json.Nodes;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Clientele.Storage.Planning;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele evaluate --plan ID | --latest [--as-of DATE] [--propose [--budget B]]</c>: plan versus actual
/// (<see cref="PlanEvaluator"/>), stored with the plan; with <c>--propose</c> the next plan is drafted from it
/// (<see cref="PlanService.Propose"/>).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var plan = new Option<string?>("--plan") { Description = "The plan to evaluate, e.g. plan-2." };
        var latest = new Option<bool>("--latest") { Description = "Evaluate the latest active plan (for a schedule)." };
        var asOf = new Option<string?>("--as-of") { Description = "Count actuals up to this day (yyyy-MM-dd); default the last stored transaction, at most the plan's end." };
        var propose = new Option<bool>("--propose") { Description = "Draft the next plan from this evaluation (recalibrated effects, flagged segments one tier up) and store it." };
        var budget = new Option<double?>("--budget") { Description = "With --propose: the next plan's budget; default the evaluated plan's." };
        var json = CommonOptions.Json();
        var command = new Command("evaluate", "Evaluate a plan against what happened: spend variance, realized vs expected value and ROI per tier and option, " +
            "recalibrated option effects, and segments whose complaints rose or satisfaction fell; optionally draft the next plan.\n" +
            "Examples: clientele evaluate --db ./clientele.db --plan plan-1\n" +
            "          clientele evaluate --latest --propose --json");
        foreach (var option in new Option[] { db, plan, latest, asOf, propose, budget, json }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            string? id = parse.GetValue(plan);
            bool useLatest = parse.GetValue(latest);
            if (id is null == !useLatest) throw new UserInputException("evaluate: give either --plan ID or --latest");
            double? nextBudget = parse.GetValue(budget);
            if (nextBudget is { } nb && (!(nb >= 0) || !double.IsFinite(nb))) throw new UserInputException($"--budget must be a number ≥ 0, got {nb}");
            if (nextBudget is not null && !parse.GetValue(propose)) throw new UserInputException("evaluate: --budget is the next plan's budget; it needs --propose");
            var day = CommonOptions.ParseOptionalDate("--as-of", parse.GetValue(asOf));

            using var store = PlansCommand.Open(parse.GetValue(db));
            if (useLatest)
            {
                id = store.ListPlans().LastOrDefault(p => p.Status == PlanStatus.Active)?.PlanId
                    ?? throw new UserInputException($"{store.Location.DisplayName} holds no active plan; make one with 'clientele allocate' or activate a draft with 'clientele plans activate ID'");
            }

            PlanEvaluation evaluation = null!;
            PlanOutcome? next = null;
            var stages = parse.GetValue(propose) ? [.. PlanOptions.EvaluateStages, .. PlanOptions.AllocateStages] : PlanOptions.EvaluateStages;
            StageRunner.Execute(context, stages, runner =>
            {
                try
                {
                    evaluation = PlanEvaluator.Evaluate(store, id!, day, stages: new StagePlanSteps(runner));
                    if (parse.GetValue(propose)) next = PlanService.Propose(store, evaluation, nextBudget, new StagePlanSteps(runner));
                }
                catch (PlanningException e)
                {
                    throw new UserInputException(e.Message);
                }
            });

            if (parse.GetValue(json))
            {
                var node = new JsonObject { ["evaluation"] = PlanJson.Evaluation(evaluation) };
                if (next is not null) node["proposal"] = PlanJson.Plan(next.Plan, next.Inputs, next.Summary);
                context.Out.WriteLine(JsonOutput.Serialize(node));
                return ExitCodes.Ok;
            }

            PlanReport.Evaluation(context.Console, evaluation);
            if (next is not null)
            {
                context.Console.WriteLine();
                PlanReport.Plan(context.Console, next.Plan, next.Inputs, next.Summary);
                context.Console.WriteLine($"approve it with 'clientele plans activate {next.Plan.PlanId}', or compare: 'clientele plans compare {evaluation.Plan.PlanId} {next.Plan.PlanId}'");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
