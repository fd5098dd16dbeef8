#!/usr/bin/env bash
# End to end: hot reload of the content (Content:Watch). A real CareerBot serves a temporary copy of dialogs/ while a
# Node client keeps asking it questions through /api/messages (expectReplies, a new conversation each time); meanwhile
# this script makes a valid edit (a message reworded in en/messages.md: the next answer shows the new words, no
# restart), then a broken one (a salary band's minimum above its maximum: refused, the log names the file and line, the
# answers do not change, /readyz stays 200), then fixes it. No turn may fail.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
set +m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/reload"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${RELOAD_BUDGET_SECONDS:-180}
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"

content=$(mktemp -d)
cleanups+=("rm -rf '$content'")
cp -r "$root/dialogs" "$content/dialogs"
dialogs="$content/dialogs"
export Storage__Provider=Memory Content__Watch=true Content__Path="$dialogs"
careerbot_start
if careerbot_ready "$bot" 60; then ok "/readyz answers 200 once CareerBot is warm"; else not_ok "/readyz answers 200 once CareerBot is warm"; fi
if grep -q "Watching the content in $dialogs" "$bot_log"; then ok "CareerBot says it watches the content folder"; else not_ok "CareerBot says it watches the content folder"; fi

ask() { bash "$root/scripts/ask.sh" --url "$bot" "$1" 2>&1; }
# Waits up to SECONDS (within the budget) for COMMAND to succeed; prints the seconds it took.
within() { # within SECONDS COMMAND...
  local seconds=$1 start=$SECONDS
  shift
  while [ $((SECONDS - start)) -le "$seconds" ] && [ "$(left)" -gt 0 ]; do
    if "$@"; then echo $((SECONDS - start)); return 0; fi
    sleep 0.2
  done
  return 1
}
applied() { [ "$(grep -c "Content edit applied" "$bot_log")" -ge "$1" ]; }
answers_with() { ask "What are the missions?" | grep -q "$1"; }
refused_at() { grep -q "Content edit refused, the previous content keeps serving: $1" "$bot_log"; }

salary_question="What is the salary with 1 year of experience?"
salary_before=$(ask "$salary_question")
echo "$salary_before" > "$out/salary-before.txt"

: > "$out/turns.log"
stop_file="$out/turns.stop"
node "$here/turns.mjs" "$bot" "$out/turns.log" "$stop_file" 90 > "$out/turns.out" 2>&1 &
turns_pid=$!
pids+=("$turns_pid")
within 10 test -s "$out/turns.log" > /dev/null

# 1. A valid edit: a message reworded. The next answer has the new words, from the same process.
sed -i 's/The main missions of a {role}:/The key missions of a {role}:/' "$dialogs/en/messages.md"
if took=$(within 20 answers_with "The key missions of a backend developer"); then
  ok "a reworded message is in the next answers, no restart (within ${took} s of the save)"
else
  not_ok "a reworded message is in the next answers, no restart"
fi
if applied 1; then ok "the log says the edit was applied"; else not_ok "the log says the edit was applied"; fi
if kill -0 "$bot_pid" 2>/dev/null; then ok "the same CareerBot process answers"; else not_ok "the same CareerBot process answers"; fi

# 2. A broken edit: the first band's minimum above its maximum (line 39 of the role file). Refused, with file and line;
# the answers do not change; /readyz stays 200.
line=$(grep -n '^| 0–2 ' "$dialogs/en/backend-developer.md" | cut -d: -f1)
sed -i "${line}s/35,000/50,000/" "$dialogs/en/backend-developer.md"
if within 20 refused_at "en/backend-developer.md:$line:" > /dev/null; then
  ok "the broken edit is refused: the log names en/backend-developer.md:$line"
else
  not_ok "the broken edit is refused: the log names en/backend-developer.md:$line"
fi
grep "Content edit refused" "$bot_log" | head -n 3 | sed 's/^/# /'
salary_during=$(ask "$salary_question")
if [ "$salary_during" = "$salary_before" ] && answers_with "The key missions of a backend developer"; then
  ok "the answers do not change: the previous content keeps serving"
else
  not_ok "the answers do not change: the previous content keeps serving"
  diff <(echo "$salary_before") <(echo "$salary_during") | head -n 10
fi
if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$bot/readyz")" = "200" ]; then ok "/readyz stays 200 after the refusal"; else not_ok "/readyz stays 200 after the refusal"; fi

# 3. Fixed: applied again.
sed -i "${line}s/50,000/35,000/" "$dialogs/en/backend-developer.md"
if within 20 applied 2 > /dev/null && [ "$(ask "$salary_question")" = "$salary_before" ]; then
  ok "the fixed file is applied and answers as before"
else
  not_ok "the fixed file is applied and answers as before"
fi

# Back to the shipped words, so that the turns see both wordings whatever their timing.
sed -i 's/The key missions of a {role}:/The main missions of a {role}:/' "$dialogs/en/messages.md"
within 20 answers_with "The main missions of a backend developer" > /dev/null
sleep 1
touch "$stop_file"
wait "$turns_pid"
cat "$out/turns.out"
passed=$((passed + $(grep -c '^ok - ' "$out/turns.out")))
failed=$((failed + $(grep -c '^not ok - ' "$out/turns.out")))
grep -q '^ok - no turn failed' "$out/turns.out" || grep -q '^not ok - no turn failed' "$out/turns.out" || not_ok "the turns client reported"

metrics=$(curl -s -m 5 "$bot/metrics")
if echo "$metrics" | grep -qE '^careerbot_content_reloads_total\{.*careerbot_result="applied".*\} ([3-9]|[1-9][0-9]+)( |$)' \
  && echo "$metrics" | grep -qE '^careerbot_content_reloads_total\{.*careerbot_result="refused".*\} [1-9]'; then
  ok "careerbot_content_reloads_total counts the applied edits (3 or more) and the refused"
else
  not_ok "careerbot_content_reloads_total counts the applied edits (3 or more) and the refused"
  echo "$metrics" | grep careerbot_content_reloads | head -n 5
fi
careerbot_checks "after the edits"
careerbot_no_5xx "" "$bot_log"
finish
