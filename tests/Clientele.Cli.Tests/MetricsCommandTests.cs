using System.Text.Json.Nodes;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Cli.Tests;

/// <summary>
/// <c>clientele kpi</c> and <c>clientele economics</c> on a small store: three customers, 2025. Default period: the
/// 12 months up to the last transaction (2025-12-20), i.e. 2024-12-21 to 2025-12-20; preceding 2023-12-22 to 2024-12-20.
/// In the period: a1 buys 100 (margin 30) on 2025-03-01 and 50 (margin 20) on 2025-12-20, a2 buys 200 (margin 50) on
/// 2025-06-01; a3 bought only on 2024-06-01 (preceding period). Revenue 350, 3 orders, AOV 116.67, margin 100,
/// churn 1/1 (a3 gone), repeat 1/2; a1 and a2 count as acquired in the period (first purchase). No surveys, no leads. One investment of 50 (overhead, retention) on 2025-05-01.
/// </summary>
public class MetricsCommandTests
{
    private static void Fill(string location, bool withInvestment = true)
    {
        using var store = ClienteleStore.Open(StoreLocation.Parse(location));
        store.InsertCustomers([new Customer("a1", Region: "North"), new Customer("a2", Region: "South"), new Customer("a3", Region: "South")]);
        store.InsertTransactions([
            new TransactionRecord("t1", "a1", new DateOnly(2025, 3, 1), 100, 30),
            new TransactionRecord("t2", "a1", new DateOnly(2025, 12, 20), 50, 20),
            new TransactionRecord("t3", "a2", new DateOnly(2025, 6, 1), 200, 50),
            new TransactionRecord("t4", "a3", new DateOnly(2024, 6, 1), 80, 10),
        ]);
        if (withInvestment) store.InsertInvestments([new Investment("i1", new DateOnly(2025, 5, 1), 50, CostCategory.People, LifecycleStage.Retention)]);
    }

    private static JsonObject Json(string stdout) => JsonNode.Parse(stdout)!.AsObject();

    [Fact]
    public void Kpi_Json_ValuesAndNullsWithReasons()
    {
        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        Fill(db);
        var (code, stdout, error) = Cli.Run("kpi", "--db", db, "--json");
        Assert.True(code == 0, error);
        var json = Json(stdout);
        Assert.Equal("2024-12-21", (string?)json["from"]);
        Assert.Equal("2025-12-20", (string?)json["to"]);
        var all = json["all"]!.AsObject();
        Assert.Equal(2, (int)all["activeCustomers"]!);
        Assert.Equal(350, (double)all["revenue"]!, 6);
        Assert.Equal(116.666667, (double)all["averageOrderValue"]!, 6);
        Assert.Equal(1, (double)all["churnRate"]!, 6);
        Assert.Equal(0, (double)all["retentionRate"]!, 6);
        Assert.Equal(0.5, (double)all["repeatPurchaseRate"]!, 6);
        Assert.Equal(200.0 / 350, (double)all["top20Share"]!, 6); // ⌈0.2 · 2⌉ = 1: a2
        Assert.Null(all["nps"]);
        Assert.Equal("no survey responses with an NPS answer in the period", (string?)all["reasons"]!["nps"]);
        Assert.Null(all["conversionRate"]);
        Assert.Equal("no leads created in the period", (string?)all["reasons"]!["conversionRate"]);
        Assert.Null(json["groups"]);
    }

    [Fact]
    public void Kpi_ByRegion_GroupRowsAndCsv()
    {
        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        Fill(db);
        var (code, stdout, _) = Cli.Run("kpi", "--db", db, "--by", "region", "--json");
        Assert.Equal(0, code);
        var groups = Json(stdout)["groups"]!.AsArray();
        Assert.Equal(["North", "South"], groups.Select(g => (string)g!["group"]!));
        Assert.Equal(150, (double)groups[0]!["revenue"]!, 6);
        Assert.Equal(1, (double)groups[1]!["churnRate"]!, 6); // a3 gone

        var (csvCode, csv, _) = Cli.Run("kpi", "--db", db, "--by", "region", "--csv");
        Assert.Equal(0, csvCode);
        var lines = Cli.Lines(csv);
        Assert.Equal(4, lines.Length); // header, all, North, South
        var header = Csv.Split(lines[0]);
        Assert.Equal("group", header[0]);
        Assert.Equal("reasons", header[^1]);
        var north = Csv.Split(lines[2]);
        Assert.Equal("North", north[0]);
        Assert.Equal("150", north[Array.IndexOf(header, "revenue")]);
        Assert.Equal("", north[Array.IndexOf(header, "nps")]);
        Assert.Contains("nps: no survey responses", north[^1]);
    }

