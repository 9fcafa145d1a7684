using Clientele.Allocation.DecisionQuality;

namespace Clientele.Allocation.Tests.DecisionQuality;

public class SimpleRulesTests
{
    private static readonly IReadOnlyList<CareOption> Menu = CareCatalogue.Default;

    private static int Index(string id) => Menu.Select((o, j) => (o, j)).First(x => x.o.Id == id).j;

    [Fact]
    public void Even_BudgetForAGiftEach_EveryoneGetsAGiftAndTheRestIsTooLittleToUpgrade()
    {
        // 10 gifts cost 600 of 700; a visit upgrade costs 340 more, which the 100 left cannot pay.
        var plan = SimpleRules.Even(Menu, 10, 700, 100, seed: 1);
        Assert.All(plan, j => Assert.Equal(Index("gift"), j));
    }

    [Fact]
    public void Even_LeftoverBudget_UpgradesAsManyAsItPays()
    {
        // 10 greetings cost 80; 200 left upgrades ⌊200 / 52⌋ = 3 customers to a gift.
        var plan = SimpleRules.Even(Menu, 10, 280, 100, seed: 1);
        Assert.Equal(3, plan.Count(j => j == Index("gift")));
        Assert.Equal(7, plan.Count(j => j == Index("greeting")));
    }

    [Fact]
    public void ByRank_BudgetForTheWholeProgramme_LadderByRank()
    {
        // 20 customers, best first: 1 trip (top 5%), 3 visits (to 20%), 6 gifts (to 50%), 10 greetings: 3,440.
        var score = Enumerable.Range(0, 20).Select(i => 20.0 - i).ToArray();
        var plan = SimpleRules.ByRank(Menu, score, 3_440, 1_000);
        var expected = new[] { "trip", "am-visits", "am-visits", "am-visits", "gift", "gift", "gift", "gift", "gift", "gift" }
            .Concat(Enumerable.Repeat("greeting", 10)).Select(Index);
        Assert.Equal(expected, plan);
    }

    [Fact]
    public void ByRank_OneShortOfTheProgramme_LowestRankedGoesWithout()
    {
        // The programme over the top 19 costs 1,800 + 3·400 + 6·60 + 9·8 = 3,432 ≤ 3,439.
        var score = Enumerable.Range(0, 20).Select(i => 20.0 - i).ToArray();
        var plan = SimpleRules.ByRank(Menu, score, 3_439, 1_000);
        Assert.Equal(0, plan[19]);
        Assert.Equal(Index("greeting"), plan[18]);
        Assert.Equal(3_432, plan.Sum(j => Menu[j].Cost));
    }

    [Fact]
    public void ByRank_TiedScores_CustomerOrderBreaksTies()
    {
        var score = new double[20];
        var plan = SimpleRules.ByRank(Menu, score, 3_440, 1_000);
        Assert.Equal(Index("trip"), plan[0]);
        Assert.Equal(Index("greeting"), plan[19]);
    }
}
