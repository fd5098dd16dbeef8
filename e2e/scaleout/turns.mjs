// Scale-out through /api/messages (expectReplies): two CareerBot instances A and B sharing one store, and nginx
// round-robin in front of them.
//   node turns.mjs --lb URL --a URL --b URL
// Prints "ok - …"/"not ok - …" per case, then "N passed, N failed".
import {
  asksYears, assert, assertBand, cases, inYears, membersAdded, message, options, runId, send, turn,
} from '../lib/activities.mjs';

const { lb, a, b } = options();
assert(lb && a && b, 'usage: node turns.mjs --lb URL --a URL --b URL');
const { check, finish } = cases();
const name = (url) => (url === a ? 'A' : url === b ? 'B' : 'nginx');

// Years that sit inside a band (never on a boundary), so each conversation expects exactly one band per answer.
const years = [1, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17, 18, 19, 20, 22, 25, 28, 30];

// One salary conversation of four turns, each turn sent to route(k): the question (the bot asks for the years), the
// years, then two follow-ups that only make sense with the conversation's state ("and with N?").
async function salaryConversation(i, route) {
  const conversationId = `scale-${runId}-${i}`;
  const user = `user-${i}`;
  const [y, z, w] = [years[i], years[(i + 7) % 20], years[(i + 13) % 20]];
  const steps = [
    ['What salary can I expect as a backend developer?', (text, where) => {
      assert(asksYears.test(text), `${where}: expected the question about years, got ${JSON.stringify(text)}`);
      assert(!text.includes('€'), `${where}: a band before the years were given: ${JSON.stringify(text)}`);
    }],
    [`${y} years`, (text, where) => { assert(text.includes(`**${inYears(y)}**`), `${where}: the reply does not repeat ${inYears(y)}: ${JSON.stringify(text)}`); assertBand(text, y, where); }],
    [`and with ${z}?`, (text, where) => { assert(text.includes(`**${inYears(z)}**`), `${where}: the reply does not repeat ${inYears(z)}: ${JSON.stringify(text)}`); assertBand(text, z, where); }],
    [`what about ${w} years?`, (text, where) => { assert(text.includes(`**${inYears(w)}**`), `${where}: the reply does not repeat ${inYears(w)}: ${JSON.stringify(text)}`); assertBand(text, w, where); }],
  ];
  const path = [];
  for (const [k, [text, expect]] of steps.entries()) {
    const url = route(k);
    path.push(name(url));
    const where = `conversation ${i} turn ${k + 1} ("${text}" → ${name(url)})`;
    const reply = await turn(url, conversationId, user, text, [], `conversation ${i}`);
    expect(reply, where);
  }
  return path.join('→');
}

// Runs conversations at once; fails with every conversation's failure.
async function all(indexes, route) {
  const results = await Promise.allSettled(indexes.map((i) => salaryConversation(i, (k) => route(i, k))));
  const failures = results.filter((r) => r.status === 'rejected').map((r) => r.reason && r.reason.message ? r.reason.message : String(r.reason));
  assert(failures.length === 0, `${failures.length} of ${indexes.length} conversations went wrong:\n  ${failures.join('\n  ')}`);
  return results.map((r) => r.value);
}

// (a) 20 conversations at once: 10 whose turns alternate strictly between A and B (sent to each directly), 10 through
// nginx (round-robin spreads each conversation's turns; the suite checks nginx's access log afterwards).
await check('20 concurrent salary conversations of 4 turns over two instances: 10 alternating A/B directly, 10 through nginx round-robin; each gets the years prompt, then the right band for its years and both follow-ups', async () => {
  const direct = [...Array(10).keys()];
  const balanced = direct.map((i) => i + 10);
  const [paths] = await Promise.all([
    all(direct, (i, k) => ((i + k) % 2 === 0 ? a : b)),
    all(balanced, () => lb),
  ]);
  return `direct routes: ${[...new Set(paths)].join(', ')}; ${20 * 4} turns`;
});

