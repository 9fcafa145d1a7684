using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clientele.Storage.Database;

/// <summary>
/// What differs between the providers once the SQL is shared: how decimals and dates travel (SQLite: scaled
/// integers and yyyy-MM-dd text; PostgreSQL: NUMERIC and DATE), connecting, and locking for migrations.
/// </summary>
internal abstract class SqlDialect
{
    public static SqlDialect For(StoreProvider provider) => provider == StoreProvider.Sqlite ? new SqliteDialect() : new PostgresDialect();

    public abstract StoreProvider Provider { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Runs once per connection before anything else (pragmas).</summary>
    public abstract void Configure(DbConnection connection, bool inMemory);

    /// <summary>Serializes concurrent migrations of the same store; runs inside the migration transaction.</summary>
    public abstract void LockForMigration(DbConnection connection, DbTransaction transaction);

    public abstract string SchemaVersionTable { get; }

    public abstract object? TimestampValue(DateTime utc);

    public DbParameter AddParameter(DbCommand command, string name, ColumnType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbTypeOf(type);
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>A CLR value (string, int, long, decimal, DateOnly or null) as this provider stores it.</summary>
    public abstract object ToDb(ColumnType type, object? value, string column, string externalId);

    public abstract decimal? GetDecimal(DbDataReader reader, int ordinal);

    public abstract DateOnly? GetDate(DbDataReader reader, int ordinal);

    /// <summary>A decimal aggregate (SUM) as returned by <see cref="DbCommand.ExecuteScalar"/>.</summary>
    public abstract decimal DecimalAggregate(object? value);

    protected abstract DbType DbTypeOf(ColumnType type);

    private sealed class SqliteDialect : SqlDialect
    {
        public override StoreProvider Provider => StoreProvider.Sqlite;

        public override string SchemaVersionTable =>
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT";

        public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

        public override void Configure(DbConnection connection, bool inMemory)
        {
            using var command = connection.CreateCommand();

            // WAL lets readers (status, the dashboard) work while an import writes; NORMAL sync is safe with WAL
            // (a crash can lose the last commits, never corrupt the file) and makes commits far cheaper. A new file gets
            // 16 KiB pages (the page size of an existing one stays): a quarter of the pages to find, balance and write,
            // which made a 10-million-row first load 10% faster; lookups read a few KiB more, which costs nothing here.
            command.CommandText = (inMemory ? "" : "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; ") + "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            command.ExecuteNonQuery();
        }

        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) already takes the write lock.
        public override void LockForMigration(DbConnection connection, DbTransaction transaction)
        {
        }

        public override object? TimestampValue(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

        public override object ToDb(ColumnType type, object? value, string column, string externalId) => value switch
        {
            null => DBNull.Value,
            decimal d => StoredDecimal.ToScaled(d, column, externalId),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            int i => (long)i,
            _ => value,
        };

        public override decimal? GetDecimal(DbDataReader reader, int ordinal) =>
            reader.IsDBNull(ordinal) ? null : StoredDecimal.FromScaled(reader.GetInt64(ordinal));

        public override DateOnly? GetDate(DbDataReader reader, int ordinal) =>
            reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override decimal DecimalAggregate(object? value) =>
            value is null or DBNull ? 0m : StoredDecimal.FromScaled(Convert.ToInt64(value, CultureInfo.InvariantCulture));

        protected override DbType DbTypeOf(ColumnType type) => type == ColumnType.Text || type == ColumnType.Date ? DbType.String : DbType.Int64;
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override StoreProvider Provider => StoreProvider.PostgreSql;

        public override string SchemaVersionTable =>
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)";

        public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

        public override void Configure(DbConnection connection, bool inMemory)
        {
        }

        public override void LockForMigration(DbConnection connection, DbTransaction transaction)
        {
            // Two processes opening an old store at once must not both apply the same migration; the lock is per
            // schema, so stores in different schemas of one database migrate independently.
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_advisory_xact_lock(hashtext('clientele schema ' || coalesce(current_schema(), '')))";
            command.ExecuteNonQuery();
        }

        public override object? TimestampValue(DateTime utc) => utc;

        public override object ToDb(ColumnType type, object? value, string column, string externalId) => value switch
        {
            null => DBNull.Value,
            decimal d => StoredDecimal.Check(d, column, externalId),
            int i => (long)i,
            _ => value,
        };

        public override decimal? GetDecimal(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);

        public override DateOnly? GetDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

        public override decimal DecimalAggregate(object? value) => value is null or DBNull ? 0m : (decimal)value;

        protected override DbType DbTypeOf(ColumnType type) => type switch
        {
            ColumnType.Text => DbType.String,
            ColumnType.Integer => DbType.Int64,
            ColumnType.Decimal => DbType.Decimal,
            _ => DbType.Date,
        };
    }
}
