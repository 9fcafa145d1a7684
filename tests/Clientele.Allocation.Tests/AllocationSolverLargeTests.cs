using Clientele.Allocation;

namespace Clientele.Allocation.Tests;

public class AllocationSolverLargeTests
{
    [Theory]
    [InlineData(10_000, 1)]
    [InlineData(10_000, 2)]
    [InlineData(100_000, 3)]
    public void Solve_RealisticProblem_FeasibleWithSmallGap(int customers, int seed)
    {
        var problem = SyntheticAllocationProblem.Generate(customers, seed);
        var solution = AllocationSolver.Solve(problem);
        var (objective, cost, hours, care) = Recompute(problem, solution);
        Assert.Equal(objective, solution.Objective, 6);
        Assert.True(cost <= problem.Budget * (1 + 1e-9), $"cost {cost} > {problem.Budget}");
        Assert.True(hours <= problem.StaffHours * (1 + 1e-9), $"hours {hours} > {problem.StaffHours}");
        Assert.True(care <= problem.CategoryBudgets![0] * (1 + 1e-9), $"care {care} > {problem.CategoryBudgets[0]}");
        Assert.True(solution.OptimalityGap < 1e-3, $"gap {solution.OptimalityGap}");
        Assert.True(solution.Binding.Contains("budget") || solution.Binding.Contains("staffHours"));
        Assert.Contains("category:care", solution.Binding);
    }

    internal static (double Objective, double Cost, double Hours, double Care) Recompute(ColumnarAllocationProblem p, AllocationSolution s)
    {
        double objective = 0, cost = 0, hours = 0, care = 0;
        for (int i = 0; i < p.CustomerCount; i++)
        {
            int o = p.MenuStart[i] + s.Choice[i];
            objective += p.Value[o] - p.Cost[o];
            cost += p.Cost[o];
            hours += p.Hours[o];
            if (p.Category![o] == 0) care += p.Cost[o];
        }

        return (objective, cost, hours, care);
    }
}
