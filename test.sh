#!/usr/bin/env bash
# Runs every test of Clientele: builds the solution in Release and runs all test projects.
# Needs only the .NET 10 SDK; reads the shared reference data beside the clone (../shared).
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

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
