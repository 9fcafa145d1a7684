using System.Globalization;
using System.Text.Json;
using Clientele.Domain;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Cli.Tests;

/// <summary><c>clientele churn-risk</c> and <c>clientele dealers</c> on a small hand-checked store (SQLite, and PostgreSQL for the JSON).</summary>
public sealed class RiskCommandTests
{
    private static void Fill(string db)
    {
        using var store = ClienteleStore.Open(StoreLocation.Parse(db));
        store.InsertCustomers([new Customer("c1", Region: "East", DealerId: "D1"), new Customer("c2", Region: "East", DealerId: "D1"), new Customer("c3", Region: "North")]);
        store.InsertDealers([new Dealer("D1", "One", "East", "A", 3, 0.5m, null, 10_000m), new Dealer("D2", "Two", "West", "B", 1, 0.2m, null, 5_000m)]);
        store.InsertTransactions([
            new TransactionRecord("t1", "c1", new(2025, 1, 10), 100m, DealerId: "D1"),
            new TransactionRecord("t2", "c2", new(2025, 3, 1), 300m, DealerId: "D1"),
            new TransactionRecord("t3", "c3", new(2025, 4, 1), 200m, DealerId: "D2"),
            new TransactionRecord("t4", "c3", new(2024, 6, 1), 400m, DealerId: "D2"),
        ]);
        store.InsertSurveyResponses([
            new SurveyResponse("s1", "c1", new(2025, 5, 1), Satisfaction: 9, SatisfactionScale: 10),
            new SurveyResponse("s2", "c1", new(2025, 11, 1), Satisfaction: 5, SatisfactionScale: 10),
        ]);
        store.InsertInteractions([
            new Interaction("i1", "c1", new(2025, 11, 27), InteractionKind.Complaint),
            new Interaction("i2", "c1", new(2025, 12, 10), InteractionKind.Complaint),
        ]);
        store.SaveAnalysisSnapshot("early", new(2025, 6, 30), TimeUnit.Day, null, [Result("c1", 2, 30, 60, 0.92, 800, "Loyal"), Result("c2", 0, 0, 10, 0.95, 120, "New"), Result("c3", 1, 30, 100, 0.5, 300, "Lost")]);
        store.SaveAnalysisSnapshot("late", new(2025, 12, 31), TimeUnit.Day, null, [Result("c1", 4, 84, 152, 0.41, 1000, "At risk"), Result("c2", 0, 0, 10, 0.95, 2000, "New"), Result("c3", 1, 30, 200, 0.3, 400, "Lost")]);
    }

    private static AnalysisResult Result(string id, int x, double tx, double age, double pAlive, double clv, string segment) =>
        new(id, x, tx, age, 10, 100m, 3, 3, 3, 9, segment, pAlive, 1, 10, clv);

    private static double Num(JsonElement e) => e.GetDouble();

    [Fact]
    public void ChurnRisk_Json_RankedByValueAtRiskWithReasons()
    {
        using var directory = new TempDirectory();
        var db = directory.File("risk.db");
        Fill(db);

        var (code, stdout, error) = Cli.Run("churn-risk", "--db", db, "--top", "2", "--json");

        Assert.True(code == 0, error);
        AssertChurnJson(stdout);
    }

    [Fact]
    public void ChurnRisk_PostgreSql_SameJsonAsSqlite()
    {
        using var schema = new PostgresSchema("risk");
        Fill(schema.ConnectionString);

        var (code, stdout, error) = Cli.Run("churn-risk", "--db", schema.ConnectionString, "--top", "2", "--json");

        Assert.True(code == 0, error);
        AssertChurnJson(stdout);
    }

