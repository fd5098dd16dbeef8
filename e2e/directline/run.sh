#!/usr/bin/env bash
# End to end: the real botframework-directlinejs client (Node, with xhr2 and ws as XMLHttpRequest and WebSocket)
# holds a salary conversation with CareerBot's own Direct Line, by polling and by WebSocket.
# Prints "N passed, N failed" last; exits non-zero when something failed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"
artifacts="$careerbot_root/artifacts"
mkdir -p "$artifacts"

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }
npm_install_once "$here" || fail "npm ci failed in $here"
careerbot_build || fail "the build failed"
export DirectLine__Secret="e2e-directline-secret"
careerbot_start "$artifacts/e2e-directline-app.log" || fail "CareerBot did not start"

timeout 150 node "$here/conversation.mjs" "$CAREERBOT_URL" "$DirectLine__Secret"
status=$?
careerbot_stop
[ "$status" -eq 0 ] || { tail -n 5 "$artifacts/e2e-directline-app.log"; }
exit "$status"
