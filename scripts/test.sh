#!/usr/bin/env bash
# Runs every CareerBot test: the .NET suites (unit, transcripts, contract) and the end-to-end suites against real
# clients. Prints, as its last line, the total "N passed, N failed". Exit code 0 only when nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
artifacts="$root/artifacts"
mkdir -p "$artifacts"
passed=0
failed=0

count() { # adds "N passed, N failed" found in file $1 to the totals
  local line p f
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
  if [ -n "$line" ]; then
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
    passed=$((passed + p)); failed=$((failed + f))
  fi
}

echo "== build"
if ! dotnet build CareerBot.sln -c Release -warnaserror 2>&1 | tee "$artifacts/build.log" | grep -E "error|Warn|Build succeeded|Elapsed"; then :; fi
if ! grep -q "Build succeeded" "$artifacts/build.log"; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== format (dotnet format --verify-no-changes: layout, usings, naming)"
if dotnet format CareerBot.sln --verify-no-changes > "$artifacts/format.log" 2>&1; then
  echo "formatted as .editorconfig says"
  passed=$((passed + 1))
else
  grep -E "error|warning" "$artifacts/format.log" | head -n 20
  echo "dotnet format found changes to make: run 'dotnet format CareerBot.sln'"
  failed=$((failed + 1))
fi

echo "== PostgreSQL (Debian's server, for the storage tests; each suite starts its own on a loopback port)"
if ! bash scripts/postgres.sh install > "$artifacts/postgres-install.log" 2>&1; then
  tail -n 20 "$artifacts/postgres-install.log"
fi
tail -n 1 "$artifacts/postgres-install.log"

echo "== .NET tests"
dotnet test CareerBot.sln -c Release --no-build 2>&1 | tee "$artifacts/dotnet-test.log" | grep -E "Passed!|Failed!|^\s+Failed |error"
while read -r p f; do
  passed=$((passed + p)); failed=$((failed + f))
done < <(grep -E "(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+" "$artifacts/dotnet-test.log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/')
if ! grep -qE "(Passed|Failed)!" "$artifacts/dotnet-test.log"; then
  echo "dotnet test ran no test"; failed=$((failed + 1))
fi

for suite in e2e/*/run.sh; do
  [ -f "$suite" ] || continue
  name=$(basename "$(dirname "$suite")")
  echo "== end-to-end: $name"
  if bash "$suite" > "$artifacts/e2e-$name.log" 2>&1; then status=0; else status=$?; fi
  tail -n 40 "$artifacts/e2e-$name.log"
  before=$failed
  count "$artifacts/e2e-$name.log"
  if [ "$status" -ne 0 ] && [ "$failed" -eq "$before" ]; then
    echo "suite $name exited with $status"; failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
