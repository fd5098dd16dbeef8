// Drives CareerBot's page in headless Chromium (Debian's, never a downloaded one) as visitors would, on a desktop
// (1280×800) and a phone (390×844), in English and French: each case prints "ok" or "not ok", then the totals.
// Request interception is used only where a case says so (a network that drops the token endpoint, a bot message
// with links and HTML); otherwise the page talks to the app exactly as a visitor's would.
// Usage: node page.mjs BASE SHORT_TOKEN_BASE ARTIFACTS
//   BASE: CareerBot as shipped; SHORT_TOKEN_BASE: CareerBot with 6-second Direct Line tokens (DirectLine__TokenLifetime).
import { readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, shortBase, artifacts] = process.argv.slice(2);
const sendBox = '[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input';
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const band = '€59,000–€73,000';
const axeSource = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const figures = {};
let passed = 0;
let failed = 0;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});

// A fresh browser profile (no cookie: a first visit) at a size, in a language, then the case's body. A case fails on
// its own error, on a script error of the page, or on a Content-Security-Policy violation.
async function check(name, options, body) {
  const mobile = options.viewport === phone;
  const context = await browser.newContext({
    viewport: options.viewport ?? desktop,
    locale: options.locale ?? 'en-US',
    isMobile: mobile,
    hasTouch: mobile,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  await context.addInitScript(`window.careerbotMessagesText = ${messagesText}`);
  // Every Content-Security-Policy violation of the page (an inline style or script, an eval, a connection elsewhere).
  await context.addInitScript(() => {
    window.careerbotViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.careerbotViolations.push(`${event.effectiveDirective} ${event.blockedURI || ''}`.trim()));
  });
  const page = await context.newPage();
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  try {
    const detail = await body(page, context);
    const violations = await page.evaluate(() => window.careerbotViolations ?? []).catch(() => []);
    if (violations.length > 0) errors.push(`Content-Security-Policy violations: ${[...new Set(violations)].join(', ')}`);
    if (errors.length > 0) throw new Error(`the page reported: ${errors.slice(0, 3).join(' | ')}`);
    passed++;
    console.log(`ok - ${name}${detail ? ` (${detail})` : ''} [${seconds()}]`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}: ${error && error.message ? error.message.split('\n')[0] : error} [${seconds()}]`);
    await page.screenshot({ path: join(artifacts, `webchat-failed-${passed + failed}.png`), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
}

// The text of the messages shown (not of Web Chat's live region, which repeats new messages for a while); of the bot's
// alone with from = 'bot'. Installed in every page (init scripts run whatever the page's Content-Security-Policy).
function messagesText(from) {
  return [...document.querySelectorAll('.webchat__basic-transcript__activity')]
    .filter((activity) => from !== 'bot' || !activity.querySelector('.webchat__stacked-layout--from-user, .webchat__bubble--from-user'))
    .map((activity) => activity.innerText).join('\n');
}

function transcriptText(page, from) {
  return page.evaluate((who) => window.careerbotMessagesText(who), from ?? null);
}

// Waits until the messages show `text` at least `count` times.
async function sees(page, text, count = 1, timeout = 30000) {
  await page.waitForFunction(
    ([expected, times]) => window.careerbotMessagesText().split(expected).length - 1 >= times,
    [text, count],
    { timeout },
  );
}

async function occurrences(page, text) {
  return (await transcriptText(page)).split(text).length - 1;
}

async function ask(page, text) {
  const input = page.locator(sendBox).first();
  await input.fill(text);
  await input.press('Enter');
}

async function open(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => /CareerBot/.test(document.querySelector('.webchat__basic-transcript')?.innerText ?? ''), null, { timeout: 30000 });
}

// axe-core's WCAG 2.1 A and AA rules on the whole page; throws with the violations found.
async function audit(page, where) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
  });
  figures[where] = violations.length;
  if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s) ${where}: ${violations.join('; ')}`);
}

async function shot(page, file) {
  await page.waitForTimeout(400); // let the last message settle (scrolling, fonts)
  await page.screenshot({ path: join(artifacts, file) });
}

// GET PATH with Accept-Encoding: ENCODING; the status, the headers and how many bytes travelled.
function fetchRaw(path, encoding) {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => { bytes += chunk.length; });
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, bytes }));
    }).on('error', reject);
  });
}

