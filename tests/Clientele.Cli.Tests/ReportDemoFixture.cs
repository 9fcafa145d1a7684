namespace Clientele.Cli.Tests;

/// <summary>One small demo company (300 customers, seed 7) with its store and the English report the demo writes.</summary>
public sealed class ReportDemoFixture : IDisposable
{
    private readonly TempDirectory directory = new();

    public ReportDemoFixture()
    {
        var (code, _, error) = Cli.Run("demo", "--customers", "300", "--seed", "7", "--out", directory.Path);
        if (code != 0) throw new InvalidOperationException($"demo failed ({code}): {error}");
    }

    public string Database => directory.File("clientele.db");

    public string DemoReport => directory.File("report.html");

    public string File(string name) => directory.File(name);

    /// <summary>Where screenshots go: the test output's artifacts folder (bin/…/artifacts, never committed).</summary>
    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public void Dispose() => directory.Dispose();
}
