using Clientele.Allocation.Policies;

namespace Clientele.Allocation.Tests.Policies;

public class PolicyMenuBuilderTests
{
    private static readonly PolicyCustomer[] Customers = [new("c1", "gold"), new("c2", "standard"), new("c3", "Silver")];

    [Fact]
    public void Build_DefaultPolicy_MenuIsNoneThenTheTierOptions()
    {
        var problem = PolicyMenuBuilder.Build(AllocationPolicy.Default, Customers, (i, o) => 1000 * (i + 1) + o.Cost, 10_000, 200);

        Assert.Equal(10_000, problem.Budget);
        Assert.Equal(200, problem.StaffHours);
        Assert.Equal(
            ["none", "greeting", "gift", "trip", "retention-offer", "dealer-support", "am-visits-1", "am-visits-3", "am-visits-6"],
            problem.Customers[0].Options.Select(o => o.Id));
        Assert.Equal(["none", "greeting", "retention-offer"], problem.Customers[1].Options.Select(o => o.Id));
        Assert.Equal("silver", problem.Customers[2].Tier);
        var visits = problem.Customers[0].Options[7];
        Assert.Equal(new AllocationOption("am-visits-3", 450, 9, 1450, "people"), visits);
        Assert.Equal(new AllocationOption("retention-offer", 30, 0.5, 2030, "marketing_promotion"), problem.Customers[1].Options[2]);
        Assert.Same(PolicyMenuBuilder.NoExtraAction, problem.Customers[2].Options[0]);
        Assert.Equal(new TierRule(0, 50), problem.TierRules!["standard"]);
        Assert.Null(problem.CategoryBudgets);
    }

    [Fact]
    public void Build_ValueFunction_NotCalledForNoExtraAction()
    {
        var calls = new List<(int, string)>();

        PolicyMenuBuilder.Build(AllocationPolicy.Default, [new PolicyCustomer("c", "standard")], (i, o) =>
        {
            calls.Add((i, o.Id));
            return 0;
        }, 0, 0);

        Assert.Equal([(0, "greeting"), (0, "retention-offer")], calls);
    }

    [Fact]
    public void Build_CategoryBudgets_KeyedByCategoryText()
    {
        var problem = PolicyMenuBuilder.Build(AllocationPolicy.Default, Customers, (_, _) => 0, 5000, 100,
            new Dictionary<string, double> { ["Marketing & Promotion"] = 2000, ["people"] = 1500 });

        Assert.Equal(2000, problem.CategoryBudgets!["marketing_promotion"]);
        Assert.Equal(1500, problem.CategoryBudgets["people"]);
    }

    [Fact]
    public void Build_UnknownTier_ThrowsNamingCustomerAndTier()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            PolicyMenuBuilder.Build(AllocationPolicy.Default, [new PolicyCustomer("c7", "platinum")], (_, _) => 0, 100, 10));

        Assert.Contains("'c7'", e.Message);
        Assert.Contains("'platinum'", e.Message);
        Assert.Contains("gold, silver, standard", e.Message);
    }

    [Fact]
    public void Build_NaNValue_ThrowsNamingOption()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            PolicyMenuBuilder.Build(AllocationPolicy.Default, Customers, (i, o) => i == 1 && o.Id == "greeting" ? double.NaN : 1, 100, 10));

        Assert.Contains("'greeting' for customer 'c2'", e.Message);
    }

    [Fact]
    public void Build_UnknownCategoryBudget_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => PolicyMenuBuilder.Build(AllocationPolicy.Default, Customers, (_, _) => 0, 100, 10,
            new Dictionary<string, double> { ["snacks"] = 5 }));

        Assert.Equal("categoryBudgets", e.ParamName);
    }

    [Fact]
    public void Build_InvalidPolicy_ThrowsValidation()
    {
        var policy = AllocationPolicy.Default with { HysteresisMargin = 2 };

        Assert.Throws<PolicyValidationException>(() => PolicyMenuBuilder.Build(policy, Customers, (_, _) => 0, 100, 10));
    }
}