for (const transport of ['websocket', 'polling']) {
  await check(`${transport}: welcome, "7 years" → ${band} with its card and its source, a suggested action answers, no "Send failed"`, {}, async (page) => {
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await open(page, transport === 'polling' ? `${base}/?transport=polling` : `${base}/`);
    await ask(page, 'I have 7 years of experience, what salary?');
    await sees(page, band);
    await sees(page, 'Source: Roles and missions of the Backend Developer');
    await page.locator('.ac-adaptiveCard').first().waitFor();
    await page.getByRole('button', { name: 'Career paths' }).last().click();
    await sees(page, 'Technical manager');
    const transcript = await transcriptText(page);
    if (/Send failed|Retry/i.test(transcript)) throw new Error('the page shows "Send failed"');
    const polled = requests.some((url) => /\/activities\?watermark=/.test(url));
    if (transport === 'polling' && !polled) throw new Error('the page did not poll');
    if (transport === 'websocket' && polled) throw new Error('the page polled instead of using the WebSocket');
  });
}

await check("strict Content-Security-Policy on /: no 'unsafe-inline' nor 'unsafe-eval'; every <style> carries the response's nonce or is empty (filled through the CSSOM); no violation through a salary answer and its card", { viewport: desktop }, async (page) => {
  const response = await page.goto(`${base}/`);
  const policy = (await response.allHeaders())['content-security-policy'] ?? '';
  if (!/default-src 'self'/.test(policy) || !/script-src 'self';/.test(policy)) throw new Error(`the policy is ${policy}`);
  if (/unsafe-inline|unsafe-eval/.test(policy)) throw new Error(`the policy allows ${/unsafe-\w+/.exec(policy)[0]}: ${policy}`);
  const nonce = /style-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
  if (!nonce) throw new Error(`no style nonce in ${policy}`);
  await page.waitForFunction(() => /CareerBot/.test(document.querySelector('.webchat__basic-transcript')?.innerText ?? ''), null, { timeout: 30000 });
  await ask(page, 'I have 7 years of experience, what salary?');
  await sees(page, band);
  await page.locator('.ac-adaptiveCard').first().waitFor();
  const styles = await page.evaluate((expected) => {
    const all = [...document.querySelectorAll('style')];
    const unapplied = all.filter((style) => !style.sheet).map((style) => style.getAttribute('data-emotion') ?? style.id);
    const textWithoutNonce = all.filter((style) => style.nonce !== expected && style.textContent !== '').length;
    return { count: all.length, unapplied, textWithoutNonce, rules: all.reduce((sum, style) => sum + (style.sheet?.cssRules.length ?? 0), 0) };
  }, nonce);
  if (styles.textWithoutNonce > 0) throw new Error(`${styles.textWithoutNonce} <style> elements with text lack the nonce`);
  if (styles.unapplied.length > 0) throw new Error(`<style> elements blocked: ${styles.unapplied.join(', ')}`);
  if (styles.rules === 0) throw new Error('no style rule applied: Web Chat drew unstyled');
  const scrolling = await page.evaluate(() => [...document.querySelectorAll('.webchat__basic-transcript [class*="react-scroll-to-bottom--css"]')].some((element) => getComputedStyle(element).overflowY === 'auto'));
  if (!scrolling) throw new Error("the transcript's scrolling styles were not applied");
  const themed = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  if (!themed) throw new Error("the page's colours were not applied");
  figures.cspStyleElements = styles.count;
  return `${styles.count} <style> elements with the nonce, ${styles.rules} rules`;
});