    [Fact]
    public void Kpi_ByQuarter_OneRowPerQuarter()
    {
        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        Fill(db);
        var (code, stdout, _) = Cli.Run("kpi", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31", "--by", "quarter", "--json");
        Assert.Equal(0, code);
        var groups = Json(stdout)["groups"]!.AsArray();
        Assert.Equal(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], groups.Select(g => (string)g!["group"]!));
        Assert.Equal([100.0, 200, 0, 50], groups.Select(g => (double)g!["revenue"]!));
    }

    [Fact]
    public void Kpi_Table_ShowsMeasuresAndReasons()
    {
        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        Fill(db);
        var (code, stdout, _) = Cli.Run("kpi", "--db", db);
        Assert.Equal(0, code);
        Assert.Contains("KPIs of", stdout);
        Assert.Contains("averageOrderValue", stdout);
        Assert.Contains("116.67", stdout);
        Assert.Contains("no survey responses with an NPS answer in the period", stdout);
    }

    [Fact]
    public void Economics_Json_RoiAndCost()
    {
        using var dir = new TempDirectory();
        var db = dir.File("e.db");
        Fill(db);
        var (code, stdout, error) = Cli.Run("economics", "--db", db, "--json");
        Assert.True(code == 0, error);
        var all = Json(stdout)["all"]!.AsObject();
        Assert.Equal(50, (double)all["investment"]!, 6);
        Assert.Equal(50, (double)all["costByCategory"]!["people"]!, 6);
        Assert.Equal(50, (double)all["costByStage"]!["retention"]!, 6);
        Assert.Equal(100, (double)all["grossMargin"]!, 6);
        Assert.Equal(100, (double)all["roi"]!, 6); // 100 × (100 − 50) / 50
        Assert.Null(all["cac"]);
        Assert.Equal(2, (int)all["newCustomers"]!); // a1, a2: first purchase in the period stands in for acquired-on
        Assert.Equal("no acquisition-stage investments booked in the period", (string?)all["reasons"]!["cac"]);
        Assert.NotNull(all["tiers"]);
    }

    [Fact]
    public void Economics_NoInvestment_RoiNullWithReason()
    {
        using var dir = new TempDirectory();
        var db = dir.File("e.db");
        Fill(db, withInvestment: false);
        var (code, stdout, _) = Cli.Run("economics", "--db", db, "--json");
        Assert.Equal(0, code);
        var all = Json(stdout)["all"]!.AsObject();
        Assert.Null(all["roi"]);
        Assert.Equal("no investments in the period", (string?)all["reasons"]!["roi"]);

        var (tableCode, table, _) = Cli.Run("economics", "--db", db, "--by", "month");
        Assert.Equal(0, tableCode);
        Assert.Contains("Economics of", table);
        Assert.Contains("2025-12", table);
    }

    [Theory]
    [InlineData("kpi", "--by", "colour", "--by: 'colour' is not a dimension; expected one of month, quarter, year, segment, tier, dealer, region, industry, size, channel")]
    [InlineData("kpi", "--from", "2025-06-01", "--to", "2025-01-01", "--from 2025-06-01 is after --to 2025-01-01")]
    [InlineData("economics", "--from", "2025-13-01", "--from: '2025-13-01' is not a date in format yyyy-MM-dd")]
    [InlineData("economics", "--by", "segment", "--by segment needs an analysis snapshot; run 'clientele analyze' first")]
    [InlineData("kpi", "--json", "--csv", "--json and --csv exclude each other; choose one")]
    public void Metrics_BadInput_OneLineErrorExit2(params string[] argsAndMessage)
    {
        using var dir = new TempDirectory();
        var db = dir.File("x.db");
        Fill(db);
        string[] args = [argsAndMessage[0], "--db", db, .. argsAndMessage[1..^1]];
        var (code, _, error) = Cli.Run(args);
        Assert.Equal(2, code);
        Assert.Equal(["clientele: error: " + argsAndMessage[^1]], Cli.Lines(error));
    }

    [Fact]
    public void Kpi_MissingStore_Exit2()
    {
        using var dir = new TempDirectory();
        var (code, _, error) = Cli.Run("kpi", "--db", dir.File("none.db"));
        Assert.Equal(2, code);
        Assert.Single(Cli.Lines(error));
    }

    [Fact]
    public void KpiAndEconomics_PostgreSql_SameAsSqlite()
    {
        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        Fill(db);
        using var schema = new PostgresSchema("kpi");
        Fill(schema.ConnectionString);
        foreach (var command in new[] { "kpi", "economics" })
        {
            var sqlite = Json(Cli.Run(command, "--db", db, "--by", "region", "--json").Out);
            var postgres = Json(Cli.Run(command, "--db", schema.ConnectionString, "--by", "region", "--json").Out);
            Assert.Equal(sqlite["all"]!.ToJsonString(), postgres["all"]!.ToJsonString());
            Assert.Equal(sqlite["groups"]!.ToJsonString(), postgres["groups"]!.ToJsonString());
        }
    }
}
