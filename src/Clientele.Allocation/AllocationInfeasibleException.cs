namespace Clientele.Allocation;

/// <summary>
/// No plan satisfies the constraints. The message names the constraint and the shortfall, e.g.
/// "budget 10,000 is below the 12,500 the tier minimums require (shortfall 2,500)".
/// </summary>
public sealed class AllocationInfeasibleException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="constraint">The constraint that cannot be met, e.g. "budget", "staffHours", "tier:gold".</param>
    /// <param name="shortfall">How much of the resource is missing (in its own unit).</param>
    /// <param name="message">The one-line explanation for people.</param>
    public AllocationInfeasibleException(string constraint, double shortfall, string message)
        : base(message)
    {
        Constraint = constraint;
        Shortfall = shortfall;
    }

    /// <summary>The constraint that cannot be met.</summary>
    public string Constraint { get; }

    /// <summary>How much of the resource is missing.</summary>
    public double Shortfall { get; }
}
