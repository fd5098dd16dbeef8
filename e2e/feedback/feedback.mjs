// Rates an answer on CareerBot's page in headless Chromium (Debian's), as a visitor would: asks a question, finds the
// like / dislike control under the answer only (not under the welcome), checks it with axe-core, dislikes the answer
// with a comment, and sees the thanks and the control disabled; then reads /metrics for the rating's counter. Then as
// an operator: signs in on /admin through its form (the key from CAREERBOT_ADMIN_KEY) and waits for the comment in the
// "what to fix" panel; a second dislike, its comment HTML, must come with the page's own refresh, as text.
// Usage: CAREERBOT_ADMIN_KEY=… node feedback.mjs BASE ARTIFACTS
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, artifacts] = process.argv.slice(2);
const sendBox = '[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input';
const axeSource = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
let failed = 0;
const ok = (name) => console.log(`ok - ${name}`);
const notOk = (name, error) => { failed++; console.log(`not ok - ${name}`); console.log(`# ${String(error && error.stack || error).split('\n').join('\n# ')}`); };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
const page = await context.newPage();
const problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
});

async function axe(where) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s) ${where}: ${violations.join('; ')}`);
}

try {
  await page.goto(base, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => /CareerBot/.test(document.querySelector('.webchat__basic-transcript')?.innerText ?? ''), null, { timeout: 30000 });
  await page.locator(sendBox).fill('What is the salary with 7 years of experience?');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.rating button[data-reaction="dislike"]', { timeout: 30000 });
  const controls = await page.locator('.rating').count();
  if (controls !== 1) throw new Error(`${controls} rating controls, expected 1 (the answer's, not the welcome's)`);
  const pressed = await page.locator('.rating__thumb[aria-pressed="true"]').count();
  if (pressed !== 0) throw new Error('a thumb is pressed before any click');
  ok('the answer has a like / dislike control (labelled, aria-pressed false), the welcome has none');
} catch (error) {
  notOk('the answer has a like / dislike control (labelled, aria-pressed false), the welcome has none', error);
}

try {
  await page.locator('.rating button[data-reaction="dislike"]').click();
  if ((await page.getAttribute('.rating button[data-reaction="dislike"]', 'aria-pressed')) !== 'true') throw new Error('dislike not pressed');
  await page.waitForSelector('.rating__comment', { state: 'visible' });
  await axe('with the rating form open');
  await page.screenshot({ path: join(artifacts, 'rating-form.png') });
  ok('dislike opens the optional comment (labelled field); axe finds no WCAG 2.1 AA violation');
} catch (error) {
  notOk('dislike opens the optional comment (labelled field); axe finds no WCAG 2.1 AA violation', error);
}

try {
  await page.locator('.rating__comment').fill('The figure\u0007 looks too high for Lyon');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // the Send button, by keyboard
  await page.waitForSelector('.rating__status:text("Thank you")', { timeout: 15000 });
  const disabled = await page.locator('.rating__thumb:disabled').count();
  if (disabled !== 2) throw new Error(`${disabled} thumbs disabled after sending, expected 2`);
  await axe('after the rating was sent');
  await page.screenshot({ path: join(artifacts, 'rating-sent.png') });
  ok('the rating with its comment is sent by keyboard: thanks shown, both thumbs disabled; axe clean');
} catch (error) {
  notOk('the rating with its comment is sent by keyboard: thanks shown, both thumbs disabled; axe clean', error);
}

try {
  const metrics = await (await fetch(`${base}/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith('careerbot_feedback_total{') && l.includes('careerbot_reaction="dislike"'));
  if (!line) throw new Error('no careerbot_feedback_total line for dislike');
  for (const part of ['careerbot_channel="webchat"', 'careerbot_language="en"', 'careerbot_intent="salary']) {
    if (!line.includes(part)) throw new Error(`${line} lacks ${part}`);
  }
  if (!/ 1(\s|$)/.test(line)) throw new Error(`${line}: not 1`);
  console.log(`# ${line}`);
  ok('/metrics counts the dislike by channel, language and the answer\'s "handled as" name');
} catch (error) {
  notOk('/metrics counts the dislike by channel, language and the answer\'s "handled as" name', error);
}

