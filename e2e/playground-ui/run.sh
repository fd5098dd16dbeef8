#!/usr/bin/env bash
# End-to-end through the Microsoft 365 Agents Playground's real web UI: Debian's headless Chromium, driven by npm
# playwright-core, uses the Playground page as a person would against CareerBot on channel msteams (ui.js): welcome,
# the salary question, the salary Adaptive Card as rendered, and the card's Action.Execute ("Show the salary").
#   1. installs chromium with apt-get when /usr/bin/chromium is missing, and the pinned Playground and
#      playwright-core (npm ci) when node_modules is absent;
#   2. reuses the Release build of src/CareerBot when it is newer than the sources, else builds it;
#   3. starts CareerBot on a free 127.0.0.1 port and waits for /healthz;
#   4. starts the Playground (TEAMSAPPTESTER_BROWSER=none, --dt, free port), runs ui.js, stops everything.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
# Screenshots, the page's text and logs go to artifacts/playground-ui/. Every process it starts is stopped on exit
# (CareerBot's and the Playground's whole process groups).
set -uo pipefail
set +m # no job control: a background child is no group leader, so setsid makes it one in place (same pid)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/playground-ui"
rm -rf "$out"
mkdir -p "$out"

passed=0
failed=0
pids=()
child=""
BUDGET=${PLAYGROUND_UI_BUDGET_SECONDS:-400} # with a build, npm ci and apt-get; about 30 s with all of them done

ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && exit 0 || exit 1
}
left() { echo $((BUDGET - SECONDS)); } # seconds left in the budget
bounded() { # bounded SECONDS CMD...: runs CMD for at most SECONDS, and never past the budget
  local t=$1 l
  shift
  l=$(left)
  [ "$l" -lt "$t" ] && t=$l
  [ "$t" -lt 1 ] && return 124
  # In the background, so that a TERM/INT trap runs at once instead of after the command.
  timeout -k 5 "$t" "$@" &
  child=$!
  wait "$child"
  local status=$?
  child=""
  return "$status"
}

