namespace Clientele.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_300Customers_WritesLogScoresAndSummary()
    {
        using var directory = new TempDirectory();
        var output = Path.Combine(directory.Path, "out");

        var (code, stdout, error) = Cli.Run("demo", "--customers", "300", "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        var transactions = Path.Combine(output, "transactions.csv");
        var scores = Path.Combine(output, "scores.csv");
        var summary = Path.Combine(output, "summary.txt");
        Assert.True(File.Exists(transactions));
        Assert.Equal("customer_id,date,amount", File.ReadLines(transactions).First());
        Assert.Equal(301, File.ReadAllLines(scores).Length);
        Assert.StartsWith("customer_id,frequency,recency,T,", File.ReadLines(scores).First());
        var text = File.ReadAllText(summary);
        Assert.Contains("300 customers scored", text);
        Assert.Contains("RFM segments", stdout);

        // The whole company is in the store: status reads it back.
        var database = Path.Combine(output, "clientele.db");
        var (statusCode, status, statusError) = Cli.Run("status", "--db", database, "--json");
        Assert.True(statusCode == 0, statusError);
        var counts = System.Text.Json.Nodes.JsonNode.Parse(status)!;
        Assert.Equal(300, counts["customers"]!.GetValue<long>());
        Assert.Equal(File.ReadLines(transactions).Count() - 1, counts["transactions"]!.GetValue<long>());
        foreach (var entity in new[] { "interactions", "investments", "surveyResponses", "leads", "dealers", "staff" })
        {
            Assert.True(counts[entity]!.GetValue<long>() > 0, $"no {entity} stored");
        }

        // Two snapshots (three months before the end, for the last quarter's plan, and at the end); the latest holds
        // all 300 customers, the same numbers as scores.csv.
        Assert.Equal(2, counts["analysisRuns"]!.GetValue<long>());
        Assert.Equal(2, counts["allocationPlans"]!.GetValue<long>());
        using var store = Clientele.Storage.Database.ClienteleStore.Open(Clientele.Storage.Database.StoreLocation.Parse(database));
        var snapshot = store.ReadLatestAnalysisSnapshot()!;
        Assert.Equal(new DateOnly(2025, 12, 31), snapshot.Run.AsOf);
        Assert.Equal(300, snapshot.Results.Count);
        var clv = File.ReadLines(scores).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => double.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(snapshot.Results, r => Assert.Equal(clv[r.CustomerId], r.Clv, 4));
        Assert.Contains("snapshot ", text);
        Assert.Contains("clientele analyze --db", stdout);

        // The demo ends with a plan for 2026-Q1 and says how to evaluate the 2025-Q4 plan, whose spend it booked.
        var plans = store.ListPlans();
        Assert.Equal(["2025-10-01", "2026-01-01"], plans.Select(p => p.PeriodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(300, plans[1].Items);
        Assert.Contains("plan plan-2 for 2026-Q1", stdout);
        Assert.Contains("--plan plan-1", stdout);
        var booked = store.PlanItemSpend("plan-1", new DateOnly(2025, 12, 31));
        Assert.NotEmpty(booked);
        var (evaluateCode, evaluation, evaluateError) = Cli.Run("evaluate", "--db", database, "--plan", "plan-1", "--json");
        Assert.True(evaluateCode == 0, evaluateError);
        var total = System.Text.Json.Nodes.JsonNode.Parse(evaluation)!["evaluation"]!["total"]!;
        Assert.Equal((double)booked.Values.Sum(), total["actualSpend"]!.GetValue<double>(), 6);
    }
}
