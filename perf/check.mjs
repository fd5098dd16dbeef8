// The correctness pass before a benchmark: figures of a bot that answers wrong mean nothing.
//   node perf/check.mjs careerbot URL   each question of questions.tsv once (a new conversation each): a 200 whose
//                                       reply holds the question's expected substring
//   node perf/check.mjs echo URL        the first question once: a 200 whose reply is "Echo: <question>"
// URL is the bot's /api/messages. Exits 1, saying which answer was wrong, unless every answer is right.
import { ask, clip, readQuestions } from './lib.mjs';

const [kind, url] = process.argv.slice(2);
if (!['careerbot', 'echo'].includes(kind) || !url) {
  console.error('usage: node perf/check.mjs careerbot|echo URL');
  process.exit(2);
}

const all = readQuestions();
const questions = kind === 'echo' ? [{ ...all[0], expected: `Echo: ${all[0].text}` }] : all;
let wrong = 0;
for (const question of questions) {
  // One at a time: this pass checks answers, not throughput.
  const { ok, status, reply, error } = await ask(url, question);
  if (!ok) {
    wrong++;
    console.error(`wrong answer from ${kind} (${question.locale}) to ${clip(question.text)}:`);
    console.error(`  expected it to hold ${clip(question.expected)}`);
    console.error(error ? `  got no answer: ${error.message}` : `  got ${status}: ${clip(reply, 400)}`);
  }
}
console.log(`${kind}: ${questions.length - wrong}/${questions.length} answers right`);
process.exit(wrong === 0 ? 0 : 1);
