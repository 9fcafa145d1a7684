using System.Text.Json.Nodes;
using Clientele.Analytics.Summary;
using Clientele.Domain;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

/// <summary>Reading transactions for analysis and saving analysis snapshots, against SQLite and PostgreSQL.</summary>
public abstract class AnalysisStoreTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 31);

    protected abstract ITestDatabase CreateDatabase();

    private static ClienteleStore StoreWithCustomers(ITestDatabase db, params string[] ids)
    {
        var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers(ids.Select(id => new Customer(id)));
        return store;
    }

    [Fact]
    public void ReadPurchases_RowsStoredOutOfOrder_SummaryMatchesHandComputed()
    {
        using var db = CreateDatabase();
        using var store = StoreWithCustomers(db, "c1", "c2", "c3");
        // Stored newest first, so the summary depends on the database ordering the rows by customer and date.
        store.InsertTransactions([
            new TransactionRecord("t6", "c2", new DateOnly(2025, 4, 5), 99m),
            new TransactionRecord("t5", "c1", new DateOnly(2025, 1, 31), -4m),
            new TransactionRecord("t4", "c2", new DateOnly(2025, 2, 1), 12.3456m),
            new TransactionRecord("t3", "c1", new DateOnly(2025, 1, 11), 20m),
            new TransactionRecord("t2", "c1", new DateOnly(2025, 1, 1), 5m),
            new TransactionRecord("t1", "c1", new DateOnly(2025, 1, 1), 10m),
        ]);
        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(AsOf, TimeUnit.Day), 4, retainRows: false);

        var read = store.ReadPurchases(accumulator);
        var summaries = accumulator.Build(read.CustomerIds);

        Assert.Equal(6, read.Rows);
        Assert.Equal(["c1", "c2", "c3"], read.CustomerIds);
        Assert.False(accumulator.SawOutOfOrderRows);
        Assert.Equal(1, summaries.IgnoredRows);
        Assert.Equal(2, summaries.Count);
        // c1: purchase days Jan 1 (15), Jan 11 (20), Jan 31 (−4); T = Mar 31 − Jan 1 = 89 days.
        var c1 = summaries[0];
        Assert.Equal(("c1", 2.0, 30.0, 89.0, 8.0, 31.0), (c1.Id, c1.Frequency, c1.Recency, c1.T, c1.MonetaryValue, c1.TotalRevenue));
        // c2: one purchase day Feb 1; the Apr 5 row is after the as-of day. T = 27 + 31 = 58 days.
        var c2 = summaries[1];
        Assert.Equal(("c2", 0.0, 0.0, 58.0, 0.0, 12.3456), (c2.Id, c2.Frequency, c2.Recency, c2.T, c2.MonetaryValue, c2.TotalRevenue));
    }

    [Fact]
    public void MarginRate_MixedRows_RatioOfMarginsOverPositiveAmountsUpToAsOf()
    {
        using var db = CreateDatabase();
        using var store = StoreWithCustomers(db, "c1");
        store.InsertTransactions([
            new TransactionRecord("t1", "c1", new DateOnly(2025, 1, 1), 100m, Margin: 30m),
            new TransactionRecord("t2", "c1", new DateOnly(2025, 1, 2), 50m, Margin: 10m),
            new TransactionRecord("t3", "c1", new DateOnly(2025, 1, 3), -20m, Margin: -6m),
            new TransactionRecord("t4", "c1", new DateOnly(2025, 1, 4), 40m),
            new TransactionRecord("t5", "c1", new DateOnly(2025, 4, 1), 200m, Margin: 200m),
        ]);

        Assert.Equal(40m / 150m, store.MarginRate(AsOf));
        Assert.Null(store.MarginRate(new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void LastTransactionDate_EmptyThenStored_NullThenLatestDay()
    {
        using var db = CreateDatabase();
        using var store = StoreWithCustomers(db, "c1");
        Assert.Null(store.LastTransactionDate());

        store.InsertTransactions([
            new TransactionRecord("t1", "c1", new DateOnly(2025, 2, 1), 1m),
            new TransactionRecord("t2", "c1", new DateOnly(2025, 3, 9), 1m),
            new TransactionRecord("t3", "c1", new DateOnly(2024, 12, 30), 1m),
        ]);

        Assert.Equal(new DateOnly(2025, 3, 9), store.LastTransactionDate());
    }

    private static AnalysisResult[] Results() =>
    [
        new("c1", 2, 4.285714285714286, 12.714285714285714, 8.5, 31.0001m, 5, 4, 3, 4.0, "Champions", 0.8123456789, 1.25, 9.75, 11.5),
        new("c2", 0, 0, 8.285714285714286, 0, -12.3456m, 1, 1, 1, 1.0, "Lost", 0.123, 0.01, double.NaN, 0.0),
    ];

    [Fact]
    public void SaveAnalysisSnapshot_ReadBack_EqualRunAndRows()
    {
        using var db = CreateDatabase();
        using var store = StoreWithCustomers(db, "c1", "c2", "c3");
        var createdAt = new DateTime(2025, 4, 1, 8, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567);
        const string settings = """{"horizonMonths": 12, "purchaseModel": {"model": "BG/NBD", "r": 0.24}}""";

        var saved = store.SaveAnalysisSnapshot("run-1", AsOf, TimeUnit.Week, settings, Results(), createdAt);
        var snapshot = store.ReadLatestAnalysisSnapshot();

        Assert.NotNull(snapshot);
        Assert.Equal(2, saved.Customers);
        Assert.Equal(new DateTime(2025, 4, 1, 8, 30, 15, 123, DateTimeKind.Utc), saved.CreatedAt);
        Assert.Equal(saved with { Settings = null }, snapshot.Run with { Settings = null });
        Assert.Equal(DateTimeKind.Utc, snapshot.Run.CreatedAt.Kind);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(settings), JsonNode.Parse(snapshot.Run.Settings!)), snapshot.Run.Settings);
        Assert.Equal(Results(), snapshot.Results);
        Assert.Equal(1, store.Counts()[StoreEntity.AnalysisRuns]);
        Assert.Equal(snapshot, store.ReadAnalysisSnapshot("run-1") is { } byId ? byId with { Results = snapshot.Results } : null);
        Assert.Null(store.ReadAnalysisSnapshot("run-2"));
    }

    [Fact]
    public void SaveAnalysisSnapshot_Twice_BothListedLatestIsSecond()
    {
        using var db = CreateDatabase();
        using var store = StoreWithCustomers(db, "c1", "c2");
        store.SaveAnalysisSnapshot("first", AsOf, TimeUnit.Week, null, Results());
        store.SaveAnalysisSnapshot("second", AsOf.AddDays(-7), TimeUnit.Day, null, Results().Take(1));

        var runs = store.ListAnalysisRuns();
        var latest = store.ReadLatestAnalysisSnapshot();

        Assert.Equal(["first", "second"], runs.Select(r => r.RunId));
        Assert.Equal([2, 1], runs.Select(r => r.Customers));
        Assert.Equal("second", latest!.Run.RunId);
        Assert.Equal(TimeUnit.Day, latest.Run.Unit);
        Assert.Equal(AsOf.AddDays(-7), latest.Run.AsOf);
        Assert.Null(latest.Run.Settings);
        Assert.Equal("c1", Assert.Single(latest.Results).CustomerId);
    }

    [Fact]
    public void SaveAnalysisSnapshot_UnknownCustomer_ThrowsAndSavesNothing()
    {
        using var db = CreateDatabase();
        using var store = StoreWithCustomers(db, "c1");

        var e = Assert.Throws<ArgumentException>(() => store.SaveAnalysisSnapshot("run", AsOf, TimeUnit.Week, null, Results()));

        Assert.Contains("'c2'", e.Message);
        Assert.Empty(store.ListAnalysisRuns());
        Assert.Null(store.ReadLatestAnalysisSnapshot());
    }

    [Fact]
    public void SaveAnalysisSnapshot_ExistingRunId_FailsAndKeepsFirst()
    {
        using var db = CreateDatabase();
        using var store = StoreWithCustomers(db, "c1", "c2");
        store.SaveAnalysisSnapshot("run", AsOf, TimeUnit.Week, null, Results());

        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.SaveAnalysisSnapshot("run", AsOf, TimeUnit.Week, null, Results()));

        Assert.Equal(2, Assert.Single(store.ListAnalysisRuns()).Customers);
    }
}

public sealed class SqliteAnalysisStoreTests : AnalysisStoreTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresAnalysisStoreTests : AnalysisStoreTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
