#!/usr/bin/env bash
# Benchmark of `clientele kpi` and `clientele economics` on the 100,000-customer demo company (≈ 870k transactions,
# 690k interactions, 380k leads, 37k investments) in a SQLite store.
# Usage: bench/kpi-100k.sh [demo-dir]   (default /tmp/clientele-kpi-100k; the demo store is built there once, ≈ 40 s)
# Times each command 5 times under /usr/bin/time -v and prints wall time, CPU time and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/clientele-kpi-100k}
mkdir -p bench/results
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
# Ahead-of-time (ReadyToRun) publish, as one would install the tool: no JIT at start-up.
dotnet publish src/Clientele.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o bench/results/cli-kpi -nologo -v quiet >/dev/null
cli=bench/results/cli-kpi/clientele
if [ ! -s "$dir/clientele.db" ]; then
  echo "building the demo company in $dir ..." >&2
  "$cli" demo --customers 100000 --out "$dir" > /dev/null
fi
db="$dir/clientele.db"
"$cli" status --db "$db"
for args in "kpi" "economics" "kpi --by month" "kpi --by dealer" "economics --by month" "economics --by dealer" "kpi --json" "economics --csv"; do
  line="clientele $args:"
  for run in 1 2 3 4 5; do
    # shellcheck disable=SC2086
    /usr/bin/time -v "$cli" $args --db "$db" > bench/results/kpi-out.txt 2> bench/results/kpi-time.txt
    wall=$(grep "Elapsed (wall clock)" bench/results/kpi-time.txt | awk '{print $NF}' | sed 's/^0://')
    user=$(grep "User time" bench/results/kpi-time.txt | awk '{print $NF}')
    sys=$(grep "System time" bench/results/kpi-time.txt | awk '{print $NF}')
    rss=$(grep "Maximum resident" bench/results/kpi-time.txt | awk '{print $NF}')
    line="$line  ${wall}s (cpu ${user}+${sys}s, $((rss / 1024)) MB)"
  done
  echo "$line"
done
