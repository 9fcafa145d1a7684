namespace Clientele.Storage.Database;

/// <summary>One step of the schema: the SQL that takes a store from version <c>Version − 1</c> to <paramref name="Version"/>.</summary>
/// <param name="Version">The schema version after this step (1, 2, …).</param>
/// <param name="Name">What the step adds, e.g. <c>entities</c>.</param>
/// <param name="Sqlite">The script for SQLite.</param>
/// <param name="PostgreSql">The script for PostgreSQL.</param>
public sealed record Migration(int Version, string Name, string Sqlite, string PostgreSql)
{
    /// <summary>The script for <paramref name="provider"/>.</summary>
    public string ScriptFor(StoreProvider provider) => provider == StoreProvider.Sqlite ? Sqlite : PostgreSql;
}
