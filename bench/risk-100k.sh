#!/usr/bin/env bash
# Times `clientele churn-risk` and `clientele dealers` on a 100,000-customer demo company (≈ 0.9M transactions,
# 0.7M interactions, 666 dealers) with two analysis snapshots (2025-12-31 from `demo`, 2025-06-30 from `analyze`).
# Usage: bench/risk-100k.sh [dir]   (default /tmp/clientele-risk-100k; built once, ≈ 40 s, reused after)
# Prints wall time, CPU time (user + system) and peak RSS (/usr/bin/time -v) of five runs of each command.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/clientele-risk-100k}
mkdir -p bench/results
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
# Ahead-of-time (ReadyToRun) publish, as one would install the tool: no JIT at start-up.
dotnet publish src/Clientele.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o bench/results/cli -nologo -v quiet >/dev/null
cli=bench/results/cli/clientele
db="$dir/clientele.db"
if [ ! -s "$db" ]; then
  echo "building the demo company in $dir ..." >&2
  "$cli" demo --customers 100000 --out "$dir" >/dev/null
  "$cli" analyze --db "$db" --as-of 2025-06-30 >/dev/null
fi
run() {
  local name=$1; shift
  for i in 1 2 3 4 5; do
    /usr/bin/time -v "$cli" "$@" --db "$db" > "bench/results/risk-$name-run$i.txt" 2> "bench/results/risk-$name-time$i.txt"
    wall=$(grep "Elapsed (wall clock)" "bench/results/risk-$name-time$i.txt" | awk '{print $NF}')
    rss=$(grep "Maximum resident" "bench/results/risk-$name-time$i.txt" | awk '{print $NF}')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "bench/results/risk-$name-time$i.txt")
    echo "$name run $i: wall $wall, CPU ${cpu} s, peak RSS $((rss / 1024)) MB"
  done
}
run churn-risk churn-risk --top 20
run churn-risk-by-tier churn-risk --by tier --json
run dealers dealers
run dealers-by-region dealers --by region --json