await check('desktop, English: axe finds no WCAG 2.1 AA violation on the welcome nor after a salary answer with its card; screenshots', { viewport: desktop }, async (page) => {
  await open(page, `${base}/`);
  await audit(page, 'desktop-en-welcome');
  await shot(page, 'webchat-desktop-en-welcome.png');
  await ask(page, 'I have 7 years of experience, what salary?');
  await sees(page, band);
  await page.locator('.ac-adaptiveCard').first().waitFor();
  await audit(page, 'desktop-en-salary');
  await shot(page, 'webchat-desktop-en-salary.png');
  return 'axe: 0 violations on both';
});

await check('phone, French browser: French page and Web Chat, French spaces, axe clean on the welcome and after the salary card; screenshots', { viewport: phone, locale: 'fr-FR' }, async (page) => {
  await open(page, `${base}/`);
  if ((await page.getAttribute('html', 'lang')) !== 'fr') throw new Error('<html lang> is not fr');
  if (!(await page.title()).startsWith('CareerBot\u00a0:')) throw new Error(`the title is not French: ${await page.title()}`);
  const placeholder = await page.locator(sendBox).first().getAttribute('placeholder');
  if (!/missions/i.test(placeholder ?? '') || /Type your message/.test(placeholder ?? '')) throw new Error(`the send box says "${placeholder}"`);
  await audit(page, 'phone-fr-welcome');
  await shot(page, 'webchat-phone-fr-welcome.png');
  await ask(page, "J'ai 7 ans d'expérience, quel salaire ?");
  await sees(page, '59\u202f000\u00a0€ à 73\u202f000\u00a0€');
  await sees(page, 'Source\u00a0: Rôles et missions du développeur backend');
  await page.locator('.ac-adaptiveCard').first().waitFor();
  const text = await transcriptText(page, 'bot');
  if (/\d [€%]| [:;!?»]|« /.test(text)) throw new Error(`a breakable space before punctuation or "€": ${/.{0,20}(\d [€%]| [:;!?»]|« ).{0,20}/.exec(text)[0]}`);
  await audit(page, 'phone-fr-salary');
  await shot(page, 'webchat-phone-fr-salary.png');
  return 'axe: 0 violations on both';
});

await check('phone, English: the suggested actions all show, none covered nor scrolled sideways, no "Just now", no upload button; screenshots', { viewport: phone }, async (page) => {
  await open(page, `${base}/`);
  await shot(page, 'webchat-phone-en-welcome.png');
  await ask(page, 'I have 7 years of experience, what salary?');
  await sees(page, band);
  await page.locator('.ac-adaptiveCard').first().waitFor();
  await page.waitForTimeout(500);
  const layout = await page.evaluate(() => {
    const buttons = [...document.querySelectorAll('.webchat__suggested-actions button')];
    return {
      flippers: document.querySelectorAll('.webchat__suggested-actions .react-film__flipper').length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      buttons: buttons.map((button) => {
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          text: button.innerText.trim(),
          inside: box.left >= 0 && box.right <= window.innerWidth && box.top >= 0 && box.bottom <= window.innerHeight,
          uncovered: hit === button || button.contains(hit),
        };
      }),
    };
  });
  if (layout.buttons.length < 3) throw new Error(`only ${layout.buttons.length} suggested actions`);
  const hidden = layout.buttons.filter((b) => !b.inside || !b.uncovered);
  if (hidden.length > 0) throw new Error(`suggested actions cut or covered: ${JSON.stringify(hidden)}`);
  if (layout.flippers > 0) throw new Error('the suggested actions scroll sideways under flipper buttons');
  if (layout.overflow > 0) throw new Error(`the page is ${layout.overflow} px wider than the phone`);
  const text = await transcriptText(page);
  if (/Just now|A minute ago/.test(text)) throw new Error('a "Just now" timestamp is shown');
  if (await page.locator('.webchat__upload-button, [aria-label="Upload file"]').count() > 0) throw new Error('an upload button is shown');
  await shot(page, 'webchat-phone-en-salary.png');
  await audit(page, 'phone-en-salary');
  return `${layout.buttons.map((b) => b.text).join(', ')}`;
});

