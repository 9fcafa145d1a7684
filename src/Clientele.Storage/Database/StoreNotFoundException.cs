namespace Clientele.Storage.Database;

/// <summary>A SQLite store was opened without permission to create it, and its file does not exist.</summary>
/// <param name="path">The missing file.</param>
public sealed class StoreNotFoundException(string path)
    : Exception($"there is no store at {path}; create one with 'clientele init' (or pass --db)")
{
    /// <summary>The missing file.</summary>
    public string Path { get; } = path;
}
