using Clientele.Domain;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;
using Microsoft.Data.Sqlite;

namespace Clientele.Reports.Tests;

/// <summary>
/// A hand-built SQLite store of ten customers: C01–C10 with CLV 100, 200, …, 1000; segments Champions (C08–C10),
/// New (C06, C07) and Lost (C01–C05); transactions in 2025 through dealers D1 and D2; one analysis snapshot as of
/// 2025-12-31; two investments (people / acquisition 300, marketing / retention 200) and two survey answers in March 2025;
/// and, when asked, a plan of three items.
/// </summary>
internal sealed class SmallStore : IDisposable
{
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    public SmallStore(bool withData = true, bool withPlan = true)
    {
        System.IO.Directory.CreateDirectory(Directory);
        Location = StoreLocation.Parse(Path.Combine(Directory, "small.db"));
        using var store = ClienteleStore.Open(Location);
        if (!withData) return;
        store.InsertDealers([new Dealer("D1", "North Trading", "North", "A", RegionMarketSize: 100_000m), new Dealer("D2", "South Trading", "South", "B")]);
        store.InsertCustomers(Enumerable.Range(1, 10).Select(i => new Customer(Id(i), Region: i % 2 == 0 ? "North" : "South", DealerId: i % 2 == 0 ? "D1" : "D2")));
        // Customer i buys i times 100 on days spread over 2025; D1 serves the even customers.
        store.InsertTransactions(Enumerable.Range(1, 10).SelectMany(i => Enumerable.Range(0, i).Select(k => new TransactionRecord(
            $"T{i:00}-{k}", Id(i), new DateOnly(2025, 1 + k, 10), 100m, DealerId: i % 2 == 0 ? "D1" : "D2"))));
        store.InsertInvestments([
            new Investment("I1", new DateOnly(2025, 3, 1), 300m, CostCategory.People, LifecycleStage.Acquisition),
            new Investment("I2", new DateOnly(2025, 4, 1), 200m, CostCategory.MarketingPromotion, LifecycleStage.Retention)]);
        // One promoter (10) and one detractor (3) in March: NPS = 50% − 50% = 0; satisfaction (5 + 3) / 2 = 4 of 5.
        store.InsertSurveyResponses([
            new SurveyResponse("S1", Id(10), new DateOnly(2025, 3, 15), 10, 5m), new SurveyResponse("S2", Id(9), new DateOnly(2025, 3, 20), 3, 3m)]);
        var results = Enumerable.Range(1, 10).Select(i => new AnalysisResult(
            Id(i), i - 1, i * 3, 300, 100, 100m * i, RecencyScore: (i + 1) / 2, FrequencyScore: (i + 1) / 2, MonetaryScore: 3, RfmComposite: i,
            Segment: i >= 8 ? "Champions" : i >= 6 ? "New" : "Lost", ProbabilityAlive: i / 10.0, ExpectedPurchases: i, ExpectedSpend: 100, Clv: 100 * i));
        store.SaveAnalysisSnapshot("run-1", AsOf, TimeUnit.Day, null, results, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        if (!withPlan) return;
        using var connection = new SqliteConnection($"Data Source={Location.FilePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        // Money and hours are INTEGER in 1/10,000 units on SQLite.
        command.CommandText =
            "INSERT INTO allocation_plans (id, external_id, period_start, period_end, inputs, status, created_by, created_at) " +
            "VALUES (1, 'plan-2026', '2026-01-01', '2026-12-31', '{}', 'draft', 'ana', '2026-01-02T00:00:00.000Z');" +
            "INSERT INTO allocation_plan_items (external_id, plan_key, target_kind, target_id, action, cost, hours, expected_value) VALUES " +
            "('i1', 1, 'customer', 'C10', 'trip', 5000000, 40000, 20000000), ('i2', 1, 'customer', 'C09', 'gift', 1000000, 10000, 3000000), " +
            "('i3', 1, 'tier', 'standard', 'greeting', 500000, 0, NULL);";
        command.ExecuteNonQuery();
    }

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "clientele-report-test-" + Guid.NewGuid().ToString("N"));

    public StoreLocation Location { get; }

    public static string Id(int i) => $"C{i:00}";

    public ClienteleStore Open() => ClienteleStore.Open(Location, createIfMissing: false);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