await check('desktop, French: screenshot after the salary card', { viewport: desktop, locale: 'fr-FR' }, async (page) => {
  await open(page, `${base}/`);
  await ask(page, "J'ai 7 ans d'expérience, quel salaire ?");
  await page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 30000 });
  await audit(page, 'desktop-fr-salary');
  await shot(page, 'webchat-desktop-fr-salary.png');
});

await check('keyboard only: Tab to the send box, ask, the answer announced, the card filled and sent, a suggested action; focus visible on the controls', { viewport: desktop, reducedMotion: 'reduce' }, async (page) => {
  await open(page, `${base}/`);
  const announced = [];
  await page.exposeFunction('careerbotAnnounced', (text) => announced.push(text));
  await page.evaluate(() => {
    const region = document.querySelector('.webchat__live-region-transcript');
    new MutationObserver(() => { if (region.innerText.trim()) window.careerbotAnnounced(region.innerText); })
      .observe(region, { childList: true, subtree: true, characterData: true });
  });
  const focused = () => page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
      sendBox: element.matches('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input'),
      transcript: element.classList.contains('webchat__basic-transcript'),
      text: (element.innerText || element.value || '').trim(),
      cardInput: !!element.closest('.ac-adaptiveCard') && element.tagName === 'INPUT',
      cardButton: !!element.closest('.ac-adaptiveCard') && element.classList.contains('ac-pushButton'),
      suggested: !!element.closest('.webchat__suggested-actions'),
      ours: element.classList.contains('brand__control') || !!element.closest('.ac-adaptiveCard'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });
  const unmarked = [];
  async function press(key) {
    await page.keyboard.press(key);
    const state = await focused();
    if (state.ours && !state.outline) unmarked.push(state.text.slice(0, 30));
    return state;
  }
  async function until(predicate, key, limit = 12) {
    for (let i = 0; i < limit; i++) {
      if (predicate(await press(key))) return;
    }
    throw new Error(`${key} never reached the control (focus on: ${JSON.stringify(await focused())})`);
  }

  await until((f) => f.sendBox, 'Tab');
  await page.keyboard.type('I have 7 years of experience, what salary?');
  await press('Enter');
  await sees(page, band);
  await page.locator('.ac-adaptiveCard').first().waitFor();
  // Web Chat's message list is one stop: End picks the last message, Enter goes into it, Escape comes back out.
  await until((f) => f.transcript, 'Shift+Tab');
  await press('End');
  await until((f) => f.cardInput, 'Enter', 1);
  await page.keyboard.type('12');
  await until((f) => f.cardButton, 'Tab', 3);
  await press('Enter');
  await sees(page, '€73,000–€88,000');
  // The card's answer has no suggested actions (the conversation moved on): back to the send box, another question,
  // and one of its suggested actions.
  await press('Escape');
  await until((f) => f.sendBox, 'Tab');
  await page.keyboard.type('What are the missions?');
  await press('Enter');
  await page.waitForFunction(() => /Message has suggested actions/i.test(document.querySelector('.webchat__basic-transcript')?.innerText.split('What are the missions?')[1] ?? ''), null, { timeout: 30000 });
  await until((f) => f.suggested, 'Shift+Tab');
  const chosen = (await focused()).text;
  const shown = await page.evaluate(() => document.querySelectorAll('.webchat__basic-transcript__activity').length);
  await press('Enter');
  await page.waitForFunction((count) => document.querySelectorAll('.webchat__basic-transcript__activity').length >= count + 2, shown, { timeout: 30000 });
  if (!announced.some((text) => /73,000/.test(text))) throw new Error(`the live region did not announce the answer (heard: ${announced.join(' / ').slice(0, 200)})`);
  if (unmarked.length > 0) throw new Error(`no visible focus on: ${[...new Set(unmarked)].join(', ')}`);
  return `the suggested action "${chosen}" answered; ${announced.length} announcements by the live region`;
});

