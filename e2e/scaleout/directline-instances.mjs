// Direct Line 3.0 spread over two CareerBot instances, as a load balancer without sticky sessions spreads a Web Chat
// visitor's requests: the token from one instance, the conversation started on the other, the WebSocket stream on one
// while messages are posted to either, and the activities read back from both by watermark.
//   node directline-instances.mjs --a URL --b URL [--tls URL]
// With --tls (nginx's HTTPS URL, its certificate in NODE_EXTRA_CA_CERTS), also checks that the URLs CareerBot hands
// out behind a TLS-terminating proxy are https:// and wss:// on the proxy's host. Uses the ws package pinned by the Direct Line suite (e2e/directline). Prints "ok - …"/"not ok - …", then the totals.
import { createRequire } from 'node:module';
import { assert, assertBand, asksYears, cases, options } from '../lib/activities.mjs';
import { call, fromBot, pageToken, poll, post, startConversation } from '../lib/directline-rest.mjs';

const require = createRequire(new URL('../directline/package.json', import.meta.url));
const WebSocket = require('ws');

const { a, b, tls } = options();
assert(a && b, 'usage: node directline-instances.mjs --a URL --b URL');
const { check, finish } = cases();

// Opens the WebSocket stream of CONVERSATION on BASE (the streamUrl's path and token, another instance's host).
function stream(base, streamUrl) {
  const url = new URL(streamUrl);
  const target = new URL(base);
  url.protocol = 'ws:';
  url.host = target.host;
  const socket = new WebSocket(url.toString());
  const received = [];
  const waiters = [];
  socket.on('message', (data) => {
    const text = data.toString();
    if (!text.trim()) return; // keep-alive
    const frame = JSON.parse(text);
    received.push(...(frame.activities || []));
    for (const waiter of [...waiters]) waiter();
  });
  const opened = new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
    socket.once('unexpected-response', (_, response) => reject(new Error(`the stream on ${base} answered ${response.statusCode}`)));
  });
  function next(predicate, what, timeoutMs = 15000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(look), 1);
        reject(new Error(`the stream on ${base} did not bring ${what} within ${timeoutMs} ms; it brought ${JSON.stringify(received.map((m) => [m.from && m.from.role, m.text]))}`));
      }, timeoutMs);
      function look() {
        const found = received.find(predicate);
        if (found) {
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(look), 1);
          resolve(found);
        }
      }
      waiters.push(look);
      look();
    });
  }
  return { socket, opened, received, next, close: () => socket.terminate() };
}

let shared = null; // the conversation of the first case, read back by the second

await check('Direct Line across instances, WebSocket: token from A, conversation started on B, the stream on A brings the welcome and the replies to messages posted on B and on A', async () => {
  const page = await pageToken(a);
  const started = await call('POST', `${b}/v3/directline/conversations`, page.token);
  assert(started.conversationId === page.conversationId, `B started ${started.conversationId}, the token is for ${page.conversationId}`);
  const onA = stream(a, started.streamUrl);
  try {
    await onA.opened;
    await onA.next((m) => fromBot(m) && /CareerBot/.test(m.text), 'the welcome');
    const question = await post(b, started.conversationId, started.token, page.userId, 'What salary can I expect as a backend developer?');
    const asks = await onA.next((m) => fromBot(m) && m.replyToId === question.id, 'the question about years (message posted on B)');
    assert(asksYears.test(asks.text), `expected the question about years, got ${JSON.stringify(asks.text)}`);
    const answer = await post(a, started.conversationId, started.token, page.userId, '9 years');
    const band = await onA.next((m) => fromBot(m) && m.replyToId === answer.id, 'the band (message posted on A)');
    assertBand(band.text, 9, 'the reply to "9 years"');
    shared = { conversationId: started.conversationId, token: started.token, userId: page.userId, answerId: answer.id };
  } finally {
    onA.close();
  }
});

await check("Direct Line across instances: A and B list the same activities with the same watermark, and B has nothing after A's watermark", async () => {
  assert(shared, 'the previous case did not get that far');
  const path = `/v3/directline/conversations/${encodeURIComponent(shared.conversationId)}/activities`;
  const [onA, onB] = await Promise.all([call('GET', `${a}${path}`, shared.token), call('GET', `${b}${path}`, shared.token)]);
  const ids = (set) => set.activities.map((m) => m.id).join(',');
  assert(ids(onA) === ids(onB), `A lists ${ids(onA)}, B lists ${ids(onB)}`);
  assert(onA.watermark === onB.watermark, `A's watermark is ${onA.watermark}, B's is ${onB.watermark}`);
  const texts = onA.activities.filter((m) => m.type === 'message').map((m) => `${m.from.role}: ${m.text.split('\n')[0].slice(0, 40)}`);
  assert(onA.activities.filter(fromBot).length >= 3, `expected the welcome, the question and the band, got ${JSON.stringify(texts)}`);
  assert(onA.activities.some((m) => m.id === shared.answerId), `the message "9 years" (${shared.answerId}) is not in the list`);
  const empty = await call('GET', `${b}${path}?watermark=${encodeURIComponent(onA.watermark)}`, shared.token);
  assert(empty.activities.length === 0, `B gives ${empty.activities.length} activities after A's last watermark`);
  return `${onA.activities.length} activities, watermark ${onA.watermark}`;
});

await check('Direct Line across instances, polling: each message posted on one instance, its reply read on the other from the watermark', async () => {
  const dl = await startConversation(b, a); // the page's token from B, the conversation started (and its welcome read) on A
  const question = await post(a, dl.conversationId, dl.token, dl.userId, 'What salary can I expect as a backend developer?');
  const asks = await poll(b, dl.conversationId, dl.token, dl.watermark, (m) => fromBot(m) && m.replyToId === question.id, 'the question about years');
  assert(asksYears.test(asks.found.text), `expected the question about years, got ${JSON.stringify(asks.found.text)}`);
  const answer = await post(b, dl.conversationId, dl.token, dl.userId, '13 years');
  const band = await poll(a, dl.conversationId, dl.token, asks.set.watermark, (m) => fromBot(m) && m.replyToId === answer.id, 'the band');
  assertBand(band.found.text, 13, 'the reply to "13 years"');
  assert(!band.set.activities.some((m) => m.id === question.id), 'reading from the watermark gave the first question again');
});

if (tls) {
  await check('behind nginx terminating TLS: /api/webchat/token gives the https:// Direct Line domain and the conversation\'s streamUrl is wss://, both on the proxy\'s host', async () => {
    const page = await pageToken(tls);
    assert(page.domain === `${tls}/v3/directline`, `the token's domain is ${page.domain}, expected ${tls}/v3/directline`);
    const started = await call('POST', `${page.domain}/conversations`, page.token);
    const expected = `wss://${new URL(tls).host}/v3/directline/conversations/`;
    assert(started.streamUrl.startsWith(expected), `the streamUrl is ${started.streamUrl.split('?')[0]}, expected ${expected}…`);
    return started.streamUrl.split('?')[0];
  });
}

finish();
