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

        // The demo ends with 'analyze': one snapshot of all 300 customers, the same numbers as scores.csv.
        Assert.Equal(1, counts["analysisRuns"]!.GetValue<long>());
        using var store = Clientele.Storage.Database.ClienteleStore.Open(Clientele.Storage.Database.StoreLocation.Parse(database));
        var snapshot = store.ReadLatestAnalysisSnapshot()!;
        Assert.Equal(new DateOnly(2025, 12, 31), snapshot.Run.AsOf);
        Assert.Equal(300, snapshot.Results.Count);
        var clv = File.ReadLines(scores).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => double.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(snapshot.Results, r => Assert.Equal(clv[r.CustomerId], r.Clv, 4));
        Assert.Contains("snapshot ", text);
        Assert.Contains("clientele analyze --db", stdout);
    }
}
