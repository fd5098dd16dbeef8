#!/usr/bin/env bash
# Memory of CareerBot (issue 7), in the process and in storage: start it (Release, fresh SQLite database), wait until
# both languages are warm (/readyz), ask the 20 questions once (wrong answers end the run), serve CONVERSATIONS
# distinct conversations of the mixed workload (perf/memory.mjs: 16 in flight, keep-alive), leave it idle a few
# seconds, then print VmRSS and VmHWM of the process, the conversations served and the errors, and what an idle
# conversation costs in the database: rows of careerbot_conversation_state, the average bytes of a row's state and
# id, and the database file's bytes (page_count * page_size, after a WAL checkpoint) per row. Then whether the
# targets hold: RSS (VmRSS) <= 250 MB, and <= 2048 bytes per conversation (judged on the file's bytes per row, the
# cost on disk, index and free pages included; the payload is shown beside it).
#
#   bash perf/memory.sh      (from any folder)
#
# Exit status: 0 when everything ran, whatever the figures; 1 otherwise. With CHECK_TARGETS=1, 3 when a target does
# not hold.
#
# Env: CONVERSATIONS (10000), CONCURRENCY (16), IDLE seconds before measuring (5), READY_TIMEOUT seconds for /readyz
# (120), CHECK_TARGETS (0), QUESTIONS (another questions file).
set -euo pipefail
cd "$(dirname "$0")/.."
. perf/lib.sh

CONVERSATIONS=${CONVERSATIONS:-10000}
CONCURRENCY=${CONCURRENCY:-16}
IDLE=${IDLE:-5}
READY_TIMEOUT=${READY_TIMEOUT:-120}
CHECK_TARGETS=${CHECK_TARGETS:-0}
TARGET_RSS_MB=250
TARGET_BYTES=2048

for knob in CONVERSATIONS CONCURRENCY READY_TIMEOUT; do
  [[ ${!knob} =~ ^[1-9][0-9]*$ ]] || die "$knob must be a whole number above 0 (it is '${!knob}')"
done
[[ $IDLE =~ ^[0-9]+$ ]] || die "IDLE must be a whole number of seconds (it is '$IDLE')"

prepare() {
  need node "the client runs on Node.js"
  apt_install curl curl
  apt_install sqlite3 sqlite3
  careerbot_build
}

sql() { sqlite3 -batch -noheader -separator ' ' "$cb_db" "$@"; }

# The storage an idle conversation takes. The checkpoint moves what the write-ahead log holds into the database file
# (and empties the log), so that page_count counts it all.
storage_figures() {
  local checkpoint
  checkpoint=$(sql 'PRAGMA wal_checkpoint(TRUNCATE);')
  [ "${checkpoint%% *}" = "0" ] || log "the WAL checkpoint was busy ($checkpoint: busy, log pages, checkpointed): figures may leave some out"
  rows=$(sql 'SELECT count(*) FROM careerbot_conversation_state;')
  [ "$rows" -gt 0 ] || die "careerbot_conversation_state is empty: CareerBot stored no conversation"
  # Bytes, not characters: length() of a TEXT counts characters, of a BLOB bytes.
  read -r state_bytes id_bytes < <(sql \
    'SELECT avg(length(CAST(state AS BLOB))), avg(length(CAST(id AS BLOB))) FROM careerbot_conversation_state;')
  file_bytes=$(sql 'SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size();')
  row_bytes=$(awk -v s="$state_bytes" -v i="$id_bytes" 'BEGIN { printf "%.0f", s + i }')
  file_bytes_per_row=$(awk -v f="$file_bytes" -v r="$rows" 'BEGIN { printf "%.0f", f / r }')
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< "$result"; } # field KEY: a value of memory.mjs's line

main() {
  local rss hwm ok_rss ok_bytes
  prepare
  careerbot_start
  wait_http "CareerBot" "$cb_url/readyz" 200 "$READY_TIMEOUT" "$cb_pid" "$cb_log"
  node perf/check.mjs careerbot "$cb_url/api/messages" || die "CareerBot answered wrong: no figures for a wrong bot"

  log "$CONVERSATIONS conversations, $CONCURRENCY in flight"
  # At the slowest we have seen (~100 turns/s on a busy machine) 10,000 take under 2 minutes; 30 ms each is ample.
  bounded $((CONVERSATIONS * 30 / 1000 + 120)) node perf/memory.mjs "$cb_url/api/messages" "$CONVERSATIONS" \
    "$CONCURRENCY" > "$work/memory.txt" || die "the client did not finish"
  result=$(grep '^memory-result ' "$work/memory.txt") || die "the client printed no figures"
  echo "$result"
  kill -0 "$cb_pid" 2> /dev/null || { tail -n 30 "$cb_log" >&2; die "CareerBot exited during the run"; }

  log "idle for ${IDLE}s"
  sleep "$IDLE"
  rss=$(vm_mb "$cb_pid" VmRSS)
  hwm=$(vm_mb "$cb_pid" VmHWM)
  storage_figures

  echo
  echo "CareerBot VmRSS: $rss MB, VmHWM (peak): $hwm MB"
  echo "conversations served: $(field conversations) (and 20 in the correctness pass), errors: $(field errors)," \
    "wrong answers: $(field wrong)"
  echo "careerbot_conversation_state: $rows rows; a row: $row_bytes bytes (state $state_bytes + id $id_bytes, averages)"
  echo "database file: $file_bytes bytes, $file_bytes_per_row bytes per row"
  echo "errors in CareerBot's log: $(grep -cE '^(fail|crit): ' "$cb_log" || true)"

  ok_rss=$(holds "$rss <= $TARGET_RSS_MB")
  ok_bytes=$(holds "$file_bytes_per_row <= $TARGET_BYTES")
  echo
  echo "target RSS <= $TARGET_RSS_MB MB: $ok_rss ($rss MB)"
  echo "target <= $TARGET_BYTES bytes per conversation (database file / rows): $ok_bytes ($file_bytes_per_row bytes; payload $row_bytes)"
  if [ "$CHECK_TARGETS" = "1" ] && [[ "$ok_rss $ok_bytes" == *NO* ]]; then
    echo "CHECK_TARGETS=1: a target does not hold"
    exit 3
  fi
}

main
