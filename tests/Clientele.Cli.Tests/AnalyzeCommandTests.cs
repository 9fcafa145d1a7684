using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Clientele.Analytics.Simulation;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Cli.Tests;

/// <summary><c>clientele analyze</c> over a small stored company, run against a SQLite file and a PostgreSQL schema.</summary>
public abstract class AnalyzeCommandTests
{
    private static readonly Lazy<DemoCompany> Company = new(() => DemoCompanyGenerator.Generate(new DemoCompanyOptions(Customers: 300, Seed: 11)));

    /// <summary>A fresh empty store; <c>Db</c> is what goes after <c>--db</c>.</summary>
    protected abstract IStoreUnderTest CreateStore();

    protected interface IStoreUnderTest : IDisposable
    {
        string Db { get; }
    }

    /// <summary>Customers and transactions stored newest first, so nothing depends on the rows' stored order.</summary>
    private static void StoreCompany(string db)
    {
        using var store = ClienteleStore.Open(StoreLocation.Parse(db));
        using var transaction = store.BeginTransaction();
        store.InsertCustomers(Company.Value.Customers.Reverse());
        store.InsertTransactions(Company.Value.Transactions.Reverse());
        transaction.Commit();
    }

    private static void ExportLog(string path)
    {
        var text = new StringBuilder("customer_id,date,amount\n");
        foreach (var t in Company.Value.Transactions)
        {
            text.Append(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Date:yyyy-MM-dd},{t.Amount}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    private static JsonObject Json(string stdout) => JsonNode.Parse(stdout)!.AsObject();

    private static double Value(JsonNode? node) => node!.GetValue<double>();

    /// <summary>Equal up to the CSV's rounding to <paramref name="decimals"/> places (and a relative 1e-9 for refitting in another row order).</summary>
    private static void AssertRounded(double expected, string csv, int decimals, string what)
    {
        double actual = double.Parse(csv, CultureInfo.InvariantCulture);
        double tolerance = 0.5 * Math.Pow(10, -decimals) + 1e-9 * Math.Abs(expected) + 1e-12;
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: snapshot {expected:R}, scores.csv {csv}");
    }

    [Fact]
    public void Analyze_StoredCompany_SameNumbersAsScoreOnExportedLog()
    {
        using var store = CreateStore();
        using var directory = new TempDirectory();
        StoreCompany(store.Db);
        var log = directory.File("transactions.csv");
        var scores = directory.File("scores.csv");
        ExportLog(log);
        string[] common = ["--as-of", "2025-10-31", "--unit", "week", "--margin-rate", "0.35", "--json"];

        var (code, stdout, error) = Cli.Run(["analyze", "--db", store.Db, .. common]);
        var (scoreCode, scoreOut, scoreError) = Cli.Run(["score", "-t", log, "--out", scores, .. common]);

        Assert.True(code == 0, error);
        Assert.True(scoreCode == 0, scoreError);
        var analyzed = Json(stdout);
        var scored = Json(scoreOut);
        Assert.Equal(scored["customers"]!.GetValue<int>(), analyzed["customers"]!.GetValue<int>());
        Assert.Equal(scored["rows"]!["afterAsOf"]!.GetValue<long>(), analyzed["afterAsOf"]!.GetValue<long>());
        foreach (var model in new[] { "purchaseModel", "spendModel" })
        {
            foreach (var parameter in model == "purchaseModel" ? new[] { "r", "alpha", "a", "b", "logLikelihood" } : ["p", "q", "v", "logLikelihood"])
            {
                double expected = Value(scored[model]![parameter]), actual = Value(analyzed[model]![parameter]);
                Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Abs(expected), $"{model}.{parameter}: analyze {actual:R}, score {expected:R}");
            }
        }

        using var opened = ClienteleStore.Open(StoreLocation.Parse(store.Db));
        var snapshot = opened.ReadLatestAnalysisSnapshot()!;
        Assert.Equal(analyzed["runId"]!.GetValue<string>(), snapshot.Run.RunId);
        Assert.Equal(new DateOnly(2025, 10, 31), snapshot.Run.AsOf);
        var rows = File.ReadLines(scores).Skip(1).Select(Csv.Split).ToDictionary(r => r[0]);
        Assert.Equal(rows.Count, snapshot.Results.Count);
        foreach (var s in snapshot.Results)
        {
            var r = rows[s.CustomerId];
            string who = s.CustomerId;
            Assert.Equal(r[1], s.Frequency.ToString(CultureInfo.InvariantCulture));
            AssertRounded(s.Recency, r[2], 4, who + " recency");
            AssertRounded(s.Age, r[3], 4, who + " T");
            AssertRounded(s.MonetaryValue, r[4], 4, who + " monetary value");
            Assert.Equal((r[5], r[6], r[7], r[9]), (s.RecencyScore.ToString(CultureInfo.InvariantCulture), s.FrequencyScore.ToString(CultureInfo.InvariantCulture),
                s.MonetaryScore.ToString(CultureInfo.InvariantCulture), s.Segment));
            AssertRounded(s.RfmComposite, r[8], 4, who + " RFM composite");
            AssertRounded(s.ProbabilityAlive, r[10], 6, who + " P(alive)");
            AssertRounded(s.ExpectedPurchases, r[11], 6, who + " expected purchases");
            AssertRounded(s.ExpectedSpend, r[12], 4, who + " expected spend");
            AssertRounded(s.Clv, r[13], 4, who + " CLV");
        }

        // Revenue is not in scores.csv: check it against the stored amounts directly.
        var revenue = Company.Value.Transactions.Where(t => t.Date <= new DateOnly(2025, 10, 31)).GroupBy(t => t.CustomerId).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        Assert.All(snapshot.Results, s => Assert.Equal(revenue[s.CustomerId], s.Revenue));
    }

    [Fact]
    public void Analyze_Twice_AddsSecondSnapshotWhichIsLatest()
    {
        using var store = CreateStore();
        StoreCompany(store.Db);

        var first = Cli.Run("analyze", "--db", store.Db, "--json");
        var second = Cli.Run("analyze", "--db", store.Db, "--json", "--horizon-months", "24");

        Assert.True(first.Code == 0, first.Error);
        Assert.True(second.Code == 0, second.Error);
        using var opened = ClienteleStore.Open(StoreLocation.Parse(store.Db));
        var runs = opened.ListAnalysisRuns();
        var latest = opened.ReadLatestAnalysisSnapshot()!;
        Assert.Equal([Json(first.Out)["runId"]!.GetValue<string>(), Json(second.Out)["runId"]!.GetValue<string>()], runs.Select(r => r.RunId));
        Assert.Equal(runs[1].RunId, latest.Run.RunId);
        Assert.Equal(24, JsonNode.Parse(latest.Run.Settings!)!["horizonMonths"]!.GetValue<int>());
        // A 24-month horizon values every customer at least as much as a 12-month one.
        var earlier = opened.ReadAnalysisSnapshot(runs[0].RunId)!.Results.ToDictionary(r => r.CustomerId, r => r.Clv);
        Assert.All(latest.Results, r => Assert.True(r.Clv >= earlier[r.CustomerId], r.CustomerId));
        Assert.Contains(latest.Results, r => r.Clv > earlier[r.CustomerId] * 1.2);
        var status = Json(Cli.Run("status", "--db", store.Db, "--json").Out);
        Assert.Equal(2, status["analysisRuns"]!.GetValue<long>());
    }

    [Fact]
    public void Analyze_Json_RunFieldsAndMarginRateFromStoredMargins()
    {
        using var store = CreateStore();
        StoreCompany(store.Db);
        var company = Company.Value;
        var lastDay = company.Transactions.Max(t => t.Date);
        var withMargin = company.Transactions.Where(t => t.Margin is not null && t.Amount > 0).ToList();
        double marginRate = (double)(withMargin.Sum(t => t.Margin!.Value) / withMargin.Sum(t => t.Amount));

        var (code, stdout, error) = Cli.Run("analyze", "--db", store.Db, "--json");

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        var json = Json(stdout);
        Assert.Equal(lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), json["asOf"]!.GetValue<string>());
        Assert.StartsWith(lastDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-", json["runId"]!.GetValue<string>());
        Assert.Equal("week", json["unit"]!.GetValue<string>());
        Assert.Equal(company.Transactions.Count, json["transactions"]!.GetValue<long>());
        Assert.Equal(company.Transactions.Select(t => t.CustomerId).Distinct().Count(), json["customers"]!.GetValue<int>());
        Assert.Equal("transactions", json["marginRateSource"]!.GetValue<string>());
        Assert.Equal(marginRate, Value(json["marginRate"]), 12);
        Assert.InRange(marginRate, 0.05, 0.95);
        Assert.Equal(json["customers"]!.GetValue<int>(), json["segments"]!.AsObject().Sum(s => s.Value!.GetValue<int>()));
        Assert.True(Value(json["purchaseModel"]!["r"]) > 0 && Value(json["spendModel"]!["p"]) > 0);
        Assert.True(Value(json["totalClv"]) > 0);
        Assert.True(json["timings"]!.AsObject().ContainsKey("save snapshot"));

        using var opened = ClienteleStore.Open(StoreLocation.Parse(store.Db));
        var snapshot = opened.ReadLatestAnalysisSnapshot()!;
        Assert.Equal(json["customers"]!.GetValue<int>(), snapshot.Run.Customers);
        Assert.Equal(Value(json["totalClv"]), snapshot.Results.Sum(r => r.Clv), 1e-6 * Value(json["totalClv"]));
    }

    [Fact]
    public void Analyze_Human_ReportAndSnapshotLine()
    {
        using var store = CreateStore();
        StoreCompany(store.Db);

        var (code, stdout, error) = Cli.Run("analyze", "--db", store.Db, "--as-of", "2025-12-31");

        Assert.True(code == 0, error);
        Assert.Contains("customers scored as of 2025-12-31 from " + Company.Value.Transactions.Count.ToString("N0", CultureInfo.CurrentCulture) + " stored transactions", stdout);
        Assert.Contains("RFM segments", stdout);
        Assert.Matches(@"snapshot 20251231-\S+ saved in .+: [\d,.]+ customers as of 2025-12-31 \(margin rate from the stored", stdout.Replace("\n", " "));
    }
}

public sealed class SqliteAnalyzeCommandTests : AnalyzeCommandTests
{
    protected override IStoreUnderTest CreateStore() => new SqliteStore();

