using System.Text.Json.Nodes;
using Clientele.Allocation;
using Clientele.Allocation.Policies;
using Clientele.Analytics.Models;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;
using Clientele.Storage.Planning;
using Clientele.Storage.Tests.Database;
using Clientele.Tests;

namespace Clientele.Storage.Tests.Planning;

/// <summary>
/// Plans from a hand-built store (see <see cref="PlanningStore"/>): CLVs 1000 / 500 / 150 / 50, gold = C1; gift 10
/// adds 0.1 × CLV, visit 50 (gold only) adds 0.2 × CLV.
/// </summary>
public abstract class PlanServiceTests
{
    private static readonly AllocationPolicy Policy = AllocationPolicy.Parse(PlanningStore.Policy);

    protected abstract ITestDatabase CreateDatabase();

    private static ClienteleStore Seeded(ITestDatabase db)
    {
        var store = ClienteleStore.Open(db.Location);
        PlanningStore.Seed(store);
        return store;
    }

    [Fact]
    public void Allocate_BudgetSeventy_HandCheckedPlanStored()
    {
        using var db = CreateDatabase();
        using var store = Seeded(db);

        var outcome = PlanService.Allocate(store, new PlanRequest(70, 100, Policy));

        // Nets: C1 visit 200 − 50 = 150 (gift 90), C2 gift 40, C3 gift 5, C4 gift −5. With 70: visit + two gifts = 195.
        Assert.Equal(new PlanPeriod(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), outcome.Period);
        Assert.Equal("2025-Q2", outcome.Period.Label);
        Assert.Equal(195, outcome.Inputs.Solver.Objective, 9);
        Assert.True(outcome.Inputs.Solver.IsExact);
        var items = store.ReadPlanItems(outcome.Plan.PlanId);
        Assert.Equal(
            [("C1", "gold", "visit", 50m, 3m, 200m, "AM2"), ("C2", "standard", "gift", 10m, 0m, 50m, null), ("C3", "standard", "gift", 10m, 0m, 15m, null), ("C4", "standard", "none", 0m, 0m, 0m, null)],
            items.Select(i => (i.CustomerId, i.Tier, i.Option, i.Cost, i.Hours, i.ExpectedValue, i.StaffId)));
        // AM2 (skill 5) beats C1's AM1 (skill 3): keeping would lose 1000 × 2/5 = 400 > 0.2 × 1000.
        Assert.Equal(new PlanStaffFigures(2, 1, 0, 0, 1), outcome.Inputs.Staff);
        Assert.Equal([(double?)500], outcome.Inputs.TierCuts);
        Assert.Null(outcome.Inputs.PreviousPlanId);
        var gold = Assert.Single(outcome.Summary.ByTier, t => t.Key == "gold");
        Assert.Equal((1, 50.0, 3.0, 200.0, 3.0), (gold.Customers, gold.Cost, gold.Hours, gold.ExpectedValue, gold.ExpectedRoi!.Value));
        Assert.Equal((4, 70.0, 265.0), (outcome.Summary.Total.Customers, outcome.Summary.Total.Cost, outcome.Summary.Total.ExpectedValue));
        // The stored inputs read back to the same figures and policy.
        var inputs = PlanInputs.Parse(store.ReadPlan(outcome.Plan.PlanId)!.Inputs, outcome.Plan.PlanId);
        Assert.Equal((70.0, 100.0, "run-1", "BG/NBD"), (inputs.Budget, inputs.StaffHours, inputs.AnalysisRunId, inputs.PurchaseModel));
        Assert.Equal(Policy.ToJson(), inputs.Policy.ToJson());
    }

    [Fact]
    public void Allocate_SecondPlanAfterScoresCross_HysteresisKeepsBothTiers()
    {
        using var db = CreateDatabase();
        using var store = Seeded(db);
        PlanService.Allocate(store, new PlanRequest(70, 100, Policy));
        // C2 now scores 1050 > C1's 1000: raw cut 1000 would swap them, but C1 stays above 1000 − 10% and C2 stays below 1000 + 10%.
        PlanningStore.SaveSnapshot(store, "run-2", 1000, 1050, 150, 50);

        var second = PlanService.Allocate(store, new PlanRequest(70, 100, Policy));

        Assert.Equal(("plan-1", 2, 0), (second.Inputs.PreviousPlanId, second.Inputs.HeldByHysteresis, second.Inputs.TierChanges));
        Assert.Equal(["gold", "standard", "standard", "standard"], second.Items.Select(i => i.Tier));
        var comparison = PlanComparison.Of(store.ReadPlan("plan-1")!, store.ReadPlanItems("plan-1"), second.Plan, store.ReadPlanItems(second.Plan.PlanId));
        Assert.Empty(comparison.TierMoves);
        Assert.Equal((4, 0, 0), (comparison.SameOption + comparison.OptionMoves.Sum(m => m.Customers), comparison.OnlyInA, comparison.OnlyInB));
    }

