namespace Clientele.Tests;

/// <summary>
/// Locates the shared reference data (CDNOW) that sits beside the repository clone as
/// ../shared/data. Tests may read it; the product never does.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>Full path of a file under shared/data/cdnow.</summary>
    public static string Cdnow(string file) => Path.Combine(Root.Value, "data", "cdnow", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "cdnow");
            if (Directory.Exists(candidate)) return Path.Combine(dir.FullName, "shared");
        }

        throw new DirectoryNotFoundException("shared/data/cdnow was not found above " + AppContext.BaseDirectory + "; CI places shared/ beside the clone.");
    }
}