    [Fact]
    public void Analyze_NoStore_ExitCode2AndNoFileCreated()
    {
        using var directory = new TempDirectory();
        var db = directory.File("missing.db");

        var (code, _, error) = Cli.Run("analyze", "--db", db);

        Assert.Equal(2, code);
        Assert.Equal($"clientele: error: there is no store at {db}; create one with 'clientele init' (or pass --db)", Assert.Single(Cli.Lines(error)));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Analyze_StoreWithoutTransactions_ExitCode2NamesTheFix()
    {
        using var directory = new TempDirectory();
        Cli.Run("init", "--db", directory.Path);

        var (code, _, error) = Cli.Run("analyze", "--db", directory.Path);

        Assert.Equal(2, code);
        Assert.Equal($"clientele: error: {directory.File("clientele.db")} holds no transactions; import some with 'clientele import transactions FILE' or run 'clientele demo'",
            Assert.Single(Cli.Lines(error)));
    }

    [Theory]
    [InlineData("--as-of", "2020-01-01", "no customer of")]
    [InlineData("--as-of", "31.12.2025", "--as-of: '31.12.2025' is not a date")]
    [InlineData("--horizon-months", "0", "horizon must be 1 to 1200 months")]
    [InlineData("--margin-rate", "1.5", "margin rate must be in (0, 1]")]
    [InlineData("--unit", "fortnight", "--unit:")]
    public void Analyze_BadOption_ExitCode2OneLineAndNoSnapshot(string option, string value, string message)
    {
        using var store = CreateStore();
        StoreCompanyForErrors(store.Db);

        var (code, _, error) = Cli.Run("analyze", "--db", store.Db, option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, Assert.Single(Cli.Lines(error)));
        using var opened = ClienteleStore.Open(StoreLocation.Parse(store.Db));
        Assert.Empty(opened.ListAnalysisRuns());
    }

    private static void StoreCompanyForErrors(string db)
    {
        using var store = ClienteleStore.Open(StoreLocation.Parse(db));
        store.InsertCustomers([new Customer("c1"), new Customer("c2")]);
        store.InsertTransactions([
            new TransactionRecord("t1", "c1", new DateOnly(2025, 1, 1), 10m),
            new TransactionRecord("t2", "c1", new DateOnly(2025, 6, 1), 12m),
            new TransactionRecord("t3", "c2", new DateOnly(2025, 3, 1), 8m),
        ]);
    }

    private sealed class SqliteStore : IStoreUnderTest
    {
        private readonly TempDirectory directory = new();

        public string Db => directory.File("clientele.db");

        public void Dispose() => directory.Dispose();
    }
}

public sealed class PostgresAnalyzeCommandTests : AnalyzeCommandTests
{
    protected override IStoreUnderTest CreateStore() => new PostgresStore();

    private sealed class PostgresStore : IStoreUnderTest
    {
        private readonly PostgresSchema schema = new("analyze");

        public string Db => schema.ConnectionString;

        public void Dispose() => schema.Dispose();
    }
}
