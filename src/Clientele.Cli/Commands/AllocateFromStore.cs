using System.CommandLine;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Clientele.Storage.Planning;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele allocate --db … --budget B --staff-hours H</c>: the store mode of <c>allocate</c> — a plan from the
/// latest analysis snapshot, stored in the store (the work is <see cref="PlanService.Allocate"/>).
/// </summary>
internal static class AllocateFromStore
{
    public sealed record Options(
        Option<string?> Db, Option<double?> Budget, Option<double?> StaffHours, Option<string?> Policy, Option<string?> Period,
        Option<string[]> CategoryBudgets, Option<bool> Draft);

    public static Options Create() => new(
        CommonOptions.Db(),
        new Option<double?>("--budget") { Description = "Store mode: money for the plan's period." },
        new Option<double?>("--staff-hours") { Description = "Store mode: staff hours for the plan's period." },
        new Option<string?>("--policy") { Description = "Store mode: a policy JSON file (tiers, menus, option costs and effects; see docs/policies.md); default the built-in policy." },
        new Option<string?>("--period") { Description = "Store mode: the plan's period, 2025-Q1, 2025-01..2025-03 or 2025-01-15..2025-04-14; default the policy's months after the snapshot's as-of day." },
        new Option<string[]>("--category-budget") { Description = "Store mode: a budget per cost category, CATEGORY=AMOUNT (repeatable), e.g. marketing_promotion=5000.", AllowMultipleArgumentsPerToken = false },
        new Option<bool>("--draft") { Description = "Store mode: store the plan as a draft instead of active." });

    public static void Add(Command command, Options o)
    {
        foreach (var option in new Option[] { o.Db, o.Budget, o.StaffHours, o.Policy, o.Period, o.CategoryBudgets, o.Draft }) command.Options.Add(option);
    }

    public static int Run(CliContext context, ParseResult parse, Options o, bool json)
    {
        double budget = parse.GetValue(o.Budget) ?? throw new UserInputException("allocate: give --problem FILE.json, or --budget B and --staff-hours H to plan from the store's latest analysis");
        double hours = parse.GetValue(o.StaffHours) ?? throw new UserInputException("allocate: give --staff-hours H (the staff hours available in the plan's period) with --budget");
        if (!(budget >= 0) || !double.IsFinite(budget)) throw new UserInputException($"--budget must be a number ≥ 0, got {budget}");
        if (!(hours >= 0)) throw new UserInputException($"--staff-hours must be a number ≥ 0, got {hours}");
        var request = new PlanRequest(
            budget, hours, PlanOptions.Policy(parse.GetValue(o.Policy)), PlanOptions.Period(parse.GetValue(o.Period)),
            PlanOptions.CategoryBudgets(parse.GetValue(o.CategoryBudgets)), parse.GetValue(o.Draft) ? PlanStatus.Draft : PlanStatus.Active, CreatedBy: "allocate");
        var outcome = Execute(context, CommonOptions.ParseDb(parse.GetValue(o.Db)), request);
        Print(context, outcome, json);
        return ExitCodes.Ok;
    }

    /// <summary>Makes and stores the plan with a progress bar per step; shared with <c>demo</c>.</summary>
    public static PlanOutcome Execute(CliContext context, StoreLocation location, PlanRequest request)
    {
        using var store = ClienteleStore.Open(location, createIfMissing: false);
        PlanOutcome outcome = null!;
        StageRunner.Execute(context, PlanOptions.AllocateStages, runner =>
        {
            try
            {
                outcome = PlanService.Allocate(store, request, new StagePlanSteps(runner));
            }
            catch (PlanningException e)
            {
                throw new UserInputException(e.Message);
            }
            catch (ArgumentException e)
            {
                throw new UserInputException(PlanOptions.Message(e));
            }
        });
        return outcome;
    }

    public static void Print(CliContext context, PlanOutcome outcome, bool json)
    {
        if (json)
        {
            context.Out.WriteLine(JsonOutput.Serialize(PlanJson.Plan(outcome.Plan, outcome.Inputs, outcome.Summary)));
            return;
        }

        PlanReport.Plan(context.Console, outcome.Plan, outcome.Inputs, outcome.Summary);
    }
}
