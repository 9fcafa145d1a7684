using Clientele.Domain;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

/// <summary>A small store for the churn-risk and dealer reads: three customers, two dealers, two snapshots.</summary>
internal static class RiskStoreFixture
{
    public static ClienteleStore Create(ITestDatabase db)
    {
        var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([
            new Customer("c1", Region: "East", DealerId: "D1", Industry: "retail", Size: SizeClass.Small, AcquisitionChannel: "dealer"),
            new Customer("c2", DealerId: "D1"),
            new Customer("c3", Region: "North"),
        ]);
        store.InsertDealers([new Dealer("D1", "One", "East", "A", 3, 0.5m, 1000m, 10_000m), new Dealer("D2", "Two", "West")]);
        store.InsertTransactions([
            new TransactionRecord("t1", "c1", new(2025, 1, 10), 100m, DealerId: "D1"),
            new TransactionRecord("t2", "c1", new(2025, 2, 10), 200m, DealerId: "D1"),
            new TransactionRecord("t3", "c1", new(2024, 6, 1), 50m, DealerId: "D1"),
            new TransactionRecord("t4", "c1", new(2024, 1, 1), 999m, DealerId: "D1"), // before the preceding period (from 2024-01-02)
            new TransactionRecord("t5", "c2", new(2025, 3, 1), 300m, DealerId: "D1"),
            new TransactionRecord("t6", "c2", new(2025, 3, 5), -20m, DealerId: "D1"),
            new TransactionRecord("t7", "c3", new(2025, 4, 1), 400.5m, DealerId: "DX"),
            new TransactionRecord("t8", "c3", new(2025, 5, 1), 70m),
            new TransactionRecord("t9", "c1", new(2026, 1, 2), 5000m, DealerId: "D1"), // after the period
        ]);
        store.InsertSurveyResponses([
            new SurveyResponse("s1", "c1", new(2025, 3, 1), Satisfaction: 4, SatisfactionScale: 5),
            new SurveyResponse("s2", "c1", new(2025, 6, 1), Satisfaction: 8, SatisfactionScale: 10),
            new SurveyResponse("s3", "c1", new(2025, 1, 1), Nps: 9),
            new SurveyResponse("s4", "c2", new(2024, 12, 1), Satisfaction: 1, SatisfactionScale: 5),
            new SurveyResponse("s5", "c3", new(2025, 5, 1), Satisfaction: 3, SatisfactionScale: 5),
            new SurveyResponse("s6", "c1", new(2026, 1, 5), Satisfaction: 1, SatisfactionScale: 5),
        ]);
        store.InsertInteractions([
            new Interaction("i1", "c1", new(2025, 5, 1), InteractionKind.Complaint),
            new Interaction("i2", "c1", new(2025, 6, 20), InteractionKind.Complaint, ResolvedOn: new(2025, 7, 10)),
            new Interaction("i3", "c2", new(2025, 7, 1), InteractionKind.Complaint, ResolvedOn: new(2025, 7, 5)),
            new Interaction("i4", "c2", new(2024, 11, 1), InteractionKind.Complaint),
            new Interaction("i5", "c1", new(2025, 5, 2), InteractionKind.Visit),
        ]);

        // The later snapshot is written first: the current one is chosen by as-of day, not by when it was written.
        store.SaveAnalysisSnapshot("late", new(2025, 12, 31), TimeUnit.Week, null, [
            Result("c1", 3, 9, 20, 0.4, 500, "At risk"),
            Result("c2", 0, 0, 10, 0.9, 100, "New"),
            Result("c3", 1, 1, 3, double.NaN, double.NaN, ""),
        ]);
        store.SaveAnalysisSnapshot("early", new(2025, 6, 30), TimeUnit.Day, null, [
            Result("c1", 2, 30, 100, 0.9, 800, "Loyal"),
            Result("c2", 0, 0, 50, 0.95, 120, "New"),
        ]);
        return store;
    }

    private static AnalysisResult Result(string id, int x, double tx, double age, double pAlive, double clv, string segment) =>
        new(id, x, tx, age, 10, 100m, 3, 3, 3, 9, segment, pAlive, 1, 10, clv);
}
