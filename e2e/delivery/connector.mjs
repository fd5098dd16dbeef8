// A misbehaving Bot Connector on 127.0.0.1, for e2e/delivery. How it treats a reply depends on its conversation id's
// first word: close (the first two attempts: the connection closed with no answer), reset (the first two: a TCP reset),
// throttle (the first two: 429 with Retry-After: 1), error (the first two: 500), hang (the first: never answered), slow
// (every attempt answered 201 after 12 s), ok (201 at once). POST /control/down makes it answer 503 to everything,
// /control/up brings it back. Each message activity it receives is a JSON line in the file argv[3]: the conversation,
// the replyToId, the attempt number and what the connector did ("accepted" once it answered 201). Typing indicators
// are accepted and not recorded.
//   node connector.mjs PORT LOG
import { createServer } from 'node:http';
import { appendFileSync } from 'node:fs';

const [, , portArgument, logFile] = process.argv;
const slowMs = 12000;
let down = false;
const attempts = new Map();

const server = createServer((request, response) => {
  if (request.method === 'POST' && request.url.startsWith('/control/')) {
    down = request.url === '/control/down';
    response.end(down ? 'down' : 'up');
    return;
  }

  let body = '';
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    let activity = {};
    try { activity = JSON.parse(body); } catch { /* recorded as empty */ }
    if (activity.type !== 'message') {
      created(response, 'typing');
      return;
    }

    const conversation = activity.conversation?.id ?? '';
    const key = `${conversation}|${activity.replyToId}`;
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const record = (outcome) => appendFileSync(logFile, `${JSON.stringify({ at: Date.now(), conversation, replyToId: activity.replyToId, attempt, outcome })}\n`);
    const kind = conversation.split('-')[0];

    if (down) {
      record('503');
      response.writeHead(503, { 'retry-after': '1', 'content-type': 'application/json' });
      response.end('{"error":{"code":"ServiceUnavailable","message":"down"}}');
      return;
    }

    if (kind === 'close' && attempt <= 2) { record('closed'); request.socket.destroy(); return; }
    if (kind === 'reset' && attempt <= 2) { record('reset'); request.socket.resetAndDestroy(); return; }
    if (kind === 'throttle' && attempt <= 2) {
      record('429');
      response.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      response.end('{"error":{"code":"Throttled","message":"slow down"}}');
      return;
    }
    if (kind === 'error' && attempt <= 2) {
      record('500');
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"error":{"code":"InternalError","message":"oops"}}');
      return;
    }
    if (kind === 'hang' && attempt === 1) { record('hung'); return; }
    if (kind === 'slow') {
      record('slow');
      setTimeout(() => { created(response, activity.id); record('accepted'); }, slowMs);
      return;
    }

    created(response, activity.id);
    record('accepted');
  });
});

function created(response, id) {
  if (response.destroyed) return;
  response.writeHead(201, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ id: String(id ?? Date.now()) }));
}

server.keepAliveTimeout = 60000;
server.listen(Number(portArgument), '127.0.0.1', () => console.log(`connector on ${server.address().port}`));
process.on('SIGTERM', () => { server.closeAllConnections(); server.close(() => process.exit(0)); });
