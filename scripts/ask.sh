#!/usr/bin/env bash
# Asks a running CareerBot one question over the Bot Framework protocol (POST /api/messages with deliveryMode
# expectReplies, as the Emulator can) and prints its answer as text: each message, its suggested actions, its cards'
# titles. Needs curl and Node.js (the first build needs Node anyway).
# Usage: bash scripts/ask.sh [--url http://localhost:3978] [--locale fr-FR] [--conversation ID] "your question"
# The same --conversation ID keeps the conversation going ("and with 12 years?").
set -uo pipefail
url=http://localhost:3978
locale=en-US
conversation="ask-$(date +%s)-$RANDOM"
while [ $# -gt 1 ]; do
  case "$1" in
    --url) url=$2; shift 2 ;;
    --locale) locale=$2; shift 2 ;;
    --conversation) conversation=$2; shift 2 ;;
    *) break ;;
  esac
done
if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo 'usage: bash scripts/ask.sh [--url http://localhost:3978] [--locale fr-FR] [--conversation ID] "your question"' >&2
  exit 2
fi
activity=$(QUESTION="$1" LOCALE="$locale" CONVERSATION="$conversation" node -e 'console.log(JSON.stringify({
  type: "message", text: process.env.QUESTION, locale: process.env.LOCALE, channelId: "emulator",
  from: { id: "ask-sh" }, recipient: { id: "careerbot" }, conversation: { id: process.env.CONVERSATION },
  deliveryMode: "expectReplies" }))')
body=$(mktemp)
trap 'rm -f "$body"' EXIT
status=$(curl -s -o "$body" -w '%{http_code}' -m 30 -X POST "${url%/}/api/messages" -H 'content-type: application/json' --data-binary "$activity")
if [ "$status" = "000" ]; then
  echo "CareerBot does not answer at $url: start it with 'dotnet run --project src/CareerBot' and wait for 'CareerBot is ready'." >&2
  exit 1
fi
if [ "$status" != "200" ]; then
  echo "CareerBot answered HTTP $status:" >&2
  cat "$body" >&2
  echo >&2
  exit 1
fi
node -e '
  const { activities = [] } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const activity of activities.filter((a) => a.type === "message")) {
    if (activity.text) console.log(activity.text + "\n");
    for (const attachment of activity.attachments ?? []) {
      const title = (attachment.content?.body ?? []).find((item) => item.type === "TextBlock")?.text;
      console.log(`[card] ${title ?? attachment.contentType}`);
    }
    const actions = activity.suggestedActions?.actions ?? [];
    if (actions.length > 0) console.log(`[suggested] ${actions.map((a) => a.title).join(" | ")}`);
  }' "$body"
