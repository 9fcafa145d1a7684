using System.Text;

namespace Clientele.Storage.Tests;

/// <summary>A file under the temp directory with a unique name, deleted (with its companions) on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension = ".csv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clientele-test-" + Guid.NewGuid().ToString("N") + extension);
    }

    public string Path { get; }

    /// <summary>A file holding exactly these UTF-8 bytes (no BOM added).</summary>
    public static TempFile WithText(string text, string extension = ".csv")
    {
        var file = new TempFile(extension);
        File.WriteAllBytes(file.Path, Encoding.UTF8.GetBytes(text));
        return file;
    }

    public static TempFile WithBytes(byte[] bytes, string extension = ".csv")
    {
        var file = new TempFile(extension);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    /// <summary>A sibling path that is deleted together with this file.</summary>
    public string Sibling(string suffix) => Path + suffix;

    public void Dispose()
    {
        foreach (var p in System.IO.Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(Path) + "*"))
        {
            try
            {
                File.Delete(p);
            }
            catch (IOException)
            {
            }
        }
    }
}
