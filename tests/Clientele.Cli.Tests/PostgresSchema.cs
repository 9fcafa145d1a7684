using Npgsql;

namespace Clientele.Cli.Tests;

/// <summary>A schema of its own on the server of CLIENTELE_TEST_POSTGRES (set by ./test.sh); fails, never skips, without it.</summary>
internal sealed class PostgresSchema : IDisposable
{
    private readonly string admin;
    private readonly string name;

    public PostgresSchema(string prefix = "cli")
    {
        name = prefix + "_" + Guid.NewGuid().ToString("N");
        admin = Environment.GetEnvironmentVariable("CLIENTELE_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("CLIENTELE_TEST_POSTGRES is not set, so the PostgreSQL CLI tests cannot run: run ./test.sh, which starts a throwaway PostgreSQL server and sets it.");
        Execute($"CREATE SCHEMA {name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = name, Pooling = false }.ConnectionString;
    }

    /// <summary>A connection string whose search path is this schema.</summary>
    public string ConnectionString { get; }

    public void Dispose() => Execute($"DROP SCHEMA IF EXISTS {name} CASCADE");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
