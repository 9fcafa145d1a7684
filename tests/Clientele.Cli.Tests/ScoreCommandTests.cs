using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Analytics.Rfm;

namespace Clientele.Cli.Tests;

public sealed class ScoreCommandTests(ScoreLogFixture log) : IClassFixture<ScoreLogFixture>
{
    private const string Header = "customer_id,frequency,recency,T,monetary_value,r_score,f_score,m_score,rfm_score,segment,p_alive,expected_purchases,expected_spend,clv";

    private (int Code, string Out, string Error, string[][] Rows) Score(params string[] extra)
    {
        var output = log.File("scores-" + Guid.NewGuid().ToString("N") + ".csv");
        var (code, stdout, error) = Cli.Run(["score", "-t", log.Log, "--out", output, .. extra]);
        string[][] rows = [];
        if (code == 0)
        {
            var lines = File.ReadAllLines(output);
            Assert.Equal(Header, lines[0]);
            rows = lines.Skip(1).Select(Csv.Split).ToArray();
            File.Delete(output);
        }

        return (code, stdout, error, rows);
    }

    /// <summary>Splits one CSV line, honouring quotes (segment names and ids may be quoted).</summary>
    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Score_SyntheticLog_WritesOneValidRowPerCustomer()
    {
        var (code, _, error, rows) = Score("--unit", "week");

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        Assert.Equal(log.Customers, rows.Length);
        Assert.Equal(log.Customers, rows.Select(r => r[0]).Distinct().Count());
        foreach (var r in rows)
        {
            Assert.Equal(14, r.Length);
            double pAlive = Number(r[10]), clv = Number(r[13]);
            Assert.InRange(pAlive, 0.0, 1.0);
            Assert.True(clv >= 0, $"customer {r[0]}: clv {clv} is negative");
            Assert.All(r[5..8], s => Assert.InRange(int.Parse(s, CultureInfo.InvariantCulture), 1, 5));
            Assert.True(Number(r[1]) >= 0 && Number(r[2]) <= Number(r[3]), $"customer {r[0]}: frequency/recency/T inconsistent");
            Assert.Contains(r[9], RfmSegmentScheme.Default.SegmentNames);
        }
    }

    [Fact]
    public void Score_Json_PrintsSummaryFields()
    {
        var output = log.File("scores-json.csv");
        var (code, stdout, error) = Cli.Run("score", "-t", log.Log, "--out", output, "--json");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal(log.Customers, json["customers"]!.GetValue<int>());
        Assert.Equal(log.LastDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), json["asOf"]!.GetValue<string>());
        Assert.Equal("week", json["unit"]!.GetValue<string>());
        Assert.Equal(log.Rows, json["rows"]!["read"]!.GetValue<long>());
        Assert.Equal(log.Rows, json["rows"]!["accepted"]!.GetValue<long>());
        Assert.Equal(0, json["rows"]!["rejected"]!.GetValue<long>());
        Assert.Equal("BG/NBD", json["purchaseModel"]!["model"]!.GetValue<string>());
        Assert.True(json["purchaseModel"]!["r"]!.GetValue<double>() > 0);
        Assert.True(json["spendModel"]!["p"]!.GetValue<double>() > 0);
        Assert.Equal(log.Customers, json["segments"]!.AsObject().Sum(s => s.Value!.GetValue<int>()));
        var rows = File.ReadAllLines(output).Skip(1).Select(Csv.Split).ToArray();
        Assert.Equal(rows.Sum(r => Number(r[13])), json["totalClv"]!.GetValue<double>(), rows.Length * 1e-4);
        Assert.Equal(output, json["output"]!.GetValue<string>());
        Assert.True(json["timings"]!["total"]!.GetValue<double>() >= 0);
    }

    [Fact]
    public void Score_Cn8Segments_WritesChineseNames()
    {
        var (code, _, error, rows) = Score("--segments", "cn8");

        Assert.True(code == 0, error);
        var used = rows.Select(r => r[9]).Distinct().ToArray();
        Assert.All(used, s => Assert.Contains(s, HighLowSegmentation.ChineseNames));
        Assert.True(used.Length >= 4, $"expected several cn8 segments, got {string.Join(", ", used)}");
    }

    [Fact]
    public void Score_SegmentsFromJsonFile_UsesCustomScheme()
    {
        var scheme = log.File("scheme.json");
        File.WriteAllText(scheme, """{ "fallback": "Rest, others", "rules": [ { "name": "Recent \"fans\"", "rMin": 4 } ] }""");
        var (code, _, error, rows) = Score("--segments", scheme);

        Assert.True(code == 0, error);
        Assert.Equal(["Recent \"fans\"", "Rest, others"], rows.Select(r => r[9]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(int.Parse(r[5], CultureInfo.InvariantCulture) >= 4 ? "Recent \"fans\"" : "Rest, others", r[9]));
    }

    [Fact]
    public void Score_ParetoNbd_UsesThatModel()
    {
        var output = log.File("scores-pnbd.csv");
        var (code, stdout, error) = Cli.Run("score", "-t", log.Log, "--out", output, "--model", "pnbd", "--json");

        Assert.True(code == 0, error);
        var model = JsonNode.Parse(stdout)!["purchaseModel"]!;
        Assert.Equal("Pareto/NBD", model["model"]!.GetValue<string>());
        Assert.True(model["beta"]!.GetValue<double>() > 0);
        var rows = File.ReadAllLines(output).Skip(1).Select(Csv.Split).ToArray();
        Assert.Equal(log.Customers, rows.Length);
        Assert.All(rows, r => Assert.InRange(Number(r[10]), 0.0, 1.0));
    }

    [Fact]
    public void Score_TableOutput_NamesModelAndSegments()
    {
        var (code, stdout, error, _) = Score();

        Assert.True(code == 0, error);
        Assert.Contains("BG/NBD", stdout);
        Assert.Contains("RFM segments", stdout);
    }
}
