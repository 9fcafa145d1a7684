#!/usr/bin/env bash
# AllocationSolver on 1,000,000 customers x 6 options (SyntheticAllocationProblem, seed 1): budget, staff hours and
# the care budget bind. Prints per repetition the solve wall time, objective, bound, gap and memory; then the
# whole process under /usr/bin/time -v (peak RSS includes the 1M-customer problem itself).
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
reps="${2:-5}"
dotnet build bench/Clientele.Bench -c Release -nologo -v quiet
/usr/bin/time -v dotnet bench/Clientele.Bench/bin/Release/net10.0/Clientele.Bench.dll allocate "$customers" "$reps" 1 2> >(grep -E "Elapsed|Maximum resident" >&2)
