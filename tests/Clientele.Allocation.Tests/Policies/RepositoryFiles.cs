namespace Clientele.Allocation.Tests.Policies;

/// <summary>Finds files of the repository (docs/…) above the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Clientele.slnx"))) return System.IO.Path.Combine(dir.FullName, relative);
        }

        throw new DirectoryNotFoundException("Clientele.slnx was not found above " + AppContext.BaseDirectory);
    }
}
