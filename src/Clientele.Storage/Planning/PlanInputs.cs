using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clientele.Allocation.Policies;

namespace Clientele.Storage.Planning;

/// <summary>
/// What a stored plan was made from and what the solver said: kept as the plan's <c>inputs</c> JSON so a plan can
/// be shown, compared, evaluated and re-proposed without anything else.
/// </summary>
/// <param name="AnalysisRunId">The analysis snapshot the values came from.</param>
/// <param name="SnapshotAsOf">Its as-of day.</param>
/// <param name="PurchaseModel">The snapshot's purchase model ("BG/NBD" or "Pareto/NBD").</param>
/// <param name="Budget">Money for the period.</param>
/// <param name="StaffHours">Staff hours for the period (+∞ = unlimited, stored as null).</param>
/// <param name="CategoryBudgets">Per-category budgets.</param>
/// <param name="Policy">The policy used (with any recalibrated effects).</param>
/// <param name="PreviousPlanId">The plan whose tiers the hysteresis compared with, or null.</param>
/// <param name="BumpedSegments">Segments planned one tier up because of a flag.</param>
/// <param name="Solver">The solver's figures.</param>
/// <param name="TierCuts">The raw tier cut scores (CLV), best tier first; null where none.</param>
/// <param name="HeldByHysteresis">Customers hysteresis kept in their previous tier.</param>
/// <param name="TierChanges">Customers of the previous plan whose tier changed.</param>
/// <param name="Staff">The account-manager assignment's figures.</param>
public sealed record PlanInputs(
    string AnalysisRunId,
    DateOnly SnapshotAsOf,
    string PurchaseModel,
    double Budget,
    double StaffHours,
    IReadOnlyDictionary<string, double> CategoryBudgets,
    AllocationPolicy Policy,
    string? PreviousPlanId,
    IReadOnlyList<string> BumpedSegments,
    PlanSolverFigures Solver,
    IReadOnlyList<double?> TierCuts,
    int HeldByHysteresis,
    int TierChanges,
    PlanStaffFigures Staff)
{
    /// <summary>The inputs as a JSON object (the policy nested in the policy-file format).</summary>
    public JsonObject ToJson()
    {
        var categories = new JsonObject();
        foreach (var (k, v) in CategoryBudgets) categories[k] = v;
        var prices = new JsonObject();
        foreach (var (k, v) in Solver.CategoryPrices) prices[k] = v;
        return new JsonObject
        {
            ["analysisRunId"] = AnalysisRunId,
            ["snapshotAsOf"] = SnapshotAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["purchaseModel"] = PurchaseModel,
            ["budget"] = Budget,
            ["staffHours"] = double.IsFinite(StaffHours) ? StaffHours : null,
            ["categoryBudgets"] = categories,
            ["previousPlanId"] = PreviousPlanId,
            ["bumpedSegments"] = new JsonArray([.. BumpedSegments.Select(s => (JsonNode?)s)]),
            ["solver"] = new JsonObject
            {
                ["objective"] = Solver.Objective,
                ["upperBound"] = Solver.UpperBound,
                ["optimalityGap"] = Solver.OptimalityGap,
                ["isExact"] = Solver.IsExact,
                ["shadowPrices"] = new JsonObject { ["budget"] = Solver.BudgetPrice, ["staffHours"] = Solver.StaffHourPrice, ["categoryBudgets"] = prices },
                ["binding"] = new JsonArray([.. Solver.Binding.Select(b => (JsonNode?)b)]),
            },
            ["tiers"] = new JsonObject
            {
                ["cuts"] = new JsonArray([.. TierCuts.Select(c => c is { } v && double.IsFinite(v) ? JsonValue.Create(v) : null)]),
                ["heldByHysteresis"] = HeldByHysteresis,
                ["changed"] = TierChanges,
            },
            ["staff"] = new JsonObject
            {
                ["managers"] = Staff.Managers,
                ["customersNeedingManager"] = Staff.CustomersNeedingManager,
                ["unassigned"] = Staff.Unassigned,
                ["kept"] = Staff.Kept,
                ["moved"] = Staff.Moved,
            },
            ["policy"] = JsonNode.Parse(Policy.ToJson()),
        };
    }

    /// <summary>Reads inputs written by <see cref="ToJson"/>.</summary>
    /// <exception cref="PlanningException">The text is not such an object.</exception>
    public static PlanInputs Parse(string json, string planId)
    {
        try
        {
            var o = JsonNode.Parse(json)!.AsObject();
            var solver = o["solver"]!.AsObject();
            var prices = solver["shadowPrices"]!.AsObject();
            var tiers = o["tiers"]!.AsObject();
            var staff = o["staff"]!.AsObject();
            return new PlanInputs(
                o["analysisRunId"]!.GetValue<string>(),
                DateOnly.ParseExact(o["snapshotAsOf"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                o["purchaseModel"]!.GetValue<string>(),
                o["budget"]!.GetValue<double>(),
                o["staffHours"]?.GetValue<double>() ?? double.PositiveInfinity,
                o["categoryBudgets"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<double>()),
                AllocationPolicy.Parse(o["policy"]!.ToJsonString()),
                o["previousPlanId"]?.GetValue<string>(),
                o["bumpedSegments"]!.AsArray().Select(s => s!.GetValue<string>()).ToList(),
                new PlanSolverFigures(
                    solver["objective"]!.GetValue<double>(), solver["upperBound"]!.GetValue<double>(), solver["optimalityGap"]!.GetValue<double>(),
                    solver["isExact"]!.GetValue<bool>(), prices["budget"]!.GetValue<double>(), prices["staffHours"]!.GetValue<double>(),
                    prices["categoryBudgets"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<double>()),
                    solver["binding"]!.AsArray().Select(b => b!.GetValue<string>()).ToList()),
                tiers["cuts"]!.AsArray().Select(c => c?.GetValue<double>()).ToList(),
                tiers["heldByHysteresis"]!.GetValue<int>(),
                tiers["changed"]!.GetValue<int>(),
                new PlanStaffFigures(staff["managers"]!.GetValue<int>(), staff["customersNeedingManager"]!.GetValue<int>(), staff["unassigned"]!.GetValue<int>(),
                    staff["kept"]!.GetValue<int>(), staff["moved"]!.GetValue<int>()));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException or PolicyValidationException or ArgumentException)
        {
            throw new PlanningException($"Plan {planId} has inputs this version cannot read ({e.Message.Split('\n')[0]}).");
        }
    }
}

/// <summary>The solver's figures for a plan.</summary>
/// <param name="Objective">Σ(value − cost) of the plan.</param>
/// <param name="UpperBound">A proven bound on the best objective.</param>
/// <param name="OptimalityGap">(bound − objective) / max(|bound|, 1).</param>
/// <param name="IsExact">Proven optimal.</param>
/// <param name="BudgetPrice">Shadow price of the budget: objective per extra unit of money.</param>
/// <param name="StaffHourPrice">Shadow price of staff hours: objective per extra hour.</param>
/// <param name="CategoryPrices">Shadow price of each category budget.</param>
/// <param name="Binding">Binding constraints.</param>
public sealed record PlanSolverFigures(
    double Objective, double UpperBound, double OptimalityGap, bool IsExact, double BudgetPrice, double StaffHourPrice,
    IReadOnlyDictionary<string, double> CategoryPrices, IReadOnlyList<string> Binding);

/// <summary>How account managers were assigned to the customers whose option needs one.</summary>
/// <param name="Managers">Account managers with capacity.</param>
/// <param name="CustomersNeedingManager">Customers whose option is account-manager visits or a trip.</param>
/// <param name="Unassigned">Of those, customers no manager had room for.</param>
/// <param name="Kept">Relationships kept although a stronger manager had room.</param>
/// <param name="Moved">Customers moved from their current manager.</param>
public sealed record PlanStaffFigures(int Managers, int CustomersNeedingManager, int Unassigned, int Kept, int Moved);
