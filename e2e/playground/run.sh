#!/usr/bin/env bash
# End-to-end: the Microsoft 365 Agents Playground (the Bot Framework Emulator's successor) holds real conversations
# with CareerBot, driven through the Playground's own API as its web UI does (conversation.js).
#   1. installs the pinned Playground and ws (npm ci) when node_modules is absent;
#   2. reuses the Release build of src/CareerBot when it is newer than the sources, else builds it;
#   3. starts CareerBot on a free 127.0.0.1 port and waits for /healthz;
#   4. starts the Playground on channel msteams, runs the conversation, stops it; again on channel emulator.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
# Transcripts and logs go to artifacts/playground/. Every process it starts is stopped on exit.
set -uo pipefail
set +m # no job control: a background child is no group leader, so setsid makes it one in place (same pid)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/playground"
rm -rf "$out"
mkdir -p "$out"

passed=0
failed=0
pids=()
child=""
BUDGET=${PLAYGROUND_BUDGET_SECONDS:-230} # the whole script stays under 4 minutes

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
# TERM to all first, then up to 5 s for them to exit, then KILL.
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

# 1. Node packages (pinned in package-lock.json).
if [ ! -d "$here/node_modules/@microsoft/m365agentsplayground" ] || [ ! -d "$here/node_modules/ws" ]; then
  echo "# npm ci"
  if ! (cd "$here" && bounded 150 npm ci --no-audit --no-fund --loglevel=error) > "$out/npm-ci.log" 2>&1; then
    tail -n 20 "$out/npm-ci.log"
    not_ok "npm ci installs the Agents Playground"
    finish
  fi
fi
pg_version=$(node -p 'require(process.argv[1]).version' "$here/node_modules/@microsoft/m365agentsplayground/package.json")
echo "# Agents Playground $pg_version, node $(node --version)"

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

# 3. CareerBot on a free loopback port; the hosting diagnostics log shows the requests it received (HEAD probe).
bot_port=$(free_port)
bot="http://127.0.0.1:$bot_port"
bot_log="$out/careerbot.log"
setsid dotnet "$dll" --urls "$bot" --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information \
  > "$bot_log" 2>&1 < /dev/null &
pids+=($!)
bot_pid=$!
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

# 4. One Playground per channel, each started fresh against the same bot.
run_channel() {
  local channel=$1 pg_port pg_log pg_pid port="" out_file status _
  pg_port=$(free_port)
  pg_log="$out/playground-$channel.log"
  # Its own log file goes to the artifacts (else ./devTools/m365agentsplayground.log in its working directory).
  (cd "$here" && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$out/playground-$channel.devtools.log" exec setsid npx --no-install agentsplayground \
    -e "$bot/api/messages" -c "$channel" --dt -p "$pg_port") > "$pg_log" 2>&1 < /dev/null &
  pg_pid=$!
  pids+=("$pg_pid")
  # It prints "Listening on N" (N may differ from -p when that port was taken meanwhile).
  for _ in $(seq 1 120); do
    if [ "$(left)" -le 0 ] || ! kill -0 "$pg_pid" 2>/dev/null; then break; fi
    port=$(sed -nE 's/.*Listening on ([0-9]+).*/\1/p' "$pg_log" | head -n 1)
    if [ -n "$port" ] && [ "$(curl -s -m 2 "http://127.0.0.1:$port/_debug/ping")" = "pong" ]; then break; fi
    port=""
    sleep 0.5
  done
  if [ -z "$port" ]; then
    tail -n 20 "$pg_log"
    not_ok "$channel: the Agents Playground starts (-c $channel)"
    stop "$pg_pid"
    pids=("$bot_pid")
    return
  fi
  echo "# Agents Playground -c $channel on http://127.0.0.1:$port (pid $pg_pid)"
  out_file="$out/conversation-$channel.out"
  bounded 120 node "$here/conversation.js" --playground "http://127.0.0.1:$port" --bot "$bot" \
    --bot-log "$bot_log" --channel "$channel" --out "$out" > "$out_file" 2>&1
  status=$?
  cat "$out_file"
  local p f
  p=$(grep -c '^ok - ' "$out_file")
  f=$(grep -c '^not ok - ' "$out_file")
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    not_ok "$channel: the conversation driver exited with $status"
  fi
  stop "$pg_pid"
  pids=("$bot_pid")
}

run_channel msteams
run_channel emulator

# The bot survived both Playgrounds.
if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$bot/healthz")" = "200" ] && kill -0 "$bot_pid" 2>/dev/null; then
  ok "CareerBot is still healthy after both Playground sessions"
else
  not_ok "CareerBot is still healthy after both Playground sessions"
fi
if grep -qE '^(fail|crit): ' "$bot_log"; then
  grep -E -A3 '^(fail|crit): ' "$bot_log" | head -n 20
  not_ok "CareerBot logged no error"
else
  ok "CareerBot logged no error"
fi

echo "# run time ${SECONDS}s; transcripts in ${out#"$root"/}/"
finish