    [Fact]
    public void Allocate_NoSnapshot_PlanningExceptionSaysRunAnalyze()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);

        var e = Assert.Throws<PlanningException>(() => PlanService.Allocate(store, new PlanRequest(70, 100)));

        Assert.Contains("clientele analyze", e.Message);
    }

    [Fact]
    public void Allocate_GoldMinimumAboveBudget_InfeasibleNamesBudget()
    {
        using var db = CreateDatabase();
        using var store = Seeded(db);
        var policy = AllocationPolicy.Parse(PlanningStore.Policy.Replace("\"visitsPerMonth\": 1,", "\"visitsPerMonth\": 1, \"minCost\": 50,", StringComparison.Ordinal));

        var e = Assert.Throws<AllocationInfeasibleException>(() => PlanService.Allocate(store, new PlanRequest(20, 100, policy)));

        Assert.Equal(("budget", 30.0), (e.Constraint, e.Shortfall));
        Assert.Empty(store.ListPlans());
    }

    /// <summary>
    /// Q2 actuals: C1 bought 200 + 100; spend booked 55 on C1's visit, 4 + 6 on C2's gift, nothing on C3's gift,
    /// 7 to a missing item, 100 after the as-of day; four complaints from C1 in Q2 and none in Q1.
    /// </summary>
    private static PlanEvaluation EvaluateBookedPlan(ClienteleStore store)
    {
        PlanService.Allocate(store, new PlanRequest(70, 100, Policy));
        store.InsertTransactions([
            new TransactionRecord("t1", "C1", new DateOnly(2025, 4, 20), 200m),
            new TransactionRecord("t2", "C1", new DateOnly(2025, 6, 1), 100m),
            new TransactionRecord("t3", "C2", new DateOnly(2025, 3, 20), 999m),
        ]);
        Investment Spend(string id, int month, int day, decimal amount, string item) =>
            new(id, new DateOnly(2025, month, day), amount, CostCategory.MarketingPromotion, LifecycleStage.Retention, InvestmentTargetKind.Customer, item.Split('/')[1], item);
        store.InsertInvestments([
            Spend("i1", 4, 5, 55m, "plan-1/C1"), Spend("i2", 4, 5, 4m, "plan-1/C2"), Spend("i3", 5, 5, 6m, "plan-1/C2"),
            Spend("i4", 5, 5, 7m, "plan-1/C9"), Spend("i5", 7, 5, 100m, "plan-1/C3"),
        ]);
        store.InsertInteractions(Enumerable.Range(1, 4).Select(k => new Interaction($"x{k}", "C1", new DateOnly(2025, 5, k), InteractionKind.Complaint)));
        return PlanEvaluator.Evaluate(store, "plan-1", new DateOnly(2025, 6, 30));
    }

    [Fact]
    public void Evaluate_BookedInvestments_VarianceGainsAndRoiAsHandComputed()
    {
        using var db = CreateDatabase();
        using var store = Seeded(db);

        var e = EvaluateBookedPlan(store);

        // Baseline of every customer: m · s · E[X(13 weeks) | x = 3, t_x = 20, T = 30] (Apr 1 – Jun 30 = 91 days after Mar 31).
        var model = BgNbdModel.FromParameters(new BgNbdParameters(0.25, 4, 0.8, 2.5));
        double b = PlanningStore.MarginRate * PlanningStore.ExpectedSpend * model.ConditionalExpectedPurchases(13, PlanningStore.X, PlanningStore.Tx, PlanningStore.T);
        Assert.Equal(new PlanPeriod(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), e.Window);
        var visit = Assert.Single(e.ByOption, r => r.Key == "visit");
        Assert.Equal((1, 50.0, 55.0, 5.0), (visit.Customers, visit.PlannedCost, visit.ActualSpend, visit.Variance));
        Assert.Equal(0.2 * b, visit.ExpectedGain, 9);
        Assert.Equal(150 - b, visit.RealizedGain, 9);
        Assert.Equal((150 - b - 55) / 55, visit.RealizedRoi!.Value, 9);
        var gift = Assert.Single(e.ByOption, r => r.Key == "gift");
        Assert.Equal((2, 20.0, 10.0, -10.0), (gift.Customers, gift.PlannedCost, gift.ActualSpend, gift.Variance));
        Assert.Equal(2 * 0.1 * b, gift.ExpectedGain, 9);
        Assert.Equal(-2 * b, gift.RealizedGain, 9);
        Assert.Equal((-2 * b - 10) / 10, gift.RealizedRoi!.Value, 9);
        var none = Assert.Single(e.ByOption, r => r.Key == "none");
        Assert.Equal(0.0, none.ExpectedGain);
        Assert.Equal(-b, none.RealizedGain, 9);
        Assert.Null(none.RealizedRoi);
        Assert.Equal((70.0, 65.0, -5.0), (e.Total.PlannedCost, e.Total.ActualSpend, e.Total.Variance));
        Assert.Equal(150 - 4 * b, e.Total.RealizedGain, 9);
        var gold = Assert.Single(e.ByTier, r => r.Key == "gold");
        Assert.Equal(55.0, gold.ActualSpend);
        Assert.Equal((1, 7m), e.UnmatchedSpend);
        // Recalibration: the visit has one outcome (kept), the gift two that realized −2b against +0.2b (shrunk toward 1 from the cap 0.25).
        Assert.Equal(1, e.Recalibration.Factor("visit"));
        Assert.InRange(e.Recalibration.Factor("gift"), 0.25, 1 - 1e-9);
        var flag = Assert.Single(e.Flags);
        Assert.Equal(("champions", 2, 0, 4), (flag.Segment, flag.Customers, flag.ComplaintsBefore, flag.ComplaintsDuring));
        // Saved with the plan.
        var saved = Assert.Single(store.ReadPlanEvaluations("plan-1"));
        Assert.Equal(("plan-1/eval-1", e.EvaluationId), (saved.EvaluationId, e.EvaluationId));
        Assert.Equal(2, JsonNode.Parse(saved.Effects)!["gift"]!["items"]!.GetValue<int>());
    }

    [Fact]
    public void Evaluate_PeriodNotStarted_PlanningException()
    {
        using var db = CreateDatabase();
        using var store = Seeded(db);
        PlanService.Allocate(store, new PlanRequest(70, 100, Policy));

        var e = Assert.Throws<PlanningException>(() => PlanEvaluator.Evaluate(store, "plan-1", new DateOnly(2025, 3, 31)));

        Assert.Contains("nothing to evaluate yet", e.Message);
        Assert.Throws<PlanningException>(() => PlanEvaluator.Evaluate(store, "plan-7"));
    }

    [Fact]
    public void Propose_FlaggedChampions_DraftForNextQuarterWithC2OnGoldMenuAndRecalibratedGift()
    {
        using var db = CreateDatabase();
        using var store = Seeded(db);
        var evaluation = EvaluateBookedPlan(store);

        var first = PlanService.Propose(store, evaluation, budget: 200);
        var second = PlanService.Propose(store, evaluation, budget: 200);

        Assert.Equal(("plan-2", PlanStatus.Draft, "plan-1", "2025-Q3"), (first.Plan.PlanId, first.Plan.Status, first.Plan.ProposedFrom, first.Period.Label));
        Assert.Equal(["champions"], first.Inputs.BumpedSegments);
        var c2 = Assert.Single(first.Items, i => i.CustomerId == "C2");
        // C2 keeps tier standard but gets gold's menu: the visit (net 100 − 50) beats a gift worth at most 0.1 × 500 − 10.
        Assert.Equal(("standard", "gold", "visit"), (c2.Tier, c2.MenuTier, c2.Option));
        var gift = first.Inputs.Policy.Option("gift")!;
        Assert.Equal(0.1 * evaluation.Recalibration.Factor("gift"), gift.Effect.Spend, 12);
        Assert.Equal(200, first.Inputs.Budget);
        Assert.Equal([PlanStatus.Active, PlanStatus.Superseded, PlanStatus.Draft], store.ListPlans().Select(p => p.Status));
        Assert.Equal("plan-3", second.Plan.PlanId);
    }
}

