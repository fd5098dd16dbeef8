// The real Direct Line client from Node against CareerBot: each case prints "ok" or "not ok", then the totals.
//   node conversation.mjs BASE_URL SECRET [LABEL]
// BASE_URL is CareerBot, or a load balancer in front of several instances (e2e/scaleout); LABEL prefixes the cases.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
globalThis.XMLHttpRequest = require('xhr2');
globalThis.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [base, secret, label] = process.argv.slice(2);
const prefix = label ? `${label}, ` : '';
const domain = `${base}/v3/directline`;
let passed = 0;
let failed = 0;

async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok - ${prefix}${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${prefix}${name}: ${error && error.stack ? error.stack : error}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function pageToken() {
  const response = await fetch(`${base}/api/webchat/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale: 'en-US' }),
  });
  assert(response.ok, `token endpoint answered ${response.status}`);
  return response.json();
}

// A conversation through DirectLineJS: collects the bot's messages and waits for the one that matches.
function open(options) {
  const directLine = new DirectLine({ domain, pollingInterval: 300, ...options });
  const messages = [];
  const waiters = [];
  const statuses = [];
  directLine.connectionStatus$.subscribe({ next: (status) => statuses.push(status), error: () => {} });
  directLine.activity$.subscribe({
    next: (activity) => {
      messages.push(activity);
      for (const waiter of [...waiters]) waiter();
    },
    error: () => {},
  });
  function next(predicate, what, timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(messages.map((m) => [m.type, m.from && m.from.role, m.text]))}`)), timeoutMs);
      const look = () => {
        for (const message of messages) {
          if (predicate(message)) {
            clearTimeout(timer);
            waiters.splice(waiters.indexOf(look), 1);
            resolve(message);
            return;
          }
        }
      };
      waiters.push(look);
      look();
    });
  }
  function post(text, userId) {
    const clientActivityID = `e2e-${Math.random().toString(36).slice(2)}`;
    return new Promise((resolve, reject) => {
      directLine.postActivity({ type: 'message', text, locale: 'en-US', from: { id: userId, role: 'user' }, channelData: { clientActivityID } })
        .subscribe({ next: (id) => resolve({ id, clientActivityID }), error: reject });
    });
  }
  return { directLine, messages, statuses, next, post };
}

const fromBot = (m) => m.type === 'message' && m.from && m.from.role === 'bot';

async function salaryConversation(webSocket, credential) {
  const chat = open({ webSocket, ...credential.options });
  try {
    const welcome = await chat.next((m) => fromBot(m) && /CareerBot/.test(m.text), 'the welcome');
    assert(welcome.suggestedActions && welcome.suggestedActions.actions.length > 0, 'the welcome has no suggested actions');
    assert(welcome.channelId === 'webchat', `channelId is ${welcome.channelId}`);

    const sent = await chat.post('What salary can I expect?', credential.userId);
    assert(typeof sent.id === 'string' && sent.id.length > 0, 'postActivity returned no id');
    const echo = await chat.next((m) => m.channelData && m.channelData.clientActivityID === sent.clientActivityID, 'the echo of the user message');
    assert(echo.id === sent.id, `the echo has id ${echo.id}, postActivity said ${sent.id}`);
    const asks = await chat.next((m) => fromBot(m) && m.replyToId === sent.id, 'the question about years');
    assert(/How many years of experience/.test(asks.text), `expected a question about years, got: ${asks.text}`);

    const years = await chat.post('7 years', credential.userId);
    const band = await chat.next((m) => fromBot(m) && m.replyToId === years.id, 'the salary band');
    assert(band.text.includes('€59,000–€73,000'), `expected the band €59,000–€73,000, got: ${band.text}`);
    assert(chat.statuses.includes(ConnectionStatus.Online), 'never online');
  } finally {
    chat.directLine.end();
  }
}

for (const webSocket of [false, true]) {
  const transport = webSocket ? 'WebSocket' : 'polling';
  await check(`${transport}: page token, welcome, "What salary can I expect?" → years → "7 years" → €59,000–€73,000`, async () => {
    const session = await pageToken();
    await salaryConversation(webSocket, { userId: session.userId, options: { token: session.token } });
  });
  await check(`${transport}: token from tokens/generate with the secret holds the same conversation`, async () => {
    const response = await fetch(`${domain}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: 'dl_e2e-user' } }),
    });
    assert(response.ok, `tokens/generate answered ${response.status}`);
    const granted = await response.json();
    await salaryConversation(webSocket, { userId: 'dl_e2e-user', options: { token: granted.token } });
  });
}

await check('a forged token is refused with 403', async () => {
  const response = await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: 'Bearer dl1.forged.token' } });
  assert(response.status === 403, `expected 403, got ${response.status}`);
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
