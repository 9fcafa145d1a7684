namespace Clientele.Cli.Tests;

/// <summary>Bad input gives exit code 2 and exactly one line on stderr, never a stack trace.</summary>
public sealed class CliErrorTests(ScoreLogFixture log) : IClassFixture<ScoreLogFixture>
{
    private static string OneErrorLine(string error)
    {
        var lines = Cli.Lines(error);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}:\n{error}");
        Assert.StartsWith("clientele: error: ", lines[0]);
        Assert.DoesNotContain("   at ", error);
        return lines[0];
    }

    private string BadDateLog()
    {
        var path = log.File("bad-" + Guid.NewGuid().ToString("N") + ".csv");
        var lines = File.ReadAllLines(log.Log);
        lines[5] = lines[5].Split(',')[0] + ",2024-13-01," + lines[5].Split(',')[2];
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Score_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = log.File("no-such-file.csv");

        var (code, _, error) = Cli.Run("score", "-t", missing, "--out", log.File("unused.csv"));

        Assert.Equal(2, code);
        Assert.Contains(missing, OneErrorLine(error));
    }

    [Fact]
    public void Fit_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = log.File("no-such-file.csv");

        var (code, _, error) = Cli.Run("fit", "-t", missing, "--calibration-end", "2024-06-30");

        Assert.Equal(2, code);
        Assert.Contains(missing, OneErrorLine(error));
    }

    [Fact]
    public void Score_BadDateRow_ExitsTwoNamingFileLineAndField()
    {
        var bad = BadDateLog();

        var (code, _, error) = Cli.Run("score", "-t", bad, "--out", log.File("unused.csv"));

        Assert.Equal(2, code);
        // Line 6 of the file: the header is line 1, lines[5] is line 6.
        Assert.StartsWith($"clientele: error: {bad}:6: field 'date': '2024-13-01' is not a date", OneErrorLine(error));
        Assert.Contains("--rejects", error);
    }

    [Fact]
    public void Score_BadDateRowWithRejects_ExitsZeroAndWritesRejectFile()
    {
        var bad = BadDateLog();
        var rejects = log.File("rejects-" + Guid.NewGuid().ToString("N") + ".csv");
        var output = log.File("scores-" + Guid.NewGuid().ToString("N") + ".csv");

        var (code, _, error) = Cli.Run("score", "-t", bad, "--out", output, "--rejects", rejects);

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        var lines = File.ReadAllLines(rejects);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("6,date,'2024-13-01' is not a date", lines[1]);
        Assert.True(File.Exists(output));
    }

    [Theory]
    [InlineData("--unit", "fortnight", "--unit")]
    [InlineData("--rfm-weights", "1,2", "--rfm-weights")]
    [InlineData("--rfm-weights", "1,x,2", "--rfm-weights")]
    [InlineData("--horizon-months", "0", "")]
    [InlineData("--model", "mbgnbd", "--model")]
    [InlineData("--segments", "no-such-scheme", "--segments")]
    [InlineData("--header", "maybe", "--header")]
    [InlineData("--delimiter", "double-colon", "--delimiter")]
    [InlineData("--as-of", "31/12/2025", "--as-of")]
    public void Score_BadOption_ExitsTwoWithOneLine(string option, string value, string named)
    {
        var (code, _, error) = Cli.Run("score", "-t", log.Log, "--out", log.File("unused.csv"), option, value);

        Assert.Equal(2, code);
        Assert.Contains(named, OneErrorLine(error));
    }

    [Fact]
    public void Score_BadSegmentsJson_ExitsTwoNamingFileAndRule()
    {
        var scheme = log.File("bad-scheme.json");
        File.WriteAllText(scheme, """{ "rules": [ { "name": "A", "rMax": 7 } ] }""");

        var (code, _, error) = Cli.Run("score", "-t", log.Log, "--out", log.File("unused.csv"), "--segments", scheme);

        Assert.Equal(2, code);
        var line = OneErrorLine(error);
        Assert.Contains(scheme, line);
        Assert.Contains("rMax", line);
    }

    [Fact]
    public void Fit_HoldoutBeforeCalibration_ExitsTwo()
    {
        var (code, _, error) = Cli.Run("fit", "-t", log.Log, "--calibration-end", "2025-06-30", "--holdout-end", "2025-01-01");

        Assert.Equal(2, code);
        Assert.Contains("--holdout-end", OneErrorLine(error));
    }

    [Fact]
    public void Demo_TooFewCustomers_ExitsTwo()
    {
        var (code, _, error) = Cli.Run("demo", "--customers", "10", "--out", log.File("demo-unused"));

        Assert.Equal(2, code);
        Assert.Contains("--customers", OneErrorLine(error));
    }
}
