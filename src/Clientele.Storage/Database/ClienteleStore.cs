using System.Data.Common;
using Clientele.Domain.Entities;

namespace Clientele.Storage.Database;

/// <summary>
/// An open store (SQLite file or PostgreSQL database) at the current schema version. Opening migrates an older
/// store and refuses a newer one (<see cref="StoreVersionException"/>). Writes go through batched inserts that
/// skip rows already stored with identical content; <see cref="BeginTransaction"/> makes several of them one
/// all-or-nothing unit. One connection, not thread-safe; finish enumerating a read before the next call.
/// </summary>
public sealed partial class ClienteleStore : IDisposable
{
    private readonly DbConnection connection;
    private readonly SqlDialect dialect;
    private StoreTransaction? current;

    private ClienteleStore(StoreLocation location, DbConnection connection, SqlDialect dialect, MigrationOutcome migration)
    {
        Location = location;
        this.connection = connection;
        this.dialect = dialect;
        Migration = migration;
    }

    /// <summary>Where the store lives.</summary>
    public StoreLocation Location { get; }

    /// <summary>What opening did to the schema (created, upgraded, or nothing).</summary>
    public MigrationOutcome Migration { get; }

    /// <summary>The store's schema version (after migration, <see cref="SchemaMigrations.LatestVersion"/>).</summary>
    public int SchemaVersion => Migration.ToVersion;

    /// <summary>
    /// Opens the store at <paramref name="location"/>, creating it when <paramref name="createIfMissing"/> (a SQLite
    /// file and its directory; a PostgreSQL database must exist, its tables are created), and migrates it to
    /// the latest schema version.
    /// </summary>
    /// <exception cref="StoreNotFoundException">The SQLite file does not exist and <paramref name="createIfMissing"/> is false.</exception>
    /// <exception cref="StoreVersionException">The store was written by a newer Clientele.</exception>
    public static ClienteleStore Open(StoreLocation location, bool createIfMissing = true) =>
        Open(location, createIfMissing, SchemaMigrations.All);

    /// <summary>Opens with a given migration history, so tests can play an older or a newer binary.</summary>
    internal static ClienteleStore Open(StoreLocation location, bool createIfMissing, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.FilePath is { } path)
        {
            if (!File.Exists(path))
            {
                if (!createIfMissing) throw new StoreNotFoundException(path);
                if (Path.GetDirectoryName(path) is { Length: > 0 } directory) Directory.CreateDirectory(directory);
            }
        }

