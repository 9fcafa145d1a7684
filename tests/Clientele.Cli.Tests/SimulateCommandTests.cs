using System.Text.Json.Nodes;

namespace Clientele.Cli.Tests;

public sealed class SimulateCommandTests
{
    private static readonly string[] Policies = ["clientele", "even", "byRevenue", "byRfm", "learned", "posterior", "informed", "oracle"];

    [Fact]
    public void Simulate_Json_HasEveryPolicyPerSeedValuesAndRatios()
    {
        var (code, output, error) = Cli.Run("simulate", "--customers", "600", "--seeds", "2", "--seed", "5", "--json");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!.AsObject();
        var policies = json["policies"]!.AsObject();
        Assert.Equal(Policies, policies.Select(p => p.Key));
        foreach (var policy in Policies)
        {
            var perSeed = json["perSeed"]![policy]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
            Assert.Equal(2, perSeed.Length);
            Assert.Equal(perSeed.Average(), policies[policy]!.GetValue<double>(), 1e-6);
            Assert.Equal(600, json["options"]![policy]!.AsObject().Sum(o => o.Value!.GetValue<double>()), 1e-9);
        }

        var best = json["bestRule"]!.GetValue<string>();
        Assert.Contains(best, new[] { "even", "byRevenue", "byRfm" });
        double clientele = policies["clientele"]!.GetValue<double>();
        Assert.Equal(clientele / policies[best]!.GetValue<double>(), json["ratios"]!["clienteleToBestRule"]!.GetValue<double>(), 1e-9);
        Assert.Equal(clientele / policies["oracle"]!.GetValue<double>(), json["ratios"]!["clienteleToOracle"]!.GetValue<double>(), 1e-9);
        Assert.Equal(policies["learned"]!.GetValue<double>() / policies["oracle"]!.GetValue<double>(), json["ratios"]!["learnedToOracle"]!.GetValue<double>(), 1e-9);
        Assert.Equal(policies["posterior"]!.GetValue<double>() / policies["oracle"]!.GetValue<double>(), json["ratios"]!["posteriorToOracle"]!.GetValue<double>(), 1e-9);
        double informed = policies["informed"]!.GetValue<double>();
        Assert.Equal(informed / policies["oracle"]!.GetValue<double>(), json["ratios"]!["informedToOracle"]!.GetValue<double>(), 1e-9);
        Assert.Equal(clientele / informed, json["ratios"]!["clienteleToInformed"]!.GetValue<double>(), 1e-9);
        Assert.True(json["expected"]!["informed"]!.GetValue<double>() <= json["expected"]!["oracle"]!.GetValue<double>() * (1 + 1e-3));
        Assert.Equal(600, json["settings"]!["customers"]!.GetValue<int>());
        Assert.Equal(new[] { 5, 6 }, json["runs"]!.AsArray().Select(r => r!["seed"]!.GetValue<int>()));
        // The loop (two periods, the default): period 1's figures and the recalibration are reported too.
        Assert.Equal(2, json["settings"]!["periods"]!.GetValue<int>());
        var firstPeriod = json["firstPeriod"]!["policies"]!.AsObject();
        Assert.Equal(Policies, firstPeriod.Select(p => p.Key));
        Assert.Equal(firstPeriod["posterior"]!.GetValue<double>() / firstPeriod["oracle"]!.GetValue<double>(), json["firstPeriod"]!["posteriorToOracle"]!.GetValue<double>(), 1e-9);
        Assert.Equal(firstPeriod["informed"]!.GetValue<double>() / firstPeriod["oracle"]!.GetValue<double>(), json["firstPeriod"]!["informedToOracle"]!.GetValue<double>(), 1e-9);
        Assert.Equal(firstPeriod["clientele"]!.GetValue<double>() / firstPeriod["informed"]!.GetValue<double>(), json["firstPeriod"]!["clienteleToInformed"]!.GetValue<double>(), 1e-9);
        Assert.Equal(["none", "greeting", "gift", "retention-offer", "am-visits", "trip"], json["recalibration"]!.AsObject().Select(p => p.Key));
        double factor = json["recalibration"]!["gift"]!["factor"]!.GetValue<double>();
        Assert.InRange(factor, 0.25, 4);
    }

    [Fact]
    public void Simulate_OnePeriod_HasNoLoopFigures()
    {
        var json = JsonNode.Parse(Cli.Run("simulate", "-n", "500", "-k", "1", "--periods", "1", "--json").Out)!;
        Assert.Null(json["firstPeriod"]);
        Assert.Null(json["recalibration"]);
        Assert.Equal(1, json["settings"]!["periods"]!.GetValue<int>());
    }

    [Fact]
    public void Simulate_SameArguments_SameJsonValues()
    {
        var a = JsonNode.Parse(Cli.Run("simulate", "-n", "500", "-k", "1", "--json").Out)!;
        var b = JsonNode.Parse(Cli.Run("simulate", "-n", "500", "-k", "1", "--json").Out)!;
        Assert.Equal(a["perSeed"]!.ToJsonString(), b["perSeed"]!.ToJsonString());
    }

    [Fact]
    public void Simulate_Table_ShowsPoliciesAndRatios()
    {
        var (code, output, _) = Cli.Run("simulate", "-n", "500", "-k", "1");

        Assert.Equal(0, code);
        foreach (var policy in Policies) Assert.Contains(policy, output);
        Assert.Contains("clientele / oracle", output);
        Assert.Contains("clientele / best rule", output);
        Assert.Contains("learned / oracle", output);
        Assert.Contains("posterior / oracle", output);
        Assert.Contains("informed / oracle", output);
        Assert.Contains("clientele / informed", output);
    }

    [Theory]
    [InlineData("--seeds", "0", "--seeds: must be 1 to 1,000, got 0")]
    [InlineData("--customers", "10", "--customers: The number of customers must be 100 to 2,000,000, got 10.")]
    [InlineData("--budget-share", "0", "--budget-share: The budget share must be in (0, 1], got 0.")]
    [InlineData("--periods", "3", "--periods: The periods must be 1 or 2, got 3.")]
    [InlineData("--response-heterogeneity", "-0.5", "--response-heterogeneity: The response heterogeneity must be in [0, 2], got -0.5.")]
    public void Simulate_BadOption_ExitsTwoWithOneLine(string option, string value, string message)
    {
        var (code, _, error) = Cli.Run("simulate", option, value);

        Assert.Equal(2, code);
        var lines = Cli.Lines(error);
        Assert.Single(lines);
        Assert.Equal("clientele: error: " + message, lines[0]);
    }
}
