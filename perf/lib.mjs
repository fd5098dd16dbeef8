// Shared by the Node helpers of the benchmarks (check.mjs, cold-start.mjs, memory.mjs): the mixed workload of
// perf/questions.tsv, the activity of a turn, one POST with Node's own http client, and whether a reply holds the
// answer expected. No npm package: the helpers run from a fresh clone with Node alone.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));

// The questions: [{ locale, expected, text }], in the file's order (10 English, then 10 French). Lines starting with
// "#" are comments; the others are locale<TAB>expected substring<TAB>question.
export function readQuestions(file = process.env.QUESTIONS || join(here, 'questions.tsv')) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, i) => {
      const [locale, expected, text] = line.split('\t');
      if (!locale || !expected || !text) throw new Error(`${file}: line ${i + 1} is not locale<TAB>expected<TAB>question`);
      return { locale, expected, text };
    });
}

// A new conversation for every turn, as a user who asks one question: ids never repeat, in a run or across runs.
export const conversationId = () => `perf-${randomUUID()}`;

// The activity of a turn, answered in the HTTP response (expectReplies) so that no connector is called back.
export function activity({ locale, text }, conversation = conversationId()) {
  return JSON.stringify({
    type: 'message',
    text,
    locale,
    from: { id: 'perf-user' },
    recipient: { id: 'bot' },
    conversation: { id: conversation },
    channelId: 'emulator',
    serviceUrl: 'http://localhost',
    deliveryMode: 'expectReplies',
  });
}

// POSTs BODY (JSON) to URL: resolves { status, body } once the whole answer is in, rejects on a network error (e.g.
// ECONNREFUSED while the bot starts) or when the socket is idle for timeoutMs.
export function post(url, body, { agent, timeoutMs = 10000 } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

// The texts of the reply's activities, one a line ("" when the body is no {"activities": [...]}).
export function replyText(body) {
  try {
    return (JSON.parse(body).activities ?? []).map((a) => a.text ?? '').join('\n');
  } catch {
    return '';
  }
}

// The French answers group digits with narrow no-break spaces (47 000 €) and may use typographic apostrophes, where
// questions.tsv has plain ones: compare with both folded.
const fold = (s) => s.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u2018\u2019]/g, "'");
export const holds = (reply, expected) => fold(reply).includes(fold(expected));

// One turn of QUESTION to the bot at URL (…/api/messages): { ok, status, reply, error }. ok: a 200 whose reply holds
// the expected substring.
export async function ask(url, question, options) {
  try {
    const { status, body } = await post(url, activity(question), options);
    const reply = replyText(body);
    return { ok: status === 200 && holds(reply, question.expected), status, reply };
  } catch (error) {
    return { ok: false, status: 0, reply: '', error };
  }
}

// "value" quoted and cut to N characters, for messages.
export const clip = (s, n = 160) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

// CHECK_TARGETS=1 makes a benchmark fail (exit 3) when a target does not hold; otherwise the exit code says only
// whether it ran.
export const checkTargets = () => process.env.CHECK_TARGETS === '1';
