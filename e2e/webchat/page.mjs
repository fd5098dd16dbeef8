// Drives CareerBot's page in headless Chromium (Debian's, never a downloaded one): each case prints "ok" or
// "not ok", then the totals. No request interception, so the page talks to the app exactly as a visitor's would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, artifacts] = process.argv.slice(2);
const sendBox = '[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input';
let passed = 0;
let failed = 0;

const userDataDir = mkdtempSync(join(tmpdir(), 'careerbot-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 375, height: 740 },
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});

async function check(name, body) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await body(page, errors);
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}: ${error && error.message ? error.message : error}`);
    await page.screenshot({ path: join(artifacts, `webchat-failed-${passed + failed}.png`), fullPage: true }).catch(() => {});
  } finally {
    await page.close();
  }
}

// Waits until the transcript shows `text` (as many times as `count`).
async function sees(page, text, count = 1, timeout = 30000) {
  await page.waitForFunction(
    ([expected, times]) => (document.querySelector('#webchat')?.innerText.split(expected).length ?? 1) - 1 >= times,
    [text, count],
    { timeout },
  );
}

async function ask(page, text) {
  const input = page.locator(sendBox).first();
  await input.fill(text);
  await input.press('Enter');
}

for (const transport of ['websocket', 'polling']) {
  await check(`${transport}: welcome, salary with 7 years → €59,000–€73,000, a suggested action answers, no "Send failed"`, async (page) => {
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(transport === 'polling' ? `${base}/?transport=polling` : `${base}/`);
    await sees(page, 'CareerBot!');

    await ask(page, 'What is the salary with 7 years of experience?');
    await sees(page, '€59,000–€73,000');

    // The band's reply offers "Career paths": click it as a visitor would.
    const action = page.getByRole('button', { name: 'Career paths' }).last();
    await action.click();
    await sees(page, 'Technical manager');

    const transcript = await page.locator('#webchat').innerText();
    if (/Send failed|Retry/i.test(transcript)) throw new Error('the page shows "Send failed"');
    const polled = requests.some((url) => /\/activities\?watermark=/.test(url));
    if (transport === 'polling' && !polled) throw new Error('the page did not poll');
    if (transport === 'websocket' && polled) throw new Error('the page polled instead of using the WebSocket');
    await page.screenshot({ path: join(artifacts, `webchat-${transport}.png`), fullPage: true });
  });
}

await check('the page has a title, a lang, a labelled input, and fits 375 px', async (page) => {
  await page.goto(`${base}/`);
  await sees(page, 'CareerBot!');
  if (!(await page.title()).includes('CareerBot')) throw new Error('no title');
  if ((await page.getAttribute('html', 'lang')) !== 'en') throw new Error('no lang');
  const labelled = await page.locator(sendBox).first().getAttribute('aria-labelledby');
  if (labelled !== 'sendbox-label' || !(await page.locator('#sendbox-label').isVisible())) throw new Error('the input has no visible label');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`the page is ${overflow} px wider than 375 px`);
});

await check('the page says clearly when the bot cannot be reached', async (page) => {
  await page.route('**/api/webchat/token', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(`${base}/`);
  await page.locator('#status').waitFor({ state: 'visible', timeout: 10000 });
  const message = await page.locator('#status').innerText();
  if (!/cannot be reached/.test(message)) throw new Error(`unexpected message: ${message}`);
  await page.screenshot({ path: join(artifacts, 'webchat-unreachable.png') });
});

await context.close();
rmSync(userDataDir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
