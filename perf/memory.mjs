// The client of perf/memory.sh: CONVERSATIONS distinct conversations of the mixed workload (one turn each, cycling
// through questions.tsv), CONCURRENCY in flight over keep-alive connections, as fast as the bot answers.
//
//   node perf/memory.mjs URL [CONVERSATIONS=10000] [CONCURRENCY=16]      (URL: the bot's /api/messages)
//
// Prints one line: "memory-result conversations=N errors=N wrong=N seconds=S turns_per_s=R". errors: no answer or
// not 200; wrong: a 200 whose reply does not hold the expected substring. The first few of each go to stderr. Exits 0
// when it ran (the figures say how well); 2 on a usage error.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { ask, clip, readQuestions } from './lib.mjs';

const [url, conversationsArg = '10000', concurrencyArg = '16'] = process.argv.slice(2);
const total = Number(conversationsArg);
const concurrency = Number(concurrencyArg);
if (!url || !Number.isInteger(total) || total < 1 || !Number.isInteger(concurrency) || concurrency < 1) {
  console.error('usage: node perf/memory.mjs URL [CONVERSATIONS] [CONCURRENCY]');
  process.exit(2);
}

const questions = readQuestions();
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const counts = { errors: 0, wrong: 0 };
const SAMPLES = 3;
let next = 0;

function note(kind, question, { status, reply, error }) {
  if (++counts[kind] > SAMPLES) return;
  const what = error ? error.message : `${status}: ${clip(reply)}`;
  console.error(`${kind === 'errors' ? 'error' : 'wrong answer'} to ${clip(question.text)}: ${what}`);
}

// CONCURRENCY workers take the next conversation until all are served; each conversation has a new id (lib.mjs).
async function worker() {
  while (next < total) {
    const question = questions[next++ % questions.length];
    const answer = await ask(url, question, { agent, timeoutMs: 30000 });
    if (answer.ok) continue;
    note(answer.status === 200 ? 'wrong' : 'errors', question, answer);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
console.log(
  `memory-result conversations=${total} errors=${counts.errors} wrong=${counts.wrong} seconds=${seconds.toFixed(1)}` +
    ` turns_per_s=${(total / seconds).toFixed(1)}`,
);
