// The durability suite's driver, one phase per call (run.sh kills CareerBot or stops PostgreSQL between phases); what
// a later phase needs (conversation ids, the Direct Line token and watermark) is kept in a JSON state file.
//   node conversation.mjs PHASE --bot URL --state FILE
// Phases:
//   restart-before   a salary question (the bot asks for the years), a member welcomed, a Direct Line conversation
//                    left at the same question;
//   restart-after    (after SIGKILL and a restart) a bare "6" is taken as the answer (band for 6 years), the member
//                    is not welcomed again, the Direct Line conversation goes on with the same token and watermark;
//   outage-before    a salary question on PostgreSQL (the bot asks for the years), through /api/messages and through
//                    Direct Line;
//   outage-during    (PostgreSQL stopped) /api/messages answers 503 with Retry-After and a JSON error, for the
//                    conversation and for a new one; a Direct Line post answers 503 with Retry-After; /readyz 503;
//   outage-after     (PostgreSQL back) a bare "7" is taken as the answer to the question asked before the outage, on
//                    both; the Direct Line post refused meanwhile left nothing in the history.
// Prints "ok - …"/"not ok - …" per case, then "N passed, N failed".
import { readFileSync, writeFileSync } from 'node:fs';
import {
  asksYears, assert, assertBand, cases, inYears, membersAdded, message, options, runId, send, turn,
} from '../lib/activities.mjs';
import { activitiesUrl, call, fromBot, poll, post, startConversation } from '../lib/directline-rest.mjs';

const [phase, ...rest] = process.argv.slice(2);
const { bot, state: stateFile, label = '' } = options(rest);
assert(phase && bot && stateFile, 'usage: node conversation.mjs PHASE --bot URL --state FILE [--label TEXT]');
const { check, finish } = cases();
const load = () => JSON.parse(readFileSync(stateFile, 'utf8'));
const save = (value) => writeFileSync(stateFile, JSON.stringify(value, null, 2));
const prefix = label ? `${label}: ` : '';
const welcomes = (answer) => answer.texts.filter((t) => t.includes('**CareerBot**')).length;

const salaryQuestion = 'What salary can I expect as a backend developer?';

// A Web Chat conversation (page token, polling) left at the question about years; returns what a later phase needs.
async function directLineAsksYears() {
  const dl = await startConversation(bot);
  const sent = await post(bot, dl.conversationId, dl.token, dl.userId, salaryQuestion);
  const asks = await poll(bot, dl.conversationId, dl.token, dl.watermark, (m) => fromBot(m) && m.replyToId === sent.id, 'the question about years');
  assert(asksYears.test(asks.found.text), `expected the question about years, got ${JSON.stringify(asks.found.text)}`);
  return { conversationId: dl.conversationId, token: dl.token, userId: dl.userId, watermark: asks.set.watermark, questionId: sent.id };
}

