namespace Clientele.Allocation.Policies;

/// <summary>A policy file or policy is invalid; <see cref="Problems"/> lists every problem with its JSON path.</summary>
public sealed class PolicyValidationException : Exception
{
    /// <summary>Creates the exception from its problems (at least one).</summary>
    public PolicyValidationException(IReadOnlyList<PolicyProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PolicyProblem> Problems { get; }

    private static string Describe(IReadOnlyList<PolicyProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? $"Invalid policy: {problems[0]}"
            : $"Invalid policy ({problems.Count} problems): {string.Join("; ", problems)}";
    }
}