await check("a card's number field explains itself when empty or negative; an older card is read-only", { viewport: desktop }, async (page) => {
  const sent = [];
  page.on('request', (request) => { if (request.method() === 'POST' && /\/activities$/.test(request.url())) sent.push(request.postData()); });
  await open(page, `${base}/`);
  await ask(page, 'I have 7 years of experience, what salary?');
  const card = page.locator('.ac-adaptiveCard').first();
  await card.waitFor({ timeout: 30000 });
  const before = sent.length;
  await card.locator('.ac-pushButton').click();
  await card.getByText('Enter a number between 0 and 60.').waitFor({ timeout: 5000 });
  await card.locator('input').fill('-3');
  await card.locator('.ac-pushButton').click();
  await card.getByText('Enter a number between 0 and 60.').waitFor({ timeout: 5000 });
  await page.waitForTimeout(1000);
  if (sent.length !== before) throw new Error(`an empty or negative number was sent: ${sent.slice(before).join(' ')}`);
  await card.locator('input').fill('12');
  await card.locator('.ac-pushButton').click();
  await sees(page, '€73,000–€88,000');
  await page.locator('.ac-adaptiveCard').nth(1).waitFor();
  await page.waitForTimeout(300);
  const old = await card.evaluate((element) => [...element.querySelectorAll('input, .ac-pushButton')].map((c) => c.getAttribute('aria-disabled')));
  if (old.some((value) => value !== 'true')) throw new Error(`the older card's controls are still active: ${old}`);
  const latest = await page.locator('.ac-adaptiveCard').nth(1).evaluate((element) => [...element.querySelectorAll('input, .ac-pushButton')].map((c) => c.getAttribute('aria-disabled')));
  if (latest.some((value) => value === 'true')) throw new Error('the latest card is read-only');
  const answered = sent.length;
  await card.locator('.ac-pushButton').click({ force: true });
  await page.waitForTimeout(1000);
  if (sent.length !== answered) throw new Error("the older card's button still sends");
  await shot(page, 'webchat-desktop-en-cards.png');
});

await check('a reload resumes the conversation with its history; "New conversation" starts afresh, and a reload keeps that one', { viewport: desktop }, async (page) => {
  const requests = [];
  const sessions = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', async (response) => {
    const session = response.url().endsWith('/api/webchat/token') && response.ok() ? await response.json().catch(() => null) : null;
    if (session) sessions.push(session);
  });
  const messages = () => page.evaluate(() => document.querySelectorAll('.webchat__basic-transcript__activity').length);
  await open(page, `${base}/`);
  await ask(page, 'I have 7 years of experience, what salary?');
  await sees(page, band);
  await page.locator('.ac-adaptiveCard').first().waitFor();
  await page.waitForTimeout(500);
  const first = sessions.at(-1).conversationId;
  const shown = await messages();
  const asked = await occurrences(page, 'I have 7 years of experience, what salary?');

  requests.length = 0;
  await page.reload();
  await sees(page, band);
  await page.locator('.ac-adaptiveCard').first().waitFor();
  await page.waitForTimeout(1000);
  const resumed = sessions.at(-1);
  if (resumed.conversationId !== first || !resumed.resume) throw new Error(`the reload got ${JSON.stringify({ id: resumed.conversationId, resume: resumed.resume })}, not conversation ${first}`);
  if (!requests.some((url) => url.includes(`/conversations/${first}?watermark=`))) throw new Error('the page did not reconnect (GET /conversations/{id})');
  if (await messages() !== shown) throw new Error(`the history has ${await messages()} messages, not ${shown}`);
  if (await occurrences(page, 'I have 7 years of experience, what salary?') !== asked) throw new Error('the question is not shown as before');
  await ask(page, 'What are the missions?');
  await page.waitForFunction((count) => document.querySelectorAll('.webchat__basic-transcript__activity').length >= count + 2, shown, { timeout: 30000 });
  await shot(page, 'webchat-desktop-en-resumed.png');

  await page.getByRole('button', { name: 'New conversation' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.webchat__basic-transcript__activity').length === 1, null, { timeout: 30000 });
  const fresh = sessions.at(-1);
  if (fresh.conversationId === first || fresh.resume) throw new Error('"New conversation" did not start another conversation');
  if (await occurrences(page, band) !== 0) throw new Error('the new conversation shows the old history');
  await page.waitForFunction((selector) => document.activeElement.matches(selector), sendBox, { timeout: 5000 }).catch(() => {
    throw new Error('the send box is not focused after "New conversation"');
  });
  await page.waitForFunction(() => /new conversation has started/i.test(document.querySelector('#announcer').textContent), null, { timeout: 3000 })
    .catch(() => { throw new Error('"New conversation" was not announced'); });

  await page.reload();
  await open(page, page.url());
  await page.waitForTimeout(500);
  if (sessions.at(-1).conversationId !== fresh.conversationId) throw new Error('a reload after "New conversation" did not keep the new conversation');
  if (await messages() !== 1) throw new Error(`the new conversation shows ${await messages()} messages after a reload`);
  return `conversation ${first.slice(0, 6)}… resumed with ${shown} messages, then ${fresh.conversationId.slice(0, 6)}…`;
});

