namespace Clientele.Allocation.DecisionQuality;

/// <summary>What one policy's plan cost and returned in one simulated company.</summary>
/// <param name="Policy">The policy's name (see <see cref="DecisionPolicy"/>).</param>
/// <param name="Cost">Money the plan spends.</param>
/// <param name="Hours">Staff hours the plan takes.</param>
/// <param name="CustomersTreated">Customers given an option other than "none".</param>
/// <param name="ExpectedNetValue">The true expected incremental margin of the plan minus its cost (the simulator's own expectation).</param>
/// <param name="RealizedNetValue">The realized incremental margin over doing nothing (common random numbers) minus the cost.</param>
/// <param name="OptionCounts">How many customers got each option, by option id (menu order).</param>
public sealed record PolicyOutcome(
    string Policy, double Cost, double Hours, int CustomersTreated, double ExpectedNetValue, double RealizedNetValue, IReadOnlyDictionary<string, int> OptionCounts);
