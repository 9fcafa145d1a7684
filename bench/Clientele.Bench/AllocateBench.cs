using System.Diagnostics;
using System.Runtime;
using Clientele.Allocation;

/// <summary>
/// Times <see cref="AllocationSolver"/> on <see cref="SyntheticAllocationProblem"/> instances: per repetition the
/// solve's wall and process CPU time, the result, and a per-phase breakdown (wall time, bytes allocated and
/// gen-0/1/2 collections of each phase, read here through <see cref="AllocationSolverOptions.PhaseEnded"/>).
/// </summary>
internal static class AllocateBench
{
    public static int Run(string[] args)
    {
        int customers = int.Parse(args[1]);
        int reps = args.Length > 2 ? int.Parse(args[2]) : 5;
        int seed = args.Length > 3 ? int.Parse(args[3]) : 1;
        Console.WriteLine($"runtime: {(GCSettings.IsServerGC ? "server" : "workstation")} GC, latency mode {GCSettings.LatencyMode}, " +
            $"tiered compilation {(AppContext.TryGetSwitch("System.Runtime.TieredCompilation", out bool tiered) ? tiered.ToString() : Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") == "0" ? "False (env)" : "default (on)")}, " +
            $"{Environment.ProcessorCount} cores");
        var sw = Stopwatch.StartNew();
        var problem = SyntheticAllocationProblem.Generate(customers, seed);
        Console.WriteLine($"{customers:N0} customers x 6 options generated in {sw.Elapsed.TotalSeconds:F2} s; budget {problem.Budget:N0}, " +
            $"staff hours {problem.StaffHours:N0}, care budget {problem.CategoryBudgets![0]:N0}");
        var phases = new List<(string Name, double Seconds, long Bytes, int Gen0, int Gen1, int Gen2)>();
        double lastTime = 0;
        long lastBytes = 0;
        int last0 = 0, last1 = 0, last2 = 0;
        var options = AllocationSolverOptions.Default with
        {
            PhaseEnded = name =>
            {
                double now = sw.Elapsed.TotalSeconds;
                long bytes = GC.GetTotalAllocatedBytes(precise: false);
                int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
                phases.Add((name, now - lastTime, bytes - lastBytes, g0 - last0, g1 - last1, g2 - last2));
                (lastTime, lastBytes, last0, last1, last2) = (now, bytes, g0, g1, g2);
            },
        };
        for (int rep = 1; rep <= reps; rep++)
        {
            phases.Clear();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            (last0, last1, last2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            lastBytes = allocatedBefore;
            sw.Restart();
            lastTime = 0;
            var s = AllocationSolver.Solve(problem, options);
            double seconds = sw.Elapsed.TotalSeconds;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Console.WriteLine($"rep {rep}: {seconds:F3} s wall, {cpu:F3} s CPU; objective {s.Objective:N2}, bound {s.UpperBound:N2}, gap {s.OptimalityGap:E2}; " +
                $"cost {s.TotalCost:N0}, hours {s.TotalHours:N0}; λ budget {s.ShadowPrices.Budget:G6}, hours {s.ShadowPrices.StaffHours:G6}, " +
                $"care {s.ShadowPrices.CategoryBudgets["care"]:G6}; binding {string.Join(",", s.Binding)}; allocated {allocated / 1e6:N0} MB, " +
                $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
            Console.WriteLine("       " + string.Join(", ", phases.Select(p =>
                $"{p.Name} {p.Seconds * 1000:F0} ms" + (p.Bytes >= 1_000_000 ? $" {p.Bytes / 1e6:F0} MB" : "") +
                (p.Gen0 + p.Gen1 + p.Gen2 > 0 ? $" gc {p.Gen0}/{p.Gen1}/{p.Gen2}" : ""))));
        }

        return 0;
    }
}
