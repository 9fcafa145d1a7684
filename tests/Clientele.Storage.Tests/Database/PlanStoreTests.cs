using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

/// <summary>Plans, items, booked spend and evaluations in the store, against SQLite and PostgreSQL.</summary>
public abstract class PlanStoreTests
{
    private static readonly DateOnly Start = new(2025, 4, 1), End = new(2025, 6, 30);

    protected abstract ITestDatabase CreateDatabase();

    private static StoredPlanItem Item(string customer, string option, decimal cost, decimal hours, decimal value, string? staff = null) =>
        new("", customer, "gold", customer == "c2" ? "gold" : "silver", option, "marketing_promotion", cost, hours, value, staff);

    private static ClienteleStore Store(ITestDatabase db)
    {
        var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Customer("c1"), new Customer("c2"), new Customer("c3")]);
        return store;
    }

    [Fact]
    public void SavePlan_ItemsAndInputs_ReadBackEqual()
    {
        using var db = CreateDatabase();
        using var store = Store(db);
        var at = new DateTime(2025, 4, 1, 8, 30, 15, 123, DateTimeKind.Utc);

        var first = store.SavePlan(Start, End, PlanStatus.Active, """{"budget": 70}""", [Item("c2", "gift", 10m, 0.25m, 12.3456m), Item("c1", "am-visits-3", 450m, 9m, 1234.5m, "AM1")], createdBy: "test", createdAt: at);
        var second = store.SavePlan(End.AddDays(1), End.AddMonths(3), PlanStatus.Draft, """{"budget": 80}""", [Item("c3", "none", 0m, 0m, 0m)], proposedFrom: first.PlanId);

        Assert.Equal(("plan-1", "plan-2"), (first.PlanId, second.PlanId));
        var plans = store.ListPlans();
        Assert.Equal(["plan-1", "plan-2"], plans.Select(p => p.PlanId));
        var read = store.ReadPlan("plan-1")!;
        Assert.Equal((Start, End, PlanStatus.Active, 2, "test", at, (string?)null), (read.PeriodStart, read.PeriodEnd, read.Status, read.Items, read.CreatedBy, read.CreatedAt, read.ProposedFrom));
        Assert.Contains("\"budget\"", read.Inputs);
        Assert.Equal(("plan-1", PlanStatus.Draft), (plans[1].ProposedFrom, plans[1].Status));
        // Items come back in the store's customer order (c1 before c2), with their ids "PLAN/CUSTOMER".
        var items = store.ReadPlanItems("plan-1");
        Assert.Equal(
            [new StoredPlanItem("plan-1/c1", "c1", "gold", "silver", "am-visits-3", "marketing_promotion", 450m, 9m, 1234.5m, "AM1"),
             new StoredPlanItem("plan-1/c2", "c2", "gold", "gold", "gift", "marketing_promotion", 10m, 0.25m, 12.3456m, null)],
            items);
        Assert.Null(store.ReadPlan("plan-9"));
        Assert.Empty(store.ReadPlanItems("plan-9"));
        Assert.Equal(2, store.Counts()[StoreEntity.AllocationPlans]);
    }

    [Fact]
    public void SavePlan_UnknownOrRepeatedCustomer_RefusedAndNothingStored()
    {
        using var db = CreateDatabase();
        using var store = Store(db);

        var unknown = Assert.Throws<ArgumentException>(() => store.SavePlan(Start, End, PlanStatus.Active, "{}", [Item("c9", "gift", 1m, 0m, 1m)]));
        var twice = Assert.Throws<ArgumentException>(() => store.SavePlan(Start, End, PlanStatus.Active, "{}", [Item("c1", "gift", 1m, 0m, 1m), Item("c1", "none", 0m, 0m, 0m)]));
        Assert.Throws<ArgumentException>(() => store.SavePlan(End, Start, PlanStatus.Active, "{}", []));

        Assert.Contains("'c9'", unknown.Message);
        Assert.Contains("two items", twice.Message);
        Assert.Empty(store.ListPlans());
    }

    [Fact]
    public void PlanItemSpend_BookedInvestments_SumsPerItemUpToAsOfAndCountsUnmatched()
    {
        using var db = CreateDatabase();
        using var store = Store(db);
        store.SavePlan(Start, End, PlanStatus.Active, "{}", [Item("c1", "trip", 900m, 8m, 2000m), Item("c2", "gift", 40m, 0.25m, 60m)]);
        store.InsertInvestments([
            new Investment("i1", new DateOnly(2025, 4, 10), 500.25m, CostCategory.MarketingPromotion, LifecycleStage.Retention, InvestmentTargetKind.Customer, "c1", "plan-1/c1"),
            new Investment("i2", new DateOnly(2025, 5, 10), 420m, CostCategory.MarketingPromotion, LifecycleStage.Retention, InvestmentTargetKind.Customer, "c1", "plan-1/c1"),
            new Investment("i3", new DateOnly(2025, 7, 2), 99m, CostCategory.MarketingPromotion, LifecycleStage.Retention, InvestmentTargetKind.Customer, "c2", "plan-1/c2"),
            new Investment("i4", new DateOnly(2025, 4, 3), 7.5m, CostCategory.MarketingPromotion, LifecycleStage.Retention, InvestmentTargetKind.Customer, "c3", "plan-1/c3"),
            new Investment("i5", new DateOnly(2025, 4, 3), 1000m, CostCategory.People, LifecycleStage.Retention),
        ]);

        var spend = store.PlanItemSpend("plan-1", End);
        var unmatched = store.UnmatchedPlanSpend("plan-1", End);

        Assert.Equal(new Dictionary<string, decimal> { ["plan-1/c1"] = 920.25m }, spend);
        Assert.Equal((1, 7.5m), unmatched);
        Assert.Equal(99m, store.PlanItemSpend("plan-1", new DateOnly(2025, 7, 31))["plan-1/c2"]);
    }

    [Fact]
    public void SetPlanStatusAndSupersedeDrafts_DraftsOfOneSource_OnlyThoseChange()
    {
        using var db = CreateDatabase();
        using var store = Store(db);
        store.SavePlan(Start, End, PlanStatus.Active, "{}", []);
        store.SavePlan(Start, End, PlanStatus.Draft, "{}", [], proposedFrom: "plan-1");
        store.SavePlan(Start, End, PlanStatus.Draft, "{}", [], proposedFrom: "plan-1");
        store.SavePlan(Start, End, PlanStatus.Draft, "{}", [], proposedFrom: "plan-x");

        int superseded = store.SupersedeDrafts("plan-1", keep: "plan-3");
        bool found = store.SetPlanStatus("plan-4", PlanStatus.Active);

        Assert.Equal(1, superseded);
        Assert.True(found);
        Assert.False(store.SetPlanStatus("plan-9", PlanStatus.Active));
        Assert.Equal([PlanStatus.Active, PlanStatus.Superseded, PlanStatus.Draft, PlanStatus.Active], store.ListPlans().Select(p => p.Status));
    }

    [Fact]
    public void SavePlanEvaluation_TwoEvaluations_NumberedAndReadBack()
    {
        using var db = CreateDatabase();
        using var store = Store(db);
        store.SavePlan(Start, End, PlanStatus.Active, "{}", []);

        var first = store.SavePlanEvaluation("plan-1", End, """{"gift": {"factor": 0.5}}""", """{"total": 1}""");
        var second = store.SavePlanEvaluation("plan-1", End.AddDays(-10), "{}", "{}");

        Assert.Equal(("plan-1/eval-1", "plan-1/eval-2"), (first.EvaluationId, second.EvaluationId));
        var read = store.ReadPlanEvaluations("plan-1");
        Assert.Equal(["plan-1/eval-1", "plan-1/eval-2"], read.Select(e => e.EvaluationId));
        Assert.Equal(End, read[0].AsOf);
        Assert.Contains("0.5", read[0].Effects);
        Assert.Throws<ArgumentException>(() => store.SavePlanEvaluation("plan-9", End, "{}", "{}"));
    }

    [Fact]
    public void FeedbackByCustomer_ComplaintsAndSatisfactionInWindow_CountedAndRescaled()
    {
        using var db = CreateDatabase();
        using var store = Store(db);
        store.InsertInteractions([
            new Interaction("x1", "c1", new DateOnly(2025, 4, 2), InteractionKind.Complaint),
            new Interaction("x2", "c1", new DateOnly(2025, 6, 30), InteractionKind.Complaint),
            new Interaction("x3", "c1", new DateOnly(2025, 7, 1), InteractionKind.Complaint),
            new Interaction("x4", "c2", new DateOnly(2025, 4, 2), InteractionKind.Visit),
        ]);
        store.InsertSurveyResponses([
            new SurveyResponse("s1", "c2", new DateOnly(2025, 5, 1), Satisfaction: 4m, SatisfactionScale: 5),
            new SurveyResponse("s2", "c2", new DateOnly(2025, 5, 2), Satisfaction: 10m, SatisfactionScale: 10),
        ]);

        var feedback = store.FeedbackByCustomer(Start, End);

        Assert.Equal(new CustomerFeedback(2, 0, 0), feedback["c1"]);
        // (4 − 1)/(5 − 1) = 0.75 and (10 − 1)/(10 − 1) = 1.
        Assert.Equal(new CustomerFeedback(0, 1.75, 2), feedback["c2"]);
    }
}

public sealed class SqlitePlanStoreTests : PlanStoreTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresPlanStoreTests : PlanStoreTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
