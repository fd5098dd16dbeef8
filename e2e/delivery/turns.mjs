// Sends turns to CareerBot's /api/messages in normal delivery (replies go to the connector, not the response) and
// checks, in the connector's log, that every acknowledged turn's reply arrived exactly once.
//   node turns.mjs send --bot URL --connector URL --kinds close,reset,… --per 6 --acks FILE [--label L]
//     posts per×kinds turns at once; writes one JSON line per turn to FILE: its conversation, id and HTTP status
//   node turns.mjs check --log FILE --acks FILE --within SECONDS [--label L]
//     waits until each acknowledged turn has an accepted reply (or the time is up), then checks
// Prints "ok - …"/"not ok - …" per case, then "N passed, N failed".
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { assert, cases, options, runId } from '../lib/activities.mjs';

const [command] = process.argv.slice(2);
const { bot, connector, kinds, per, acks, log, within, label } = options(process.argv.slice(3));
const { check, finish } = cases();
const tag = label ? ` (${label})` : '';

const lines = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

if (command === 'send') {
  assert(bot && connector && kinds && acks, 'usage: node turns.mjs send --bot URL --connector URL --kinds a,b --per N --acks FILE');
  const count = Number(per ?? 4);
  const turns = kinds.split(',').flatMap((kind) => [...Array(count).keys()].map((i) => ({ kind, conversation: `${kind}-${runId}-${label ?? 'x'}-${i}`, id: `turn-${runId}-${kind}-${i}` })));
  await check(`${turns.length} turns at once (${kinds}, ${count} each) are acknowledged with 200 and an empty body, the replies left for the connector${tag}`, async () => {
    const started = Date.now();
    const results = await Promise.all(turns.map(async (t) => {
      const response = await fetch(`${bot}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: t.id, channelId: 'emulator', serviceUrl: connector, locale: 'en-US',
          from: { id: `user-${t.conversation}` }, recipient: { id: 'bot' }, conversation: { id: t.conversation },
          text: 'What are the missions of a backend developer?',
        }),
        signal: AbortSignal.timeout(20000),
      });
      const text = await response.text();
      appendFileSync(acks, `${JSON.stringify({ conversation: t.conversation, id: t.id, status: response.status })}\n`);
      return { status: response.status, text };
    }));
    const refused = results.filter((r) => r.status !== 200);
    assert(refused.length === 0, `${refused.length} turns not acknowledged: ${refused.map((r) => r.status).join(', ')}`);
    assert(results.every((r) => r.text === ''), 'a 200 with a body');
    return `all acknowledged in ${Date.now() - started} ms, while the connector still misbehaved`;
  });
} else if (command === 'check') {
  assert(log && acks, 'usage: node turns.mjs check --log FILE --acks FILE --within SECONDS');
  const acknowledged = lines(acks).filter((a) => a.status === 200);
  const deadline = Date.now() + Number(within ?? 60) * 1000;
  let accepted = [];
  const missing = () => {
    accepted = lines(log).filter((l) => l.outcome === 'accepted');
    const got = new Set(accepted.map((l) => l.replyToId));
    return acknowledged.filter((a) => !got.has(a.id));
  };
  while (missing().length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // A little longer, so that a late duplicate would show.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const left = missing();
  const mine = new Set(acknowledged.map((a) => a.id));
  const counts = new Map();
  for (const l of accepted.filter((l) => mine.has(l.replyToId))) counts.set(l.replyToId, (counts.get(l.replyToId) ?? 0) + 1);
  const twice = [...counts].filter(([, n]) => n > 1);
  const failures = lines(log).filter((l) => mine.has(l.replyToId) && l.outcome !== 'accepted');
  const byOutcome = failures.reduce((m, l) => ({ ...m, [l.outcome]: (m[l.outcome] ?? 0) + 1 }), {});

  await check(`every acknowledged turn's reply reached the connector${tag}`, async () => {
    assert(left.length === 0, `${left.length} of ${acknowledged.length} acknowledged turns got no reply: ${left.slice(0, 5).map((a) => a.conversation).join(', ')}`);
    return `${counts.size} replies received for ${acknowledged.length} turns acknowledged; failed attempts on the way: ${JSON.stringify(byOutcome)}`;
  });
  await check(`no reply arrived twice${tag}`, async () => {
    assert(twice.length === 0, `${twice.length} replies accepted more than once: ${twice.slice(0, 5).map(([id, n]) => `${id}×${n}`).join(', ')}`);
    return `${[...counts.values()].reduce((a, b) => a + b, 0)} accepted for ${counts.size} replies`;
  });
  const slow = lines(log).filter((l) => mine.has(l.replyToId) && l.outcome === 'slow');
  if (slow.length > 0) {
    await check(`a connector taking 12 s got each reply once, not once per timeout${tag}`, async () => {
      const perReply = slow.reduce((m, l) => m.set(l.replyToId, (m.get(l.replyToId) ?? 0) + 1), new Map());
      assert([...perReply.values()].every((n) => n === 1), `sent again while the connector worked: ${JSON.stringify([...perReply])}`);
      return `${perReply.size} replies, one attempt each`;
    });
  }
} else {
  assert(false, `unknown command ${command}`);
}
finish();
