// Drives CareerBot's operator page in headless Chromium (Debian's, never a downloaded one). First a few real
// conversations through /api/messages (expectReplies), so the app's metrics have turns of every kind; then the page
// as an operator uses it. Each case prints "ok" or "not ok", then the totals. The key comes from the environment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, artifacts] = process.argv.slice(2);
const key = process.env.CAREERBOT_ADMIN_KEY ?? '';
let passed = 0;
let failed = 0;

function report(name, error) {
  if (error) {
    failed++;
    console.log(`not ok - ${name}: ${error && error.message ? error.message : error}`);
  } else {
    passed++;
    console.log(`ok - ${name}`);
  }
}

async function plain(name, body) {
  try {
    await body();
    report(name);
  } catch (error) {
    report(name, error);
  }
}

// One message of a conversation, as a channel posts it, with the replies in the response.
async function say(conversation, text, { channel = 'msteams', locale = 'en-US' } = {}) {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `m-${Math.random().toString(36).slice(2)}`, text, locale, channelId: channel,
      serviceUrl: 'http://127.0.0.1:1/', deliveryMode: 'expectReplies',
      from: { id: `user-${conversation}` }, recipient: { id: 'careerbot' }, conversation: { id: conversation },
    }),
  });
  if (response.status !== 200) throw new Error(`"${text}": HTTP ${response.status}`);
  const body = await response.json();
  if (!Array.isArray(body.activities) || body.activities.length === 0) throw new Error(`"${text}": no reply`);
  return body.activities;
}

async function stats() {
  const response = await fetch(`${base}/admin/stats`, { headers: { authorization: `Bearer ${key}` } });
  if (response.status !== 200) throw new Error(`/admin/stats: HTTP ${response.status}`);
  return response.json();
}

const count = (list, name) => list.find((entry) => entry.name === name)?.count ?? 0;

const conversations = [
  ['admin-e2e-1', 'msteams', 'en-US', ['hello', 'What salary can I expect?', '7 years', 'What are the missions?', 'thanks']],
  ['admin-e2e-2', 'emulator', 'fr-FR', ['bonjour', 'Quelles sont les qualités ?', 'combien gagne une infirmière ?', 'quel temps fait-il ?']],
  ['admin-e2e-3', 'webchat', 'en-US', ['How much does a data scientist earn?', 'salary with 3 years of experience', 'what about in the USA?', 'career paths', 'zzzz qwerty']],
];
let sent = 0;

await plain('a few conversations through /api/messages get their replies (expectReplies)', async () => {
  for (const [conversation, channel, locale, messages] of conversations) {
    for (const text of messages) {
      await say(conversation, text, { channel, locale });
      sent++;
    }
  }
});

await plain('/admin answers 401 without the key and /admin/stats counts the turns by intent and outcome', async () => {
  const anonymous = await fetch(`${base}/admin/stats`);
  if (anonymous.status !== 401) throw new Error(`without the key: HTTP ${anonymous.status}`);
  const figures = await stats();
  if (figures.turns < sent) throw new Error(`${figures.turns} turns counted, ${sent} sent`);
  if (count(figures.intents, 'salary') < 2) throw new Error(`intents: ${JSON.stringify(figures.intents)}`);
  if (count(figures.unanswered, 'out-of-scope-role') < 1 || count(figures.unanswered, 'fallback') < 1) {
    throw new Error(`unanswered: ${JSON.stringify(figures.unanswered)}`);
  }
  if (!(figures.fallbackRate > 0 && figures.fallbackRate < 1)) throw new Error(`fallback rate ${figures.fallbackRate}`);
  if (!(figures.latency.p50Ms > 0)) throw new Error(`latency: ${JSON.stringify(figures.latency)}`);
  for (const channel of ['msteams', 'emulator', 'webchat']) {
    if (count(figures.channels, channel) < 1) throw new Error(`channels: ${JSON.stringify(figures.channels)}`);
  }
  const text = JSON.stringify(figures);
  for (const words of ['infirmière', 'data scientist', 'qwerty']) {
    if (text.includes(words)) throw new Error(`the figures contain the user's words "${words}"`);
  }
});

