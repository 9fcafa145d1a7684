using System.Text.Json.Nodes;
using Clientele.Allocation.Policies;
using Clientele.Allocation.Tiers;
using Clientele.Domain.Entities;

namespace Clientele.Allocation.Tests.Policies;

public class AllocationPolicyTests
{
    [Fact]
    public void Default_IsValid()
    {
        Assert.Empty(AllocationPolicy.Default.Validate());
    }

    [Theory]
    [InlineData("am-visits-1", 150, 3, 0.10, 0.03)] // 0.40·1/(1 + 3), 0.12·1/4
    [InlineData("am-visits-3", 450, 9, 0.20, 0.06)] // half the maximum at κ = 3
    [InlineData("am-visits-6", 900, 18, 0.40 * 6 / 9, 0.12 * 6 / 9)]
    [InlineData("gift", 40, 0.25, 0.04, 0.02)]
    public void Default_Option_HasStatedCostHoursAndEffect(string id, double cost, double hours, double retention, double spend)
    {
        var option = AllocationPolicy.Default.Option(id)!;

        Assert.Equal(cost, option.Cost, 1e-12);
        Assert.Equal(hours, option.Hours, 1e-12);
        Assert.Equal(retention, option.Effect.Retention, 1e-12);
        Assert.Equal(spend, option.Effect.Spend, 1e-12);
    }

    [Fact]
    public void Default_TierScheme_IsGoldSilverStandardFiveFifteenRest()
    {
        var scheme = AllocationPolicy.Default.TierScheme;

        Assert.Equal(["gold", "silver", "standard"], scheme.Names);
        Assert.Equal([0.05, 0.15], scheme.Shares);
        Assert.Equal(TierCutBasis.CustomerShare, scheme.Basis);
        Assert.Equal(0.10, scheme.HysteresisMargin);
        Assert.Equal(new TierRule(0, 500), AllocationPolicy.Default.TierRules["Silver"]);
    }

    [Fact]
    public void SampleFile_ParsesToTheDefault()
    {
        var sample = File.ReadAllText(RepositoryFiles.Path("docs/policy.sample.json"));

        var policy = AllocationPolicy.Parse(sample);

        Assert.Equal(AllocationPolicy.Default.ToJson(), policy.ToJson());
    }

    [Fact]
    public void Parse_MinimalFile_FillsDocumentedDefaults()
    {
        var policy = AllocationPolicy.Parse("""
            {
              // comments and trailing commas are allowed
              "tiers": [{ "name": "key", "share": 0.8, "options": ["visit"] }, { "name": "rest" },],
              "options": [{ "id": "visit", "unitCost": 100, "units": 2, "response": { "maxRetention": 0.3, "kappa": 2 } }]
            }
            """);

        Assert.Equal(3, policy.PeriodMonths);
        Assert.Equal(0.10, policy.HysteresisMargin);
        Assert.Equal(ServiceLevel.Standard, policy.Tiers[0].ServiceLevel);
        Assert.Equal(double.PositiveInfinity, policy.Tiers[1].MaxCost);
        var visit = policy.Options[0];
        Assert.Equal(OptionKind.Other, visit.Kind);
        Assert.Equal(CostCategory.Other, visit.Category);
        Assert.Equal(200, visit.Cost);
        Assert.Equal(0.15, visit.Effect.Retention, 1e-12); // 0.3 · 2/(2 + 2) with α = 1
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        { "$.tiers[0].options[1]", "\"trips\"", "unknown option 'trips'" },
        { "$.options[0].unitCost", "-5", "cost must be a number ≥ 0, was -5" },
        { "$.options[1].effect.retention", "1.5", "effect must be in [0, 1], was 1.5" },
        { "$.options[6].response.kappa", "0", "must be a number > 0, was 0" },
        { "$.tiers[2].share", "0.5", "the last tier takes the rest" },
        { "$.tiers[0].share", "0.95", "the tier shares add up to 1.0999" },
        { "$.tiers[1].name", "\"GOLD\"", "tier 'GOLD' is defined twice" },
        { "$.tiers[0].serviceLevel", "\"vip\"", "unknown value 'vip' (expected one of dedicated_account_manager, standard, self_service)" },
        { "$.options[0].category", "\"snacks\"", "unknown value 'snacks'" },
        { "$.options[0].id", "\"none\"", "'none' is reserved" },
        { "$.tiers[0].minCost", "2000", "no option on tier 'gold''s menu costs between 2000 and" },
        { "$.tiers[1].maxCost", "-1", "must be ≥ minCost 0, was -1" },
        { "$.hysteresis", "1", "must be in [0, 1), was 1" },
        { "$.options[1].units", "\"two\"", "must be a number, was \"two\"" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Parse_BrokenValue_NamesTheJsonPath(string path, string json, string message)
    {
        var text = With(path, json);

        var e = Assert.Throws<PolicyValidationException>(() => AllocationPolicy.Parse(text));

        var problem = Assert.Single(e.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(path == "$.tiers[0].share" ? "$.tiers" : path, problem.Path);
        Assert.Contains(problem.ToString(), e.Message);
    }

    [Fact]
    public void Parse_MisspelledProperty_IsReportedAsUnknown()
    {
        var node = JsonNode.Parse(AllocationPolicy.Default.ToJson())!;
        node["options"]![3]!["unitCots"] = 10;

        var e = Assert.Throws<PolicyValidationException>(() => AllocationPolicy.Parse(node.ToJsonString()));

        Assert.Equal("$.options[3].unitCots", Assert.Single(e.Problems).Path);
        Assert.Contains("unknown property", e.Message);
    }

    [Fact]
    public void Parse_NotJson_SaysWhere()
    {
        var e = Assert.Throws<PolicyValidationException>(() => AllocationPolicy.Parse("{\n  \"tiers\": [,\n}"));

        Assert.Equal("$", e.Problems[0].Path);
        Assert.Contains("not valid JSON (line 2", e.Message);
    }

    [Fact]
    public void Parse_OptionWithoutEffect_AsksForOne()
    {
        var node = JsonNode.Parse(AllocationPolicy.Default.ToJson())!;
        node["options"]![0]!.AsObject().Remove("effect");

        var e = Assert.Throws<PolicyValidationException>(() => AllocationPolicy.Parse(node.ToJsonString()));

        Assert.Equal("$.options[0]", Assert.Single(e.Problems).Path);
    }

    [Fact]
    public void Validate_ProgrammaticPolicy_UsesTheSamePaths()
    {
        var policy = AllocationPolicy.Default with
        {
            Options = [.. AllocationPolicy.Default.Options.Select((o, i) => i == 4 ? o with { UnitCost = -1 } : o)],
        };

        Assert.Equal("$.options[4].unitCost", Assert.Single(policy.Validate()).Path);
    }

    /// <summary>The default policy's JSON with the value at <paramref name="path"/> replaced by <paramref name="json"/>.</summary>
    private static string With(string path, string json)
    {
        var root = JsonNode.Parse(AllocationPolicy.Default.ToJson())!;
        var parts = path.TrimStart('$', '.').Replace("]", "").Split('.', '[');
        JsonNode node = root;
        for (var i = 0; i < parts.Length - 1; i++) node = int.TryParse(parts[i], out var k) ? node[k]! : node[parts[i]]!;
        var last = parts[^1];
        var value = JsonNode.Parse(json);
        if (int.TryParse(last, out var index)) node[index] = value;
        else node[last] = value;
        return root.ToJsonString();
    }
}
