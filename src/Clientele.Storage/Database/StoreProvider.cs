namespace Clientele.Storage.Database;

/// <summary>The database engines a store can live in (spec §5).</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for a shared multi-user store.</summary>
    PostgreSql,
}
