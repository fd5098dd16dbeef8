// Shared by the Node drivers that speak Direct Line 3.0 over plain HTTP, as Web Chat does when it polls (Node's own
// fetch, no npm package): the page's token, starting a conversation, posting, and polling the activities from a
// watermark. Every function takes the base URL, so that one conversation can be spread over several instances.
import { assert } from './activities.mjs';

// A JSON request; fails on any status but 2xx.
export async function call(method, url, token, body) {
  const response = await fetch(url, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20000),
  });
  const text = await response.text();
  assert(response.ok, `${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

// POST BASE/api/webchat/token: { token, conversationId, userId, expires_in, domain }.
export const pageToken = (base) => call('POST', `${base}/api/webchat/token`, null, { locale: 'en-US' });

export const fromBot = (activity) => activity.type === 'message' && activity.from && activity.from.role === 'bot';

export const activitiesUrl = (base, conversationId, watermark) =>
  `${base}/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities${watermark == null ? '' : `?watermark=${encodeURIComponent(watermark)}`}`;

// Posts a user message; returns { id }.
export const post = (base, conversationId, token, userId, text) =>
  call('POST', activitiesUrl(base, conversationId), token, { type: 'message', text, locale: 'en-US', from: { id: userId, role: 'user' } });

// Polls BASE's activities from WATERMARK until one matches; returns { found, set } (set: the last activity set read).
export async function poll(base, conversationId, token, watermark, predicate, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let seen = [];
  while (Date.now() < deadline) {
    const set = await call('GET', activitiesUrl(base, conversationId, watermark), token);
    seen = set.activities;
    const found = set.activities.find(predicate);
    if (found) return { found, set };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`polling ${base} did not bring ${what} within ${timeoutMs} ms; it brought ${JSON.stringify(seen.map((m) => [m.from && m.from.role, m.text]))}`);
}

// A Web Chat visitor's start: the page's token from TOKEN_BASE, the conversation started on START_BASE, the welcome
// polled there. Returns { conversationId, token, userId, streamUrl, watermark (after the welcome) }.
export async function startConversation(tokenBase, startBase = tokenBase) {
  const page = await pageToken(tokenBase);
  const started = await call('POST', `${startBase}/v3/directline/conversations`, page.token);
  assert(started.conversationId === page.conversationId, `started ${started.conversationId}, the token is for ${page.conversationId}`);
  const welcome = await poll(startBase, started.conversationId, started.token, null, (m) => fromBot(m) && /CareerBot/.test(m.text), 'the welcome');
  return { conversationId: started.conversationId, token: started.token, userId: page.userId, streamUrl: started.streamUrl, watermark: welcome.set.watermark };
}