await check('tokens of 6 s (DirectLine:TokenLifetime): renewed mid-conversation, a question answered 15 s in, no "Send failed"', { viewport: desktop }, async (page) => {
  const renewals = [];
  page.on('request', (request) => { if (request.url().endsWith('/api/webchat/token')) renewals.push(Date.now()); });
  await open(page, `${shortBase}/`);
  await ask(page, 'I have 7 years of experience, what salary?');
  await sees(page, band);
  await page.waitForTimeout(15000); // two and a half lifetimes of the first token
  await ask(page, 'What are the missions?');
  await page.waitForFunction(() => /backend developer/i.test(document.querySelector('.webchat__basic-transcript')?.innerText.split('What are the missions?')[1] ?? ''), null, { timeout: 30000 });
  const text = await transcriptText(page);
  if (/Send failed|Retry/i.test(text)) throw new Error('the page shows "Send failed"');
  if (await page.locator('#alert').isVisible()) throw new Error(`the page shows "${await page.locator('#alert').innerText()}"`);
  if (renewals.length < 4) throw new Error(`the token was renewed ${renewals.length - 1} time(s) in 15 s`);
  return `${renewals.length - 1} renewals`;
});

await check('tokens of 6 s, polling, the token endpoint unreachable for 10 s (a computer asleep): the expired token is replaced, the conversation goes on', { viewport: desktop }, async (page) => {
  let blocked = false;
  const refused = [];
  await page.route('**/api/webchat/token', (route) => (blocked ? (refused.push(Date.now()), route.abort('internetdisconnected')) : route.continue()));
  const forbidden = [];
  page.on('response', (response) => { if (response.status() === 403 && response.url().includes('/v3/directline/')) forbidden.push(response.url()); });
  await open(page, `${shortBase}/?transport=polling`);
  await ask(page, 'I have 7 years of experience, what salary?');
  await sees(page, band);
  blocked = true;
  await page.waitForTimeout(10000);
  blocked = false;
  await page.waitForFunction(() => !document.querySelector('#alert') || document.querySelector('#alert').hidden, null, { timeout: 15000 });
  await sees(page, band);
  await page.waitForTimeout(1000);
  await ask(page, 'What are the missions?');
  await page.waitForFunction(() => /backend developer/i.test(document.querySelector('.webchat__basic-transcript')?.innerText.split('What are the missions?')[1] ?? ''), null, { timeout: 30000 });
  if (/Send failed|Retry/i.test(await transcriptText(page))) throw new Error('the page shows "Send failed"');
  if (forbidden.length === 0) throw new Error('the token never expired: the case tested nothing');
  return `${refused.length} renewals refused, ${forbidden.length} requests with the expired token`;
});