// The operator's side: the same dislike on the operator page's "what to fix" panel, signed in through the form with
// the key from the environment. The page refreshes itself (every 30 s, its default); the driver only waits.
const key = process.env.CAREERBOT_ADMIN_KEY ?? '';
const admin = await context.newPage();
const adminProblems = [];
admin.on('pageerror', (error) => adminProblems.push(`page error: ${error.message}`));
admin.on('console', (message) => {
  if (message.type() === 'error' && !/status of 401/.test(message.text())) adminProblems.push(`console error: ${message.text()}`);
});
const dialogs = [];
for (const p of [page, admin]) p.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });

// The rows of the "what to fix" panel's disliked answers: [when, language, handled as, comment].
const dislikeRows = () => admin.evaluate(() => [...document.querySelectorAll('#dislikes tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent)));
async function waitForComment(comment, seconds) {
  const started = Date.now();
  await admin.waitForFunction(
    (wanted) => [...document.querySelectorAll('#dislikes tbody td.comment')].some((td) => td.textContent === wanted),
    comment,
    { timeout: seconds * 1000, polling: 250 },
  );
  return (Date.now() - started) / 1000;
}

try {
  const first = await admin.goto(`${base}/admin`);
  if (first.status() !== 401) throw new Error(`/admin before signing in: HTTP ${first.status()}`);
  await admin.getByLabel('Operator key').fill(key);
  const [response] = await Promise.all([
    admin.waitForResponse((r) => r.url().endsWith('/admin/login')),
    admin.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  if (response.status() !== 303) throw new Error(`sign-in: HTTP ${response.status()}`);
  const seconds = await waitForComment('The figure looks too high for Lyon', 60);
  const row = (await dislikeRows()).find((cells) => cells[3] === 'The figure looks too high for Lyon');
  if (row[1] !== 'English') throw new Error(`language: ${row.join(' | ')}`);
  if (!/salary/i.test(row[2])) throw new Error(`handled as: ${row.join(' | ')}`);
  console.log(`# shown after ${seconds.toFixed(1)} s: ${row.join(' | ')}`);
  await admin.screenshot({ path: join(artifacts, 'admin-dislike.png'), fullPage: true, caret: 'initial' });
  ok('the operator signs in on /admin through the form; "what to fix" shows the dislike\'s comment, its "handled as" label and language (English) within 60 s');
} catch (error) {
  notOk('the operator signs in on /admin through the form; "what to fix" shows the dislike\'s comment, its "handled as" label and language (English) within 60 s', error);
}

// A second dislike whose comment is markup, while the operator page is open: it comes with the page's own refresh, as
// text (no element made, no script run), on both pages.
const hostile = '<img src=x onerror=alert(1)>';
try {
  await page.bringToFront();
  await page.locator(sendBox).fill('What are the missions?');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.rating').length === 2, null, { timeout: 30000 });
  const rating = page.locator('.rating').last();
  await rating.locator('button[data-reaction="dislike"]').click();
  await rating.locator('.rating__comment').fill(hostile);
  await rating.locator('.rating__send').click();
  await rating.locator('.rating__status:text("Thank you")').waitFor({ timeout: 15000 });
  const sent = Date.now();
  await admin.bringToFront();
  await waitForComment(hostile, 60);
  const row = (await dislikeRows()).find((cells) => cells[3] === hostile);
  if (row[1] !== 'English' || row[2].trim() === '') throw new Error(`row: ${row.join(' | ')}`);
  const markup = await admin.evaluate(() => document.querySelectorAll('#dislikes img, .fix img').length);
  if (markup !== 0) throw new Error(`${markup} img element(s) in the panel`);
  const chatMarkup = await page.evaluate(() => document.querySelectorAll('.rating img').length);
  if (chatMarkup !== 0) throw new Error(`${chatMarkup} img element(s) in the Web Chat rating`);
  if (dialogs.length > 0) throw new Error(`a script ran: alert(${dialogs.join(', ')})`);
  console.log(`# shown by the page's refresh ${((Date.now() - sent) / 1000).toFixed(1)} s after the rating: ${row.join(' | ')}`);
  ok('a dislike whose comment is HTML, made while /admin is open, shows at the page\'s own refresh within 60 s, literally (no element, no script)');
} catch (error) {
  notOk('a dislike whose comment is HTML, made while /admin is open, shows at the page\'s own refresh within 60 s, literally (no element, no script)', error);
}

if (adminProblems.length > 0) notOk('no script error nor CSP violation on the operator page', adminProblems.join('; '));
else ok('no script error nor CSP violation on the operator page');

if (problems.length > 0) notOk('no script error nor CSP violation on the page', problems.join('; '));
else ok('no script error nor CSP violation on the page');
await browser.close();
process.exit(failed > 0 ? 1 : 0);
