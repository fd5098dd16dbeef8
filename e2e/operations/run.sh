#!/usr/bin/env bash
# End-to-end: operating a real CareerBot process. Graceful shutdown: SIGTERM while a turn is in flight (its reply held
# by a slow connector) — CareerBot stops accepting connections, finishes the turn (the reply reaches the connector,
# the channel's request gets its 200), and exits 0. Also /metrics and /readyz on a real Kestrel.
# Prints "N passed, N failed" last.
set -uo pipefail
BUDGET=${BUDGET:-240}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/artifacts/operations"
rm -rf "$out" && mkdir -p "$out"
source "$root/e2e/lib/harness.sh"
source "$root/e2e/lib/careerbot.sh"

export Storage__Provider=Memory
careerbot_start

connector_port=$(free_port)
connector_log="$out/connector.jsonl"
: > "$connector_log"
setsid node "$here/connector.mjs" "$connector_port" "$connector_log" 3000 > "$out/connector.out" 2>&1 < /dev/null &
pids+=("$!")
for _ in $(seq 1 50); do grep -q "connector on" "$out/connector.out" && break; sleep 0.1; done

# Readiness and metrics on the real server.
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$bot/readyz")" = "200" ] && break
  sleep 0.5
done
if curl -s -m 5 "$bot/readyz" | grep -q '"status":"Healthy"'; then ok "/readyz is Healthy once the models are built"; else not_ok "/readyz is Healthy once the models are built"; fi

activity() { # activity CONVERSATION TEXT: a message from the Emulator channel whose replies go to the slow connector
  printf '{"type":"message","id":"m-%s","channelId":"emulator","serviceUrl":"http://127.0.0.1:%s/","from":{"id":"user-1"},"recipient":{"id":"bot"},"conversation":{"id":"%s"},"locale":"en-US","text":"%s"}' \
    "$RANDOM" "$connector_port" "$1" "$2"
}

# A turn whose reply the connector holds for 3 s; SIGTERM arrives meanwhile.
curl -s -o "$out/inflight.body" -w '%{http_code}' -m 60 -X POST "$bot/api/messages" -H 'content-type: application/json' \
  -d "$(activity conv-shutdown 'What are the missions?')" > "$out/inflight.status" &
inflight=$!
for _ in $(seq 1 100); do grep -q '"phase":"start","path":"[^"]*conv-shutdown[^"]*","type":"message"' "$connector_log" && break; sleep 0.05; done
if grep -q '"type":"message"' "$connector_log"; then ok "the turn is in flight (its reply is at the connector)"; else not_ok "the turn is in flight (its reply is at the connector)"; fi

term_at=$(date +%s%N)
kill -TERM "$bot_pid"
sleep 0.5
refused=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$bot/healthz")
wait "$inflight"
status=$(cat "$out/inflight.status")
wait "$bot_pid"
exit_code=$?
exited_ms=$(( ($(date +%s%N) - term_at) / 1000000 ))
echo "# SIGTERM → exit in ${exited_ms} ms, exit code $exit_code; in-flight request answered $status; new request after SIGTERM: $refused"

if [ "$refused" = "000" ]; then ok "after SIGTERM, new connections are refused"; else not_ok "after SIGTERM, new connections are refused (got $refused)"; fi
if [ "$status" = "200" ]; then ok "the in-flight turn's request is answered 200"; else not_ok "the in-flight turn's request is answered 200 (got $status)"; fi
if grep -q '"phase":"done","type":"message"' "$connector_log"; then ok "the in-flight turn's reply reached the connector: no reply lost"; else not_ok "the in-flight turn's reply reached the connector"; fi
if [ "$exit_code" -eq 0 ] && [ "$exited_ms" -lt 30000 ]; then ok "CareerBot exits 0 once the turn is done (${exited_ms} ms)"; else not_ok "CareerBot exits 0 within the shutdown timeout (code $exit_code, ${exited_ms} ms)"; fi
if grep -q "Application is shutting down" "$bot_log" && ! grep -qE '^(fail|crit): ' "$bot_log"; then ok "the shutdown is logged, with no error"; else not_ok "the shutdown is logged, with no error"; fi
finish
