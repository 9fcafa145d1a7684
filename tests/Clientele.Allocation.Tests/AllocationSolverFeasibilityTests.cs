namespace Clientele.Allocation.Tests;

/// <summary>Problems where doing nothing for everyone is feasible must never be called infeasible.</summary>
public sealed class AllocationSolverFeasibilityTests
{
    public static TheoryData<int, int> SmallSynthetic()
    {
        var data = new TheoryData<int, int>();
        foreach (int n in new[] { 50, 200, 1_000, 3_000 })
        {
            for (int seed = 1; seed <= 25; seed++) data.Add(n, seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SmallSynthetic))]
    public void Solve_NothingForEveryoneIsFeasible_FindsAFeasiblePlan(int customers, int seed)
    {
        // Every synthetic menu starts with "none" (no cost, no hours), so a feasible plan always exists.
        var p = SyntheticAllocationProblem.Generate(customers, seed);

        var s = AllocationSolver.Solve(p);

        Assert.True(s.TotalCost <= p.Budget * (1 + 1e-9) && s.TotalHours <= p.StaffHours * (1 + 1e-9));
        Assert.True(s.Objective >= 0, $"objective {s.Objective}: worse than doing nothing");
        Assert.Equal(customers, s.Choice.Count);

        // The Lagrangian bound is loose on a few dozen customers (integrality gap): a stated gap, small once the menu
        // choices of many customers average out.
        Assert.True(s.OptimalityGap >= 0 && s.OptimalityGap <= (customers >= 1_000 ? 0.02 : 0.25), $"gap {s.OptimalityGap}");
    }

    [Fact]
    public void Solve_TwentyCustomers_SearchProvesTheOptimumAndNeverLosesToTheHeuristic()
    {
        int exact = 0;
        for (int seed = 1; seed <= 25; seed++)
        {
            var p = SyntheticAllocationProblem.Generate(20, seed);

            var searched = AllocationSolver.Solve(p);
            var heuristic = AllocationSolver.Solve(p, new AllocationSolverOptions(SearchCustomerLimit: 0));

            Assert.True(searched.Objective >= heuristic.Objective - 1e-9, $"seed {seed}: {searched.Objective} < {heuristic.Objective}");
            Assert.True(searched.TotalCost <= p.Budget * (1 + 1e-9) && searched.TotalHours <= p.StaffHours * (1 + 1e-9), $"seed {seed}");
            if (searched.IsExact)
            {
                exact++;
                Assert.Equal(0, searched.OptimalityGap);
            }
        }

        // Measured: all 25 finish within the default node budget.
        Assert.Equal(25, exact);
    }
}
