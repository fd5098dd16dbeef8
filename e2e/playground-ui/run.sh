#!/usr/bin/env bash
# End-to-end through the Microsoft 365 Agents Playground's real web UI: Debian's headless Chromium, driven by npm
# playwright-core, uses the Playground page as a person would against CareerBot on channel msteams (ui.js): welcome,
# the salary question, the salary Adaptive Card as rendered, and the card's Action.Execute ("Show the salary").
#   1. installs chromium with apt-get when /usr/bin/chromium is missing, and the pinned Playground and
#      playwright-core (npm ci) when node_modules is absent;
#   2. reuses the Release build of src/CareerBot when it is newer than the sources, else builds it;
#   3. starts CareerBot on a free 127.0.0.1 port and waits for /healthz;
#   4. starts the Playground (TEAMSAPPTESTER_BROWSER=none, --dt, free port), runs ui.js, stops everything.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
# Screenshots, the page's text and logs go to artifacts/playground-ui/. Every process it starts is stopped on exit
# (CareerBot's and the Playground's whole process groups).
set -uo pipefail
set +m # no job control: a background child is no group leader, so setsid makes it one in place (same pid)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/playground-ui"
rm -rf "$out"
mkdir -p "$out"

BUDGET=${PLAYGROUND_UI_BUDGET_SECONDS:-400} # with a build, npm ci and apt-get; about 30 s with all of them done
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"

# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"
# shellcheck source=../lib/playground.sh
source "$here/../lib/playground.sh"

# 1. Debian's Chromium (never a downloaded browser), and the Node packages pinned in package-lock.json.
chromium_install
npm_ci_once "the Agents Playground and playwright-core"
echo "# Agents Playground $(npm_version @microsoft/m365agentsplayground), playwright-core $(npm_version playwright-core), $(/usr/bin/chromium --version 2>/dev/null | head -n 1), node $(node --version)"

# 2. CareerBot, Release build, on a free loopback port (its request log shows each request's status, the invoke's too).
careerbot_start

# 3. The Playground on channel msteams, fresh (its conversations live in its memory only), driven through its page.
if playground_start msteams playground; then
  run_driver "ui" 150 "$out/ui.out" node "$here/ui.js" --playground "$playground" --bot-log "$bot_log" --out "$out"
  playground_stop
fi

careerbot_checks "after the Playground session"
echo "# run time ${SECONDS}s; screenshots in ${out#"$root"/}/"
finish