        var dialect = SqlDialect.For(location.Provider);
        var connection = dialect.CreateConnection(location.ConnectionString);
        try
        {
            connection.Open();
            dialect.Configure(connection, inMemory: location.Provider == StoreProvider.Sqlite && location.FilePath is null);
            var outcome = Migrate(connection, dialect, location, migrations);
            return new ClienteleStore(location, connection, dialect, outcome);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Starts an all-or-nothing unit of work; only one can be open at a time.</summary>
    public StoreTransaction BeginTransaction()
    {
        if (current is not null) throw new InvalidOperationException("A store transaction is already open; commit or dispose it first.");
        current = new StoreTransaction(this, connection.BeginTransaction());
        return current;
    }

    /// <summary>Stores customers (with their free attributes).</summary>
    public InsertResult InsertCustomers(IEnumerable<Customer> customers) => Insert(EntityTables.Customers, customers);

    /// <summary>Stores transactions; a row whose customer is not stored is rejected as <see cref="RejectReason.UnknownCustomer"/>.</summary>
    public InsertResult InsertTransactions(IEnumerable<TransactionRecord> transactions) => Insert(EntityTables.Transactions, transactions);

    /// <summary>Stores interactions; a row whose customer is not stored is rejected.</summary>
    public InsertResult InsertInteractions(IEnumerable<Interaction> interactions) => Insert(EntityTables.Interactions, interactions);

    /// <summary>Stores investments (cost ledger entries).</summary>
    public InsertResult InsertInvestments(IEnumerable<Investment> investments) => Insert(EntityTables.Investments, investments);

    /// <summary>Stores survey responses (with their dimension scores); a row whose customer is not stored is rejected.</summary>
    public InsertResult InsertSurveyResponses(IEnumerable<SurveyResponse> responses) => Insert(EntityTables.SurveyResponses, responses);

    /// <summary>Stores leads and opportunities.</summary>
    public InsertResult InsertLeads(IEnumerable<Lead> leads) => Insert(EntityTables.Leads, leads);

    /// <summary>Stores dealers.</summary>
    public InsertResult InsertDealers(IEnumerable<Dealer> dealers) => Insert(EntityTables.Dealers, dealers);

    /// <summary>Stores staff members.</summary>
    public InsertResult InsertStaff(IEnumerable<StaffMember> staff) => Insert(EntityTables.Staff, staff);

    /// <summary>The number of rows of every <see cref="StoreEntity"/>, in enum order.</summary>
    public IReadOnlyDictionary<StoreEntity, long> Counts()
    {
        var counts = new Dictionary<StoreEntity, long>();
        foreach (var entity in Enum.GetValues<StoreEntity>())
        {
            using var command = Command($"SELECT COUNT(*) FROM {entity.Table()}");
            counts[entity] = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>The sum of all transaction amounts, computed by the database (exact: scaled integers or NUMERIC).</summary>
    public decimal TotalTransactionAmount()
    {
        using var command = Command("SELECT SUM(amount) FROM transactions");
        return dialect.DecimalAggregate(command.ExecuteScalar());
    }

    /// <summary>All customers with their attributes, in insertion order, streamed from the database.</summary>
    public IEnumerable<Customer> ReadCustomers()
    {
        using var command = Command(
            "SELECT c.id, c.external_id, c.name, c.industry, c.size_class, c.region, c.country, c.acquisition_channel, " +
            "c.dealer_id, c.account_manager_id, c.acquired_on, a.name, a.value " +
            "FROM customers c LEFT JOIN customer_attributes a ON a.customer_key = c.id ORDER BY c.id, a.name");
        using var reader = command.ExecuteReader();
        Customer? pending = null;
        long pendingKey = 0;
        Dictionary<string, string>? attributes = null;
        while (reader.Read())
        {
            long key = reader.GetInt64(0);
            if (pending is not null && key != pendingKey)
            {
                yield return pending with { Attributes = attributes };
                pending = null;
            }

            if (pending is null)
            {
                pendingKey = key;
                attributes = null;
                pending = new Customer(
                    reader.GetString(1),
                    Text(reader, 2),
                    Text(reader, 3),
                    Text(reader, 4) is { } size ? Parse<SizeClass>(size) : null,
                    Text(reader, 5),
                    Text(reader, 6),
                    Text(reader, 7),
                    Text(reader, 8),
                    Text(reader, 9),
                    dialect.GetDate(reader, 10));
            }

            if (!reader.IsDBNull(11)) (attributes ??= new Dictionary<string, string>(StringComparer.Ordinal))[reader.GetString(11)] = reader.GetString(12);
        }

        if (pending is not null) yield return pending with { Attributes = attributes };
    }

    /// <summary>All transactions ordered by customer (insertion order of customers) and date, streamed from the database.</summary>
    public IEnumerable<TransactionRecord> ReadTransactions()
    {
        using var command = Command(
            "SELECT t.external_id, c.external_id, t.date, t.amount, t.margin, t.quantity, t.unit_price, t.order_id, " +
            "t.product, t.category, t.dealer_id, t.channel " +
            "FROM transactions t JOIN customers c ON c.id = t.customer_key ORDER BY t.customer_key, t.date, t.id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new TransactionRecord(
                reader.GetString(0),
                reader.GetString(1),
                dialect.GetDate(reader, 2)!.Value,
                dialect.GetDecimal(reader, 3)!.Value,
                dialect.GetDecimal(reader, 4),
                dialect.GetDecimal(reader, 5),
                dialect.GetDecimal(reader, 6),
                Text(reader, 7),
                Text(reader, 8),
                Text(reader, 9),
                Text(reader, 10),
                Text(reader, 11));
        }
    }

    /// <summary>Closes the connection; an open transaction is rolled back.</summary>
    public void Dispose()
    {
        current?.Dispose();
        connection.Dispose();
    }

    internal void EndTransaction(StoreTransaction transaction)
    {
        if (ReferenceEquals(current, transaction)) current = null;
    }

    private InsertResult Insert<T>(EntityTable<T> table, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // Without an open transaction the batch is its own unit of work: all rows or none, and one commit
        // instead of one per row.
        using var own = current is null ? BeginTransaction() : null;
        using var inserter = new EntityInserter<T>(table, dialect, connection, current!.Transaction);
        var result = inserter.InsertAll(rows);
        own?.Commit();
        return result;
    }

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = current?.Transaction;
        return command;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static T Parse<T>(string text)
        where T : struct, Enum =>
        EnumText.TryParse<T>(text, out var value) ? value : throw new InvalidDataException($"The store holds '{text}', which is not a {typeof(T).Name}.");

    private static MigrationOutcome Migrate(DbConnection connection, SqlDialect dialect, StoreLocation location, IReadOnlyList<Migration> migrations)
    {
        using var transaction = connection.BeginTransaction();
        dialect.LockForMigration(connection, transaction);
        Execute(connection, transaction, dialect.SchemaVersionTable);
        int found;
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
            found = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        int latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (found > latest) throw new StoreVersionException(location.DisplayName, found, latest);

        var applied = new List<Migration>();
        foreach (var migration in migrations.Where(m => m.Version > found))
        {
            Execute(connection, transaction, migration.ScriptFor(dialect.Provider));
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)";
            AddValue(record, "@version", migration.Version);
            AddValue(record, "@name", migration.Name);
            AddValue(record, "@at", dialect.TimestampValue(DateTime.UtcNow));
            record.ExecuteNonQuery();
            applied.Add(migration);
        }

        transaction.Commit();
        return new MigrationOutcome(found, Math.Max(found, latest), applied);
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void AddValue(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
