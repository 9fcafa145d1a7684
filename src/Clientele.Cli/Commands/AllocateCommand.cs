using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Allocation;
using Clientele.Cli.Output;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele allocate</c>: chooses one option per customer under a budget, staff hours, category budgets and
/// tier rules. Solver mode (<c>--problem FILE.json</c>) takes the menus and values from a file; other sources of
/// the problem (such as the store) plug in beside it, sharing <see cref="Report"/>.
/// </summary>
internal static class AllocateCommand
{
    public static Command Create(CliContext context)
    {
        var problem = new Option<string?>("--problem")
        {
            Description = "A JSON problem: {\"budget\", \"staffHours\", \"customers\": [{\"id\", \"tier\", \"options\": [{\"id\", \"cost\", \"hours\", \"value\", \"category\"}]}], " +
                "\"tierRules\": {tier: {\"minCost\", \"maxCost\"}}, \"categoryBudgets\": {category: amount}} (see docs/allocation.md).",
        };
        var json = CommonOptions.Json();
        var command = new Command("allocate", "Choose one option per customer to maximize Σ(value − cost) under the budget, staff hours, " +
            "category budgets and tier rules; report the optimality gap, shadow prices and binding constraints.\n" +
            "Store mode plans from the latest analysis snapshot and stores the plan; solver mode (--problem) takes everything from a file.\n" +
            "Exit code 1 when no plan meets the constraints (the message names the constraint and the shortfall).\n" +
            "Examples: clientele allocate --db ./clientele.db --budget 50000 --staff-hours 600 --period 2026-Q1\n" +
            "          clientele allocate --problem problem.json --json");
        command.Options.Add(problem);
        command.Options.Add(json);
        var store = AllocateFromStore.Create();
        AllocateFromStore.Add(command, store);
        command.SetAction(parse =>
        {
            if (parse.GetValue(problem) is null) return AllocateFromStore.Run(context, parse, store, parse.GetValue(json));
            if (parse.GetValue(store.Budget) is not null || parse.GetValue(store.Db) is not null)
            {
                throw new UserInputException("allocate: --problem takes the budget and everything else from its file; leave out --db and --budget");
            }

            string file = parse.GetValue(problem)!;
            var input = AllocationProblemFile.Read(file);
            AllocationSolution solution;
            try
            {
                solution = AllocationSolver.Solve(input);
            }
            catch (ArgumentException e)
            {
                string message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
                throw new UserInputException($"{file}: {message}");
            }

            Report(context, input, solution, parse.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Prints the plan: one JSON object, or a table by option and the solution's figures.</summary>
    public static void Report(CliContext context, AllocationProblem problem, AllocationSolution solution, bool json)
    {
        if (json)
        {
            var assignments = new JsonArray();
            for (int i = 0; i < problem.Customers.Count; i++)
            {
                var c = problem.Customers[i];
                assignments.Add(new JsonObject { ["customer"] = c.CustomerId, ["option"] = c.Options[solution.Choice[i]].Id });
            }

            var categories = new JsonObject();
            foreach (var (name, price) in solution.ShadowPrices.CategoryBudgets) categories[name] = JsonOutput.Number(price);
            var node = new JsonObject
            {
                ["objective"] = JsonOutput.Number(solution.Objective),
                ["totalCost"] = JsonOutput.Number(solution.TotalCost),
                ["totalHours"] = JsonOutput.Number(solution.TotalHours),
                ["assignments"] = assignments,
                ["shadowPrices"] = new JsonObject
                {
                    ["budget"] = JsonOutput.Number(solution.ShadowPrices.Budget),
                    ["staffHours"] = JsonOutput.Number(solution.ShadowPrices.StaffHours),
                    ["categoryBudgets"] = categories,
                },
                ["optimalityGap"] = JsonOutput.Number(solution.OptimalityGap),
                ["upperBound"] = JsonOutput.Number(solution.UpperBound),
                ["isExact"] = solution.IsExact,
                ["binding"] = new JsonArray([.. solution.Binding.Select(b => (JsonNode?)JsonValue.Create(b))]),
            };
            context.Out.WriteLine(JsonOutput.Serialize(node));
            return;
        }

        var byOption = new SortedDictionary<string, (int Customers, double Cost, double Hours, double Value)>(StringComparer.Ordinal);
        for (int i = 0; i < problem.Customers.Count; i++)
        {
            var o = problem.Customers[i].Options[solution.Choice[i]];
            var row = byOption.GetValueOrDefault(o.Id);
            byOption[o.Id] = (row.Customers + 1, row.Cost + o.Cost, row.Hours + o.Hours, row.Value + o.Value);
        }

        var table = new Table().AddColumn("option")
            .AddColumn(new TableColumn("customers").RightAligned()).AddColumn(new TableColumn("cost").RightAligned())
            .AddColumn(new TableColumn("hours").RightAligned()).AddColumn(new TableColumn("value").RightAligned())
            .AddColumn(new TableColumn("net").RightAligned());
        foreach (var (id, row) in byOption)
        {
            table.AddRow(Markup.Escape(id), row.Customers.ToString("N0", CultureInfo.InvariantCulture), Money(row.Cost), Money(row.Hours), Money(row.Value), Money(row.Value - row.Cost));
        }

        context.Console.Write(table);
        string budget = double.IsPositiveInfinity(problem.Budget) ? "unlimited" : Money(problem.Budget);
        string hours = double.IsPositiveInfinity(problem.StaffHours) ? "unlimited" : Money(problem.StaffHours);
        context.Console.WriteLine($"objective Σ(value − cost) {Money(solution.Objective)}; cost {Money(solution.TotalCost)} of {budget}; staff hours {Money(solution.TotalHours)} of {hours}");
        context.Console.WriteLine(solution.IsExact
            ? "optimal (proven)"
            : $"upper bound {Money(solution.UpperBound)}: within {solution.OptimalityGap.ToString("P4", CultureInfo.InvariantCulture)} of the optimum");
        var prices = $"shadow prices: budget {Price(solution.ShadowPrices.Budget)} per unit, staff hours {Price(solution.ShadowPrices.StaffHours)} per hour";
        foreach (var (name, price) in solution.ShadowPrices.CategoryBudgets) prices += $", {name} {Price(price)}";
        context.Console.WriteLine(prices);
        context.Console.WriteLine($"binding: {(solution.Binding.Count == 0 ? "none" : string.Join(", ", solution.Binding))}");
    }

    private static string Money(double x) => x.ToString("N2", CultureInfo.InvariantCulture);

    private static string Price(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);
}
