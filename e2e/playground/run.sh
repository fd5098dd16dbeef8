#!/usr/bin/env bash
# End-to-end: the Microsoft 365 Agents Playground (the Bot Framework Emulator's successor) holds real conversations
# with CareerBot, driven through the Playground's own API as its web UI does (conversation.js).
#   1. installs the pinned Playground and ws (npm ci) when node_modules is absent;
#   2. reuses the Release build of src/CareerBot when it is newer than the sources, else builds it;
#   3. starts CareerBot on a free 127.0.0.1 port and waits for /healthz;
#   4. starts the Playground on channel msteams, runs the conversation, stops it; again on channel emulator.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
# Transcripts and logs go to artifacts/playground/. Every process it starts is stopped on exit.
set -uo pipefail
set +m # no job control: a background child is no group leader, so setsid makes it one in place (same pid)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/playground"
rm -rf "$out"
mkdir -p "$out"

BUDGET=${PLAYGROUND_BUDGET_SECONDS:-230} # the whole script stays under 4 minutes
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"

# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"
# shellcheck source=../lib/playground.sh
source "$here/../lib/playground.sh"

# 1. Node packages (pinned in package-lock.json).
npm_ci_once "the Agents Playground"
echo "# Agents Playground $(npm_version @microsoft/m365agentsplayground), node $(node --version)"

# 2. CareerBot, Release build, on a free loopback port (its request log shows the Playground's HEAD probe).
careerbot_start

# 3. One Playground per channel, each started fresh against the same bot.
for channel in msteams emulator; do
  playground_start "$channel" "playground-$channel" || continue
  run_driver "$channel" 120 "$out/conversation-$channel.out" node "$here/conversation.js" --playground "$playground" \
    --bot "$bot" --bot-log "$bot_log" --channel "$channel" --out "$out"
  playground_stop
done

careerbot_checks "after both Playground sessions"
echo "# run time ${SECONDS}s; transcripts in ${out#"$root"/}/"
finish
