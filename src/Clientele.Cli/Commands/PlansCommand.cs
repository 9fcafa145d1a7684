using System.CommandLine;
using System.Text.Json.Nodes;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Clientele.Storage.Planning;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele plans</c>: lists the stored allocation plans; <c>plans show ID</c> prints one by tier and option,
/// <c>plans compare A B</c> puts two side by side with the customers that moved, <c>plans activate ID</c> approves a draft.
/// </summary>
internal static class PlansCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("plans", "List the stored allocation plans; show one, compare two, or activate a draft.\n" +
            "Examples: clientele plans --db ./clientele.db\n" +
            "          clientele plans show plan-2\n" +
            "          clientele plans compare plan-1 plan-2 --json");
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            using var store = Open(parse.GetValue(db));
            var plans = store.ListPlans();
            if (parse.GetValue(json)) context.Out.WriteLine(JsonOutput.Serialize(new JsonObject { ["plans"] = new JsonArray([.. plans.Select(p => (JsonNode)Listed(p))]) }));
            else PlanReport.List(context.Console, plans);
            return ExitCodes.Ok;
        });

        var showId = new Argument<string>("id") { Description = "The plan's id, e.g. plan-2." };
        var show = new Command("show", "Print one plan by tier and option with its solver figures.");
        show.Arguments.Add(showId);
        Shared(show, db, json);
        show.SetAction(parse =>
        {
            using var store = Open(parse.GetValue(db));
            var plan = Plan(store, parse.GetValue(showId)!);
            var inputs = Inputs(plan);
            var summary = PlanSummary.Of(store.ReadPlanItems(plan.PlanId), inputs.Policy.TierScheme.Names);
            if (parse.GetValue(json)) context.Out.WriteLine(JsonOutput.Serialize(PlanJson.Plan(plan, inputs, summary)));
            else PlanReport.Plan(context.Console, plan, inputs, summary);
            return ExitCodes.Ok;
        });

        var a = new Argument<string>("a") { Description = "The first plan's id." };
        var b = new Argument<string>("b") { Description = "The second plan's id." };
        var compare = new Command("compare", "Compare two plans by tier and option (cost, hours, expected value) and count the customers that moved between tiers and options.");
        compare.Arguments.Add(a);
        compare.Arguments.Add(b);
        Shared(compare, db, json);
        compare.SetAction(parse =>
        {
            using var store = Open(parse.GetValue(db));
            var first = Plan(store, parse.GetValue(a)!);
            var second = Plan(store, parse.GetValue(b)!);
            var comparison = PlanComparison.Of(first, store.ReadPlanItems(first.PlanId), second, store.ReadPlanItems(second.PlanId), Inputs(first).Policy.TierScheme.Names);
            if (parse.GetValue(json)) context.Out.WriteLine(JsonOutput.Serialize(PlanJson.Comparison(comparison)));
            else PlanReport.Comparison(context.Console, comparison);
            return ExitCodes.Ok;
        });

        var activateId = new Argument<string>("id") { Description = "The plan to approve." };
        var activate = new Command("activate", "Mark a plan active (approved: spend is booked against it and 'evaluate --latest' picks it).");
        activate.Arguments.Add(activateId);
        Shared(activate, db, json);
        activate.SetAction(parse =>
        {
            using var store = Open(parse.GetValue(db));
            var plan = Plan(store, parse.GetValue(activateId)!);
            store.SetPlanStatus(plan.PlanId, PlanStatus.Active);
            if (parse.GetValue(json)) context.Out.WriteLine(JsonOutput.Serialize(Listed(store.ReadPlan(plan.PlanId)!)));
            else context.Console.WriteLine($"plan {plan.PlanId} is active");
            return ExitCodes.Ok;
        });

        command.Subcommands.Add(show);
        command.Subcommands.Add(compare);
        command.Subcommands.Add(activate);
        return command;
    }

    private static void Shared(Command command, Option<string?> db, Option<bool> json)
    {
        // The parent's options are not recursive; the subcommands take the same ones.
        command.Options.Add(db);
        command.Options.Add(json);
    }

    private static JsonObject Listed(StoredPlan plan)
    {
        var node = PlanJson.Header(plan);
        var inputs = Inputs(plan);
        node["budget"] = inputs.Budget;
        node["staffHours"] = double.IsFinite(inputs.StaffHours) ? inputs.StaffHours : null;
        node["objective"] = inputs.Solver.Objective;
        node["analysisRunId"] = inputs.AnalysisRunId;
        return node;
    }

    internal static ClienteleStore Open(string? db) => ClienteleStore.Open(CommonOptions.ParseDb(db), createIfMissing: false);

    internal static StoredPlan Plan(ClienteleStore store, string id) =>
        store.ReadPlan(id) ?? throw new UserInputException($"there is no plan '{id}' in {store.Location.DisplayName}; 'clientele plans' lists them");

    internal static PlanInputs Inputs(StoredPlan plan)
    {
        try
        {
            return PlanInputs.Parse(plan.Inputs, plan.PlanId);
        }
        catch (PlanningException e)
        {
            throw new UserInputException(e.Message);
        }
    }
}
