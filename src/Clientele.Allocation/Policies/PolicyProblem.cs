namespace Clientele.Allocation.Policies;

/// <summary>One thing wrong with a policy, at a JSON path such as <c>$.options[2].unitCost</c>.</summary>
/// <param name="Path">Where: a JSON path into the policy file.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record PolicyProblem(string Path, string Message)
{
    /// <summary>"path: message".</summary>
    public override string ToString() => $"{Path}: {Message}";
}
