#!/usr/bin/env bash
# End to end, delivery: every acknowledged turn's reply arrives exactly once at a connector that misbehaves and
# recovers, across a kill -9 too. A real CareerBot process (Release, SQLite in this suite's folder) in normal delivery
# (the replies go to the connector, not into the HTTP response) and a fake Bot Connector (connector.mjs) that closes
# the connection, resets it, answers 429 with Retry-After, answers 500, hangs, or takes 12 s, depending on the
# conversation:
#   (a) 42 turns at once, 6 per behaviour and 6 to a connector that behaves: each is acknowledged with 200 at once, and
#       the connector ends up with exactly one copy of each reply (none for the slow one's timeouts: it is not sent
#       again while the connector works on it);
#   (b) the connector answers 503 to everything; 20 turns are acknowledged; CareerBot is killed with SIGKILL while their
#       replies wait; the connector comes back and CareerBot is started again on the same database: each reply arrives
#       once;
#   (c) a request body sent slower than Kestrel's minimum data rate is refused with a 4xx, and nothing is logged as an
#       error; CareerBot answered no 5xx and logged no error throughout.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed". Everything it starts listens on
# 127.0.0.1 and is stopped on exit.
set -uo pipefail
set +m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/delivery"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${DELIVERY_BUDGET_SECONDS:-400} # with a build; about a minute and a half with the build done
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"

careerbot_build

# A store of this suite's own, and quick retries so that the suite stays short: the first retry after 0.2 s, at most 2 s
# between attempts, an attempt abandoned after 15 s (the slow connector answers in 12).
export Storage__Provider=Sqlite Storage__ConnectionString="Data Source=$out/careerbot.db"
export Connector__AttemptTimeout=00:00:15 Connector__RetryDelay=00:00:00.200 Connector__MaxRetryDelay=00:00:02 \
  Connector__PollInterval=00:00:00.200 Connector__MaxDeliveryTime=00:05:00

connector_port=$(free_port)
connector="http://127.0.0.1:$connector_port/"
connector_log="$out/connector.jsonl"
: > "$connector_log"
setsid node "$here/connector.mjs" "$connector_port" "$connector_log" > "$out/connector.out" 2>&1 < /dev/null &
pids+=("$!")
for _ in $(seq 1 50); do grep -q "connector on" "$out/connector.out" && break; sleep 0.1; done

careerbot_start delivery
if ! careerbot_ready "$bot" 60; then not_ok "CareerBot is ready"; tail -n 20 "$bot_log"; finish; fi
first_pid=$bot_pid

turns() { # turns NAME SECONDS ARGS...: runs one command of turns.mjs, its cases counted
  local name=$1 seconds=$2
  shift 2
  run_driver "$name" "$seconds" "$out/$name.out" node "$here/turns.mjs" "$@"
}

# (a) A misbehaving connector.
turns faults-send 30 send --bot "$bot" --connector "$connector" --kinds close,reset,throttle,error,hang,slow,ok --per 6 \
  --acks "$out/acks-faults.jsonl" --label faults
turns faults-check 75 check --log "$connector_log" --acks "$out/acks-faults.jsonl" --within 60 --label faults

# (b) Replies waiting in the outbox when CareerBot is killed.
curl -s -m 5 -X POST "${connector}control/down" > /dev/null
turns killed-send 30 send --bot "$bot" --connector "$connector" --kinds ok --per 20 --acks "$out/acks-killed.jsonl" --label killed
for _ in $(seq 1 50); do [ "$(grep -c '"outcome":"503"' "$connector_log")" -ge 20 ] && break; sleep 0.1; done
pending=$(grep -c '"outcome":"503"' "$connector_log")
kill -KILL "$bot_pid"
wait "$bot_pid" 2>/dev/null
if kill -0 "$bot_pid" 2>/dev/null; then not_ok "CareerBot is killed with SIGKILL while replies are pending"; finish; fi
ok "CareerBot is killed with SIGKILL while the replies of 20 acknowledged turns are pending ($pending refused attempts so far)"
curl -s -m 5 -X POST "${connector}control/up" > /dev/null
careerbot_start delivery "${bot##*:}"
turns killed-check 60 check --log "$connector_log" --acks "$out/acks-killed.jsonl" --within 45 --label "killed and restarted"

# (c) A body that trickles in: Kestrel gives up on it after its grace period; CareerBot answers, logs no error.
slow_status=$( { printf '{"type":"message","text":"'; for _ in $(seq 1 12); do printf 'aaaaaaaaaa'; sleep 1; done; printf '"}'; } \
  | curl -s -o /dev/null -m 30 -w '%{http_code}' -X POST "$bot/api/messages" -H 'content-type: application/json' \
    -H 'content-length: 4096' --data-binary @- )
case $slow_status in
  4??|000) ok "a body arriving slower than the minimum data rate is refused ($slow_status), not an unhandled exception" ;;
  *) not_ok "a body arriving slower than the minimum data rate is refused (got $slow_status)" ;;
esac
if grep -qE 'Unhandled exception|BadHttpRequestException' "$bot_log"; then
  grep -nE 'Unhandled exception|BadHttpRequestException' "$bot_log" | head -n 5
  not_ok "no unhandled exception is logged for the slow body"
else
  ok "no unhandled exception is logged for the slow body"
fi

careerbot_checks "after the faults, the kill and the restart (first pid $first_pid, now $bot_pid)" delivery
careerbot_no_5xx delivery "$bot_log"
echo "# connector: $(grep -c '"outcome":"accepted"' "$connector_log") replies accepted, $(grep -vc '"outcome":"accepted"' "$connector_log") failed attempts ($(node -e 'const l=require("fs").readFileSync(process.argv[1],"utf8").split("\n").filter(Boolean).map(JSON.parse);const m={};for(const x of l)m[x.outcome]=(m[x.outcome]||0)+1;console.log(JSON.stringify(m))' "$connector_log"))"
echo "# run time ${SECONDS}s; logs in ${out#"$root"/}/"
finish
