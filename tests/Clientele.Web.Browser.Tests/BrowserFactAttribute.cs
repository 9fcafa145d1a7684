using System.Diagnostics;

namespace Clientele.Web.Browser.Tests;

/// <summary>
/// A browser test: runs when Debian's chromium is at <see cref="ChromiumPath"/>, installing it first (apt-get, as root,
/// like ./test.sh) when it is missing; skipped with the reason only when it is missing and cannot be installed.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Where Playwright finds the browser (Playwright's own browser download cannot work here).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly Lazy<string?> Missing = new(Install);

    public BrowserFactAttribute()
    {
        if (Missing.Value is { } reason) Skip = reason;
    }

    private static string? Install()
    {
        if (File.Exists(ChromiumPath)) return null;
        try
        {
            foreach (var args in new[] { "update -qq", "install -y -qq chromium" })
            {
                var start = new ProcessStartInfo("apt-get", args) { RedirectStandardOutput = true, RedirectStandardError = true };
                start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
                using var process = Process.Start(start)!;
                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                process.WaitForExit();
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No apt-get: fall through to the reason below.
        }

        return File.Exists(ChromiumPath) ? null : $"chromium is not at {ChromiumPath} and 'apt-get install -y chromium' could not install it (./test.sh installs it as root)";
    }
}
