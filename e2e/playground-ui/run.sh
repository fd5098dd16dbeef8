#!/usr/bin/env bash
# End-to-end through the Microsoft 365 Agents Playground's real web UI: Debian's headless Chromium, driven by npm
# playwright-core, uses the Playground page as a person would against CareerBot (ui.js):
#   - channel msteams, "Personal Chat": welcome, the salary question, the salary Adaptive Card as rendered, and the
#     card's Action.Execute ("Show the salary") refreshing it in place;
#   - channel msteams, "Group Chat": a message without a mention gets no answer, "@Test Bot …" picked from the mention
#     menu does, Markdown rendered, buttons in a card instead of suggested actions, a card button answered;
#   - channel msteams, the team's "General" channel: a new post mentioning the bot answered in its thread;
#   - channel emulator, "Personal Chat": welcome, salary, the card's Action.Submit answered with a new card;
# and the Teams app package written by `CareerBot teams-package`, validated against the Teams manifest and
# localization JSON schemas v1.19 as shipped in npm @microsoft/app-manifest, icons decoded (package.js).
#   1. installs chromium with apt-get when /usr/bin/chromium is missing, and the pinned npm packages (npm ci) when
#      node_modules is absent;
#   2. reuses the Release build of src/CareerBot when it is newer than the sources, else builds it;
#   3. starts CareerBot on a free 127.0.0.1 port and waits for /healthz;
#   4. for each channel, starts the Playground (TEAMSAPPTESTER_BROWSER=none, --dt, free port), runs ui.js, stops it.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
# Screenshots, the page's text, the package's files and logs go to artifacts/playground-ui/. Every process it starts
# is stopped on exit (CareerBot's and the Playground's whole process groups).
set -uo pipefail
set +m # no job control: a background child is no group leader, so setsid makes it one in place (same pid)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/playground-ui"
rm -rf "$out"
mkdir -p "$out"

BUDGET=${PLAYGROUND_UI_BUDGET_SECONDS:-480} # with a build, npm ci and apt-get; about a minute with all of them done
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"

# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"
# shellcheck source=../lib/playground.sh
source "$here/../lib/playground.sh"

# 1. Debian's Chromium (never a downloaded browser), and the Node packages pinned in package-lock.json.
chromium_install
npm_ci_once "the Agents Playground, playwright-core and the Teams manifest schemas"
echo "# Agents Playground $(npm_version @microsoft/m365agentsplayground), playwright-core $(npm_version playwright-core), $(/usr/bin/chromium --version 2>/dev/null | head -n 1), node $(node --version)"

# 2. CareerBot, Release build, on a free loopback port (its request log shows each request's status, the invoke's too).
careerbot_start

# 3. The Playground on channel msteams, then emulator, fresh each time (its conversations live in its memory only),
#    driven through its page.
if playground_start msteams playground; then
  run_driver "ui" 200 "$out/ui.out" node "$here/ui.js" --playground "$playground" --bot-log "$bot_log" --out "$out"
  playground_stop
fi
if playground_start emulator playground-emulator; then
  run_driver "ui emulator" 120 "$out/ui-emulator.out" node "$here/ui.js" --playground "$playground" --bot-log "$bot_log" --out "$out" --channel emulator
  playground_stop
fi

# 4. The Teams app package, as the README says to build it, checked against Microsoft's schemas.
app_id=6d1f0a52-3c1b-4b1e-9a57-0f8e2d1c4b3a
if bounded 60 dotnet "$root/src/CareerBot/bin/Release/net10.0/CareerBot.dll" teams-package --app-id "$app_id" \
  --output "$out/careerbot-teams.zip" > "$out/teams-package.out" 2>&1; then
  ok "teams-package writes the app package (exit 0)"
  run_driver "package" 60 "$out/package.out" node "$here/package.js" --package "$out/careerbot-teams.zip" --app-id "$app_id" --out "$out"
else
  cat "$out/teams-package.out"
  not_ok "teams-package writes the app package"
fi

careerbot_checks "after the Playground sessions"
echo "# run time ${SECONDS}s; screenshots in ${out#"$root"/}/"
finish
