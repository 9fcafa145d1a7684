using System.CommandLine;
using System.Globalization;
using System.Text;
using Clientele.Analytics.Scoring;
using Clientele.Analytics.Simulation;
using Clientele.Cli.Output;
using Clientele.Domain;
using Clientele.Storage.Database;
using Clientele.Storage.Files;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele demo</c>: a seeded sample company end to end — generate the whole company (customers,
/// dealers, staff, orders, interactions, cost ledger, surveys, leads), store it in <c>DIR/clientele.db</c>,
/// write its transaction log, score every customer and write the scores and a readable summary.
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

            var request = new ScoreCommand.ScoreRequest(
                transactions, TransactionFileFormat.Default, TimeUnit.Week, options.EndDate, null,
                Path.Combine(directory.FullName, "scores.csv"), new ScoringOptions(MarginRate: MeanMarginRate(company)));
            var result = ScoreCommand.Execute(context, request);

            context.Console.MarkupLine($"[bold]Clientele demo[/]: a sample company of {n:N0} customers from {options.StartDate:yyyy-MM-dd} to {options.EndDate:yyyy-MM-dd} (seed {options.Seed}), stored in {Markup.Escape(database)}: " +
                string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Value:N0} {c.Key}")) + ".");
            ScoreReport.Print(context.Console, result);

            // The same summary as plain text, for people who get it by mail.
            var text = new StringWriter(CultureInfo.InvariantCulture);
            ScoreReport.Print(CliContext.Captured(text, TextWriter.Null).Console, result);
            var summary = Path.Combine(directory.FullName, "summary.txt");
            File.WriteAllText(summary, text.ToString(), new UTF8Encoding(false));
            context.Console.MarkupLine($"wrote [bold]{Markup.Escape(database)}[/], [bold]{Markup.Escape(transactions)}[/], [bold]{Markup.Escape(request.Output)}[/] and [bold]{Markup.Escape(summary)}[/]");
            context.Console.MarkupLine($"next: [bold]clientele status --db {Markup.Escape(database)}[/], or open {Markup.Escape(summary)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Stores the whole company in a fresh SQLite file, in one transaction; returns the counts per entity.</summary>
    private static IReadOnlyDictionary<string, long> Store(string path, DemoCompany company)
    {
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" }) File.Delete(stale);
        using var store = ClienteleStore.Open(StoreLocation.Parse(path));
        using (var transaction = store.BeginTransaction())
        {
            store.InsertDealers(company.Dealers);
            store.InsertStaff(company.Staff);
            store.InsertCustomers(company.Customers);
            store.InsertTransactions(company.Transactions);
            store.InsertInteractions(company.Interactions);
            store.InsertInvestments(company.Investments);
            store.InsertSurveyResponses(company.SurveyResponses);
            store.InsertLeads(company.Leads);
            transaction.Commit();
        }

        return store.Counts().ToDictionary(c => c.Key.JsonName(), c => c.Value);
    }

    /// <summary>The company's overall margin rate (margin / revenue), so CLV is in margin terms.</summary>
    private static double MeanMarginRate(DemoCompany company)
    {
        decimal revenue = 0, margin = 0;
        foreach (var t in company.Transactions)
        {
            if (t.Margin is not { } m || t.Amount <= 0) continue;
            revenue += t.Amount;
            margin += m;
        }

        return revenue > 0 && margin > 0 ? (double)Math.Min(1m, margin / revenue) : 1.0;
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
