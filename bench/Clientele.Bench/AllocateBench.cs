using System.Diagnostics;
using Clientele.Allocation;

/// <summary>Times <see cref="AllocationSolver"/> on <see cref="SyntheticAllocationProblem"/> instances.</summary>
internal static class AllocateBench
{
    public static int Run(string[] args)
    {
        int customers = int.Parse(args[1]);
        int reps = args.Length > 2 ? int.Parse(args[2]) : 5;
        int seed = args.Length > 3 ? int.Parse(args[3]) : 1;
        var sw = Stopwatch.StartNew();
        var problem = SyntheticAllocationProblem.Generate(customers, seed);
        Console.WriteLine($"{customers:N0} customers x 6 options generated in {sw.Elapsed.TotalSeconds:F2} s; budget {problem.Budget:N0}, " +
            $"staff hours {problem.StaffHours:N0}, care budget {problem.CategoryBudgets![0]:N0}");
        for (int rep = 1; rep <= reps; rep++)
        {
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            sw.Restart();
            var s = AllocationSolver.Solve(problem);
            double seconds = sw.Elapsed.TotalSeconds;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Console.WriteLine($"rep {rep}: {seconds:F3} s wall, {cpu:F3} s CPU; objective {s.Objective:N2}, bound {s.UpperBound:N2}, gap {s.OptimalityGap:E2}; " +
                $"cost {s.TotalCost:N0}, hours {s.TotalHours:N0}; λ budget {s.ShadowPrices.Budget:G6}, hours {s.ShadowPrices.StaffHours:G6}, " +
                $"care {s.ShadowPrices.CategoryBudgets["care"]:G6}; binding {string.Join(",", s.Binding)}; allocated {allocated / 1e6:N0} MB, " +
                $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
        }

        return 0;
    }
}