// (b) The lost-update probe: two conversationUpdates adding different members to one conversation, sent at the same
// moment to A and B. Each member must be welcomed once, and both must be remembered: re-adding them welcomes no one.
// Rounds on fresh conversations (both instances create the record) and on existing ones (both update it).
const welcomes = (answer) => answer.texts.filter((t) => t.includes('**CareerBot**')).length;
await check('lost-update probe: 8 conversations, two conversationUpdates at once (new member x on A, new member y on B) each welcome their member; re-adding both then welcomes no one; a third new member is welcomed', async () => {
  const problems = [];
  await Promise.all([...Array(8).keys()].map(async (r) => {
    const conversationId = `lost-update-${runId}-${r}`;
    const existing = r % 2 === 1;
    if (existing) {
      const first = await send(lb, message(conversationId, 'member-w', 'What are the missions?'));
      if (first.status !== 200) problems.push(`round ${r}: the first message answered ${first.status}`);
    }
    const [onA, onB] = await Promise.all([
      send(a, membersAdded(conversationId, 'member-x', ['member-x'])),
      send(b, membersAdded(conversationId, 'member-y', ['member-y'])),
    ]);
    for (const [where, answer] of [['A (x)', onA], ['B (y)', onB]]) {
      if (answer.status !== 200) problems.push(`round ${r} ${where}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      else if (welcomes(answer) !== 1) problems.push(`round ${r} ${where}: ${welcomes(answer)} welcomes, expected 1`);
    }
    const again = await send(r % 2 === 0 ? a : b, membersAdded(conversationId, 'member-x', ['member-x', 'member-y']));
    if (again.status !== 200) problems.push(`round ${r} re-adding x and y: ${again.status}`);
    else if (welcomes(again) !== 0) problems.push(`round ${r} (${existing ? 'existing' : 'new'} conversation): re-adding x and y welcomed ${welcomes(again)} again: an update was lost`);
    const third = await send(r % 2 === 0 ? b : a, membersAdded(conversationId, 'member-z', ['member-x', 'member-y', 'member-z']));
    if (third.status !== 200) problems.push(`round ${r} adding z: ${third.status}`);
    else if (welcomes(third) !== 1) problems.push(`round ${r}: adding z with x and y gave ${welcomes(third)} welcomes, expected 1`);
  }));
  assert(problems.length === 0, problems.join('\n  '));
});

// Harder: eight conversationUpdates of one conversation at once, four on A and four on B. Optimistic concurrency
// retries a bounded number of times, so a turn may give up under such contention, but only with a retryable 503:
// every member that was welcomed must stay remembered (re-adding all eight welcomes exactly those that were not).
await check('burst: 20 conversations, eight conversationUpdates at once (four on A, four on B): each is welcomed or answered 503 with Retry-After, and no welcomed member is forgotten', async () => {
  const problems = [];
  let refused = 0;
  await Promise.all([...Array(20).keys()].map(async (r) => {
    const conversationId = `burst-${runId}-${r}`;
    const members = [...Array(8).keys()].map((i) => `member-${i}`);
    const answers = await Promise.all(members.map((m, i) => send(i % 2 === 0 ? a : b, membersAdded(conversationId, m, [m]))));
    const welcomed = [];
    answers.forEach((answer, i) => {
      if (answer.status === 200 && welcomes(answer) === 1 && answer.texts.length === 1) welcomed.push(members[i]);
      else if (answer.status === 503 && answer.headers.get('retry-after')) refused++;
      else problems.push(`round ${r} ${members[i]} on ${i % 2 === 0 ? 'A' : 'B'}: ${answer.status} ${JSON.stringify(answer.texts.length ? answer.texts : answer.body).slice(0, 160)}`);
    });
    const again = await send(lb, membersAdded(conversationId, 'member-0', members));
    const expected = members.length - welcomed.length;
    if (again.status !== 200) problems.push(`round ${r} re-adding all: ${again.status}`);
    else if (welcomes(again) !== expected) problems.push(`round ${r}: ${welcomed.length} members were welcomed, yet re-adding all eight welcomed ${welcomes(again)} (expected ${expected}): acknowledged updates were lost`);
  }));
  assert(problems.length === 0, problems.join('\n  '));
  return `${refused} of 160 answered 503`;
});

// Two messages of one conversation at the same moment on A and B: both answered (no error, no exhausted retry), each
// from its own content, and the conversation goes on afterwards.
await check('two messages of one conversation at once on A and B (6 conversations): both answered with their own band, and a follow-up through nginx still uses the conversation', async () => {
  const problems = [];
  await Promise.all([...Array(6).keys()].map(async (r) => {
    const conversationId = `same-time-${runId}-${r}`;
    const [onA, onB] = await Promise.all([
      send(a, message(conversationId, 'user-1', 'salary with 7 years')),
      send(b, message(conversationId, 'user-1', 'salary with 12 years')),
    ]);
    for (const [where, answer, y] of [['A', onA, 7], ['B', onB, 12]]) {
      try {
        assert(answer.status === 200, `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        assertBand(answer.texts.join('\n'), y, `${y} years`);
      } catch (error) {
        problems.push(`round ${r} ${where}: ${error.message}`);
      }
    }
    try {
      const text = await turn(lb, conversationId, 'user-1', 'and with 16?', ['**16 years**']);
      assertBand(text, 16, 'the follow-up');
    } catch (error) {
      problems.push(`round ${r} follow-up: ${error.message}`);
    }
  }));
  assert(problems.length === 0, problems.join('\n  '));
});

finish();
