using Clientele.Domain;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Tests;

/// <summary>
/// A hand-built store for the planning tests: four customers with hand-chosen CLVs in one BG/NBD snapshot as of
/// 2025-03-31 (identical histories, so one no-action baseline for all), two account managers, and a two-tier
/// policy whose options only lift spend (ρ = 0), so an option's value is exactly σ × CLV.
/// </summary>
internal static class PlanningStore
{
    public static readonly DateOnly AsOf = new(2025, 3, 31);

    public const double MarginRate = 0.5;

    public const double ExpectedSpend = 50;

    /// <summary>x, t_x and T (weeks) of every customer.</summary>
    public const double X = 3, Tx = 20, T = 30;

    /// <summary>gold = top 25% (one of four); gift 10 (σ 0.1, no hours) for all, visit 50 (σ 0.2, 3 hours) for gold.</summary>
    public const string Policy = """
        {
          "periodMonths": 3, "tierBasis": "customer_share", "hysteresis": 0.1,
          "tiers": [
            {"name": "gold", "share": 0.25, "serviceLevel": "dedicated_account_manager", "careProgram": "gifts", "visitsPerMonth": 1, "options": ["gift", "visit"]},
            {"name": "standard", "serviceLevel": "self_service", "careProgram": "greetings", "visitsPerMonth": 0, "options": ["gift"]}
          ],
          "options": [
            {"id": "gift", "kind": "gift", "category": "marketing_promotion", "unitCost": 10, "staffHours": 0, "effect": {"retention": 0, "spend": 0.1}},
            {"id": "visit", "kind": "account_manager_visits", "category": "people", "unitCost": 50, "staffHours": 3, "effect": {"retention": 0, "spend": 0.2}}
          ]
        }
        """;

    public const string Settings = """
        {"purchaseModel": {"model": "BG/NBD", "r": 0.25, "alpha": 4, "a": 0.8, "b": 2.5}, "spendModel": {}, "horizonMonths": 12, "monthlyDiscountRate": 0.01, "marginRate": 0.5}
        """;

    /// <summary>Customers C1–C4 (C1 managed by AM1, segments champions / champions / hibernating / hibernating), AM1 (skill 3) and AM2 (skill 5), and a snapshot.</summary>
    public static void Seed(ClienteleStore store, double c2Clv = 500)
    {
        store.InsertStaff([
            new StaffMember("AM1", "Ann", "Account manager", 10, 3),
            new StaffMember("AM2", "Bo", "Account manager", 10, 5),
            new StaffMember("S1", "Cy", "Service", 100, 5),
        ]);
        store.InsertCustomers([new Customer("C1", AccountManagerId: "AM1"), new Customer("C2"), new Customer("C3"), new Customer("C4")]);
        SaveSnapshot(store, "run-1", 1000, c2Clv, 150, 50);
    }

    public static void SaveSnapshot(ClienteleStore store, string runId, params double[] clv) =>
        store.SaveAnalysisSnapshot(runId, AsOf, TimeUnit.Week, Settings, [
            Result("C1", clv[0], "champions"), Result("C2", clv[1], "champions"), Result("C3", clv[2], "hibernating"), Result("C4", clv[3], "hibernating"),
        ]);

    private static AnalysisResult Result(string id, double clv, string segment) =>
        new(id, X, Tx, T, 50, 200m, 3, 3, 3, 9, segment, 0.9, 2, ExpectedSpend, clv);
}
