using Clientele.Allocation;

namespace Clientele.Allocation.Tests;

public class AllocationSolverExactTests
{
    [Fact]
    public void Solve_SmallRandomProblems_MatchBruteForce()
    {
        int feasible = 0, infeasible = 0;
        for (int seed = 1; seed <= 600; seed++)
        {
            var problem = RandomProblems.Small(seed);
            double? best = RandomProblems.BruteForce(problem);
            if (best is null)
            {
                Assert.Throws<AllocationInfeasibleException>(() => AllocationSolver.Solve(problem));
                infeasible++;
                continue;
            }

            var solution = AllocationSolver.Solve(problem);
            Assert.True(solution.IsExact, $"seed {seed}: not proven exact");
            Assert.True(RandomProblems.IsFeasible(problem, solution), $"seed {seed}: infeasible plan");
            Assert.Equal(best.Value, solution.Objective, 6);
            Assert.Equal(solution.Objective, RandomProblems.Objective(problem, solution), 6);
            Assert.Equal(solution.Objective, solution.UpperBound, 6);
            Assert.Equal(0, solution.OptimalityGap);
            feasible++;
        }

        // The generator must exercise both outcomes, with most problems feasible.
        Assert.True(feasible > 350, $"{feasible} feasible");
        Assert.True(infeasible > 5, $"{infeasible} infeasible");
    }

    [Fact]
    public void Solve_TwelveCustomers_MatchBruteForce()
    {
        for (int seed = 1000; seed < 1030; seed++)
        {
            var problem = RandomProblems.Small(seed, maxCustomers: 12, maxOptions: 3);
            problem = problem with { Customers = problem.Customers.Concat(RandomProblems.Small(seed + 5000, 12, 3).Customers).Take(12).ToArray() };
            double? best = RandomProblems.BruteForce(problem);
            if (best is null) continue;
            var solution = AllocationSolver.Solve(problem);
            Assert.True(solution.IsExact);
            Assert.Equal(best.Value, solution.Objective, 6);
        }
    }
}
