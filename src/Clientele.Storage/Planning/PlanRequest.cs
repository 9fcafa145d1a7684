using Clientele.Allocation;
using Clientele.Allocation.Policies;
using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>What to plan with: the limits, the policy, the period, and (for a proposal) effects and flags from an evaluation.</summary>
/// <param name="Budget">Money for the period (finite, ≥ 0).</param>
/// <param name="StaffHours">Staff hours for the period (≥ 0; +∞ for no limit).</param>
/// <param name="Policy">The policy; <see cref="AllocationPolicy.Default"/> when null.</param>
/// <param name="Period">The period; when null, the policy's <see cref="AllocationPolicy.PeriodMonths"/> whole months after the snapshot's as-of day.</param>
/// <param name="CategoryBudgets">Per-category budgets keyed by cost category, or null.</param>
/// <param name="Status">The status the plan is stored with.</param>
/// <param name="ProposedFrom">The evaluated plan this one is proposed from, or null.</param>
/// <param name="BumpedSegments">RFM segments whose customers get the menu and rules of the next higher tier (flags from an evaluation), or null.</param>
/// <param name="Effects">Option effects that replace the policy's (recalibrated ones), keyed by option id, or null.</param>
/// <param name="CreatedBy">Who asks, stored with the plan, or null.</param>
public sealed record PlanRequest(
    double Budget,
    double StaffHours,
    AllocationPolicy? Policy = null,
    PlanPeriod? Period = null,
    IReadOnlyDictionary<string, double>? CategoryBudgets = null,
    PlanStatus Status = PlanStatus.Active,
    string? ProposedFrom = null,
    IReadOnlyCollection<string>? BumpedSegments = null,
    IReadOnlyDictionary<string, OptionEffect>? Effects = null,
    string? CreatedBy = null);
