#!/usr/bin/env bash
# End to end, durability: conversations survive a killed process and a database outage.
#   (a) the default store (nothing configured: SQLite in data/careerbot.db under the app's folder): CareerBot asks for
#       the years, is killed with SIGKILL, started again on the same port; a bare "6" is understood as the answer, the
#       welcomed member is remembered, and a Direct Line conversation goes on with the same token and watermark;
#   (b) PostgreSQL (Storage__Provider=Postgres, a throwaway cluster from scripts/postgres.sh): CareerBot asks for the
#       years, PostgreSQL is stopped; /api/messages answers 503 with Retry-After and a JSON error, /readyz 503, the
#       process stays up; PostgreSQL is started again on the same port: /readyz 200 within seconds and a bare "7" is
#       understood as the answer, with no restart. Twice: a fast shutdown (pg_ctl stop -m fast), then a crash
#       (-m immediate).
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
# Logs and the drivers' state files go to artifacts/durability/. Every process it starts is stopped on exit,
# PostgreSQL too, and its temporary folder removed.
set -uo pipefail
set +m # no job control: a background child is no group leader, so setsid makes it one in place (same pid)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/durability"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${DURABILITY_BUDGET_SECONDS:-600} # with apt-get and a build; about a minute with both done
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"
# shellcheck source=../lib/services.sh
source "$here/../lib/services.sh"

careerbot_build
driver() { # driver PHASE [LABEL]: runs one phase of conversation.mjs against $bot
  run_driver "$1" 60 "$out/$1${2:+-$2}.out" node "$here/conversation.mjs" "$1" --bot "$bot" --state "$out/state${2:+-$2}.json" \
    ${2:+--label "$2"}
}
ready_or_finish() { # ready_or_finish WHAT
  if careerbot_ready "$bot" 60; then
    ok "$1 is ready (/readyz: $(careerbot_readyz "$bot"))"
  else
    not_ok "$1 is ready (/readyz: $(careerbot_readyz "$bot"))"
    tail -n 20 "$bot_log"
    finish
  fi
}

# (a) Killed and restarted, on the default store: no Storage setting at all.
unset Storage__Provider Storage__ConnectionString
careerbot_start sqlite
ready_or_finish "CareerBot on the default store"
driver restart-before
killed=$bot_pid
kill -KILL "$killed"
wait "$killed" 2>/dev/null
if kill -0 "$killed" 2>/dev/null; then not_ok "CareerBot is killed with SIGKILL mid-conversation"; finish; fi
ok "CareerBot is killed with SIGKILL mid-conversation (pid $killed)"
careerbot_start sqlite "${bot##*:}" # the same port: the clients keep their URL
ready_or_finish "CareerBot restarted on the default store"
db="$(dirname "$careerbot_dll")/data/careerbot.db"
if [ -s "$db" ]; then
  ok "the default store is the SQLite file data/careerbot.db under the app's folder ($(stat -c %s "$db") bytes)"
else
  not_ok "the default store is the SQLite file data/careerbot.db under the app's folder (no ${db#"$root"/}; data/ has: $(ls "$(dirname "$db")" 2>&1 | tr '\n' ' '))"
fi
driver restart-after
careerbot_checks "after the kill and the restart" sqlite
careerbot_no_5xx sqlite "$bot_log"
stop "$bot_pid"

# (b) PostgreSQL stopped under CareerBot, then started again.
pg_start
Storage__Provider=Postgres Storage__ConnectionString="$pg_connection" careerbot_start postgres
ready_or_finish "CareerBot on PostgreSQL"
for mode in stop kill; do
  case $mode in stop) how="a fast shutdown (scripts/postgres.sh stop)" ;; kill) how="a crash (scripts/postgres.sh kill, immediate)" ;; esac
  driver outage-before "$mode"
  if pg_ctl_e2e "$mode"; then ok "PostgreSQL goes down: $how"; else not_ok "PostgreSQL goes down: $how"; continue; fi
  driver outage-during "$mode"
  if kill -0 "$bot_pid" 2>/dev/null; then ok "CareerBot is still running with the database down ($mode)"; else not_ok "CareerBot is still running with the database down ($mode)"; finish; fi
  if ! pg_ctl_e2e start; then tail -n 20 "$out/postgres-script.log"; not_ok "PostgreSQL starts again on its port ($mode)"; finish; fi
  back=$SECONDS
  if careerbot_ready "$bot" 20; then
    ok "/readyz answers 200 again $((SECONDS - back))s after PostgreSQL is back, without a restart ($mode; $(careerbot_readyz "$bot"))"
  else
    not_ok "/readyz answers 200 again within 20s after PostgreSQL is back, without a restart ($mode; $(careerbot_readyz "$bot"))"
  fi
  driver outage-after "$mode"
done
careerbot_checks "after both outages, never restarted (pid $bot_pid)" postgres
careerbot_no_5xx postgres "$bot_log" 503
echo "# CareerBot postgres logged $(grep -cE '^warn: ' "$bot_log") warnings and $(grep -cE '^fail: .*DefaultHealthCheckService' "$bot_log") failing health checks (see ${bot_log#"$root"/})"
echo "# run time ${SECONDS}s; logs in ${out#"$root"/}/"
finish
