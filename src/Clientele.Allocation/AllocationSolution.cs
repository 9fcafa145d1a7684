namespace Clientele.Allocation;

/// <summary>The plan the solver found and how good it is.</summary>
/// <param name="Objective">Σ (value − cost) of the chosen options.</param>
/// <param name="TotalCost">Σ cost of the chosen options.</param>
/// <param name="TotalHours">Σ hours of the chosen options.</param>
/// <param name="Choice">For each customer of the problem (same order), the index of its chosen option in its menu.</param>
/// <param name="ShadowPrices">Marginal value of each resource.</param>
/// <param name="UpperBound">A proven upper bound on the best objective (equal to <paramref name="Objective"/> when exact).</param>
/// <param name="Binding">The constraints that bind at the solution, e.g. "budget", "staffHours", "category:marketing".</param>
/// <param name="IsExact">True when the solution is proven optimal.</param>
public sealed record AllocationSolution(
    double Objective,
    double TotalCost,
    double TotalHours,
    IReadOnlyList<int> Choice,
    ShadowPrices ShadowPrices,
    double UpperBound,
    IReadOnlyList<string> Binding,
    bool IsExact)
{
    /// <summary>Relative optimality gap <c>(UpperBound − Objective) / max(|UpperBound|, 1)</c>: 0 when exact.</summary>
    public double OptimalityGap => Math.Max(0, UpperBound - Objective) / Math.Max(Math.Abs(UpperBound), 1);
}
