using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clientele.Storage.Database;

/// <summary>
/// Where a store lives: the provider and its connection string, picked from what the user typed
/// (<c>--db</c> or <c>CLIENTELE_DB</c>). A string with a <c>Host=</c> key is PostgreSQL; anything else is
/// SQLite: <c>Data Source=…</c>, a file path, or a directory (meaning <c>clientele.db</c> in it).
/// </summary>
/// <param name="Provider">The database engine.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
/// <param name="DisplayName">How to name the store to people: the SQLite file path, or host/database without the password.</param>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString, string DisplayName)
{
    /// <summary>The SQLite file used when neither <c>--db</c> nor <c>CLIENTELE_DB</c> is given.</summary>
    public const string DefaultFileName = "clientele.db";

    /// <summary>The path of the SQLite file, or null for PostgreSQL and in-memory databases.</summary>
    public string? FilePath => Provider == StoreProvider.Sqlite && DisplayName != ":memory:" ? DisplayName : null;

    /// <summary>
    /// The store named by <paramref name="option"/> if given, else by <paramref name="environment"/> (the value
    /// of <c>CLIENTELE_DB</c>), else <see cref="DefaultFileName"/> in the current directory.
    /// </summary>
    public static StoreLocation Resolve(string? option, string? environment) =>
        Parse(!string.IsNullOrWhiteSpace(option) ? option
            : !string.IsNullOrWhiteSpace(environment) ? environment
            : DefaultFileName);

    /// <summary>Picks the provider from <paramref name="text"/>: a PostgreSQL connection string, a SQLite connection string or a path.</summary>
    public static StoreLocation Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("The database must be a file path or a connection string, not empty.", nameof(text));
        text = text.Trim();
        if (HasKey(text, "host") || HasKey(text, "server"))
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(text);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"'{Redact(text)}' is not a valid PostgreSQL connection string: {e.Message}", nameof(text), e);
            }

            return new StoreLocation(StoreProvider.PostgreSql, builder.ConnectionString, $"postgresql://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}");
        }

        string path;
        if (HasKey(text, "data source") || HasKey(text, "datasource") || HasKey(text, "filename"))
        {
            try
            {
                path = new SqliteConnectionStringBuilder(text).DataSource;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"'{text}' is not a valid SQLite connection string: {e.Message}", nameof(text), e);
            }
        }
        else
        {
            path = Directory.Exists(text) ? Path.Combine(text, DefaultFileName) : text;
        }

        if (path == ":memory:") return new StoreLocation(StoreProvider.Sqlite, "Data Source=:memory:", path);
        path = Path.GetFullPath(path);

        // No pooling: a pooled connection keeps the file open after the store is disposed, so it could not be
        // moved or deleted, and WAL files would linger.
        var sqlite = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = false };
        return new StoreLocation(StoreProvider.Sqlite, sqlite.ConnectionString, path);
    }

    private static bool HasKey(string text, string key) =>
        text.Split(';').Any(part => part.Split('=', 2) is [var k, _] && string.Equals(k.Trim(), key, StringComparison.OrdinalIgnoreCase));

    private static string Redact(string text) =>
        string.Join(';', text.Split(';').Select(part => part.Split('=', 2) is [var k, _] && k.Trim().Equals("password", StringComparison.OrdinalIgnoreCase) ? k + "=***" : part));
}
