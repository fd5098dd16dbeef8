# Shared by the end-to-end suites that start processes of their own (CareerBot, the Agents Playground): counting
# "ok"/"not ok" cases, finishing with "N passed, N failed", running commands within the suite's time budget, and
# stopping every process (group) the suite started, on exit or interrupt. Source it after setting BUDGET (seconds);
# add the pids of processes to stop to the array "pids", and commands that undo what is no process of the suite's
# (a PostgreSQL started by pg_ctl, a temporary folder) to the array "cleanups": on exit, the processes are stopped
# first, then each cleanup runs (eval), the last added first.
passed=0
failed=0
pids=()
cleanups=()
child=""

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
  local i
  for ((i = ${#cleanups[@]} - 1; i >= 0; i--)); do eval "${cleanups[i]}" || true; done
  cleanups=()
  return 0
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
