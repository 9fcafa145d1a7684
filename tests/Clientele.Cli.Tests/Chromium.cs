using System.Diagnostics;

namespace Clientele.Cli.Tests;

/// <summary>Debian's chromium, run headless as a plain process (./test.sh installs it): DOM dumps and screenshots of a file.</summary>
internal static class Chromium
{
    private static readonly Lazy<string?> Executable = new(() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists));

    /// <summary>The browser, or a failed test saying how to install it.</summary>
    public static string ExecutablePath => Executable.Value ?? throw new Xunit.Sdk.XunitException("chromium is not installed: ./test.sh installs it (apt-get install -y chromium)");

    /// <summary>The DOM of <paramref name="file"/> after its scripts ran (virtual time lets timers and frames finish).</summary>
    public static string DumpDom(string file) => Run("--dump-dom", file, null);

    /// <summary>A full-page-ish PNG of <paramref name="file"/> at the given window size, written to <paramref name="png"/>.</summary>
    public static void Screenshot(string file, string png, int width = 1280, int height = 6000) =>
        Run($"--screenshot={png}", file, $"--window-size={width},{height}");

    private static string Run(string action, string file, string? extra)
    {
        var profile = Path.Combine(Path.GetTempPath(), "clientele-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profile}",
            "--virtual-time-budget=10000", "--run-all-compositor-stages-before-draw", action,
        }) start.ArgumentList.Add(arg);
        if (extra is not null) start.ArgumentList.Add(extra);
        start.ArgumentList.Add(new Uri(file).AbsoluteUri);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"chromium did not finish {action} of {file} in 120 s");
            }

            if (process.ExitCode != 0) throw new Xunit.Sdk.XunitException($"chromium exited with {process.ExitCode}: {error.Result}");
            return output.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
