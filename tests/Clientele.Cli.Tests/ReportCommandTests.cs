using System.Text.RegularExpressions;

namespace Clientele.Cli.Tests;

/// <summary><c>clientele report</c>: writes one HTML file; bad input is one line and exit code 2.</summary>
public sealed class ReportCommandTests(ReportDemoFixture demo) : IClassFixture<ReportDemoFixture>
{
    private static string OneErrorLine(string error)
    {
        var lines = Cli.Lines(error);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}:\n{error}");
        Assert.StartsWith("clientele: error: ", lines[0]);
        return lines[0];
    }

    [Fact]
    public void Demo_WritesTheReport_AndSaysToOpenIt()
    {
        var html = File.ReadAllText(demo.DemoReport);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("\"customers\":300", html);
    }

    [Fact]
    public void Report_ChineseWithPeriod_WritesFileAndExitsZero()
    {
        var path = demo.File("zh-" + Guid.NewGuid().ToString("N") + ".html");

        var (code, output, error) = Cli.Run("report", "--db", demo.Database, "--out", path, "--lang", "zh-cn", "--from", "2025-01-01", "--to", "2025-12-31");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains(path, output);
        var html = File.ReadAllText(path);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("\"period\":{\"from\":\"2025-01-01\",\"to\":\"2025-12-31\"}", html);
    }

    [Theory]
    [InlineData("--lang", "fr", "clientele: error: --lang: The language 'fr' is not supported; use en or zh-CN.")]
    [InlineData("--currency", "yuan", "clientele: error: --currency: The currency 'yuan' is not an ISO 4217 code such as CNY, USD or EUR.")]
    [InlineData("--from", "2025-02-30", "clientele: error: --from: '2025-02-30' is not a date in format yyyy-MM-dd")]
    [InlineData("--top", "-1", "clientele: error: --top: The number of churn-risk customers to show must not be negative.")]
    public void Report_BadOption_ExitsTwoWithOneLine(string option, string value, string expected)
    {
        var path = demo.File("bad-" + Guid.NewGuid().ToString("N") + ".html");

        var (code, _, error) = Cli.Run("report", "--db", demo.Database, "--out", path, option, value);

        Assert.Equal(2, code);
        Assert.Equal(expected, OneErrorLine(error));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Report_ReversedPeriod_ExitsTwo()
    {
        var (code, _, error) = Cli.Run("report", "--db", demo.Database, "--out", demo.File("r.html"), "--from", "2025-06-01", "--to", "2025-01-01");

        Assert.Equal(2, code);
        Assert.Equal("clientele: error: --from: The period starts (2025-06-01) after it ends (2025-01-01).", OneErrorLine(error));
    }

    [Fact]
    public void Report_NoOut_ExitsTwoSayingWhatToGive()
    {
        var (code, _, error) = Cli.Run("report", "--db", demo.Database);

        Assert.Equal(2, code);
        Assert.Equal("clientele: error: --out: give the HTML file to write, e.g. --out report.html", OneErrorLine(error));
    }

    [Fact]
    public void Report_MissingStore_ExitsTwoNamingIt()
    {
        var missing = demo.File("no-such.db");

        var (code, _, error) = Cli.Run("report", "--db", missing, "--out", demo.File("x.html"));

        Assert.Equal(2, code);
        Assert.Contains(missing, OneErrorLine(error));
    }

    [Fact]
    public void Report_MissingDirectory_ExitsTwo()
    {
        var path = Path.Combine(demo.File("no-such-dir"), "r.html");

        var (code, _, error) = Cli.Run("report", "--db", demo.Database, "--out", path);

        Assert.Equal(2, code);
        Assert.Contains("does not exist", OneErrorLine(error));
    }

    [Fact]
    public void Report_EmptyStore_ExitsZeroWithEmptyStates()
    {
        var database = demo.File("empty-" + Guid.NewGuid().ToString("N") + ".db");
        Assert.Equal(0, Cli.Run("init", "--db", database).Code);
        var path = demo.File("empty-" + Guid.NewGuid().ToString("N") + ".html");

        var (code, _, error) = Cli.Run("report", "--db", database, "--out", path);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var html = File.ReadAllText(path);
        Assert.Matches(new Regex("\"segments\":\\{\"empty\":\"noSnapshot\""), html);
        Assert.Contains("\"plan\":{\"empty\":\"noPlan\"", html);
    }
}
