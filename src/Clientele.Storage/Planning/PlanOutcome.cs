using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>A plan just made and stored: the plan, its items, its inputs and its figures by tier and option.</summary>
/// <param name="Plan">The stored plan.</param>
/// <param name="Period">Its period.</param>
/// <param name="Items">One item per customer.</param>
/// <param name="Inputs">What it was made from and the solver's figures.</param>
/// <param name="Summary">Figures by tier and option.</param>
public sealed record PlanOutcome(StoredPlan Plan, PlanPeriod Period, IReadOnlyList<StoredPlanItem> Items, PlanInputs Inputs, PlanSummary Summary);