await check('a dropped WebSocket reconnects by itself, from its watermark: nothing lost, nothing shown twice', { viewport: desktop }, async (page) => {
  const sockets = [];
  await page.routeWebSocket(/\/v3\/directline\/conversations\/[^/]+\/stream/, (socket) => sockets.push({ socket, server: socket.connectToServer() }));
  const reconnects = [];
  page.on('request', (request) => { if (/\/v3\/directline\/conversations\/[^/?]+\?watermark=\d+/.test(request.url())) reconnects.push(request.url()); });
  await open(page, `${base}/`);
  await ask(page, 'I have 7 years of experience, what salary?');
  await sees(page, band);
  await page.locator('.ac-adaptiveCard').first().waitFor();
  const shown = await page.evaluate(() => document.querySelectorAll('.webchat__basic-transcript__activity').length);
  const bands = await occurrences(page, band);

  const { socket, server } = sockets.at(-1);
  await socket.close({ code: 4000, reason: 'network lost' });
  await server.close();
  for (let waited = 0; sockets.length < 2 && waited < 30000; waited += 250) await page.waitForTimeout(250);
  if (sockets.length < 2 || reconnects.length === 0) throw new Error('Direct Line did not reconnect');
  await ask(page, 'What are the missions?');
  await page.waitForFunction((count) => document.querySelectorAll('.webchat__basic-transcript__activity').length >= count + 2, shown, { timeout: 30000 });
  await page.waitForTimeout(1000);
  if (/Send failed|Retry/i.test(await transcriptText(page))) throw new Error('the page shows "Send failed"');
  if (await occurrences(page, band) !== bands) throw new Error('a message is shown twice after the reconnection');
  if (await page.locator('#alert').isVisible()) throw new Error(`the page shows "${await page.locator('#alert').innerText()}"`);
  return `reconnected with ${new URL(reconnects.at(-1)).search}`;
});

await check("a bot message's Markdown: links open in a new tab with rel=noopener, raw HTML is not rendered", { viewport: desktop }, async (page) => {
  // Polling, with one bot message added to an answer of GET /activities, as CareerBot would send it.
  let injected = false;
  await page.route('**/activities?watermark=*', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    if (!injected && body.activities.length > 0) {
      injected = true;
      const last = body.activities.at(-1);
      body.activities.push({
        ...last,
        id: `${last.id}-markdown`,
        type: 'message',
        from: { id: 'careerbot', name: 'CareerBot', role: 'bot' },
        text: 'See [the salary survey](https://example.com/survey) and <img src="x" onerror="window.careerbotHacked=1"><b>raw</b> <script>window.careerbotHacked=2</script>',
        textFormat: 'markdown',
        attachments: [],
        suggestedActions: undefined,
      });
    }
    await route.fulfill({ response, json: body });
  });
  await page.goto(`${base}/?transport=polling`);
  await sees(page, 'the salary survey');
  const link = page.locator('a', { hasText: 'the salary survey' });
  const target = await link.getAttribute('target');
  const rel = await link.getAttribute('rel');
  if (target !== '_blank' || !/noopener/.test(rel ?? '')) throw new Error(`the link has target=${target} rel=${rel}`);
  const html = await page.evaluate(() => ({
    img: document.querySelectorAll('.webchat__basic-transcript img[src="x"]').length,
    bold: [...document.querySelectorAll('.webchat__basic-transcript b')].some((b) => b.innerText === 'raw'),
    hacked: window.careerbotHacked ?? null,
  }));
  if (html.img > 0 || html.bold || html.hacked !== null) throw new Error(`raw HTML was rendered: ${JSON.stringify(html)}`);
});