public sealed class SqlitePlanServiceTests : PlanServiceTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresPlanServiceTests : PlanServiceTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}

public sealed class PlanPeriodTests
{
    [Theory]
    [InlineData("2025-Q1", "2025-01-01", "2025-03-31", "2025-Q1")]
    [InlineData("2025-q4", "2025-10-01", "2025-12-31", "2025-Q4")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28", "2025-02")]
    [InlineData("2025-01..2025-06", "2025-01-01", "2025-06-30", "2025-01..2025-06")]
    [InlineData("2025-01-15..2025-04-14", "2025-01-15", "2025-04-14", "2025-01-15..2025-04-14")]
    public void Parse_Forms_StartEndAndLabel(string text, string start, string end, string label)
    {
        var period = PlanPeriod.Parse(text);

        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), label), (period.Start, period.End, period.Label));
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("Q1")]
    [InlineData("2025-03..2025-01")]
    public void Parse_Bad_ArgumentException(string text) => Assert.Throws<ArgumentException>(() => PlanPeriod.Parse(text));

    [Fact]
    public void Next_QuarterAndDays_SameLengthAfter()
    {
        Assert.Equal(PlanPeriod.Parse("2026-Q1"), PlanPeriod.Parse("2025-Q4").Next());
        Assert.Equal(PlanPeriod.Parse("2025-01-11..2025-01-20"), PlanPeriod.Parse("2025-01-01..2025-01-10").Next());
        Assert.Equal(PlanPeriod.Parse("2025-Q2"), PlanPeriod.After(new DateOnly(2025, 3, 31), 3));
    }
}
