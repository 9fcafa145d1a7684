namespace Clientele.Allocation;

/// <summary>How hard <see cref="AllocationSolver"/> works; the defaults suit problems from 1 to 10⁷ customers.</summary>
/// <param name="ExactCustomerLimit">Up to this many customers the plan is proven optimal by branch and bound.</param>
/// <param name="ExactNodeLimit">Branch-and-bound nodes before giving up on a proof (then the Lagrangian plan and bound are reported).</param>
/// <param name="MaxDualCycles">Most coordinate-search cycles over the Lagrange multipliers.</param>
/// <param name="DualTolerance">A cycle that lowers the dual bound by less than this share of it ends the search.</param>
/// <param name="Parallel">Spread the passes over the customers across cores (results do not depend on it).</param>
/// <param name="SearchCustomerLimit">
/// Above <paramref name="ExactCustomerLimit"/> and up to this many customers, a branch and bound with
/// <paramref name="SearchNodeLimit"/> nodes improves the plan, and proves it optimal when it finishes. Why: on a few
/// dozen customers the repaired Lagrangian plan can be far from the best (20-customer synthetic problems: mean gap 17 %,
/// up to 100 %), and the search makes all of them exact in about 2 ms; 50 customers: 21 of 25 exact, ≈ 10 ms; 200: ≈ 40 ms.
/// </param>
/// <param name="SearchNodeLimit">The node budget of that search (deterministic: counted, not timed).</param>
public sealed record AllocationSolverOptions(
    int ExactCustomerLimit = 12,
    long ExactNodeLimit = 50_000_000,
    int MaxDualCycles = 40,
    double DualTolerance = 1e-9,
    bool Parallel = true,
    int SearchCustomerLimit = 200,
    long SearchNodeLimit = 1_000_000)
{
    /// <summary>The defaults.</summary>
    public static AllocationSolverOptions Default { get; } = new();

    /// <summary>
    /// Called on the solving thread as each phase of a solve ends, with the phase's name: "table" (validation and
    /// presolve), "sample dual", "newton", "line searches", "lagrangian choice", "repair", "fill-up", "second start",
    /// "branch and bound", "result". The solver reads no clock; a caller that wants a per-phase time breakdown
    /// (the benchmark) reads its own clock here. Phases that do not run are not reported. Null = not called.
    /// </summary>
    public Action<string>? PhaseEnded { get; init; }
}
