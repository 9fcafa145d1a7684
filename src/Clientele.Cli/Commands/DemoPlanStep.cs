using Clientele.Analytics.Rfm;
using Clientele.Analytics.Scoring;
using Clientele.Analytics.Simulation;
using Clientele.Domain;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;
using Clientele.Storage.Planning;

namespace Clientele.Cli.Commands;

/// <summary>
/// The demo's plans: a plan for the last quarter of the window made from a snapshot three months before its end,
/// with spend booked against its items (so <c>clientele evaluate</c> has actuals to show), and the plan for the
/// quarter after the window made from the final snapshot.
/// </summary>
internal static class DemoPlanStep
{
    /// <summary>A quarterly plan's budget as a share of the revenue of the twelve months up to its snapshot.</summary>
    public const double BudgetShareOfRevenue = 0.005;

    /// <summary>The share of the account managers' capacity over the quarter that is free for planned extra actions.</summary>
    public const double StaffShareOfCapacity = 0.2;

    /// <summary>Analyzes as of three months before the end, plans the last quarter and books its spend; returns the plan.</summary>
    public static PlanOutcome PlanLastQuarter(CliContext context, StoreLocation location, DemoCompanyOptions options)
    {
        var asOf = options.EndDate.AddMonths(-3);
        AnalyzeCommand.Execute(context, new AnalyzeCommand.AnalyzeRequest(
            location, asOf, TimeUnit.Week, 12, 0.01, null, PurchaseModelKind.BgNbd, "default", RfmWeights.Equal, 0.0));
        var plan = Plan(context, location, asOf);
        BookSpend(location, plan, options.Seed);
        return plan;
    }

    /// <summary>Plans the quarter after the window from the latest snapshot (hysteresis against the last quarter's plan).</summary>
    public static PlanOutcome PlanNextQuarter(CliContext context, StoreLocation location, DemoCompanyOptions options) => Plan(context, location, options.EndDate);

    private static PlanOutcome Plan(CliContext context, StoreLocation location, DateOnly asOf)
    {
        double budget, hours;
        using (var store = ClienteleStore.Open(location, createIfMissing: false))
        {
            double revenue = (double)store.RevenueByCustomer(asOf.AddYears(-1).AddDays(1), asOf).Values.Sum();
            budget = Math.Round(BudgetShareOfRevenue * revenue);
            double capacity = store.ReadStaff().Where(s => s.Role?.Contains("account", StringComparison.OrdinalIgnoreCase) == true)
                .Sum(s => (double)(s.CapacityHoursPerMonth ?? 0));
            hours = Math.Round(StaffShareOfCapacity * capacity * 3);
        }

        return AllocateFromStore.Execute(context, location, new PlanRequest(budget, hours, CreatedBy: "demo"));
    }

    /// <summary>
    /// Books what was "actually" spent: for 90% of the items with a cost, one ledger entry dated in the plan's period,
    /// the planned cost × a seeded factor in [0.8, 1.3); the other 10% were not carried out.
    /// </summary>
    private static void BookSpend(StoreLocation location, PlanOutcome plan, int seed)
    {
        var random = new Random(seed);
        var investments = new List<Investment>();
        foreach (var item in plan.Items.Where(i => i.Cost > 0))
        {
            if (random.NextDouble() < 0.1) continue;
            var day = plan.Period.Start.AddDays(random.Next(plan.Period.Days));
            decimal amount = Math.Round(item.Cost * (decimal)(0.8 + 0.5 * random.NextDouble()), 2);
            var category = EnumText.TryParse<CostCategory>(item.Category, out var c) ? c : CostCategory.Other;
            investments.Add(new Investment(
                item.ItemId + "#spend", day, amount, category, LifecycleStage.Retention, InvestmentTargetKind.Customer, item.CustomerId, item.ItemId,
                $"{item.Option} for {item.CustomerId}"));
        }

        using var store = ClienteleStore.Open(location, createIfMissing: false);
        store.InsertInvestments(investments);
    }
}
