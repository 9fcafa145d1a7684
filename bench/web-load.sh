#!/usr/bin/env bash
# Load benchmark of `clientele serve` on loopback against a 100k-customer demo store.
# Usage: bench/web-load.sh [customers] [clients] [seconds]   (defaults 100000 50 30)
# Builds the demo store once under /tmp (about 40 s), creates a viewer API key, starts the server on
# 127.0.0.1:5180, runs the closed-loop load (bench/Clientele.Bench web-load) and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
clients=${2:-50}
seconds=${3:-30}
dir=/tmp/clientele-web-bench-$n
url=http://127.0.0.1:5180
dotnet build src/Clientele.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/Clientele.Bench -c Release -nologo -v quiet >/dev/null
cli=src/Clientele.Cli/bin/Release/net10.0/clientele
if [ ! -s "$dir/clientele.db" ]; then
  echo "creating the $n-customer demo store in $dir ..." >&2
  "$cli" demo --customers "$n" --out "$dir" >/dev/null
fi
key=$("$cli" apikey create --role viewer --name "web-load $(date +%s)" --db "$dir" 2>/dev/null | tail -1)
"$cli" serve --db "$dir" --urls "$url" >/tmp/clientele-web-bench-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done
dotnet bench/Clientele.Bench/bin/Release/net10.0/Clientele.Bench.dll web-load "$url" "$key" "$clients" "$seconds"
