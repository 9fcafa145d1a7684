#!/usr/bin/env bash
# Imports bench/data/tx-1000000.csv (10.4M transactions without ids, 1M customers) with --create-customers into
# a fresh SQLite file and into PostgreSQL; then, into each of those now non-empty stores, a second, different file
# (100,000 customers of whom most exist, ≈ 1M new transactions: the exact path). Prints wall time, rows/s and peak
# resident memory of each run (GNU time), the stages (CLIENTELE_TIMINGS) and the machine's load average.
# PostgreSQL: CLIENTELE_BENCH_POSTGRES (a connection string to an empty database), or else a throwaway cluster on a
# free loopback port with the server's default settings (fsync on, wal_level replica), removed afterwards.
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
  CLIENTELE_TIMINGS=1 /usr/bin/time -v dotnet "$cli" import transactions "$file" --create-customers --json "$@" >"$out.json" 2>"$out"
  local wall rss read
  wall=$(grep "Elapsed (wall" "$out" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident" "$out" | awk '{print $NF}')
  read=$(python3 -c "import json,sys; print(json.load(open('$out.json'))['read'])")
  python3 -c "print(f'$label: {int($read):,} rows in {float($wall):.1f} s = {int($read)/float($wall):,.0f} rows/s, peak RSS {int($rss)/1024:.0f} MB')"
  cat "$out.json" | tr -d '\n '; echo
  grep '^\[transactions load\]' "$out" | sed 's/^/  /' || true
  echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -f "$out" "$out.json"
}
db=$(mktemp -d)/bench.db
run "SQLite, first load" "$data" --db "$db"
run "SQLite, second file into the loaded store" "$second" --db "$db"
rm -rf "$(dirname "$db")"
if [ -z "${CLIENTELE_BENCH_POSTGRES:-}" ]; then
  pg=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$pg" ] && [ -x "$pg/initdb" ]; then
    pg_dir=$(mktemp -d /tmp/clientele-bench-pg.XXXXXX)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_pg=(); if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; as_pg=(runuser -u postgres --); fi
    "${as_pg[@]}" "$pg/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
    "${as_pg[@]}" "$pg/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir" start >/dev/null
    trap '"${as_pg[@]}" "$pg/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null; rm -rf "$pg_dir"' EXIT
    "$pg/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -c "CREATE DATABASE bench" >/dev/null
    CLIENTELE_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=bench"
    echo "PostgreSQL $("$pg/postgres" --version | awk '{print $3}'), default settings, on 127.0.0.1:$port"
  fi
fi
if [ -n "${CLIENTELE_BENCH_POSTGRES:-}" ]; then
  run "PostgreSQL, first load" "$data" --db "$CLIENTELE_BENCH_POSTGRES"
  # What PostgreSQL itself needs for the same rows, without Clientele: the first load's rows exported in binary COPY
  # form here; after the second file, in a transaction rolled back afterwards, the table emptied and reloaded
  # the way the first load does it (constraints and indexes dropped, COPY FREEZE of ready binary rows with their ids, everything rebuilt). No parsing,
  # hashing, customer keys or id checks: a floor for any importer on this server and machine.
  floor_dir=""
  if [ -n "${pg:-}" ] || command -v psql >/dev/null; then
    psql_bin=$( [ -n "${pg:-}" ] && echo "$pg/psql" || command -v psql )
    conn=$(python3 -c "import sys; d=dict(p.split('=',1) for p in sys.argv[1].split(';') if p); print(f\"host={d.get('Host','127.0.0.1')} port={d.get('Port','5432')} user={d.get('Username','postgres')} dbname={d.get('Database','postgres')}\")" "$CLIENTELE_BENCH_POSTGRES")
    columns="id, customer_key, external_id, row_hash, date, amount, margin, quantity, unit_price, order_id, product, category, dealer_id, channel"
    floor_dir=$(mktemp -d)
    "$psql_bin" "$conn" -q -c "\\copy transactions ($columns) TO '$floor_dir/tx.bin' (FORMAT binary)"
    rows=$("$psql_bin" "$conn" -At -c "SELECT count(*) FROM transactions")
  fi
  run "PostgreSQL, second file into the loaded store" "$second" --db "$CLIENTELE_BENCH_POSTGRES"
  if [ -n "$floor_dir" ]; then
    start=$(date +%s.%N)
    "$psql_bin" "$conn" -q -v ON_ERROR_STOP=1 <<SQL
BEGIN;
SET LOCAL maintenance_work_mem = '1GB';
TRUNCATE transactions;
ALTER TABLE transactions DROP CONSTRAINT transactions_customer_key_fkey, DROP CONSTRAINT transactions_external_id_key, DROP CONSTRAINT transactions_pkey;
DROP INDEX transactions_customer_date, transactions_order;
\\copy transactions ($columns) FROM '$floor_dir/tx.bin' (FORMAT binary, FREEZE)
ALTER TABLE transactions ADD CONSTRAINT transactions_external_id_key UNIQUE (external_id);
ALTER TABLE transactions ADD CONSTRAINT transactions_pkey PRIMARY KEY (id);
ALTER TABLE transactions ADD CONSTRAINT transactions_customer_key_fkey FOREIGN KEY (customer_key) REFERENCES customers (id);
CREATE INDEX transactions_customer_date ON transactions (customer_key, date);
CREATE INDEX transactions_order ON transactions (order_id) WHERE order_id IS NOT NULL;
ANALYZE transactions;
ROLLBACK;
SQL
    end=$(date +%s.%N)
    python3 -c "print(f'PostgreSQL alone (the same {int($rows):,} rows as ready binary COPY data, no client work; rolled back): {$end-$start:.1f} s = {int($rows)/($end-$start):,.0f} rows/s')"
    echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    rm -rf "$floor_dir"
  fi
fi