# Stops processes this script started: each one's whole process group when it leads one (setsid), else the process.
signal() { # signal SIG PID
  local pgid
  pgid=$(ps -o pgid= -p "$2" 2>/dev/null | tr -d ' ')
  if [ "$pgid" = "$2" ]; then kill "-$1" -- "-$2" 2>/dev/null; else kill "-$1" "$2" 2>/dev/null; fi
}
stop() {
  local p alive _
  for p in "$@"; do kill -0 "$p" 2>/dev/null && signal TERM "$p"; done
  for _ in $(seq 1 50); do
    alive=""
    for p in "$@"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ -z "$alive" ] && break
    sleep 0.1
  done
  for p in "$@"; do kill -0 "$p" 2>/dev/null && signal KILL "$p"; done
  for p in "$@"; do wait "$p" 2>/dev/null; done
  return 0
}
cleanup() {
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null # timeout passes it on to its command
  [ "${#pids[@]}" -gt 0 ] && stop "${pids[@]}"
  [ -n "$child" ] && wait "$child" 2>/dev/null
  return 0
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# 1. Debian's Chromium (never a downloaded browser), and the Node packages pinned in package-lock.json.
if [ ! -x /usr/bin/chromium ]; then
  echo "# apt-get install chromium"
  if [ "$(id -u)" -eq 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  if ! { bounded 120 $apt_get update -qq && DEBIAN_FRONTEND=noninteractive bounded 200 $apt_get install -y -qq chromium; } \
    > "$out/apt-get.log" 2>&1; then
    tail -n 20 "$out/apt-get.log"
    not_ok "Debian's chromium installs"
    finish
  fi
fi
if [ ! -d "$here/node_modules" ]; then
  echo "# npm ci"
  if ! (cd "$here" && bounded 150 npm ci --no-audit --no-fund --loglevel=error) > "$out/npm-ci.log" 2>&1; then
    tail -n 20 "$out/npm-ci.log"
    not_ok "npm ci installs the Agents Playground and playwright-core"
    finish
  fi
fi
version() { node -p 'require(process.argv[1]).version' "$here/node_modules/$1/package.json"; }
echo "# Agents Playground $(version @microsoft/m365agentsplayground), playwright-core $(version playwright-core), $(/usr/bin/chromium --version 2>/dev/null | head -n 1), node $(node --version)"

# 2. CareerBot, Release build.
dll="$root/src/CareerBot/bin/Release/net10.0/CareerBot.dll"
stale=""
if [ -f "$dll" ]; then
  stale=$(find "$root/src" "$root/dialogs" "$root/appsettings.json" "$root"/Directory.*.props "$root/build" \
    -type f -newer "$dll" -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)
fi
if [ ! -f "$dll" ] || [ -n "$stale" ]; then
  echo "# dotnet build -c Release src/CareerBot${stale:+ (newer: ${stale#"$root"/})}"
  if ! bounded 170 dotnet build "$root/src/CareerBot" -c Release --nologo > "$out/build.log" 2>&1; then
    grep -E "error|Build succeeded" "$out/build.log" | tail -n 20
    not_ok "CareerBot builds in Release"
    finish
  fi
else
  echo "# reusing the Release build $(realpath --relative-to="$root" "$dll")"
fi

# 3. CareerBot on a free loopback port; the hosting diagnostics log shows each request's status (the invoke's too).
bot_port=$(free_port)
bot="http://127.0.0.1:$bot_port"
bot_log="$out/careerbot.log"
setsid dotnet "$dll" --urls "$bot" --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information \
  > "$bot_log" 2>&1 < /dev/null &
bot_pid=$!
pids+=("$bot_pid")
healthy=""
for _ in $(seq 1 120); do
  if [ "$(left)" -le 0 ] || ! kill -0 "$bot_pid" 2>/dev/null; then break; fi
  if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$bot/healthz")" = "200" ]; then healthy=1; break; fi
  sleep 0.5
done
if [ -z "$healthy" ]; then
  tail -n 30 "$bot_log"
  not_ok "CareerBot starts and answers /healthz"
  finish
fi
echo "# CareerBot on $bot (pid $bot_pid), healthy after ${SECONDS}s"

# 4. The Playground on channel msteams, fresh (its conversations live in its memory only).
pg_port=$(free_port)
pg_log="$out/playground.log"
(cd "$here" && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$out/playground.devtools.log" exec setsid npx --no-install agentsplayground \
  -e "$bot/api/messages" -c msteams --dt -p "$pg_port") > "$pg_log" 2>&1 < /dev/null &
pg_pid=$!
pids+=("$pg_pid")
port=""
for _ in $(seq 1 120); do # it prints "Listening on N" (N may differ from -p when that port was taken meanwhile)
  if [ "$(left)" -le 0 ] || ! kill -0 "$pg_pid" 2>/dev/null; then break; fi
  port=$(sed -nE 's/.*Listening on ([0-9]+).*/\1/p' "$pg_log" | head -n 1)
  if [ -n "$port" ] && [ "$(curl -s -m 2 "http://127.0.0.1:$port/_debug/ping")" = "pong" ]; then break; fi
  port=""
  sleep 0.5
done
if [ -z "$port" ]; then
  tail -n 20 "$pg_log"
  not_ok "the Agents Playground starts (-c msteams)"
  finish
fi
echo "# Agents Playground -c msteams on http://127.0.0.1:$port (pid $pg_pid)"

bounded 150 node "$here/ui.js" --playground "http://127.0.0.1:$port" --bot-log "$bot_log" --out "$out" > "$out/ui.out" 2>&1
status=$?
cat "$out/ui.out"
p=$(grep -c '^ok - ' "$out/ui.out")
f=$(grep -c '^not ok - ' "$out/ui.out")
passed=$((passed + p))
failed=$((failed + f))
if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
  not_ok "the UI driver exited with $status"
fi

stop "$pg_pid"
pids=("$bot_pid")
if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$bot/healthz")" = "200" ] && kill -0 "$bot_pid" 2>/dev/null; then
  ok "CareerBot is still healthy after the Playground session"
else
  not_ok "CareerBot is still healthy after the Playground session"
fi
if grep -qE '^(fail|crit): ' "$bot_log"; then
  grep -E -A3 '^(fail|crit): ' "$bot_log" | head -n 20
  not_ok "CareerBot logged no error"
else
  ok "CareerBot logged no error"
fi

echo "# run time ${SECONDS}s; screenshots in ${out#"$root"/}/"
finish
