namespace Clientele.Storage.Database;

/// <summary>One item of a stored plan: an action for a target, with its cost, staff hours and expected value.</summary>
/// <param name="TargetKind">What it targets: customer, segment, tier, dealer, campaign or overhead.</param>
/// <param name="TargetId">The target's id, or null (overhead).</param>
/// <param name="Action">The option, e.g. "gift", "trip", "am-visits-2".</param>
/// <param name="Cost">Money it costs.</param>
/// <param name="Hours">Staff hours it takes.</param>
/// <param name="ExpectedValue">The value it is expected to add, or null when the plan does not state one.</param>
public sealed record StoredPlanItem(string TargetKind, string? TargetId, string Action, decimal Cost, decimal Hours, decimal? ExpectedValue);
