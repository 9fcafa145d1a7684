#!/usr/bin/env bash
# Runs every test of Clientele: builds the solution in Release and runs all test projects.
# Needs the .NET 10 SDK; reads the shared reference data beside the clone (../shared). The store tests also
# run against PostgreSQL: this script installs it when missing (apt-get, as root), starts a throwaway cluster
# on a free loopback port, points CLIENTELE_TEST_POSTGRES at it, and removes it afterwards, pass or fail.
# The report's browser tests open it in headless chromium: installed the same way when missing.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

start_postgres() {
  local bin port
  bin=$(pg_bin || true)
  if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed; installing it (apt-get install -y postgresql) ..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(pg_bin)
  fi
  pg_dir=$(mktemp -d /tmp/clientele-pg.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  # initdb refuses to run as root, so the cluster belongs to the postgres OS user.
  local as_pg=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  "${as_pg[@]}" "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  pg_stop=("${as_pg[@]}" "$bin/pg_ctl" -D "$pg_dir/data" -m immediate stop)
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -c "CREATE DATABASE clientele_test" >/dev/null
  export CLIENTELE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=clientele_test"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

install_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    echo "chromium is not installed; installing it (apt-get install -y chromium) for the browser tests ..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

stop_postgres() {
  if [ -n "${pg_dir:-}" ]; then
    "${pg_stop[@]}" >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

pg_dir=""
pg_stop=()
trap stop_postgres EXIT
start_postgres
install_chromium

dotnet build Clientele.slnx -c Release -nologo -v quiet

log=$(mktemp)
set +e
dotnet test Clientele.slnx -c Release --no-build -nologo 2>&1 | tee "$log" | grep -vE "^(Test run for|A total of|No test is available|Additionally, path|\s*$)"
status=${PIPESTATUS[0]}
set -e

# One closing line for people and CI: totals over all test assemblies.
awk '/(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  { v = $(i+1); gsub(",", "", v); failed += v }
         if ($i == "Passed:")  { v = $(i+1); gsub(",", "", v); passed += v }
         if ($i == "Skipped:") { v = $(i+1); gsub(",", "", v); skipped += v }
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
rm -f "$log"
exit "$status"
