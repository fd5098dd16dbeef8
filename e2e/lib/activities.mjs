// Shared by the Node drivers that talk to CareerBot's /api/messages directly (no npm package: Node's own fetch):
// counting "ok"/"not ok" cases, building Bot Framework activities, sending them with deliveryMode "expectReplies"
// (the replies come back in the response body), and the backend developer's salary bands to check replies against.

export function cases() {
  let passed = 0;
  let failed = 0;
  return {
    async check(name, body) {
      try {
        const detail = await body();
        passed++;
        console.log(`ok - ${name}${detail ? ` (${detail})` : ''}`);
      } catch (error) {
        failed++;
        console.log(`not ok - ${name}: ${error && error.stack ? error.stack : error}`);
      }
    },
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// A unique prefix for this run's conversation ids, so that a store kept between runs (the default SQLite file) never
// mixes them up.
export const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

let nextId = 0;
const base = (conversationId, fromId) => ({
  id: `e2e-${runId}-${++nextId}`,
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  from: { id: fromId },
  recipient: { id: 'bot' },
  conversation: { id: conversationId },
  locale: 'en-US',
  deliveryMode: 'expectReplies',
});

export const message = (conversationId, userId, text) => ({ ...base(conversationId, userId), type: 'message', text });

export const membersAdded = (conversationId, fromId, memberIds) => ({
  ...base(conversationId, fromId),
  type: 'conversationUpdate',
  membersAdded: memberIds.map((id) => ({ id })),
});

// POSTs an activity to URL/api/messages; returns { status, headers, body (parsed JSON or text), texts (the replies'
// texts, when the body has activities) }. The conversation id goes in an X-E2E-Conversation header too, for nginx's
// access log. Never throws for an HTTP status; throws when there is no answer within timeoutMs.
export async function send(url, activity, timeoutMs = 30000) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-E2E-Conversation': activity.conversation.id },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: kept as text
  }
  const activities = body && Array.isArray(body.activities) ? body.activities : [];
  return {
    status: response.status,
    headers: response.headers,
    body,
    activities,
    texts: activities.filter((a) => a.type === 'message').map((a) => a.text || ''),
  };
}

// Sends a message and expects a 200 whose replies' text matches every pattern (strings or regexps); returns the
// replies' texts joined.
export async function turn(url, conversationId, userId, text, patterns, label = '') {
  const answer = await send(url, message(conversationId, userId, text));
  const where = `${label ? `${label}: ` : ''}"${text}" → ${url}`;
  assert(answer.status === 200, `${where} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  const all = answer.texts.join('\n');
  for (const pattern of patterns) {
    const found = typeof pattern === 'string' ? all.includes(pattern) : pattern.test(all);
    assert(found, `${where}: expected ${pattern} in the replies, got ${JSON.stringify(answer.texts)}`);
  }
  return all;
}

// The backend developer's bands (dialogs/en/backend-developer.md), as the bot writes them.
const bands = [
  [0, 2, '€35,000–€47,000'],
  [2, 5, '€47,000–€59,000'],
  [5, 10, '€59,000–€73,000'],
  [10, 15, '€73,000–€88,000'],
  [15, Infinity, '€88,000–€105,000'],
];

// The band(s) the bot gives for a number of years: one inside a band, both neighbours exactly on a boundary.
export function bandsFor(years) {
  const inside = bands.filter(([from, to]) => years > from && years < to).map(([, , band]) => band);
  if (inside.length > 0) return inside;
  return bands.filter(([from, to]) => years === from || years === to).map(([, , band]) => band);
}

// The bands NOT given for those years: a reply that names one of them is wrong.
export function otherBands(years) {
  const right = bandsFor(years);
  return bands.map(([, , band]) => band).filter((band) => !right.includes(band));
}

// Checks that a reply gives exactly the band(s) for YEARS.
export function assertBand(text, years, where) {
  for (const band of bandsFor(years)) assert(text.includes(band), `${where}: expected ${band} for ${years} years, got ${JSON.stringify(text)}`);
  for (const band of otherBands(years)) assert(!text.includes(band), `${where}: ${band} is not the band for ${years} years, got ${JSON.stringify(text)}`);
}

export const asksYears = /How many years of experience/;

// How the bot writes a number of years ("1 year", "7 years").
export const inYears = (years) => (years === 1 ? '1 year' : `${years} years`);

// Command-line options: --name value.
export function options(argv = process.argv.slice(2)) {
  const result = {};
  for (let i = 0; i < argv.length; i += 2) result[argv[i].replace(/^--/, '')] = argv[i + 1];
  return result;
}
