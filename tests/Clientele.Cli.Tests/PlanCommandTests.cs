using System.Text.Json.Nodes;
using Clientele.Storage.Database;
using Clientele.Tests;

namespace Clientele.Cli.Tests;

/// <summary>allocate --db, plans and evaluate on the hand-built store of <see cref="PlanningStore"/> (gold = C1; gift 0.1 × CLV for 10, visit 0.2 × CLV for 50).</summary>
public sealed class PlanCommandTests
{
    private static (TempDirectory Dir, string Db, string Policy) Store()
    {
        var dir = new TempDirectory();
        var db = dir.File("clientele.db");
        using (var store = ClienteleStore.Open(StoreLocation.Parse(db))) PlanningStore.Seed(store);
        File.WriteAllText(dir.File("policy.json"), PlanningStore.Policy);
        return (dir, db, dir.File("policy.json"));
    }

    [Fact]
    public void AllocateDb_Json_HandCheckedPlanAndListed()
    {
        var (dir, db, policy) = Store();
        using var _ = dir;

        var (code, output, error) = Cli.Run("allocate", "--db", db, "--budget", "70", "--staff-hours", "100", "--policy", policy, "--period", "2025-Q2", "--json");

        Assert.True(code == 0, error);
        var plan = JsonNode.Parse(output)!;
        Assert.Equal(("plan-1", "2025-Q2", "active", 4), (plan["id"]!.GetValue<string>(), plan["period"]!.GetValue<string>(), plan["status"]!.GetValue<string>(), plan["customers"]!.GetValue<int>()));
        Assert.Equal(195, plan["solver"]!["objective"]!.GetValue<double>(), 9);
        Assert.Equal(70, plan["total"]!["cost"]!.GetValue<double>(), 9);
        var options = plan["byOption"]!.AsArray().ToDictionary(o => o!["key"]!.GetValue<string>(), o => o!["customers"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["none"] = 1, ["gift"] = 2, ["visit"] = 1 }, options);

        var (listCode, list, _) = Cli.Run("plans", "--db", db, "--json");
        Assert.Equal(0, listCode);
        var listed = Assert.Single(JsonNode.Parse(list)!["plans"]!.AsArray());
        Assert.Equal(70, listed!["budget"]!.GetValue<double>());

        var (showCode, show, _) = Cli.Run("plans", "show", "plan-1", "--db", db);
        Assert.Equal(0, showCode);
        Assert.Contains("shadow prices: one more 1,000 of budget adds", show);
        Assert.Contains("visit", show);
    }

    [Fact]
    public void PlansCompare_TwoBudgets_CustomersMovedCounted()
    {
        var (dir, db, policy) = Store();
        using var _ = dir;
        Cli.Run("allocate", "--db", db, "--budget", "70", "--staff-hours", "100", "--policy", policy);

        var (code2, _, error2) = Cli.Run("allocate", "--db", db, "--budget", "30", "--staff-hours", "100", "--policy", policy);
        var (code, output, error) = Cli.Run("plans", "compare", "plan-1", "plan-2", "--db", db, "--json");

        Assert.True(code2 == 0, error2);
        Assert.True(code == 0, error);
        var c = JsonNode.Parse(output)!;
        // Budget 30: the visit (50) no longer fits; three gifts, nets 90 + 40 + 5 = 135.
        var moves = c["optionMoves"]!.AsArray().Select(m => (m!["from"]!.GetValue<string>(), m["to"]!.GetValue<string>(), m["customers"]!.GetValue<int>())).ToList();
        Assert.Equal([("visit", "gift", 1)], moves);
        Assert.Equal(3, c["sameOption"]!.GetValue<int>());
        Assert.Equal(-40, c["total"]!["costChange"]!.GetValue<double>(), 9);
    }

