#!/usr/bin/env bash
# End to end in a real browser: Debian's headless Chromium driven by npm playwright-core opens CareerBot's page as
# visitors would, on a desktop (1280×800) and a phone (390×844), in English and French: the welcome, a salary question
# with years and its card, suggested actions, both transports; axe-core's WCAG 2.1 AA audit; a keyboard-only
# conversation; a reload that resumes the conversation; a dropped WebSocket; tokens renewed and an expired one replaced (a second CareerBot
# with 6-second tokens); the compressed bundle. Screenshots go to artifacts/webchat/.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
set +m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/webchat"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${WEBCHAT_BUDGET_SECONDS:-480}
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"

chromium_install
npm_ci_once "playwright-core and axe-core"
careerbot_start
shipped=$bot shipped_pid=$bot_pid shipped_log=$bot_log
DirectLine__TokenLifetime=00:00:06 careerbot_start short-tokens
echo "# axe-core $(npm_version axe-core), playwright-core $(npm_version playwright-core)"
run_driver "webchat" 300 "$out/page.out" node "$here/page.mjs" "$shipped" "$bot" "$out"
if grep -q "CareerBot is ready: open $shipped in a browser" "$shipped_log"; then
  ok "CareerBot says which address to open once it listens"
else
  not_ok "CareerBot says which address to open once it listens"
fi
careerbot_checks "after the Web Chat sessions" "" "$shipped" "$shipped_pid" "$shipped_log"
careerbot_checks "after the Web Chat sessions" "(6-second tokens)" "$bot" "$bot_pid" "$bot_log"
finish
