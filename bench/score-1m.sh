#!/usr/bin/env bash
# End-to-end benchmark of `clientele score` on the 1M-customer synthetic log (10,440,132 transactions).
# Usage: bench/score-1m.sh [customers]   (default 1000000; 100000 for a quick run)
# Reports wall time, peak memory (/usr/bin/time -v) and the command's own stage timings.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
data=bench/data
mkdir -p "$data" bench/results
gen=../shared/bench/gen_transactions.py
file="$data/tx-$n.csv"
if [ ! -s "$file" ]; then
  echo "generating $file ..." >&2
  python3 "$gen" --customers "$n" --seed 7 --out "$file"
fi
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
# Ahead-of-time (ReadyToRun) publish, as one would install the tool: no JIT at start-up.
dotnet publish src/Clientele.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o bench/results/cli -nologo -v quiet >/dev/null
out="bench/results/scores-$n.csv"
for run in 1 2 3 4 5; do
  rm -f "$out"
  /usr/bin/time -v bench/results/cli/clientele score -t "$file" --as-of 2025-12-28 --unit week --out "$out" \
    > "bench/results/score-$n-run$run.txt" 2> "bench/results/time-$n-run$run.txt"
  wall=$(grep "Elapsed (wall clock)" "bench/results/time-$n-run$run.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident" "bench/results/time-$n-run$run.txt" | awk '{print $NF}')
  echo "run $run: wall $wall, peak RSS $((rss / 1024)) MB"
done
echo "stage timings of the last run:"
grep -i "timings" "bench/results/score-$n-run5.txt"