    [Fact]
    public void Evaluate_BookedSpendThenPropose_VarianceAndDraft()
    {
        var (dir, db, policy) = Store();
        using var _ = dir;
        Cli.Run("allocate", "--db", db, "--budget", "70", "--staff-hours", "100", "--policy", policy);
        using (var store = ClienteleStore.Open(StoreLocation.Parse(db)))
        {
            store.InsertInvestments([
                new("i1", new DateOnly(2025, 4, 5), 55m, Domain.Entities.CostCategory.People, Domain.Entities.LifecycleStage.Retention, Domain.Entities.InvestmentTargetKind.Customer, "C1", "plan-1/C1"),
                new("i2", new DateOnly(2025, 4, 5), 4m, Domain.Entities.CostCategory.MarketingPromotion, Domain.Entities.LifecycleStage.Retention, Domain.Entities.InvestmentTargetKind.Customer, "C2", "plan-1/C2"),
            ]);
        }

        var (code, output, error) = Cli.Run("evaluate", "--db", db, "--plan", "plan-1", "--as-of", "2025-06-30", "--propose", "--budget", "200", "--json");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        var total = json["evaluation"]!["total"]!;
        Assert.Equal((70.0, 59.0, -11.0), (total["plannedCost"]!.GetValue<double>(), total["actualSpend"]!.GetValue<double>(), total["variance"]!.GetValue<double>()));
        var visit = json["evaluation"]!["byOption"]!.AsArray().Single(o => o!["key"]!.GetValue<string>() == "visit")!;
        Assert.Equal(5, visit["variance"]!.GetValue<double>(), 9);
        Assert.Equal(("plan-2", "draft", "plan-1", "2025-Q3"), (json["proposal"]!["id"]!.GetValue<string>(), json["proposal"]!["status"]!.GetValue<string>(),
            json["proposal"]!["proposedFrom"]!.GetValue<string>(), json["proposal"]!["period"]!.GetValue<string>()));

        // --latest takes the latest active plan (plan-1; the proposal is a draft) and stores a second evaluation.
        var (latestCode, latest, latestError) = Cli.Run("evaluate", "--db", db, "--latest", "--as-of", "2025-06-30");
        Assert.True(latestCode == 0, latestError);
        Assert.Contains("evaluation plan-1/eval-2", latest);
    }

    [Theory]
    [InlineData(new[] { "allocate", "--budget", "70", "--staff-hours", "100" }, 2, "holds no analysis snapshot", false)]
    [InlineData(new[] { "allocate", "--budget", "70" }, 2, "--staff-hours", true)]
    [InlineData(new[] { "allocate", "--budget", "70", "--staff-hours", "5", "--period", "2025-Q7" }, 2, "--period:", true)]
    [InlineData(new[] { "allocate", "--budget", "70", "--staff-hours", "5", "--category-budget", "marketing" }, 2, "--category-budget", true)]
    [InlineData(new[] { "allocate", "--budget", "70", "--staff-hours", "5", "--category-budget", "fun=5" }, 2, "names no cost category", true)]
    [InlineData(new[] { "evaluate" }, 2, "either --plan ID or --latest", true)]
    [InlineData(new[] { "evaluate", "--plan", "plan-5" }, 2, "there is no plan 'plan-5'", true)]
    [InlineData(new[] { "evaluate", "--latest" }, 2, "holds no active plan", true)]
    [InlineData(new[] { "plans", "show", "plan-5" }, 2, "there is no plan 'plan-5'", true)]
    public void Commands_BadInput_OneLineErrorAndExitCode(string[] args, int expectedCode, string message, bool seeded)
    {
        using var dir = new TempDirectory();
        var db = dir.File("clientele.db");
        using (var store = ClienteleStore.Open(StoreLocation.Parse(db)))
        {
            if (seeded) PlanningStore.Seed(store);
        }

        var (code, _, error) = Cli.Run([.. args, "--db", db]);

        Assert.Equal(expectedCode, code);
        Assert.Contains(message, error);
        Assert.Single(Cli.Lines(error));
    }

    [Fact]
    public void AllocateDb_GoldMinimumAboveBudget_InfeasibleExitOne()
    {
        var (dir, db, _) = Store();
        using var __ = dir;
        File.WriteAllText(dir.File("strict.json"), PlanningStore.Policy.Replace("\"visitsPerMonth\": 1,", "\"visitsPerMonth\": 1, \"minCost\": 50,", StringComparison.Ordinal));

        var (code, _, error) = Cli.Run("allocate", "--db", db, "--budget", "20", "--staff-hours", "100", "--policy", dir.File("strict.json"));

        Assert.Equal(1, code);
        Assert.StartsWith("clientele: error: infeasible: budget 20 is below the 50", error);
        Assert.Single(Cli.Lines(error));
    }
}
