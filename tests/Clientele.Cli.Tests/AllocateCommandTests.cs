using System.Text.Json;

namespace Clientele.Cli.Tests;

public class AllocateCommandTests
{
    // Budget 100, 10 staff hours. Hand enumeration: A visit (net 90) + B gift (30) + C basic (5) costs exactly 100 for
    // 125; the runner-up A visit + C premium gives 120; A and B both visited would cost 130 with C's cheapest option.
    private const string Problem = """
        {
          "budget": 100, "staffHours": 10,
          "customers": [
            {"id": "A", "tier": "gold", "options": [
              {"id": "none", "cost": 0, "hours": 0, "value": 0},
              {"id": "gift", "cost": 30, "hours": 0, "value": 80, "category": "care"},
              {"id": "visit", "cost": 60, "hours": 5, "value": 150, "category": "service"}]},
            {"id": "B", "tier": "silver", "options": [
              {"id": "none", "cost": 0, "hours": 0, "value": 0},
              {"id": "gift", "cost": 30, "hours": 0, "value": 60, "category": "care"},
              {"id": "visit", "cost": 60, "hours": 5, "value": 100, "category": "service"}]},
            {"id": "C", "tier": "standard", "options": [
              {"id": "basic", "cost": 10, "hours": 1, "value": 15},
              {"id": "premium", "cost": 40, "hours": 2, "value": 70}]}
          ]
        }
        """;

    [Fact]
    public void Allocate_ProblemJson_PrintsHandComputedOptimum()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("p.json"), Problem);
        var (code, output, error) = Cli.Run("allocate", "--problem", dir.File("p.json"), "--json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(125, root.GetProperty("objective").GetDouble(), 9);
        Assert.Equal(100, root.GetProperty("totalCost").GetDouble(), 9);
        Assert.Equal(6, root.GetProperty("totalHours").GetDouble(), 9);
        Assert.Equal(0, root.GetProperty("optimalityGap").GetDouble());
        var plan = root.GetProperty("assignments").EnumerateArray()
            .Select(a => $"{a.GetProperty("customer").GetString()}={a.GetProperty("option").GetString()}");
        Assert.Equal(["A=visit", "B=gift", "C=basic"], plan);
        Assert.Contains("budget", root.GetProperty("binding").EnumerateArray().Select(b => b.GetString()));
        Assert.True(root.GetProperty("shadowPrices").GetProperty("budget").GetDouble() > 0);
        Assert.Equal(0, root.GetProperty("shadowPrices").GetProperty("staffHours").GetDouble());
    }

    [Fact]
    public void Allocate_WithoutJson_PrintsTableByOption()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("p.json"), Problem);
        var (code, output, _) = Cli.Run("allocate", "--problem", dir.File("p.json"));
        Assert.Equal(0, code);
        Assert.Contains("visit", output);
        Assert.Contains("objective Σ(value − cost) 125.00; cost 100.00 of 100.00; staff hours 6.00 of 10.00", output);
        Assert.Contains("optimal (proven)", output);
    }

    [Fact]
    public void Allocate_BudgetBelowMandatorySpend_OneLineExitOne()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("p.json"), Problem.Replace("\"budget\": 100", "\"budget\": 5"));
        var (code, _, error) = Cli.Run("allocate", "--problem", dir.File("p.json"));
        Assert.Equal(1, code);
        Assert.Equal(
            "clientele: error: infeasible: budget 5 is below the 10 the tier minimums require (the cheapest allowed option of every customer); shortfall 5",
            Assert.Single(Cli.Lines(error)));
    }

    [Theory]
    [InlineData("\"cost\": 30, \"hours\": 0, \"value\": 80", "\"cost\": \"thirty\", \"hours\": 0, \"value\": 80", "$.customers[0].options[1].cost: expected a number, found the string \"thirty\"")]
    [InlineData("\"budget\": 100, ", "", "$.budget: is missing")]
    [InlineData("{\"id\": \"basic\", \"cost\": 10", "{\"id\": \"basic\", \"cost\": -10", "Customer C, option basic: cost is -10; it must be a finite number ≥ 0.")]
    [InlineData("\"customers\": [", "\"customers\": [[", "invalid JSON at line")]
    public void Allocate_BadProblem_NamesFieldExitTwo(string find, string replace, string expected)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("p.json"), Problem.Replace(find, replace));
        var (code, _, error) = Cli.Run("allocate", "--problem", dir.File("p.json"));
        Assert.Equal(2, code);
        string line = Assert.Single(Cli.Lines(error));
        Assert.Contains(dir.File("p.json") + ": ", line);
        Assert.Contains(expected, line);
    }
}
