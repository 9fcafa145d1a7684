using System.CommandLine;
using System.Globalization;
using System.Text;
using Clientele.Analytics.Rfm;
using Clientele.Analytics.Scoring;
using Clientele.Analytics.Simulation;
using Clientele.Cli.Output;
using Clientele.Domain;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele demo</c>: a seeded sample company end to end — generate the whole company (customers,
/// dealers, staff, orders, interactions, cost ledger, surveys, leads), store it in <c>DIR/clientele.db</c>,
/// write its transaction log, analyze every stored customer (saving a snapshot in the store, as <c>clientele analyze</c>)
/// and write the scores, a readable summary and the HTML report.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var customers = new Option<int>("--customers") { Description = "Customers in the sample company.", DefaultValueFactory = _ => 5_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same company.", DefaultValueFactory = _ => 42 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for clientele.db, transactions.csv, scores.csv and summary.txt.", DefaultValueFactory = _ => new DirectoryInfo("clientele-demo") };
        var command = new Command("demo", "Run Clientele end to end on a seeded sample company.\nExample: clientele demo --customers 5000 --out clientele-demo");
        foreach (var option in new Option[] { customers, seed, output }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            int n = parse.GetValue(customers);
            if (n < 100 || n > 5_000_000) throw new UserInputException($"--customers must be between 100 and 5,000,000, got {n}");
            var directory = parse.GetValue(output)!;
            directory.Create();
            var options = new DemoCompanyOptions(Customers: n, Seed: parse.GetValue(seed));
            var company = DemoCompanyGenerator.Generate(options);
            var database = Path.Combine(directory.FullName, "clientele.db");
            var counts = Store(database, company);
            var transactions = Path.Combine(directory.FullName, "transactions.csv");
            WriteLog(transactions, company.Transactions.Select(t => t.ToTransaction()));

            // The demo runs the same analysis as 'clientele analyze' on its store, so clientele.db holds a snapshot,
            // and writes the scores file from that run instead of scoring the exported log a second time.
            var location = StoreLocation.Parse(database);
            var lastQuarter = DemoPlanStep.PlanLastQuarter(context, location, options);
            var result = AnalyzeCommand.Execute(context, new AnalyzeCommand.AnalyzeRequest(
                location, options.EndDate, TimeUnit.Week, 12, 0.01, null, PurchaseModelKind.BgNbd, "default", RfmWeights.Equal, 0.0));
            var scores = Path.Combine(directory.FullName, "scores.csv");
            ScoresCsv.Write(scores, result.Scores);
            var nextQuarter = DemoPlanStep.PlanNextQuarter(context, location, options);

            context.Console.MarkupLine($"[bold]Clientele demo[/]: a sample company of {n:N0} customers from {options.StartDate:yyyy-MM-dd} to {options.EndDate:yyyy-MM-dd} (seed {options.Seed}), stored in {Markup.Escape(database)}: " +
                string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Value:N0} {c.Key}")) + ".");
            AnalyzeCommand.Print(context.Console, result);

            // The same summary as plain text, for people who get it by mail.
            var text = new StringWriter(CultureInfo.InvariantCulture);
            AnalyzeCommand.Print(CliContext.Captured(text, TextWriter.Null).Console, result);
            var summary = Path.Combine(directory.FullName, "summary.txt");
            File.WriteAllText(summary, text.ToString(), new UTF8Encoding(false));
            context.Console.WriteLine();
            PlanReport.Short(context.Console, nextQuarter, DemoPlanStep.BudgetShareOfRevenue, DemoPlanStep.StaffShareOfCapacity);
            context.Console.MarkupLine($"plan {Markup.Escape(lastQuarter.Plan.PlanId)} covered {lastQuarter.Period.Label} with spend booked against its items; evaluate it with " +
                $"[bold]clientele evaluate --db {Markup.Escape(database)} --plan {Markup.Escape(lastQuarter.Plan.PlanId)}[/] (add --propose to draft the next plan from it)");
            var report = Path.Combine(directory.FullName, "report.html");
            ReportCommand.Write(location, report);
            string password = AddAdmin(location);
            context.Console.MarkupLine("made:");
            context.Console.MarkupLine($"  [bold]{Markup.Escape(database)}[/]  the whole company, analysis snapshots and plans {Markup.Escape(lastQuarter.Plan.PlanId)} and {Markup.Escape(nextQuarter.Plan.PlanId)}");
            context.Console.MarkupLine($"  [bold]{Markup.Escape(transactions)}[/]  its transaction log (customer_id,date,amount)");
            context.Console.MarkupLine($"  [bold]{Markup.Escape(scores)}[/]  one row per customer: RFM, segment, P(alive), expected purchases and spend, CLV");
            context.Console.MarkupLine($"  [bold]{Markup.Escape(summary)}[/]  this summary as plain text");
            context.Console.MarkupLine($"  [bold]{Markup.Escape(report)}[/]  the report with charts: open it in a browser (works offline; 'clientele report --lang zh-CN' for Chinese)");
            context.Console.MarkupLine($"open {Markup.Escape(report)} in a browser, or {Markup.Escape(summary)} or {Markup.Escape(scores)} in a spreadsheet; next: [bold]clientele status --db {Markup.Escape(database)}[/], " +
                $"or [bold]clientele analyze --db {Markup.Escape(database)} --as-of {options.EndDate.AddMonths(-6):yyyy-MM-dd}[/] for a snapshot half a year earlier");
            context.Console.MarkupLine($"dashboard: [bold]clientele serve --db {Markup.Escape(database)}[/], open [bold]http://127.0.0.1:5080[/] and log in as [bold]{DemoAdmin}[/] " +
                $"with the one-time password [bold]{Markup.Escape(password)}[/] (shown only now; 'clientele user add' makes more users)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The name of the administrator the demo creates for the dashboard.</summary>
    internal const string DemoAdmin = "admin";

    /// <summary>Creates the demo's administrator with a generated password (stored hashed, as by 'clientele user add'); returns the password.</summary>
    private static string AddAdmin(StoreLocation location)
    {
        string password = Clientele.Web.Auth.Passwords.Generate();
        using var store = ClienteleStore.Open(location, createIfMissing: false);
        store.AddUser(DemoAdmin, UserRole.Admin, Clientele.Web.Auth.Passwords.Hash(password));
        return password;
    }

    /// <summary>Stores the whole company in a fresh SQLite file, in one transaction; returns the counts per entity.</summary>
    private static IReadOnlyDictionary<string, long> Store(string path, DemoCompany company)
    {
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" }) File.Delete(stale);
        using var store = ClienteleStore.Open(StoreLocation.Parse(path));
        store.InsertCompany(company);

        return store.Counts().ToDictionary(c => c.Key.JsonName(), c => c.Value);
    }

    private static void WriteLog(string path, IEnumerable<Transaction> log)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("customer_id,date,amount\n");
        foreach (var t in log)
        {
            writer.Write(t.CustomerId);
            writer.Write(',');
            writer.Write(t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(t.Amount.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }
}