    private static void AssertChurnJson(string stdout)
    {
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(("2025-12-31", "late", "2025-06-30", "early"), (root.GetProperty("asOf").GetString(), root.GetProperty("runId").GetString(), root.GetProperty("previousAsOf").GetString(), root.GetProperty("previousRunId").GetString()));
        Assert.Equal(1000 + 2000 + 400, Num(root.GetProperty("totalClv")), 9);
        Assert.Equal(590 + 100 + 280, Num(root.GetProperty("totalValueAtRisk")), 9);
        var list = root.GetProperty("atRisk").EnumerateArray().ToList();
        Assert.Equal(["c1", "c3"], list.Select(e => e.GetProperty("customerId").GetString()));
        Assert.Equal(590, Num(list[0].GetProperty("valueAtRisk")), 9);
        Assert.Equal(
            ["P(alive) fell from 0.92 to 0.41 since the analysis of 2025-06-30", "overdue by 47 days against its own rhythm of one purchase every 21 days",
             "satisfaction fell from 9 to 5 (of 10)", "2 open complaints (oldest 34 days)"],
            list[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["P(alive) fell from 0.50 to 0.30 since the analysis of 2025-06-30"], list[1].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void ChurnRisk_CsvByRegion_OneRowPerRegion()
    {
        using var directory = new TempDirectory();
        var db = directory.File("risk.db");
        Fill(db);

        var (code, stdout, error) = Cli.Run("churn-risk", "--db", db, "--by", "region", "--csv");

        Assert.True(code == 0, error);
        var lines = Cli.Lines(stdout);
        Assert.Equal("region,customers,clv,valueAtRisk,share", lines[0]);
        var east = Csv.Split(lines[1]);
        Assert.Equal(("East", "2", "3000"), (east[0], east[1], east[2]));
        Assert.Equal(690, double.Parse(east[3], CultureInfo.InvariantCulture), 9);
        Assert.Equal(690.0 / 970.0, double.Parse(east[4], CultureInfo.InvariantCulture), 9);
        Assert.Equal("North", Csv.Split(lines[2])[0]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void ChurnRisk_Csv_CustomersWithReasonsInOneField()
    {
        using var directory = new TempDirectory();
        var db = directory.File("risk.db");
        Fill(db);

        var (code, stdout, _) = Cli.Run("churn-risk", "--db", db, "--csv", "--top", "1");

        Assert.Equal(0, code);
        var lines = Cli.Lines(stdout);
        Assert.Equal("rank,customerId,clv,pAlive,valueIfAlive,valueAtRisk,daysSinceLastPurchase,segment,reasons", lines[0]);
        var row = Csv.Split(lines[1]);
        Assert.Equal(("1", "c1", "1000", "0.41", "68", "At risk"), (row[0], row[1], row[2], row[3], row[6], row[7]));
        Assert.StartsWith("P(alive) fell from 0.92 to 0.41 since the analysis of 2025-06-30; overdue by 47 days", row[8]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void ChurnRisk_Table_HeaderAndReasons()
    {
        using var directory = new TempDirectory();
        var db = directory.File("risk.db");
        Fill(db);

        var (code, stdout, _) = Cli.Run("churn-risk", "--db", db, "--top", "3", "--by", "tier");

        Assert.Equal(0, code);
        string text = System.Text.RegularExpressions.Regex.Replace(stdout, @"[\s│]+", " ");
        Assert.Contains("Churn early warning as of 2025-12-31 (snapshot late, compared with the snapshot of 2025-06-30).", text);
        Assert.Contains("3 of 3 customers scored: value at risk 970.00 of CLV 3,400.00", text);
        Assert.Contains("standard 2 1,400.00 870.00 89.7 %", text);
        Assert.Contains("2 open complaints (oldest 34 days)", text);
    }

    [Fact]
    public void Dealers_Json_ScoresAsHandComputed()
    {
        using var directory = new TempDirectory();
        var db = directory.File("risk.db");
        Fill(db);

        var (code, stdout, error) = Cli.Run("dealers", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31", "--json");

        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(("2024-01-02", "2024-12-31"), (root.GetProperty("previousFrom").GetString(), root.GetProperty("previousTo").GetString()));
        var dealers = root.GetProperty("dealers").EnumerateArray().ToList();
        Assert.Equal(["D1", "D2"], dealers.Select(d => d.GetProperty("dealerId").GetString()));
        var d1 = dealers[0];
        // D1: (.25·1 + .15·.5 + .1·1 + .15·.5 + .1·0 + .05·1) / .80 = 68.75; D2: (.2·.5 + .15·.5 + .1·1) / .85.
        Assert.Equal(68.75, Num(d1.GetProperty("score")), 9);
        Assert.Equal(100 * 0.275 / 0.85, Num(dealers[1].GetProperty("score")), 9);
        Assert.Equal((400m, 0.04, 2, 3.5, 1.0), (d1.GetProperty("sales").GetDecimal(), Num(d1.GetProperty("marketShare")), d1.GetProperty("customersServed").GetInt32(),
            Num(d1.GetProperty("satisfaction")), Num(d1.GetProperty("complaintRate"))));
        Assert.Equal(JsonValueKind.Null, d1.GetProperty("growth").ValueKind);
        Assert.Contains("growth: no sales in the preceding period", d1.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(-0.5, Num(dealers[1].GetProperty("growth")), 12);
        Assert.Equal(["A", "C"], dealers.Select(d => d.GetProperty("suggestedTier").GetString()));
        Assert.True(d1.GetProperty("keyDealer").GetBoolean() && dealers[1].GetProperty("keyDealer").GetBoolean());
    }

    [Fact]
    public void Dealers_CsvByRegionWithWeights_GroupRows()
    {
        using var directory = new TempDirectory();
        var db = directory.File("risk.db");
        Fill(db);

        var (code, stdout, error) = Cli.Run("dealers", "--db", db, "--to", "2025-12-31", "--by", "region", "--weights", "sales=1", "--csv");

        Assert.True(code == 0, error);
        var lines = Cli.Lines(stdout);
        Assert.Equal("region,dealers,sales,previousSales,growth,customersServed,keyDealers,meanScore", lines[0]);
        Assert.Equal("East,1,400,0,,2,1,100", lines[1]);
        Assert.Equal("West,1,200,400,-0.5,1,1,0", lines[2]);
    }

    [Fact]
    public void Dealers_Table_RankedRows()
    {
        using var directory = new TempDirectory();
        var db = directory.File("risk.db");
        Fill(db);

        var (code, stdout, _) = Cli.Run("dealers", "--db", db, "--to", "2025-12-31");

        Assert.Equal(0, code);
        string text = System.Text.RegularExpressions.Regex.Replace(stdout, @"[\s│]+", " ");
        Assert.Contains("Dealer scorecards 2025-01-01 to 2025-12-31", text);
        Assert.Contains("1 D1 One East 400.00", text);
        Assert.Contains("68.8 key A (was A)", text);
    }

    [Theory]
    [InlineData("churn-risk --by colour", "--by: 'colour' is not a dimension; use one of month, quarter, year, segment, tier, dealer, region, industry, size, channel.")]
    [InlineData("churn-risk --top -1", "--top: -1 is negative; give the number of customers to list")]
    [InlineData("churn-risk --json --csv", "choose one of --json and --csv")]
    [InlineData("churn-risk --as-of 2025-01-01", "holds no analysis snapshot as of 2025-01-01 or earlier; run 'clientele analyze --as-of 2025-01-01' first")]
    [InlineData("churn-risk --as-of 2025-13-01", "--as-of: '2025-13-01' is not a date in format yyyy-MM-dd")]
    [InlineData("dealers --by segment", "--by: dealers are grouped by region or tier, not segment")]
    [InlineData("dealers --weights sales=x", "--weights: weight 'sales=x' is not name=number, e.g. sales=0.3")]
    [InlineData("dealers --weights sales=0", "--weights: At least one scorecard weight must be positive.")]
    [InlineData("dealers --from 2025-06-01 --to 2025-01-01", "--from 2025-06-01 is after --to 2025-01-01")]
    public void BadInput_OneLineErrorExitTwo(string args, string message)
    {
        using var directory = new TempDirectory();
        var db = directory.File("risk.db");
        Fill(db);

        var (code, _, error) = Cli.Run([.. args.Split(' '), "--db", db]);

        Assert.Equal(2, code);
        var line = Assert.Single(Cli.Lines(error));
        Assert.StartsWith("clientele: error: ", line);
        Assert.Contains(message, line);
    }

    [Fact]
    public void ChurnRisk_StoreWithoutSnapshot_SaysRunAnalyzeFirst()
    {
        using var directory = new TempDirectory();
        var db = directory.File("empty.db");
        Cli.Run("init", "--db", db);

        var (code, _, error) = Cli.Run("churn-risk", "--db", db);

        Assert.Equal(2, code);
        Assert.Equal($"clientele: error: {db} holds no analysis snapshot; run 'clientele analyze' first", Assert.Single(Cli.Lines(error)));
    }
}
