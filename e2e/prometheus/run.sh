#!/usr/bin/env bash
# End-to-end: the Prometheus rules in deploy/prometheus against Prometheus' own tool and against a real CareerBot.
#   1. installs promtool (Debian's prometheus package) when missing;
#   2. promtool check rules (syntax, templates) and promtool test rules (each alert fires when it should, not when it
#      should not, with the labels and annotations written in the tests);
#   3. starts CareerBot (Release) and makes it produce every series the rules read: turns, a reply it cannot deliver
#      (a connector that refuses connections, a delivery time of 3 s), refused token requests (a limit of 2 per
#      client), the health checks' gauge; then scrapes /metrics and checks that every metric and label the rules use
#      exists there, and that each series of the rules' tests has the label keys the real one has (the tests stay
#      "shaped like /metrics").
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
set +m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/prometheus"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${PROMETHEUS_BUDGET_SECONDS:-300}
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"
rules=("$root/deploy/prometheus/careerbot.rules.yml" "$root/deploy/prometheus/careerbot.alerts.yml")
tests=("$root"/deploy/prometheus/tests/*.test.yml)

# 1. promtool (Debian would start Prometheus as a service: stopped at once, only the tool is used).
if ! command -v promtool > /dev/null; then
  echo "# apt-get install prometheus (for promtool)"
  apt_get="apt-get"
  [ "$(id -u)" -eq 0 ] || apt_get="sudo apt-get"
  if ! { bounded 120 $apt_get update -qq && DEBIAN_FRONTEND=noninteractive bounded 200 $apt_get install -y -qq --no-install-recommends prometheus; } \
    > "$out/apt-get.log" 2>&1 || ! command -v promtool > /dev/null; then
    tail -n 20 "$out/apt-get.log"
    not_ok "Debian's prometheus package installs promtool"
    finish
  fi
  { service prometheus stop || true; } > /dev/null 2>&1
fi
echo "# $(promtool --version 2>&1 | head -n 1)"

# 2. The rules, by Prometheus' own tool.
if promtool check rules "${rules[@]}" > "$out/check.log" 2>&1; then
  ok "promtool check rules: $(grep -c SUCCESS "$out/check.log") files, $(grep -oE '[0-9]+ rules found' "$out/check.log" | awk '{s += $1} END {print s}') rules"
else
  cat "$out/check.log"
  not_ok "promtool check rules"
fi
for t in "${tests[@]}"; do
  if (cd "$(dirname "$t")" && promtool test rules "$(basename "$t")") > "$out/test-$(basename "$t" .yml).log" 2>&1; then
    ok "promtool test rules $(realpath --relative-to="$root" "$t"): $(grep -cE '^\s+- interval:' "$t") scenarios"
  else
    cat "$out/test-$(basename "$t" .yml).log"
    not_ok "promtool test rules $(realpath --relative-to="$root" "$t")"
  fi
done

# 3. A real CareerBot making every series the rules read.
export Storage__Provider=Memory
export Connector__MaxDeliveryTime=00:00:03
export Connector__AttemptTimeout=00:00:02
export Connector__RetryDelay=00:00:00.200
export DirectLine__MaxConversationStartsPerClient=2
careerbot_start
closed_port=$(free_port) # nothing listens there: the connector refuses every reply
for i in 1 2; do
  curl -s -o /dev/null -m 10 -X POST "$bot/api/messages" -H 'content-type: application/json' -d \
    "{\"type\":\"message\",\"id\":\"m-$i\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:$closed_port/\",\"from\":{\"id\":\"user-1\"},\"recipient\":{\"id\":\"bot\"},\"conversation\":{\"id\":\"conv-prometheus-$i\"},\"locale\":\"en-US\",\"text\":\"What are the missions?\"}"
done
statuses=""
for _ in 1 2 3 4; do statuses+="$(curl -s -o /dev/null -m 10 -w '%{http_code}' -X POST "$bot/api/webchat/token" -H 'content-type: application/json' -d '{}') "; done
echo "# token requests answered: $statuses"
scrape="$out/metrics.txt"
for _ in $(seq 1 60); do # the given-up replies (3 s) and the health publisher's first run (2 s)
  curl -s -m 5 "$bot/metrics" > "$scrape"
  grep -q '^careerbot_connector_failures_total{' "$scrape" && grep -q '^careerbot_health_status{' "$scrape" && break
  sleep 0.5
done

# Every metric and label the rules name is in the scrape (recorded series, job:…, and Prometheus' own "up" aside).
exprs() { awk '/^ *(- )?expr:/ { ind = match($0, /[^ -]/); print; inexpr = 1; next }
  inexpr { if (match($0, /[^ ]/) > ind) { print; next } inexpr = 0 }' "$@"; }
names=$(exprs "${rules[@]}" | sed -E 's/^ *expr://' | grep -oE '[a-zA-Z_:][a-zA-Z0-9_:]*' \
  | grep -E '^(careerbot|http)_' | grep -v ':' | sort -u)
missing=""
for n in $names; do
  grep -qE "^$n[{ ]|[{,]$n=" "$scrape" || missing+=" $n"
done
if [ -z "$missing" ]; then
  ok "every metric and label the rules use is on /metrics ($(echo "$names" | wc -w): $(echo $names | tr ' ' ','))"
else
  not_ok "every metric and label the rules use is on /metrics (missing:$missing; the scrape is in artifacts/prometheus/metrics.txt)"
fi

# The series of the rules' tests have the label keys the real series have (job and instance are Prometheus').
keys_of() { sed -E 's/^[^{]*\{//; s/\}.*$//' | tr ',' '\n' | sed -E 's/=.*//' | grep -vxE 'job|instance|le' | sort -u | tr '\n' ' '; }
shape_failures=""
checked=0
while read -r series; do
  name=${series%%\{*}
  [ "$name" = "up" ] && continue
  real=$(grep -m 1 -E "^$name\{" "$scrape")
  if [ -z "$real" ]; then shape_failures+=" $name(absent)"; continue; fi
  if [ "$(echo "$series" | keys_of)" != "$(echo "$real" | keys_of)" ]; then
    shape_failures+=" $name(test: $(echo "$series" | keys_of)/ real: $(echo "$real" | keys_of))"
  fi
  checked=$((checked + 1))
done < <(grep -hoE "series: '[^']+'" "${tests[@]}" | sed -E "s/^series: '//; s/'$//" | sort -u)
if [ -z "$shape_failures" ]; then
  ok "the rules' tests use series shaped like /metrics ($checked series: names and label keys as scraped)"
else
  not_ok "the rules' tests use series shaped like /metrics:$shape_failures"
fi

failures=$(grep -E '^careerbot_connector_failures_total\{' "$scrape" | head -n 1)
if [ -n "$failures" ]; then ok "a reply the connector refused until the delivery time ran out is counted: $failures"; else not_ok "a reply the connector refused is counted on careerbot_connector_failures_total"; fi
rejections=$(grep -E '^careerbot_ratelimit_rejections_total\{' "$scrape" | head -n 1)
if [ -n "$rejections" ]; then ok "refused token requests are counted: $rejections"; else not_ok "refused token requests are counted on careerbot_ratelimit_rejections_total"; fi
storage=$(grep -E '^careerbot_health_status\{.*careerbot_check="storage"' "$scrape")
if [ -n "$storage" ] && [ "${storage##* }" = "1" ]; then ok "the storage check is on /metrics as 1: $storage"; else not_ok "the storage check is on /metrics as 1 (got: ${storage:-nothing})"; fi
careerbot_checks "at the end"
finish
