#!/usr/bin/env node
// Drives one running Microsoft 365 Agents Playground (which is connected to a running CareerBot) through the
// Playground's own internal API, exactly as its web UI does, and checks what CareerBot answers.
//
//   node conversation.js --playground http://127.0.0.1:P --bot http://127.0.0.1:B --bot-log FILE
//                        --channel msteams|emulator --out DIR
//
// Endpoints (checked against @microsoft/m365agentsplayground 0.2.28, dist/index.js and dist/client):
//   GET  /_internal/v1/config                              config.personalChat.id, config.currentUser.id, config.bot.id;
//                                                          the server first probes the bot (HEAD) for up to 15 s
//   POST /_debug/conversation/{id}/installation            replays install: installationUpdate (msteams only) then
//                                                          conversationUpdate (membersAdded)
//   POST /_conversation/v1/conversations/{id}/messages     {type:"text",text,textFormat:"plain",from:{id}} -> {messageId,timestamp}
//   WS   /_ws_conversation/v1/conversations/stream         {action:"createMessage"|"updateMessage"|"typing",
//                                                          actionConversationId, message:{messageId,from:{id},text,suggestedActions,...}}
//   WS   /_ws/log/stream                                   {logAction:"appendLog",log:{...}}: status lines ("Connected.") and every
//                                                          activity both ways with its HTTP status (the raw transcript)
// Both WebSockets buffer frames only while no client is connected, so they are opened before anything else.
//
// Prints one "ok - name" / "not ok - name" line per case; exit code 1 when any case failed.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const WebSocket = require('ws');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['playground', 'bot', 'bot-log', 'channel', 'out']) {
  if (!args[k]) { console.error(`missing --${k}`); process.exit(2); }
}
const base = args.playground.replace(/\/$/, '');
const channel = args.channel;
const REPLY_TIMEOUT_MS = Number(process.env.PLAYGROUND_REPLY_TIMEOUT_MS || 30000);
const HTTP_TIMEOUT_MS = 20000;

const events = []; // the raw transcript: everything sent and everything that came back, in order
const logFrames = []; // the Playground's log stream: activities exchanged with the bot, with status codes
const botMessages = []; // createMessage/updateMessage frames from the bot
const record = (direction, what, data) => events.push({ at: new Date().toISOString(), direction, what, data });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function http(method, url, body) {
  const init = { method, headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) };
  if (body !== undefined) init.body = JSON.stringify(body);
  record('sent', `${method} ${url.replace(base, '')}`, body ?? null);
  const res = await fetch(url, init);
  const text = await res.text();
  let data = text;
  try { data = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  record('received', `${res.status} ${method} ${url.replace(base, '')}`, data);
  return { status: res.status, data };
}

function openSocket(pathname, onFrame) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(base.replace(/^http/, 'ws') + pathname);
    const timer = setTimeout(() => { ws.terminate(); reject(new Error(`WebSocket ${pathname} did not open`)); }, HTTP_TIMEOUT_MS);
    ws.on('open', () => { clearTimeout(timer); resolve(ws); });
    ws.on('error', (e) => { clearTimeout(timer); reject(e); });
    ws.on('message', (d) => {
      let frame;
      try { frame = JSON.parse(d.toString()); } catch { frame = d.toString(); }
      onFrame(frame);
    });
  });
}

/** Waits until a frame matching `pred` is in `list` (from index `from`); returns it, or throws with what came. */
async function waitFor(list, from, pred, what, timeoutMs = REPLY_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = list.slice(from).find(pred);
    if (hit) return hit;
    if (Date.now() > deadline) {
      const got = list.slice(from).map((m) => JSON.stringify(m.message ? m.message.text
        : m.log ? `${m.log.activityName || ''} ${m.log.request && m.log.request.body ? m.log.request.body.type : ''} ${m.log.displayText || ''}`.trim()
          : m).slice(0, 200));
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; got ${got.length ? got.join(' | ') : 'nothing'}`);
    }
    await sleep(50);
  }
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const full = `${channel}: ${name}`;
  try {
    await fn();
    passed++;
    console.log(`ok - ${full}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${full}`);
    for (const line of String(e && e.stack ? e.message : e).split('\n')) console.log(`#   ${line}`);
  }
}

