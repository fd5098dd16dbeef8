#!/usr/bin/env bash
# End to end in a real browser: Debian's headless Chromium driven by npm playwright-core opens CareerBot's page,
# sees the welcome, asks a salary question with years, sees the band, clicks a suggested action and sees its answer,
# over WebSocket and over polling (/?transport=polling), with no "Send failed". Screenshots go to artifacts/webchat/.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
set +m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/webchat"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${WEBCHAT_BUDGET_SECONDS:-400}
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"

chromium_install
npm_ci_once "playwright-core"
careerbot_start
run_driver "webchat" 170 "$out/page.out" node "$here/page.mjs" "$bot" "$out"
careerbot_checks "after the Web Chat sessions"
finish
