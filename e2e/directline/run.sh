#!/usr/bin/env bash
# End to end: the real botframework-directlinejs client (Node, with xhr2 and ws as XMLHttpRequest and WebSocket)
# holds a salary conversation with CareerBot's own Direct Line, by polling and by WebSocket.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
set +m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/directline"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${DIRECTLINE_BUDGET_SECONDS:-300}
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"

npm_ci_once "botframework-directlinejs, xhr2 and ws"
export DirectLine__Secret="e2e-directline-secret"
careerbot_start
run_driver "directline" 150 "$out/conversation.out" node "$here/conversation.mjs" "$bot" "$DirectLine__Secret"
careerbot_checks "after the Direct Line conversations"
finish
