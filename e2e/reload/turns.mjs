// Keeps asking CareerBot one question, each time in a new conversation, through POST /api/messages with deliveryMode
// expectReplies, until the file STOP exists (or MAX_SECONDS pass). Writes one line per turn to LOG: the HTTP status and
// which wording of the missions answer it got ("main", "key" or "other"). Prints "ok - …"/"not ok - …" at the end.
// Usage: node turns.mjs URL LOG STOP [MAX_SECONDS]
import { appendFileSync, existsSync } from "node:fs";

const [url, log, stop, maxSeconds = "90"] = process.argv.slice(2);
const deadline = Date.now() + Number(maxSeconds) * 1000;
let turns = 0;
let failed = 0;
const seen = { main: 0, key: 0, other: 0 };

while (!existsSync(stop) && Date.now() < deadline) {
  const activity = {
    type: "message", text: "What are the missions?", locale: "en-US", channelId: "emulator",
    from: { id: "reload-e2e" }, recipient: { id: "careerbot" }, conversation: { id: `reload-${process.pid}-${turns}` },
    deliveryMode: "expectReplies",
  };
  let status = 0;
  let wording = "other";
  try {
    const response = await fetch(`${url}/api/messages`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity),
      signal: AbortSignal.timeout(10000),
    });
    status = response.status;
    const text = (await response.json()).activities?.map((a) => a.text ?? "").join("\n") ?? "";
    wording = text.includes("The main missions of a backend developer") ? "main"
      : text.includes("The key missions of a backend developer") ? "key" : "other";
  } catch (error) {
    status = `error ${error.name}`;
  }
  turns += 1;
  if (status !== 200 || wording === "other") failed += 1;
  seen[wording] += 1;
  appendFileSync(log, `${status} ${wording}\n`);
  await new Promise((resolve) => setTimeout(resolve, 25));
}

console.log(`# ${turns} turns: ${seen.main} with the shipped wording, ${seen.key} with the edited one, ${seen.other} other; ${failed} failed`);
const line = (pass, name) => console.log(`${pass ? "ok" : "not ok"} - ${name}`);
line(turns > 0 && failed === 0, `no turn failed while the content was edited (${turns} turns, ${failed} failed)`);
line(seen.main > 0 && seen.key > 0, "the turns saw the content change without a restart (both wordings answered)");
