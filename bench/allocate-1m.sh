#!/usr/bin/env bash
# AllocationSolver on 1,000,000 customers x 6 options (SyntheticAllocationProblem, seed 1): budget, staff hours and
# the care budget bind. Prints the runtime settings, then per repetition the solve wall time and process CPU,
# objective, bound, gap and memory, and a per-phase breakdown (wall time, MB allocated, gen0/1/2 collections);
# then the whole process under /usr/bin/time -v (peak RSS includes the 1M-customer problem itself) and the load
# average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
reps="${2:-5}"
dotnet build bench/Clientele.Bench -c Release -nologo -v quiet

# The CLI's runtime settings (src/Clientele.Cli/Clientele.Cli.csproj): methods compiled fully optimized at first
# call (no tiered compilation, so no dynamic PGO either), server GC, non-concurrent.
export DOTNET_TieredCompilation=0 DOTNET_gcServer=1 DOTNET_gcConcurrent=0
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v dotnet bench/Clientele.Bench/bin/Release/net10.0/Clientele.Bench.dll allocate "$customers" "$reps" 1 2> >(grep -E "Elapsed|Maximum resident" >&2)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
