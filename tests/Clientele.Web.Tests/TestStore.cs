using Npgsql;

namespace Clientele.Web.Tests;

/// <summary>
/// Where a test class's store lives: a fresh SQLite file, or a schema of its own on the server of
/// CLIENTELE_TEST_POSTGRES (set by ./test.sh; the PostgreSQL tests fail, never skip, without it).
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly string? admin;
    private readonly string? schema;
    private readonly string? directory;

    private TestStore(string connection, string? admin, string? schema, string? directory)
    {
        Connection = connection;
        this.admin = admin;
        this.schema = schema;
        this.directory = directory;
    }

    /// <summary>The --db value of the store.</summary>
    public string Connection { get; }

    public static TestStore Sqlite()
    {
        string directory = Path.Combine(Path.GetTempPath(), "clientele-web-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return new TestStore(Path.Combine(directory, "clientele.db"), null, null, directory);
    }

    public static TestStore Postgres()
    {
        string admin = Environment.GetEnvironmentVariable("CLIENTELE_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("CLIENTELE_TEST_POSTGRES is not set, so the PostgreSQL web tests cannot run: run ./test.sh, which starts a throwaway PostgreSQL server and sets it.");
        string schema = "web_" + Guid.NewGuid().ToString("N");
        Execute(admin, $"CREATE SCHEMA {schema}");
        return new TestStore(new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString, admin, schema, null);
    }

    public void Dispose()
    {
        if (admin is not null) Execute(admin, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        if (directory is not null)
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

    private static void Execute(string connection, string sql)
    {
        using var c = new NpgsqlConnection(connection);
        c.Open();
        using var command = new NpgsqlCommand(sql, c);
        command.ExecuteNonQuery();
    }
}
