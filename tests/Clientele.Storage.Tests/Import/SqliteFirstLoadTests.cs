using System.Text;
using Clientele.Storage.Database;
using Clientele.Storage.Files;
using Clientele.Storage.Import;
using Clientele.Storage.Tests.Database;
using Microsoft.Data.Sqlite;

namespace Clientele.Storage.Tests.Import;

/// <summary>What a first load of transactions does to a SQLite file (ClienteleStore.BeginBulkLoad) and undoes afterwards.</summary>
public sealed class SqliteFirstLoadTests
{
    private static string Transactions(int rows)
    {
        var csv = new StringBuilder("customer_id,date,amount\n");
        for (int i = 0; i < rows; i++) csv.Append($"c{i / 10:D5},2025-{1 + (i % 12):D2}-01,{i % 97}.5\n");
        return csv.ToString();
    }

    private static string JournalMode(StoreLocation location)
    {
        using var connection = new SqliteConnection($"Data Source={location.FilePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public void FirstLoad_LeavesTheFileInWalWithForeignKeysOnAndIntact()
    {
        using var db = new SqliteTestDatabase();
        using var store = ClienteleStore.Open(db.Location);
        using var file = TempFile.WithText(Transactions(5_000), ".csv");

        var result = FileImporter.Import(store, StoreEntity.Transactions, file.Path, new ImportOptions(CreateCustomers: true, ExclusiveFirstLoad: true));

        Assert.Equal((5_000L, 5_000L, 500L), (result.Read, result.Accepted, result.CustomersCreated));
        Assert.Equal("wal", store.Pragma("journal_mode"));
        Assert.Equal(1L, store.Pragma("foreign_keys"));
        Assert.Equal(1L, store.Pragma("synchronous"));
        Assert.Equal("ok", store.Pragma("integrity_check"));
        Assert.Equal(16384L, store.Pragma("page_size"));
        Assert.False(File.Exists(db.Location.FilePath + "-journal"));
    }

    [Fact]
    public void FirstLoad_WhileAnotherConnectionReads_LoadsInWal()
    {
        using var db = new SqliteTestDatabase();
        using var store = ClienteleStore.Open(db.Location);
        using var reader = ClienteleStore.Open(db.Location);
        Assert.Equal(0, reader.Counts()[StoreEntity.Transactions]);
        using var file = TempFile.WithText(Transactions(1_000), ".csv");

        var result = FileImporter.Import(store, StoreEntity.Transactions, file.Path, new ImportOptions(CreateCustomers: true, ExclusiveFirstLoad: true));

        Assert.Equal(1_000, result.Accepted);
        Assert.Equal(1_000, reader.Counts()[StoreEntity.Transactions]);
        Assert.Equal("wal", JournalMode(db.Location));
        Assert.Equal(1L, store.Pragma("foreign_keys"));
    }

    [Fact]
    public void FirstLoad_ThatFails_RollsBackAndRestoresWal()
    {
        using var db = new SqliteTestDatabase();
        using var store = ClienteleStore.Open(db.Location);

        // The sequence FileImporter runs, with rows that stop coming after 5,000 (a read error, a cancelled import).
        static IEnumerable<(long, Clientele.Domain.Entities.TransactionRecord)> Rows()
        {
            for (int i = 0; i < 5_000; i++) yield return (i + 2, new Clientele.Domain.Entities.TransactionRecord($"t{i}", $"c{i / 10}", new DateOnly(2025, 1, 1), i));
            throw new IOException("the disk went away");
        }

        Assert.Throws<IOException>(() =>
        {
            using var bulkLoad = store.BeginBulkLoad(StoreEntity.Transactions);
            Assert.NotNull(bulkLoad);
            using var transaction = store.BeginTransaction();
            store.InsertTransactionsBulk(Rows(), createCustomers: true, _ => { });
            transaction.Commit();
        });

        Assert.Equal((0L, 0L), (store.Counts()[StoreEntity.Transactions], store.Counts()[StoreEntity.Customers]));
        Assert.Equal("wal", store.Pragma("journal_mode"));
        Assert.Equal(1L, store.Pragma("foreign_keys"));
        Assert.Equal("ok", store.Pragma("integrity_check"));

        // The next load is a first load again, and works.
        using var file = TempFile.WithText(Transactions(100), ".csv");
        Assert.Equal(100, FileImporter.Import(store, StoreEntity.Transactions, file.Path, new ImportOptions(CreateCustomers: true, ExclusiveFirstLoad: true)).Accepted);
    }
}
