namespace Clientele.Storage.Database;

/// <summary>
/// The store was written by a newer Clientele (its schema version is above the newest this binary knows), so
/// opening it could misread or damage it.
/// </summary>
public sealed class StoreVersionException : Exception
{
    /// <summary>Creates the exception for a store at <paramref name="storeVersion"/> opened by a binary that knows up to <paramref name="supportedVersion"/>.</summary>
    public StoreVersionException(string store, int storeVersion, int supportedVersion)
        : base($"{store} has schema version {storeVersion}, but this version of Clientele supports schema version {supportedVersion} at most; use a newer Clientele to open it.")
    {
        StoreVersion = storeVersion;
        SupportedVersion = supportedVersion;
    }

    /// <summary>The schema version of the store.</summary>
    public int StoreVersion { get; }

    /// <summary>The newest schema version this binary knows.</summary>
    public int SupportedVersion { get; }
}
