#!/usr/bin/env bash
# End to end in a real browser: CareerBot starts with an operator key; a few conversations go through /api/messages
# (expectReplies) so that the metrics have turns of every kind; then Debian's headless Chromium, driven by npm
# playwright-core, opens /admin, is refused a wrong key, signs in with the right one, and checks the Chart.js charts
# (canvases with data, names and text descriptions; no console error, no CSP violation), the "what to fix" panel, the
# content status, axe-core's WCAG 2.1 AA audit, the refresh, a phone-sized screen and signing out (a kept copy of the
# session cookie refused). Screenshots go to artifacts/admin/.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
set +m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/admin"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${ADMIN_BUDGET_SECONDS:-400}
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"

chromium_install
npm_ci_once "playwright-core and axe-core"

# A fresh random key for this run, given to CareerBot and to the driver through the environment (never on a
# command line). The page refreshes every 2 s here, so the driver can watch it happen.
key="e2e-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export Admin__ApiKey="$key" Admin__RefreshInterval="00:00:02" Storage__Provider="Memory"
careerbot_start
unset Admin__ApiKey
export CAREERBOT_ADMIN_KEY="$key"

run_driver "admin" 170 "$out/page.out" node "$here/page.mjs" "$bot" "$out"

if grep -qF "$key" "$bot_log" "$out/page.out"; then
  not_ok "the operator key appears in no log"
else
  ok "the operator key appears in no log"
fi
careerbot_checks "after the operator page sessions"
finish