const userDataDir = mkdtempSync(join(tmpdir(), 'careerbot-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});
const page = await context.newPage();
const problems = [];
page.on('pageerror', (error) => problems.push(String(error)));
// Errors the page meets: its own script's, a Content-Security-Policy violation, a failed request (but the 401s that
// the sign-in form answers with on purpose).
page.on('console', (message) => {
  if (message.type() === 'error' && !/status of 401/.test(message.text())) problems.push(message.text());
});

async function check(name, body) {
  try {
    await body();
    report(name);
  } catch (error) {
    report(name, error);
    await page.screenshot({ path: join(artifacts, `admin-failed-${passed + failed}.png`), fullPage: true, caret: 'initial' }).catch(() => {});
  }
}

async function signIn(value) {
  await page.locator('#key').fill(value);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/admin/login')),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  await page.waitForLoadState();
  return response;
}

await check('the page asks for the key, refuses a wrong one with 401 and says so without echoing it', async () => {
  const first = await page.goto(`${base}/admin`);
  if (first.status() !== 401) throw new Error(`HTTP ${first.status()} before signing in`);
  await page.getByLabel('Operator key').waitFor();
  const wrong = await signIn('not-the-key-e2e');
  if (wrong.status() !== 401) throw new Error(`a wrong key: HTTP ${wrong.status()}`);
  const message = await page.locator('#sign-in-message').innerText();
  if (!/not accepted/.test(message)) throw new Error(`message: ${message}`);
  if ((await page.content()).includes('not-the-key-e2e')) throw new Error('the wrong key is echoed');
  if ((await page.locator('#key').inputValue()) !== '') throw new Error('the field keeps the wrong key');
});

await check('signing in shows the charts: turns per minute, latency, intent mix, fallback rate, what it could not answer', async () => {
  const response = await signIn(key);
  if (response.status() !== 303) throw new Error(`sign-in: HTTP ${response.status()}`);
  await page.locator('#chart-turns').waitFor();
  const cookies = await context.cookies(`${base}/admin`);
  const session = cookies.find((cookie) => cookie.name === 'careerbot_admin');
  if (!session || !session.httpOnly || session.sameSite !== 'Strict') throw new Error(`cookie: ${JSON.stringify(session)}`);
  if (session.value.includes(key)) throw new Error('the cookie holds the key');
  if ((await page.evaluate(() => document.cookie)).includes('careerbot_admin')) throw new Error('the cookie is readable by scripts');

  const charts = await page.evaluate(() => [...document.querySelectorAll('svg.chart')].map((svg) => ({
    id: svg.id,
    role: svg.getAttribute('role'),
    title: svg.querySelector('title')?.textContent ?? '',
    width: svg.getBoundingClientRect().width,
    height: svg.getBoundingClientRect().height,
  })));
  for (const id of ['chart-turns', 'chart-latency', 'chart-intents', 'chart-fallback', 'chart-unanswered', 'chart-channels', 'chart-languages']) {
    const chart = charts.find((c) => c.id === id);
    if (!chart) throw new Error(`no ${id}`);
    if (chart.role !== 'img' || chart.title.length < 10) throw new Error(`${id} has no accessible title`);
    if (chart.width < 200 || chart.height < 60) throw new Error(`${id} is ${chart.width}×${chart.height}`);
  }

  const figures = await page.evaluate(() => ({
    columns: [...document.querySelectorAll('#chart-turns g.column')].map((g) => Number(g.dataset.value)),
    bars: [...document.querySelectorAll('#chart-turns rect.bar')].map((r) => r.getBBox().height),
    lines: document.querySelectorAll('#chart-latency path.line').length,
    dots: document.querySelectorAll('#chart-latency circle.dot').length,
    slices: [...document.querySelectorAll('#chart-intents path.slice')].map((p) => Number(p.dataset.value)),
    fallback: document.querySelectorAll('#chart-fallback circle.dot').length,
    unanswered: [...document.querySelectorAll('#chart-unanswered g.hbar')].map((g) => g.dataset.label),
    axes: [...document.querySelectorAll('#chart-turns text.axis-title, #chart-latency text.axis-title')].map((t) => t.textContent),
    ticks: document.querySelectorAll('#chart-turns text.tick').length,
    turnsTile: document.querySelector('#tile-turns .tile-value')?.textContent,
    legend: document.querySelector('#card-intents table')?.innerText ?? '',
  }));
  const total = figures.columns.reduce((a, b) => a + b, 0);
  if (total < sent) throw new Error(`the turns chart holds ${total} turns, ${sent} were sent`);
  if (!figures.bars.some((h) => h > 2)) throw new Error('no visible column');
  if (figures.lines !== 3 || figures.dots < 3) throw new Error(`latency: ${figures.lines} lines, ${figures.dots} points`);
  if (figures.slices.length < 4) throw new Error(`intent mix: ${figures.slices.length} slices`);
  if (figures.fallback < 1) throw new Error('no fallback rate point');
  if (!figures.unanswered.includes('Another role') || !figures.unanswered.includes('Not understood')) {
    throw new Error(`could not answer: ${figures.unanswered.join(', ')}`);
  }
  if (!figures.axes.includes('Time (UTC)') || !figures.axes.includes('Turns') || !figures.axes.includes('Duration')) {
    throw new Error(`axes: ${figures.axes.join(', ')}`);
  }
  if (figures.ticks < 4) throw new Error('the turns chart has no axis labels');
  if (Number(figures.turnsTile) < sent) throw new Error(`the tile says ${figures.turnsTile} turns`);
  if (!/Salary/.test(figures.legend)) throw new Error(`intent legend: ${figures.legend}`);
  const html = await page.content();
  for (const words of ['infirmière', 'data scientist', 'qwerty']) {
    if (html.includes(words)) throw new Error(`the page shows the user's words "${words}"`);
  }
  // caret 'initial': hiding the caret would inject a style element, which the page's CSP rightly refuses.
  await page.screenshot({ path: join(artifacts, 'admin.png'), fullPage: true, caret: 'initial' });
});

await check('the page refreshes its figures by itself, under its Content-Security-Policy', async () => {
  const before = Number(await page.locator('#tile-turns .tile-value').innerText());
  await say('admin-e2e-4', 'What qualities does it take?');
  await page.waitForFunction(
    (previous) => Number(document.querySelector('#tile-turns .tile-value')?.textContent) > previous,
    before,
    { timeout: 15000 },
  );
  if (problems.length > 0) throw new Error(`page errors: ${problems.join(' | ')}`);
});

await check('on a phone-sized screen the page fits its width (charts scroll within their cards)', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.locator('#chart-turns').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`the page is ${overflow} px wider than the screen`);
  await page.screenshot({ path: join(artifacts, 'admin-phone.png'), fullPage: true, caret: 'initial' });
  await page.setViewportSize({ width: 1280, height: 900 });
});

await check('signing out goes back to the form, and the figures need the key again', async () => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Operator key').waitFor();
  const status = await page.evaluate(async () => (await fetch('/admin/stats')).status);
  if (status !== 401) throw new Error(`/admin/stats after signing out: HTTP ${status}`);
});

await context.close();
rmSync(userDataDir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
