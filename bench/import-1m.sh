#!/usr/bin/env bash
# Imports bench/data/tx-1000000.csv (10.4M transactions without ids, 1M customers) with --create-customers into
# a fresh SQLite file and, when CLIENTELE_BENCH_POSTGRES holds a connection string to an empty database, into
# PostgreSQL; then, into each of those now non-empty stores, a second, different file (100,000 customers of whom
# most exist, ≈ 1M new transactions: the exact path). Prints wall time, rows/s and peak resident memory of each run
# (GNU time) and the machine's load average.
# Usage: bench/import-1m.sh   (generates the files with ../shared/bench/gen_transactions.py if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
data=bench/data/tx-1000000.csv
if [ ! -f "$data" ]; then
  if [ -f /work/main/bench/data/tx-1000000.csv ]; then data=/work/main/bench/data/tx-1000000.csv
  else mkdir -p bench/data && python3 ../shared/bench/gen_transactions.py --customers 1000000 --seed 7 --out "$data"; fi
fi
second=bench/data/tx-second-100000.csv
if [ ! -f "$second" ]; then mkdir -p bench/data && python3 ../shared/bench/gen_transactions.py --customers 100000 --seed 8 --out "$second" >/dev/null; fi
dotnet build src/Clientele.Cli -c Release -nologo -v quiet >/dev/null
cli=src/Clientele.Cli/bin/Release/net10.0/clientele.dll
run() {
  local label=$1 file=$2; shift 2
  local out; out=$(mktemp)
  /usr/bin/time -v dotnet "$cli" import transactions "$file" --create-customers --json "$@" >"$out.json" 2>"$out"
  local wall rss read
  wall=$(grep "Elapsed (wall" "$out" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident" "$out" | awk '{print $NF}')
  read=$(python3 -c "import json,sys; print(json.load(open('$out.json'))['read'])")
  python3 -c "print(f'$label: {int($read):,} rows in {float($wall):.1f} s = {int($read)/float($wall):,.0f} rows/s, peak RSS {int($rss)/1024:.0f} MB')"
  cat "$out.json" | tr -d '\n '; echo
  echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -f "$out" "$out.json"
}
db=$(mktemp -d)/bench.db
run "SQLite, first load" "$data" --db "$db"
run "SQLite, second file into the loaded store" "$second" --db "$db"
rm -rf "$(dirname "$db")"
if [ -n "${CLIENTELE_BENCH_POSTGRES:-}" ]; then
  run "PostgreSQL, first load" "$data" --db "$CLIENTELE_BENCH_POSTGRES"
  run "PostgreSQL, second file into the loaded store" "$second" --db "$CLIENTELE_BENCH_POSTGRES"
fi