switch (phase) {
  case 'restart-before': {
    const state = { conversation: `restart-${runId}`, member: `member-${runId}` };
    await check(`${prefix}before the kill: "${salaryQuestion}" → the bot asks for the years`, async () => {
      await turn(bot, state.conversation, 'user-1', salaryQuestion, [asksYears]);
    });
    await check(`${prefix}before the kill: a member joining is welcomed once`, async () => {
      const answer = await send(bot, membersAdded(state.conversation, state.member, [state.member]));
      assert(answer.status === 200 && welcomes(answer) === 1, `${answer.status}, ${welcomes(answer)} welcomes`);
    });
    await check(`${prefix}before the kill: Direct Line (page token, polling) → welcome, "${salaryQuestion}" → the years question`, async () => {
      state.directLine = await directLineAsksYears();
    });
    save(state);
    break;
  }
  case 'restart-after': {
    const state = load();
    await check(`${prefix}after SIGKILL and a restart: a bare "6" is taken as the answer to the pending question → ${inYears(6)}, €59,000–€73,000`, async () => {
      const text = await turn(bot, state.conversation, 'user-1', '6', [`**${inYears(6)}**`]);
      assertBand(text, 6, 'the reply to "6"');
    });
    await check(`${prefix}after the restart: the member welcomed before is not welcomed again`, async () => {
      const answer = await send(bot, membersAdded(state.conversation, state.member, [state.member]));
      assert(answer.status === 200, `answered ${answer.status}`);
      assert(welcomes(answer) === 0, `welcomed ${welcomes(answer)} times again: the welcomed members were forgotten`);
    });
    await check(`${prefix}after the restart: the Direct Line conversation goes on with the same token and watermark; "6" → €59,000–€73,000`, async () => {
      assert(state.directLine, 'the Direct Line conversation did not start before the kill');
      const dl = state.directLine;
      const waiting = await call('GET', activitiesUrl(bot, dl.conversationId, dl.watermark), dl.token);
      const extra = waiting.activities.filter((m) => m.type === 'message');
      assert(extra.length === 0, `${extra.length} messages after the old watermark, expected none: ${JSON.stringify(extra.map((m) => m.text))}`);
      const reconnected = await call('GET', `${bot}/v3/directline/conversations/${encodeURIComponent(dl.conversationId)}?watermark=${dl.watermark}`, dl.token);
      assert(reconnected.conversationId === dl.conversationId, `reconnecting gave ${reconnected.conversationId}`);
      const sent = await post(bot, dl.conversationId, dl.token, dl.userId, '6');
      const band = await poll(bot, dl.conversationId, dl.token, dl.watermark, (m) => fromBot(m) && m.replyToId === sent.id, 'the band');
      assertBand(band.found.text, 6, 'the reply to "6"');
      assert(!band.set.activities.some((m) => m.id === dl.questionId), 'the activities after the watermark include the question sent before the kill');
      const all = await call('GET', activitiesUrl(bot, dl.conversationId, null), dl.token);
      assert(all.activities.some((m) => m.id === dl.questionId), 'the history lost the question sent before the kill');
      return `${all.activities.length} activities in the history`;
    });
    break;
  }
  case 'outage-before': {
    const state = { conversation: `outage-${runId}` };
    await check(`${prefix}before the outage: "${salaryQuestion}" → the bot asks for the years`, async () => {
      await turn(bot, state.conversation, 'user-1', salaryQuestion, [asksYears]);
    });
    await check(`${prefix}before the outage: Direct Line (page token, polling) → "${salaryQuestion}" → the years question`, async () => {
      state.directLine = await directLineAsksYears();
    });
    save(state);
    break;
  }
  case 'outage-during': {
    const state = load();
    const unavailable = async (conversationId, text) => {
      const answer = await send(bot, message(conversationId, 'user-1', text));
      assert(answer.status === 503, `answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
      const retryAfter = answer.headers.get('retry-after');
      assert(retryAfter && /^\d+$/.test(retryAfter.trim()) && Number(retryAfter) > 0, `Retry-After is ${JSON.stringify(retryAfter)}`);
      const error = answer.body && answer.body.error;
      assert(error && error.code === 'ServiceUnavailable' && typeof error.message === 'string' && error.message.length > 0,
        `expected {"error":{"code":"ServiceUnavailable","message":…}}, got ${JSON.stringify(answer.body).slice(0, 300)}`);
      assert(/json/.test(answer.headers.get('content-type') || ''), `Content-Type is ${answer.headers.get('content-type')}`);
      return `Retry-After: ${retryAfter}; "${error.message.slice(0, 80)}"`;
    };
    await check(`${prefix}database down: "7" in the conversation → 503 with Retry-After and a JSON error`, () => unavailable(state.conversation, '7'));
    await check(`${prefix}database down: a new conversation → 503 with Retry-After and a JSON error`, () => unavailable(`outage-new-${runId}`, salaryQuestion));
    await check(`${prefix}database down: a Direct Line post ("7") → 503 with Retry-After`, async () => {
      assert(state.directLine, 'the Direct Line conversation did not start before the outage');
      const dl = state.directLine;
      const response = await fetch(activitiesUrl(bot, dl.conversationId), {
        method: 'POST',
        headers: { Authorization: `Bearer ${dl.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: '7', locale: 'en-US', from: { id: dl.userId, role: 'user' } }),
        signal: AbortSignal.timeout(20000),
      });
      const text = await response.text();
      assert(response.status === 503, `answered ${response.status}: ${text.slice(0, 300)}`);
      const retryAfter = response.headers.get('retry-after');
      assert(retryAfter && /^\d+$/.test(retryAfter.trim()), `Retry-After is ${JSON.stringify(retryAfter)}`);
      return `Retry-After: ${retryAfter}; ${text.slice(0, 120)}`;
    });
    await check(`${prefix}database down: /readyz answers 503 and says the storage is not healthy; /healthz still 200`, async () => {
      const ready = await fetch(`${bot}/readyz`, { signal: AbortSignal.timeout(15000) });
      const body = await ready.text();
      assert(ready.status === 503, `/readyz answered ${ready.status}: ${body.slice(0, 300)}`);
      let report;
      try { report = JSON.parse(body); } catch { throw new Error(`/readyz body is not JSON: ${body.slice(0, 300)}`); }
      const storage = report.entries && report.entries.storage;
      assert(storage && storage.status !== 'Healthy', `the storage entry is ${JSON.stringify(storage)}`);
      const alive = await fetch(`${bot}/healthz`, { signal: AbortSignal.timeout(5000) });
      assert(alive.status === 200, `/healthz answered ${alive.status}`);
      return `/readyz ${report.status}, storage ${storage.status}`;
    });
    break;
  }
  case 'outage-after': {
    const state = load();
    await check(`${prefix}database back: a bare "7" is taken as the answer to the question asked before the outage → ${inYears(7)}, €59,000–€73,000`, async () => {
      const text = await turn(bot, state.conversation, 'user-1', '7', [`**${inYears(7)}**`]);
      assertBand(text, 7, 'the reply to "7"');
    });
    await check(`${prefix}database back: the conversation goes on ("and with 12?" → €73,000–€88,000)`, async () => {
      const text = await turn(bot, state.conversation, 'user-1', 'and with 12?', [`**${inYears(12)}**`]);
      assertBand(text, 12, 'the reply to "and with 12?"');
    });
    await check(`${prefix}database back: the Direct Line conversation goes on: "7" → €59,000–€73,000, and the post refused during the outage left nothing behind`, async () => {
      assert(state.directLine, 'the Direct Line conversation did not start before the outage');
      const dl = state.directLine;
      const sent = await post(bot, dl.conversationId, dl.token, dl.userId, '7');
      const band = await poll(bot, dl.conversationId, dl.token, dl.watermark, (m) => fromBot(m) && m.replyToId === sent.id, 'the band');
      assertBand(band.found.text, 7, 'the reply to "7"');
      const all = await call('GET', activitiesUrl(bot, dl.conversationId, null), dl.token);
      const sevens = all.activities.filter((m) => m.type === 'message' && m.from.role !== 'bot' && m.text === '7');
      assert(sevens.length === 1, `the history holds ${sevens.length} user messages "7", expected the one sent after the outage`);
    });
    break;
  }
  default:
    throw new Error(`unknown phase ${phase}`);
}

finish();
