using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

/// <summary>The store's behaviour, run once against SQLite and once against PostgreSQL (the subclasses below).</summary>
public abstract class StoreTests
{
    private static readonly DateOnly Day = new(2025, 3, 14);

    protected abstract ITestDatabase CreateDatabase();

    [Fact]
    public void Open_EmptyDatabase_CreatesLatestSchemaWithNoRows()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);

        Assert.True(store.Migration.Created);
        Assert.Equal(0, store.Migration.FromVersion);
        Assert.Equal(SchemaMigrations.LatestVersion, store.SchemaVersion);
        Assert.Equal(6, SchemaMigrations.LatestVersion);
        Assert.Equal([1, 2, 3, 4, 5, 6], store.Migration.Applied.Select(m => m.Version));
        Assert.All(store.Counts().Values, count => Assert.Equal(0, count));
        Assert.Equal(Enum.GetValues<StoreEntity>().Length, store.Counts().Count);
    }

    [Fact]
    public void Open_CurrentStore_AppliesNothing()
    {
        using var db = CreateDatabase();
        ClienteleStore.Open(db.Location).Dispose();
        using var store = ClienteleStore.Open(db.Location);

        Assert.False(store.Migration.Created);
        Assert.Empty(store.Migration.Applied);
        Assert.Equal(SchemaMigrations.LatestVersion, store.Migration.FromVersion);
        Assert.Equal(SchemaMigrations.LatestVersion, store.SchemaVersion);
    }

    [Fact]
    public void Open_OlderStore_UpgradesAndKeepsData()
    {
        using var db = CreateDatabase();
        using (var old = ClienteleStore.Open(db.Location, createIfMissing: true, SchemaMigrations.All.Take(1).ToList()))
        {
            Assert.Equal(1, old.Migration.ToVersion);
            old.InsertCustomers([new Customer("c1", Name: "Acme")]);
        }

        using var store = ClienteleStore.Open(db.Location);

        Assert.Equal(1, store.Migration.FromVersion);
        Assert.Equal(SchemaMigrations.LatestVersion, store.Migration.ToVersion);
        Assert.Equal(Enumerable.Range(2, SchemaMigrations.LatestVersion - 1), store.Migration.Applied.Select(m => m.Version));
        Assert.Equal("Acme", Assert.Single(store.ReadCustomers()).Name);
        Assert.Equal(0, store.Counts()[StoreEntity.AllocationPlans]);
    }

    [Fact]
    public void Open_NewerStore_RefusesNamingBothVersions()
    {
        using var db = CreateDatabase();
        var future = SchemaMigrations.All.Append(new Migration(SchemaMigrations.LatestVersion + 1, "future", "CREATE TABLE future (x INTEGER);", "CREATE TABLE future (x INTEGER);")).ToList();
        ClienteleStore.Open(db.Location, createIfMissing: true, future).Dispose();

        var e = Assert.Throws<StoreVersionException>(() => ClienteleStore.Open(db.Location));

        Assert.Equal(SchemaMigrations.LatestVersion + 1, e.StoreVersion);
        Assert.Equal(SchemaMigrations.LatestVersion, e.SupportedVersion);
        Assert.Contains($"schema version {SchemaMigrations.LatestVersion + 1}", e.Message);
        Assert.Contains($"schema version {SchemaMigrations.LatestVersion} at most", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void InsertCustomers_AllFields_ReadBackEqual()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        var full = new Customer("c1", "Acme 有限公司", "machinery", SizeClass.Large, "East", "CN", "dealer", "d7", "s3", new DateOnly(2019, 1, 31),
            new Dictionary<string, string> { ["vip"] = "yes", ["credit"] = "A" });
        var bare = new Customer("c2");

        var result = store.InsertCustomers([full, bare]);

        Assert.Equal(new InsertResult(2, 0, []).Read, result.Read);
        Assert.Equal(2, result.Inserted);
        var read = store.ReadCustomers().ToList();
        Assert.Equal(2, read.Count);
        Assert.Equal(full with { Attributes = null }, read[0] with { Attributes = null });
        Assert.Equal(full.Attributes!.OrderBy(a => a.Key), read[0].Attributes!.OrderBy(a => a.Key));
        Assert.Equal(bare, read[1]);
    }

    [Fact]
    public void InsertTransactions_OrderLinesAndReturns_ReadBackEqual()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1"), new Customer("c2")]);
        TransactionRecord[] rows =
        [
            new("t3", "c2", Day, 5m),
            new("t1", "c1", Day.AddDays(1), 30.25m, Margin: 7.5m, Quantity: 3m, UnitPrice: 10.0833m, OrderId: "o1", Product: "p1", Category: "tools", DealerId: "d1", Channel: "online"),
            new("t2", "c1", Day, -10.0833m, Quantity: -1m, UnitPrice: 10.0833m, OrderId: "o1", Product: "p1"),
        ];

        var result = store.InsertTransactions(rows);

        Assert.Equal(3, result.Inserted);
        Assert.Equal(["t2", "t1", "t3"], store.ReadTransactions().Select(t => t.Id));
        Assert.Equal(rows.OrderBy(r => r.Id), store.ReadTransactions().OrderBy(r => r.Id));
    }

    [Fact]
    public void InsertTransactions_SameRowsAgain_AllDuplicatesNothingStored()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1")]);
        var rows = Enumerable.Range(0, 50).Select(i => new TransactionRecord($"t{i}", "c1", Day.AddDays(i), i + 0.5m)).ToList();
        store.InsertTransactions(rows);

        // 10.5 and 10.50 are the same amount, so a file that writes it differently is still a duplicate.
        var again = store.InsertTransactions(rows.Select(r => r with { Amount = r.Amount + 0.00m }));
        var customersAgain = store.InsertCustomers([new Customer("c1", Attributes: new Dictionary<string, string>())]);

        Assert.Equal((0L, 50L, 0), (again.Inserted, again.Duplicates, again.Rejected.Count));
        Assert.Equal((0L, 1L), (customersAgain.Inserted, customersAgain.Duplicates));
        Assert.Equal(50, store.Counts()[StoreEntity.Transactions]);
    }

    [Fact]
    public void Insert_SameIdDifferentContent_RejectedAsConflictOriginalKept()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1", Name: "Old")]);

        var result = store.InsertCustomers([new Customer("c1", Name: "New"), new Customer("c2")]);

        Assert.Equal(1, result.Inserted);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((0L, "c1", RejectReason.ConflictingContent), (rejected.Index, rejected.ExternalId, rejected.Reason));
        Assert.Contains("different content", rejected.Message);
        Assert.Equal("Old", store.ReadCustomers().First().Name);
    }

    [Fact]
    public void InsertTransactions_UnknownCustomer_RejectedOthersStored()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1")]);

        var result = store.InsertTransactions([new("t1", "c1", Day, 1m), new("t2", "nobody", Day, 2m), new("t3", "c1", Day, 3m)]);

        Assert.Equal(2, result.Inserted);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((1L, "t2", RejectReason.UnknownCustomer), (rejected.Index, rejected.ExternalId, rejected.Reason));
        Assert.Contains("'nobody'", rejected.Message);
        Assert.Equal(3, result.Read);
    }

    [Fact]
    public void BeginTransaction_DisposedWithoutCommit_StoresNothing()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        using (store.BeginTransaction())
        {
            store.InsertCustomers([new Customer("c1")]);
            store.InsertTransactions([new("t1", "c1", Day, 1m)]);
            Assert.Equal(1, store.Counts()[StoreEntity.Transactions]);
        }

        Assert.Equal(0, store.Counts()[StoreEntity.Customers]);
        Assert.Equal(0, store.Counts()[StoreEntity.Transactions]);
    }

    [Fact]
    public void BeginTransaction_Committed_KeepsAllBatches()
    {
        using var db = CreateDatabase();
        using (var store = ClienteleStore.Open(db.Location))
        {
            using var transaction = store.BeginTransaction();
            store.InsertCustomers([new Customer("c1")]);
            store.InsertTransactions([new("t1", "c1", Day, 1m)]);
            Assert.Throws<InvalidOperationException>(() => store.BeginTransaction());
            transaction.Commit();
        }

        using var reopened = ClienteleStore.Open(db.Location);
        Assert.Equal((1L, 1L), (reopened.Counts()[StoreEntity.Customers], reopened.Counts()[StoreEntity.Transactions]));
    }

    [Fact]
    public void InsertTransactions_UnstorableDecimalMidBatch_ThrowsAndStoresNone()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1")]);

        var e = Assert.Throws<ArgumentException>(() => store.InsertTransactions(
            [new("t1", "c1", Day, 1m), new("t2", "c1", Day, 2m), new("t3", "c1", Day, 0.00001m)]));

        Assert.Contains("amount of 't3'", e.Message);
        Assert.Equal(0, store.Counts()[StoreEntity.Transactions]);
    }

    [Fact]
    public void TotalTransactionAmount_TenthsAndLargeAmounts_IsExact()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1")]);

        // In binary floating point 0.1 summed 1000 times next to 1e14 drifts; decimals must not.
        var rows = Enumerable.Range(0, 1000).Select(i => new TransactionRecord($"t{i}", "c1", Day, 0.1m))
            .Append(new TransactionRecord("big", "c1", Day, 100_000_000_000_000m))
            .Append(new TransactionRecord("cent", "c1", Day, -0.0001m));
        store.InsertTransactions(rows);

        Assert.Equal(100_000_000_000_099.9999m, store.TotalTransactionAmount());
    }

    [Fact]
    public void InsertOtherEntities_EachCountedAndIdempotent()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1")]);
        var dims = new Dictionary<string, decimal> { ["delivery"] = 4.5m, ["support"] = 3m };
        void InsertAll(long expectedInserted)
        {
            Assert.Equal(expectedInserted, store.InsertInteractions([
                new("i1", "c1", Day, InteractionKind.CareGift, Cost: 88.8m, Hours: 1.5m, StaffId: "s1", ResolvedOn: Day),
                new("i2", "c1", Day, InteractionKind.Complaint)]).Inserted);
            Assert.Equal(expectedInserted, store.InsertInvestments([
                new("v1", Day, 1200m, CostCategory.MarketingPromotion, LifecycleStage.Acquisition, InvestmentTargetKind.Campaign, "spring"),
                new("v2", Day, 300.5m, CostCategory.People, LifecycleStage.Retention)]).Inserted);
            Assert.Equal(expectedInserted, store.InsertSurveyResponses([
                new("r1", "c1", Day, Nps: 9, Satisfaction: 4.5m, Dimensions: dims, Comment: "好"),
                new("r2", "c1", Day, Nps: 0)]).Inserted);
            Assert.Equal(expectedInserted, store.InsertLeads([
                new("l1", Day, "c1", "fair", Day.AddDays(30), LeadOutcome.Won, 5000m),
                new("l2", Day)]).Inserted);
            Assert.Equal(expectedInserted, store.InsertDealers([
                new("d1", "North Trading", "North", "gold", 12, 0.35m, 1_000_000m, 50_000_000m),
                new("d2")]).Inserted);
            Assert.Equal(expectedInserted, store.InsertStaff([new("s1", "Li", "account manager", 120m, 4), new("s2")]).Inserted);
        }

        InsertAll(2);
        InsertAll(0);

        var counts = store.Counts();
        foreach (var entity in new[] { StoreEntity.Interactions, StoreEntity.Investments, StoreEntity.SurveyResponses, StoreEntity.Leads, StoreEntity.Dealers, StoreEntity.Staff })
        {
            Assert.Equal(2, counts[entity]);
        }
    }

    [Fact]
    public void InsertSurveyResponses_ChangedDimensionScore_IsConflict()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1")]);
        store.InsertSurveyResponses([new("r1", "c1", Day, Dimensions: new Dictionary<string, decimal> { ["delivery"] = 4m })]);

        var result = store.InsertSurveyResponses([new("r1", "c1", Day, Dimensions: new Dictionary<string, decimal> { ["delivery"] = 5m })]);

        Assert.Equal(RejectReason.ConflictingContent, Assert.Single(result.Rejected).Reason);
    }
}

public sealed class SqliteStoreTests : StoreTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public void Open_SqliteFile_UsesWalModeAndForeignKeys()
    {
        using var db = new SqliteTestDatabase();
        ClienteleStore.Open(db.Location).Dispose();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(db.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA foreign_keys";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Fact]
    public void Open_MissingFileWithoutCreate_ThrowsStoreNotFound()
    {
        using var db = new SqliteTestDatabase();

        var e = Assert.Throws<StoreNotFoundException>(() => ClienteleStore.Open(db.Location, createIfMissing: false));

        Assert.Contains("clientele init", e.Message);
        Assert.False(File.Exists(db.Location.FilePath));
    }
}

public sealed class PostgresStoreTests : StoreTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