await check('webchat.js travels compressed: Brotli to Chromium, gzip or plain to clients that ask so; cached by version', {}, async (page) => {
  const responses = [];
  page.on('response', (response) => { if (response.url().includes('/webchat/webchat.js')) responses.push(response); });
  await open(page, `${base}/`);
  const response = responses[0];
  if (!response) throw new Error('the page did not load webchat.js');
  const headers = await response.allHeaders();
  const sizes = await response.request().sizes();
  if (headers['content-encoding'] !== 'br') throw new Error(`Content-Encoding ${headers['content-encoding']}`);
  if (!/immutable/.test(headers['cache-control'] ?? '')) throw new Error(`Cache-Control ${headers['cache-control']}`);
  const url = new URL(response.url());
  const [plain, gzip, brotli] = await Promise.all([fetchRaw(url.pathname + url.search), fetchRaw(url.pathname + url.search, 'gzip'), fetchRaw(url.pathname + url.search, 'gzip, deflate, br')]);
  if (plain.headers['content-encoding'] || gzip.headers['content-encoding'] !== 'gzip' || brotli.headers['content-encoding'] !== 'br') {
    throw new Error(`encodings: ${plain.headers['content-encoding']}, ${gzip.headers['content-encoding']}, ${brotli.headers['content-encoding']}`);
  }
  if (!/Accept-Encoding/i.test(brotli.headers.vary ?? '')) throw new Error('no Vary: Accept-Encoding');
  if (sizes.responseBodySize > 0.25 * plain.bytes || brotli.bytes > 0.25 * plain.bytes || gzip.bytes > 0.3 * plain.bytes) {
    throw new Error(`sizes: Chromium got ${sizes.responseBodySize} bytes, Brotli ${brotli.bytes}, gzip ${gzip.bytes}, plain ${plain.bytes}`);
  }
  Object.assign(figures, { webchatPlain: plain.bytes, webchatBrotli: brotli.bytes, webchatGzip: gzip.bytes, webchatChromium: sizes.responseBodySize });
  return `plain ${plain.bytes} bytes, Brotli ${brotli.bytes} (${Math.round((100 * brotli.bytes) / plain.bytes)}%), gzip ${gzip.bytes} (${Math.round((100 * gzip.bytes) / plain.bytes)}%)`;
});

await check('the page: title, lang, labelled send box (the label not shown), logo, avatar and favicon served, fits 375 px, no request fails', { viewport: { width: 375, height: 740 } }, async (page) => {
  const failures = [];
  page.on('response', (response) => { if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`); });
  page.on('requestfailed', (request) => failures.push(`${request.failure()?.errorText} ${request.url()}`));
  await open(page, `${base}/`);
  if (!(await page.title()).includes('CareerBot')) throw new Error('no title');
  if ((await page.getAttribute('html', 'lang')) !== 'en') throw new Error('no lang');
  const label = await page.locator(sendBox).first().getAttribute('aria-label');
  if (!/question for CareerBot/.test(label ?? '')) throw new Error(`the send box is labelled "${label}"`);
  // The label is for screen readers: no text of it on the screen (it once showed, in bold, under the send box).
  const labelShown = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((element) => element.children.length === 0 && /Your question for CareerBot/.test(element.textContent))
    .some((element) => { const box = element.getBoundingClientRect(); return box.width > 1 && box.height > 1; }));
  if (labelShown) throw new Error('"Your question for CareerBot" shows on the page');
  const images = await page.evaluate(() => [...document.querySelectorAll('img')].map((img) => ({ src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0 })));
  if (!images.some((img) => img.src.includes('images/logo') && img.loaded)) throw new Error(`no logo: ${JSON.stringify(images)}`);
  const favicon = await fetchRaw('/favicon.ico');
  if (favicon.status !== 200 || favicon.headers['content-type'] !== 'image/x-icon') throw new Error(`/favicon.ico: ${favicon.status} ${favicon.headers['content-type']}`);
  const icon = await page.getAttribute('link[rel="icon"]', 'href');
  if ((await fetchRaw(`/${icon}`)).status !== 200) throw new Error(`the icon ${icon} is not served`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`the page is ${overflow} px wider than 375 px`);
  if (failures.length > 0) throw new Error(`failed requests: ${failures.join(', ')}`);
});

await check('the page says clearly when the bot cannot be reached', {}, async (page) => {
  await page.route('**/api/webchat/token', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(`${base}/`);
  await page.locator('#alert').waitFor({ state: 'visible', timeout: 10000 });
  const message = await page.locator('#alert').innerText();
  if (!/cannot be reached/.test(message)) throw new Error(`unexpected message: ${message}`);
  if (await page.locator('#loading').count() > 0) throw new Error('"Loading the conversation…" is still shown');
  await page.screenshot({ path: join(artifacts, 'webchat-unreachable.png') });
});

await browser.close();
writeFileSync(join(artifacts, 'figures.json'), JSON.stringify(figures, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