function headProbes() { // HEAD requests to /api/messages the bot finished, from its hosting diagnostics log
  const log = fs.existsSync(args['bot-log']) ? fs.readFileSync(args['bot-log'], 'utf8') : '';
  return [...log.matchAll(/Request finished HTTP\/[\d.]+ HEAD \S+\/api\/messages - (\d{3})/g)].map((m) => Number(m[1]));
}

async function main() {
  fs.mkdirSync(args.out, { recursive: true });
  let cfg;
  let conversationId;
  let userId;
  let botId;

  // Typing frames carry no message; everything else with a message from the bot is a reply.
  await openSocket('/_ws/log/stream', (f) => { logFrames.push(f); });
  await openSocket('/_ws_conversation/v1/conversations/stream', (f) => {
    record('received', 'ws conversation', f);
    if (f && f.message && (f.action === 'createMessage' || f.action === 'updateMessage')) botMessages.push(f);
  });

  /** Sends `text` as the web UI does and returns the bot's replies to that very message (texts joined), matched
   * through the Playground's log: the reply's replyToId is the id of the activity carrying `text`. A late reply to an
   * earlier message is therefore never taken for this one. */
  async function say(text, what, chat = { id: conversationId }) {
    const sentAt = Date.now() - 1000;
    const body = { type: 'text', text, textFormat: 'plain', from: { id: userId } };
    if (chat.mentions) body.mentions = chat.mentions;
    const res = await http('POST', `${base}/_conversation/v1/conversations/${encodeURIComponent(chat.id)}/messages`, body);
    assert.equal(res.status, 200, `POST messages answered ${res.status}: ${JSON.stringify(res.data)}`);
    assert.ok(res.data && res.data.messageId, 'POST messages returned no messageId');
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    let answeredAt;
    for (;;) {
      // The Playground logs the activity it sent once the bot answered the POST (after the bot's replies).
      const sent = logFrames.find((f) => f && f.log && f.log.to === 'User Application' && f.log.timestamp >= sentAt
        && f.log.request && f.log.request.body && f.log.request.body.type === 'message' && f.log.request.body.text === text);
      if (sent) {
        assert.equal(sent.log.response && sent.log.response.statusCode, 200,
          `the bot answered the message with ${JSON.stringify(sent.log.response)}`);
        const replyFrames = logFrames
          .filter((f) => f && f.log && f.log.from === 'User Application' && f.log.request && f.log.request.body
            && f.log.request.body.replyToId === sent.log.request.body.id);
        const replyIds = new Set(replyFrames.map((f) => f.log.messageId).filter(Boolean));
        // A reply with text and a card is shown as two messages (the Playground splits it, answers 202 and logs it
        // with no messageId): those are the bot's messages created in the same instant as the logged reply.
        const splitAt = replyFrames.filter((f) => !f.log.messageId).map((f) => f.log.timestamp);
        const replies = botMessages.filter((m) => m.actionConversationId === chat.id && (replyIds.has(m.message.messageId)
          || splitAt.some((t) => Math.abs(m.message.timestamp - t) <= 250)));
        if (replies.length > 0 && replies.length >= replyIds.size + 2 * splitAt.length) {
          for (const r of replies) assert.equal(r.message.from.id, botId, 'a reply is not from the bot');
          return {
            text: replies.map((r) => r.message.text || '').join('\n\n'),
            attachments: replies.flatMap((r) => r.message.attachments || []),
            messages: replies.map((r) => r.message),
            sent: replyFrames.map((f) => f.log.request.body), // the activities as the bot POSTed them
          };
        }
        answeredAt ??= Date.now();
        if (replyIds.size === 0 && Date.now() - answeredAt > 2000) throw new Error(`the bot sent no reply to ${JSON.stringify(text)}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${REPLY_TIMEOUT_MS} ms waiting for ${what}${sent ? '' : ' (the bot has not answered the POST)'}`);
      }
      await sleep(50);
    }
  }

  const probesBefore = headProbes().length;
  await check('the Playground connects to CareerBot (HEAD /api/messages probe, then GET config)', async () => {
    const res = await http('GET', `${base}/_internal/v1/config`);
    assert.equal(res.status, 200);
    cfg = res.data.config;
    conversationId = cfg.personalChat.id;
    userId = cfg.currentUser.id;
    botId = cfg.bot.id;
    assert.ok(conversationId && userId && botId, 'config lacks personalChat.id, currentUser.id or bot.id');
    // The Playground logs "Connected." once its HEAD probe got any HTTP answer, before it answers the config request.
    await waitFor(logFrames, 0, (f) => f && f.log && f.log.displayText === 'Connected.', 'the Playground to log "Connected."', 5000);
    // The bot saw the probe and answered it without breaking (protocol.md: 405, 404 also fine; never 5xx).
    let probes = [];
    const deadline = Date.now() + 5000;
    while ((probes = headProbes().slice(probesBefore)).length === 0 && Date.now() < deadline) await sleep(100);
    assert.ok(probes.length > 0, 'the bot logged no HEAD /api/messages from the Playground');
    for (const s of probes) assert.ok(s === 405 || s === 404, `the bot answered the HEAD probe with ${s}`);
    const health = await fetch(`${args.bot}/healthz`, { signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
    assert.equal(health.status, 200, `/healthz answered ${health.status} after the probe`);
  });
  if (!cfg) {
    finish();
    return;
  }

  let welcome;
  await check('install (personal chat) -> welcome "I\'m **CareerBot**" with 3 suggested actions', async () => {
    const from = botMessages.length;
    const res = await http('POST', `${base}/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
    assert.equal(res.status, 200, `installation answered ${res.status}`);
    welcome = (await waitFor(botMessages, from, (m) => m.actionConversationId === conversationId, 'the welcome')).message;
    assert.match(welcome.text || '', /I'm \*\*CareerBot\*\*/);
    const actions = (welcome.suggestedActions && welcome.suggestedActions.actions) || [];
    assert.equal(actions.length, 3, `suggested actions: ${JSON.stringify(actions)}`);
    for (const a of actions) assert.equal(a.type, 'imBack', `suggested action ${JSON.stringify(a)}`);
  });

  await check('the install is welcomed once, and the bot answered every activity the Playground sent it with 200', async () => {
    const expected = channel === 'msteams' ? ['installationUpdate', 'conversationUpdate'] : ['conversationUpdate'];
    const isToBot = (f) => f && f.log && f.log.activityName && f.log.to === 'User Application';
    for (const t of expected) { // logged once the bot answered it, i.e. after any welcome it sent
      await waitFor(logFrames, 0, (f) => isToBot(f) && f.log.request && f.log.request.body && f.log.request.body.type === t,
        `the bot to answer the ${t} the Playground sent`);
    }
    await sleep(1000); // leave time for a late second welcome to show up
    const welcomes = botMessages.filter((m) => /I'm \*\*CareerBot\*\*/.test(m.message.text || ''));
    assert.equal(welcomes.length, 1, `${welcomes.length} welcomes`);
    const toBot = logFrames.filter(isToBot);
    for (const f of toBot) {
      assert.equal(f.log.response && f.log.response.statusCode, 200,
        `${f.log.activityName} answered ${JSON.stringify(f.log.response)}`);
    }
  });

  await check('"What salary can I expect?" -> asks "How many years of experience"', async () => {
    const m = await say('What salary can I expect?', 'a reply to "What salary can I expect?"');
    assert.match(m.text || '', /How many years of experience/);
  });

  await check(`"7 years" -> "€59,000–€73,000" with the salary Adaptive Card (schema 1.5, the band highlighted) and its source (${channel === 'msteams' ? 'a schema.org citation marked [1]' : 'a "Source:" line'})`, async () => {
    const m = await say('7 years', 'a reply to "7 years"');
    assert.ok((m.text || '').includes('€59,000–€73,000'), `reply: ${m.text}`);
    const cards = (m.attachments || []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    assert.equal(cards.length, 1, `attachments: ${JSON.stringify(m.attachments)}`);
    const card = typeof cards[0].content === 'string' ? JSON.parse(cards[0].content) : cards[0].content;
    assert.equal(card.version, '1.5');
    const table = card.body.find((e) => e.type === 'Table');
    const highlighted = table.rows.filter((r) => r.style === 'accent').map((r) => r.cells[1].items[0].text);
    assert.deepEqual(highlighted, ['€59,000–€73,000']);
    const action = card.actions[0];
    assert.equal(action.type, channel === 'msteams' ? 'Action.Execute' : 'Action.Submit');
    const sent = m.sent.find((a) => a.type === 'message' && (a.text || '').includes('€59,000–€73,000'));
    assert.ok(sent, `no reply activity logged: ${JSON.stringify(m.sent)}`);
    const messageEntities = (sent.entities || []).filter((e) => e.type === 'https://schema.org/Message');
    if (channel === 'msteams') {
      assert.equal(messageEntities.length, 1, `entities: ${JSON.stringify(sent.entities)}`);
      const [entity] = messageEntities;
      assert.deepEqual([entity['@type'], entity['@context'], entity['@id'], entity.additionalType], ['Message', 'https://schema.org', '', undefined]);
      assert.equal(entity.citation.length, 1);
      const [claim] = entity.citation;
      assert.deepEqual([claim['@type'], claim.position, claim.appearance['@type']], ['Claim', 1, 'DigitalDocument']);
      assert.equal(claim.appearance.name, 'Roles and missions of the Backend Developer');
      assert.ok(claim.appearance.abstract && claim.appearance.abstract.length <= 160, `abstract: ${claim.appearance.abstract}`);
      assert.ok(sent.text.includes(`[${claim.position}]`), `no in-text marker: ${sent.text}`);
      assert.ok(!sent.text.includes('Source:'), `a Source line in Teams: ${sent.text}`);
    } else {
      assert.equal(messageEntities.length, 0, `entities: ${JSON.stringify(sent.entities)}`);
      assert.ok(sent.text.endsWith('\n\nSource: *Roles and missions of the Backend Developer*'), `reply: ${sent.text}`);
    }
  });

  if (channel === 'msteams') {
    let paths;
    await check('"what are the career paths?" -> "Technical manager"', async () => {
      paths = await say('what are the career paths?', 'a reply to "what are the career paths?"');
      assert.ok((paths.text || '').includes('Technical manager'), `reply: ${paths.text}`);
    });

    // Teams' feedback loop: the answer carries channelData.feedbackLoop (the Playground shows its thumbs), and the
    // Playground's custom invoke message/submitAction (what Teams sends once a thumb is chosen and the form submitted)
    // is answered 200 and counted. The Playground 0.2.x sends it without a replyToId: the rating's answer is "unknown".
    await check('the answer carries the feedback loop; a dislike with a comment (invoke message/submitAction) is answered 200 and counted', async () => {
      assert.ok(paths && paths.messages.some((message) => message.feedbackLoopEnabled), 'the Playground shows no feedback buttons on the answer');
      const invoke = {
        name: 'message/submitAction',
        conversation: { id: conversationId },
        from: { id: userId },
        replyToId: paths.messages[0].messageId,
        value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'The architect path is missing' }) } },
      };
      const res = await http('POST', `${base}/_conversation/v1/invoke`, invoke);
      assert.equal(res.status, 200, `the invoke answered ${res.status}: ${JSON.stringify(res.data)}`);
      const logged = await waitFor(logFrames, 0, (f) => f && f.log && f.log.to === 'User Application' && f.log.request
        && f.log.request.body && f.log.request.body.name === 'message/submitAction', 'the invoke in the Playground log', 5000);
      assert.equal(logged.log.response && logged.log.response.statusCode, 200, `the bot answered ${JSON.stringify(logged.log.response)}`);
      const metrics = await (await fetch(`${args.bot}/metrics`, { signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) })).text();
      const line = metrics.split('\n').find((l) => l.startsWith('careerbot_feedback_total{') && l.includes('careerbot_channel="msteams"')
        && l.includes('careerbot_reaction="dislike"'));
      assert.ok(line, 'no careerbot_feedback_total for the dislike on msteams');
      console.log(`# ${line}`);
    });

    // Teams names the rated answer in replyToId (the Playground 0.2.x does not): the same invoke with it, sent as
    // Teams would, finds the answer by the id the Playground's connector gave the reply (201 {"id"}), so the rating
    // says what was rated.
    await check('a like naming the answer by the id the connector gave it (replyToId) is counted with its "handled as" name', async () => {
      const rated = paths.messages[0].messageId;
      const res = await fetch(`${args.bot}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'invoke', name: 'message/submitAction', id: 'rating-1', channelId: 'msteams', serviceUrl: 'http://localhost:56150/_connector',
          conversation: { id: conversationId, conversationType: 'personal' }, from: { id: userId }, recipient: { id: botId }, locale: 'en-US',
          replyToId: rated,
          value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: JSON.stringify({ feedbackText: '' }) } },
        }),
        signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
      });
      assert.equal(res.status, 200, `the invoke answered ${res.status}: ${await res.text()}`);
      const metrics = await (await fetch(`${args.bot}/metrics`, { signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) })).text();
      const line = metrics.split('\n').find((l) => l.startsWith('careerbot_feedback_total{') && l.includes('careerbot_channel="msteams"')
        && l.includes('careerbot_reaction="like"'));
      assert.ok(line, 'no careerbot_feedback_total for the like on msteams');
      assert.ok(line.includes('careerbot_intent="career-paths"') && line.includes('careerbot_language="en"'), line);
      console.log(`# ${line}`);
    });

    // The Playground's UI sends an imBack button's *title* (not its value) when clicked: the titles must work too.
    await check('clicking the suggested action "Salary" as the Playground UI does (it sends the title) -> the salary table', async () => {
      const m = await say('Salary', 'a reply to "Salary"');
      assert.match(m.text || '', /from \*\*€35,000\*\* \(0 to 2 years\) to \*\*€105,000\*\* \(over 15 years\)/);
    });

    // In a group chat the Playground's UI sends the text with "<at>Name</at>" and a mention entity for it.
    await check('group chat: "<at>Test Bot</at> What salary can I expect?" (mentioning the bot) -> asks for the years', async () => {
      const group = cfg.groupChats && cfg.groupChats[0];
      assert.ok(group && group.id, 'config lacks groupChats[0]');
      const at = `<at>${cfg.bot.name}</at>`;
      const m = await say(`${at} What salary can I expect?`, 'a reply in the group chat',
        { id: group.id, mentions: [{ mentioned: { id: botId, name: cfg.bot.name }, text: at }] });
      assert.match(m.text || '', /How many years of experience/);
    });
  }

  // Every reply reached the Playground's connector and was accepted (201), as a reply to the user's message.
  await check('every bot reply was POSTed to the Playground connector and accepted (201, or 202 when split in two)', async () => {
    await sleep(300);
    const fromBot = logFrames.filter((f) => f && f.log && f.log.activityName && f.log.from === 'User Application');
    assert.ok(fromBot.length > 0 && fromBot.length <= botMessages.length, `${fromBot.length} replies logged, ${botMessages.length} shown`);
    for (const f of fromBot) {
      // 201: shown as one message; 202: shown as several (text, then the card).
      assert.ok([201, 202].includes(f.log.response && f.log.response.statusCode), `reply answered ${JSON.stringify(f.log.response)}`);
      assert.equal(f.log.request.body.channelId, channel, `reply channelId ${f.log.request.body.channelId}`);
    }
  });

  finish();
}

function finish() {
  const out = args.out;
  fs.writeFileSync(path.join(out, `${channel}.transcript.json`), JSON.stringify(events, null, 2));
  fs.writeFileSync(path.join(out, `${channel}.playground-log.jsonl`), logFrames.map((f) => JSON.stringify(f)).join('\n') + '\n');
  // The Playground logs an activity it sent once the bot answered it, i.e. after the replies: order by timestamp.
  const lines = [];
  const byTime = logFrames.filter((f) => f && f.log).sort((a, b) => (a.log.timestamp || 0) - (b.log.timestamp || 0));
  for (const f of byTime) {
    const l = f && f.log;
    if (!l) continue;
    if (!l.activityName) { lines.push(`-- ${l.displayText}`); continue; }
    const body = (l.request && l.request.body) || {};
    const arrow = l.from === 'User Application' ? 'bot  ->' : 'user ->';
    const status = l.response ? l.response.statusCode : '?';
    const actions = body.suggestedActions ? ` [${body.suggestedActions.actions.map((a) => a.title).join(' | ')}]` : '';
    lines.push(`${arrow} ${body.type}${body.action ? `(${body.action})` : ''} [${status}] ${body.text ? JSON.stringify(body.text) : ''}${actions}`);
  }
  fs.writeFileSync(path.join(out, `${channel}.transcript.txt`), lines.join('\n') + '\n');
  console.log(`# ${channel}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  failed++;
  console.log(`not ok - ${channel}: the conversation driver ran to the end`);
  console.log(`#   ${e && e.stack ? e.stack.split('\n').join('\n#   ') : e}`);
  try { finish(); } catch { process.exit(1); }
});
