#!/usr/bin/env bash
# End to end, a rating from a visitor: Debian's headless Chromium (npm playwright-core) asks CareerBot's page a
# question, dislikes the answer with a comment through the page's control (the invoke message/submitAction over Direct
# Line), and the rating is checked where operators find it: /metrics and the SQLite database (comment cleaned, the
# answer's "handled as" name and language, no user id) and on the operator page: the driver signs in on /admin with
# the key and waits (at most 60 s, the page refreshing itself) for the comment in the "what to fix" panel, with its
# "handled as" label and language; a second dislike whose comment is HTML shows there as text. A malformed rating is
# refused with 400.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
set +m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/feedback"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${FEEDBACK_BUDGET_SECONDS:-300}
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"

chromium_install
npm_ci_once "playwright-core and axe-core"
database="$out/careerbot.db"
# A fresh random operator key for this run, given to CareerBot and to the driver through the environment (never on a
# command line); the operator page keeps its default refresh (30 s), so "within a minute" is the real one.
key="e2e-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
Admin__ApiKey="$key" Storage__ConnectionString="Data Source=$database" careerbot_start
CAREERBOT_ADMIN_KEY="$key" run_driver "feedback" 220 "$out/feedback.out" node "$here/feedback.mjs" "$bot" "$out"
if grep -qF "$key" "$bot_log" "$out/feedback.out"; then
  not_ok "the operator key appears in no log"
else
  ok "the operator key appears in no log"
fi

# The rating as kept: read with the sqlite3 shell or Python's sqlite3, whichever the machine has.
query="SELECT reaction, handled_as, language, channel, comment, length(conversation) FROM careerbot_feedback ORDER BY rowid"
if command -v sqlite3 > /dev/null; then
  row=$(sqlite3 -separator '|' "$database" "$query" 2>&1)
else
  row=$(python3 -c 'import sqlite3, sys; print("\n".join("|".join(str(c) for c in r) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])))' "$database" "$query" 2>&1)
fi
echo "# careerbot_feedback: $row"
first=$(head -n 1 <<< "$row")
if [[ "$first" =~ ^dislike\|salary[a-z.-]*\|en\|webchat\|The\ figure\ looks\ too\ high\ for\ Lyon\|12$ ]]; then
  ok "the SQLite database keeps the dislike: the answer's handled-as name and language, the comment without its control character, a 12-digit pseudonym"
else
  not_ok "the SQLite database keeps the dislike: the answer's handled-as name and language, the comment without its control character, a 12-digit pseudonym"
fi
second=$(sed -n 2p <<< "$row")
if [ "$second" = "dislike|$(cut -d'|' -f2 <<< "$second")|en|webchat|<img src=x onerror=alert(1)>|12" ]; then
  ok "the SQLite database keeps the second dislike's HTML comment as it was typed (shown as text on the page)"
else
  not_ok "the SQLite database keeps the second dislike's HTML comment as it was typed (shown as text on the page)"
fi

# A malformed rating is refused with a clear error, not a 5xx (Bot Framework endpoint, anonymous mode).
status=$(curl -s -o "$out/malformed.json" -w '%{http_code}' -m 10 -H 'Content-Type: application/json' "$bot/api/messages" \
  -d '{"type":"invoke","name":"message/submitAction","id":"i1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c1"},"from":{"id":"u1"},"recipient":{"id":"b1"},"value":{"actionName":"feedback","actionValue":{"reaction":"meh"}}}')
if [ "$status" = "400" ] && grep -q "reaction" "$out/malformed.json"; then
  ok "a rating whose reaction is neither like nor dislike is refused with 400 and says why"
else
  not_ok "a rating whose reaction is neither like nor dislike is refused with 400 and says why (got $status: $(head -c 200 "$out/malformed.json"))"
fi
careerbot_checks "after the ratings"
finish
