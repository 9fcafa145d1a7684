namespace Clientele.Storage.Database;

/// <summary>What opening a store did to its schema.</summary>
/// <param name="FromVersion">The schema version found (0 for a new, empty store).</param>
/// <param name="ToVersion">The schema version now.</param>
/// <param name="Applied">The migrations applied, oldest first (empty when the store was up to date).</param>
public sealed record MigrationOutcome(int FromVersion, int ToVersion, IReadOnlyList<Migration> Applied)
{
    /// <summary>Whether the store was empty and has just been created.</summary>
    public bool Created => FromVersion == 0 && Applied.Count > 0;
}
