#!/usr/bin/env bash
# End to end in a real browser: Debian's headless Chromium driven by npm playwright-core opens CareerBot's page,
# sees the welcome, asks a salary question with years, sees the band, clicks a suggested action and sees its answer,
# over WebSocket and over polling (/?transport=polling), with no "Send failed". Screenshots go to artifacts/.
# Prints "N passed, N failed" last; exits non-zero when something failed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"
artifacts="$careerbot_root/artifacts"
mkdir -p "$artifacts"

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }
if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium…"
  if [ "$(id -u)" -eq 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  { $apt_get update -qq && DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq chromium > /dev/null; } || fail "could not install chromium"
fi
npm_install_once "$here" || fail "npm ci failed in $here"
careerbot_build || fail "the build failed"
careerbot_start "$artifacts/e2e-webchat-app.log" || fail "CareerBot did not start"

timeout 170 node "$here/page.mjs" "$CAREERBOT_URL" "$artifacts"
status=$?
careerbot_stop
exit "$status"
