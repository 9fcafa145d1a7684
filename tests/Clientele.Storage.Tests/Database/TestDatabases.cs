using Clientele.Storage.Database;
using Npgsql;

namespace Clientele.Storage.Tests.Database;

/// <summary>A fresh, empty place for one test's store, removed on dispose.</summary>
public interface ITestDatabase : IDisposable
{
    StoreLocation Location { get; }
}

/// <summary>A SQLite file in its own temp directory.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "clientele-store-test-" + Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase()
    {
        Directory.CreateDirectory(directory);
        Location = StoreLocation.Parse(Path.Combine(directory, "clientele.db"));
    }

    public StoreLocation Location { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// A schema of its own in the PostgreSQL database named by <c>CLIENTELE_TEST_POSTGRES</c> (./test.sh starts a
/// throwaway server and sets it), so tests run in parallel without seeing each other's tables.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string Variable = "CLIENTELE_TEST_POSTGRES";

    private readonly string adminConnection;
    private readonly string schema = "test_" + Guid.NewGuid().ToString("N");

    public PostgresTestDatabase()
    {
        adminConnection = ConnectionString;
        Execute($"CREATE SCHEMA {schema}");

        // No pooling: each test has its own schema, so a pool each, whose idle connections would outlive the test and,
        // a few hundred tests later, exhaust the server's max_connections.
        var builder = new NpgsqlConnectionStringBuilder(adminConnection) { SearchPath = schema, Pooling = false };
        Location = StoreLocation.Parse(builder.ConnectionString);
    }

    /// <summary>The server's connection string; fails (never skips) when it is not set.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL store tests cannot run: run ./test.sh, which starts a throwaway PostgreSQL server and sets it " +
                $"(or set {Variable}=Host=…;Port=…;Username=…;Database=… yourself).");

    public StoreLocation Location { get; }

    public void Dispose() => Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(adminConnection);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
