namespace Clientele.Allocation.DecisionQuality;

/// <summary>An action the simulated company can take for one customer next year, with the effect the planner assumes.</summary>
/// <param name="Id">The option's id, e.g. "gift".</param>
/// <param name="Cost">Money per customer.</param>
/// <param name="Hours">Staff hours per customer.</param>
/// <param name="Category">The cost category it is booked to.</param>
/// <param name="AssumedEffect">The effect the policy assumes (the truth differs per customer).</param>
public sealed record CareOption(string Id, double Cost, double Hours, string Category, OptionEffect AssumedEffect);
