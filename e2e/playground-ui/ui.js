#!/usr/bin/env node
// Drives the Microsoft 365 Agents Playground's own web UI in Debian's headless Chromium (npm playwright-core, never a
// downloaded browser), against a running Playground that is connected to a running CareerBot, as a person would:
// open the page, wait for "Connected.", open "Personal Chat", read the welcome, type questions into the message box,
// read the salary Adaptive Card as the Playground renders it, type into the card's number input and press its button.
// On channel msteams it then goes where Teams behaves differently: the "Group Chat" (a message that does not mention
// the bot gets no answer; "@Test Bot" picked from the mention menu does; buttons come in a card, not as suggested
// actions) and the "General" channel of the team (a new post that mentions the bot is answered in its thread). On
// channel emulator the card's button is an Action.Submit, answered with a new message and card.
//
//   node ui.js --playground http://127.0.0.1:P --bot-log FILE --out DIR [--channel msteams|emulator]
//
// No request interception (context.route): the page talks to the Playground exactly as a user's browser would; the
// test only observes the page's requests and responses. What the UI does with a card's Action.Execute (seen in
// @microsoft/m365agentsplayground 0.2.28): it POSTs /_conversation/v1/invoke, the Playground sends the bot an
// `invoke` (name adaptiveCard/action), answers the page with the bot's {type, value}, replaces the card in place with
// `value`, and shows "Your response was sent to the app" under it.
//
// Prints one "ok - name" / "not ok - name" line per case; exit code 1 when any case failed.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['playground', 'bot-log', 'out']) {
  if (!args[k]) { console.error(`missing --${k}`); process.exit(2); }
}
const base = args.playground.replace(/\/$/, '');
const out = args.out;
const channel = args.channel || 'msteams';
const STEP_MS = Number(process.env.PLAYGROUND_UI_STEP_TIMEOUT_MS || 20000);
const CARD_TITLE = 'Salaries of a backend developer in France';

let passed = 0;
let failed = 0;
let broken = false; // once a step failed, the later ones of its section depend on it: they are reported as not run
let prefix = channel === 'msteams' ? '' : `${channel}: `;
/** Starts a section of steps that depend on each other but not on the steps of the sections before. */
function section(name) {
  broken = false;
  prefix = `${channel === 'msteams' ? '' : `${channel}: `}${name ? `${name}: ` : ''}`;
}
async function check(title, fn) {
  const name = prefix + title;
  if (broken) { failed++; console.log(`not ok - ${name}`); console.log('#   not run: an earlier step failed'); return; }
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    broken = true;
    console.log(`not ok - ${name}`);
    for (const line of String(e && e.message ? e.message : e).split('\n').slice(0, 12)) console.log(`#   ${line}`);
    await shot(`failed-${passed + failed}`);
  }
}

let page;
async function shot(name) {
  if (!page) return;
  const file = path.join(out, `${channel === 'msteams' ? '' : `${channel}-`}${name}.png`);
  await page.screenshot({ path: file, timeout: 10000 }).catch(() => {});
}

// The page's visible text without the Log Panel (which repeats the first ~100 characters of every message).
function chatTextSource() {
  window.__chatText = () => {
    const text = document.body.innerText;
    const heading = [...document.querySelectorAll('body *')].find((e) => e.children.length === 0 && e.textContent.trim() === 'Log Panel');
    let panel = heading;
    while (panel && !/Click on a log item/.test(panel.innerText)) panel = panel.parentElement;
    return panel && panel !== document.body ? text.replace(panel.innerText, '') : text;
  };
  window.__logPanelText = () => {
    const text = document.body.innerText;
    const i = text.lastIndexOf('Log Panel');
    return i < 0 ? '' : text.slice(i);
  };
}

const chat = () => page.locator('[data-lexical-editor="true"]').first();
/** Waits until the visible text of the page's chat area shows `text` at least `times` times. */
async function sees(text, times = 1, timeout = STEP_MS) {
  try {
    await page.waitForFunction(([t, n]) => window.__chatText().split(t).length - 1 >= n, [text, times], { timeout });
  } catch {
    throw new Error(`the page did not show ${JSON.stringify(text)}${times > 1 ? ` ${times} times` : ''} within ${timeout} ms`);
  }
}
async function type(text) {
  const box = chat();
  await box.click({ timeout: STEP_MS });
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  // The message box empties once the message is sent.
  await page.waitForFunction((sel) => (document.querySelector(sel)?.innerText || '').trim() === '', '[data-lexical-editor="true"]', { timeout: STEP_MS });
}
const count = (text) => page.evaluate((t) => window.__chatText().split(t).length - 1, text);

/** What the rendered card shows: its text, its table rows (cells' text), and the rows drawn highlighted (those whose
 * background differs from the one most rows have; the Playground draws an "accent" row light blue, the others white). */
async function renderedCard(card) {
  return card.evaluate((root) => {
    const rows = [...root.querySelectorAll('[role="row"]')].map((r) => ({
      cells: [...r.querySelectorAll('[role="cell"], [role="columnheader"]')].map((c) => c.innerText.trim()),
      background: getComputedStyle(r).backgroundColor,
    }));
    const tally = {};
    for (const r of rows) tally[r.background] = (tally[r.background] || 0) + 1;
    const usual = Object.keys(tally).sort((a, b) => tally[b] - tally[a])[0];
    return {
      text: root.innerText,
      rows: rows.map((r) => r.cells),
      highlighted: rows.filter((r) => r.background !== usual).map((r) => r.cells),
      backgrounds: tally,
    };
  });
}
const bandRow = (rows, band) => rows.find((cells) => cells.includes(band));

/** Buttons named `name` that are not part of an Adaptive Card: the Playground's suggested actions. */
const suggestedActionButtons = (name) => page.evaluate((n) => [...document.querySelectorAll('button')]
  .filter((b) => b.innerText.trim() === n && !b.closest('.ac-adaptiveCard')).length, name);
/** The Adaptive Card holding a button named `name` (the last one on the page). */
const cardWithButton = (name) => page.locator('.ac-adaptiveCard').filter({ has: page.getByRole('button', { name, exact: true }) }).last();

/** Types `text` after a mention of the bot picked from the Playground's mention menu ("@" then its name), and sends it
 * with Enter, or with the "Post" button in a channel. */
async function sayWithMention(botName, text, post = false) {
  const box = chat();
  await box.click({ timeout: STEP_MS });
  await page.keyboard.type(`@${botName.split(' ')[0]}`);
  await page.getByRole('menuitem', { name: botName }).click({ timeout: STEP_MS })
    .catch(() => { throw new Error(`the mention menu offers no "${botName}" after typing "@"`); });
  await page.keyboard.type(` ${text}`);
  if (post) await page.getByRole('button', { name: 'Post', exact: true }).click();
  else await page.keyboard.press('Enter');
  await page.waitForFunction((sel) => (document.querySelector(sel)?.innerText || '').trim() === '', '[data-lexical-editor="true"]', { timeout: STEP_MS });
}

/** The activities the Playground exchanged with the bot, from its log stream as the page received it. */
function loggedActivities(frames) {
  return frames.filter((f) => f.url.includes('/_ws/log/stream')).flatMap((f) => {
    try { const j = JSON.parse(f.payload); return j && j.log && j.log.request && j.log.request.body ? [j.log] : []; } catch { return []; }
  });
}

function botLogInvokes() { // POST /api/messages the bot finished with a JSON body (only invokes answer with a body)
  const log = fs.existsSync(args['bot-log']) ? fs.readFileSync(args['bot-log'], 'utf8') : '';
  return [...log.matchAll(/Request finished HTTP\/[\d.]+ POST \S+\/api\/messages - (\d{3}) \S* ?(\S*)/g)]
    .filter((m) => /json/.test(m[2])).map((m) => Number(m[1]));
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerbot-playground-ui-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    timeout: 30000,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const pageErrors = [];
  const consoleLines = [];
  const frames = []; // what the page received on its WebSockets (the Playground's messages and log), for diagnosis
  const invokes = []; // the page's POST /_conversation/v1/invoke: request body, response status and body
  try {
    await context.addInitScript(chatTextSource);
    page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push({ url: ws.url().replace(/^.*\/\/[^/]+/, ''), payload: String(f.payload).slice(0, 200000) })));
    page.on('response', async (res) => {
      if (!res.url().includes('/_conversation/v1/invoke')) return;
      const entry = { request: res.request().postData(), status: res.status(), body: null };
      invokes.push(entry);
      try { entry.body = await res.json(); } catch { entry.body = await res.text().catch(() => null); }
    });

    await check('the Playground page opens and shows "Connected." (it reached CareerBot)', async () => {
      await page.goto(`${base}/`, { timeout: STEP_MS });
      await page.getByText('Connected.', { exact: true }).first().waitFor({ timeout: 30000 });
    });

    await check('"Personal Chat" opens and shows CareerBot\'s welcome', async () => {
      await page.getByText('Personal Chat', { exact: true }).first().click();
      await chat().waitFor({ state: 'visible' });
      await sees("I answer questions about the");
      await sees('CareerBot');
      if (await count("I answer questions about the") !== 1) throw new Error('the welcome is shown more than once');
      await shot('01-welcome');
    });

    await check('typing "What salary can I expect?" + Enter -> "How many years of experience"', async () => {
      await type('What salary can I expect?');
      await sees('What salary can I expect?');
      await sees('How many years of experience');
    });

    let card;
    await check(`typing "7 years" + Enter -> "€59,000–€73,000" and the rendered card "${CARD_TITLE}" with its table, band highlighted`, async () => {
      await type('7 years');
      await sees('€59,000–€73,000');
      card = page.locator('.ac-adaptiveCard').filter({ hasText: CARD_TITLE }).last();
      await card.waitFor({ state: 'visible' });
      await page.waitForFunction(() => /With \*{0,2}7 years/.test(window.__chatText()), null, { timeout: STEP_MS })
        .catch(() => { throw new Error('the text reply "With 7 years of experience…" is not shown'); });
      const c = await renderedCard(card);
      if (/"type"\s*:\s*"AdaptiveCard"|"\$schema"/.test(await page.evaluate(() => window.__chatText()))) throw new Error('the page shows raw card JSON');
      if (!c.text.includes(CARD_TITLE)) throw new Error(`the card shows no title: ${c.text.slice(0, 300)}`);
      if (c.rows.length !== 6) throw new Error(`the card's table has ${c.rows.length} rows, expected a header and 5 bands: ${JSON.stringify(c.rows)}`);
      if (!bandRow(c.rows, '€59,000–€73,000')) throw new Error(`no row for €59,000–€73,000: ${JSON.stringify(c.rows)}`);
      if (c.highlighted.length !== 1 || !c.highlighted[0].includes('€59,000–€73,000')) {
        throw new Error(`highlighted rows: ${JSON.stringify(c.highlighted)} (expected only the 5 to 10 years row; row backgrounds ${JSON.stringify(c.backgrounds)})`);
      }
      await card.getByRole('spinbutton').waitFor({ state: 'visible' });
      await card.getByRole('button', { name: 'Show the salary' }).waitFor({ state: 'visible' });
      await card.scrollIntoViewIfNeeded();
      await shot('02-card');
    });

    if (channel === 'msteams') {
      await check('the card: 12 in its number input, "Show the salary" -> adaptiveCard/action invoke 200, the card refreshed in place with €73,000–€88,000 highlighted', async () => {
        const cardsBefore = await page.locator('.ac-adaptiveCard').count();
        const input = card.getByRole('spinbutton');
        await input.click();
        await input.fill('12');
        const invokeLogsBefore = botLogInvokes().length;
        const answered = page.waitForResponse((r) => r.url().includes('/_conversation/v1/invoke'), { timeout: STEP_MS });
        await card.getByRole('button', { name: 'Show the salary' }).click();
        const res = await answered.catch(() => { throw new Error('the page sent no /_conversation/v1/invoke after the click'); });
        for (let i = 0; i < 40 && !(invokes.length && invokes[invokes.length - 1].body); i++) await page.waitForTimeout(50);
        const inv = invokes[invokes.length - 1];
        if (res.status() !== 200) throw new Error(`the Playground answered the invoke with ${res.status()}: ${JSON.stringify(inv && inv.body).slice(0, 500)}`);
        const sent = JSON.parse(inv.request || '{}');
        if (sent.name !== 'adaptiveCard/action') throw new Error(`the page invoked ${JSON.stringify(sent.name)}`);
        const data = (sent.value && sent.value.action && sent.value.action.data) || {};
        if (sent.value.action.type !== 'Action.Execute' || String(data.years) !== '12') {
          throw new Error(`the invoke's value is not the Action.Execute with the 12 typed: ${JSON.stringify(sent.value)}`);
        }
        const body = inv.body || {};
        if (body.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`the bot's invoke response type is ${JSON.stringify(body.type)}: ${JSON.stringify(body).slice(0, 500)}`);
        const table = ((body.value && body.value.body) || []).find((e) => e.type === 'Table');
        const accent = table ? table.rows.filter((r) => r.style === 'accent').map((r) => r.cells[1].items[0].text) : null;
        if (JSON.stringify(accent) !== JSON.stringify(['€73,000–€88,000'])) {
          throw new Error(`the refreshed card from the bot highlights ${JSON.stringify(accent)} (expected ["€73,000–€88,000"])`);
        }
        // Visible result: the same card, redrawn with the 10 to 15 years band highlighted, and the Playground's notice.
        await sees('Your response was sent to the app');
        const refreshed = page.locator('.ac-adaptiveCard').filter({ hasText: CARD_TITLE }).last();
        let c;
        const deadline = Date.now() + STEP_MS;
        do {
          c = await renderedCard(refreshed);
          if (c.highlighted.length === 1 && c.highlighted[0].includes('€73,000–€88,000')) break;
          await page.waitForTimeout(100);
        } while (Date.now() < deadline);
        if (!(c.highlighted.length === 1 && c.highlighted[0].includes('€73,000–€88,000'))) {
          throw new Error(`after the action, highlighted rows: ${JSON.stringify(c.highlighted)} (expected only €73,000–€88,000; row backgrounds ${JSON.stringify(c.backgrounds)})`);
        }
        if (c.rows.length !== 6) throw new Error(`the refreshed card's table has ${c.rows.length} rows`);
        const cardsAfter = await page.locator('.ac-adaptiveCard').count();
        if (cardsAfter !== cardsBefore) throw new Error(`${cardsBefore} cards before the action, ${cardsAfter} after (expected the card replaced in place)`);
        // The Playground's log panel and the bot's own request log agree: the invoke was answered 200 with a body.
        await page.waitForFunction(() => /User Application\s+invoke 200/.test(window.__logPanelText()), null, { timeout: 5000 })
          .catch(() => { throw new Error('the log panel does not show "invoke 200"'); });
        let statuses = [];
        for (let i = 0; i < 50 && (statuses = botLogInvokes().slice(invokeLogsBefore)).length === 0; i++) await page.waitForTimeout(100);
        if (statuses.length !== 1 || statuses[0] !== 200) throw new Error(`the bot's log shows invoke answers ${JSON.stringify(statuses)} (expected one 200 with a JSON body)`);
        await refreshed.scrollIntoViewIfNeeded();
        await shot('03-card-action');
      });
    } else {
      await check('the card: 12 in its number input, "Show the salary" (an Action.Submit here) -> a new answer €73,000–€88,000 with a new card, that band highlighted', async () => {
        const cardsBefore = await page.locator('.ac-adaptiveCard').count();
        const input = card.getByRole('spinbutton');
        await input.click();
        await input.fill('12');
        const submitted = page.waitForResponse((r) => r.url().includes('/_conversation/v1/submit'), { timeout: STEP_MS });
        await card.getByRole('button', { name: 'Show the salary' }).click();
        const res = await submitted.catch(() => { throw new Error('the page sent no /_conversation/v1/submit after the click'); });
        const sent = JSON.parse(res.request().postData() || '{}');
        if (!sent.value || sent.value.verb !== 'salary' || String(sent.value.years) !== '12') throw new Error(`the submit's value is ${JSON.stringify(sent.value)}`);
        await sees('€73,000–€88,000', 3); // the first card's row, the answer, the new card's row
        await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, cardsBefore, { timeout: STEP_MS })
          .catch(() => { throw new Error('no new card after the submit'); });
        const c = await renderedCard(page.locator('.ac-adaptiveCard').filter({ hasText: CARD_TITLE }).last());
        if (!(c.highlighted.length === 1 && c.highlighted[0].includes('€73,000–€88,000'))) {
          throw new Error(`the new card highlights ${JSON.stringify(c.highlighted)} (expected only €73,000–€88,000)`);
        }
        await page.locator('.ac-adaptiveCard').last().scrollIntoViewIfNeeded();
        await shot('03-card-submit');
      });
    }

    if (channel === 'msteams') {
      const config = await (await fetch(`${base}/_internal/v1/config`, { signal: AbortSignal.timeout(STEP_MS) })).json();
      const botName = config.config.bot.name;

      section('group chat');
      await check('"Group Chat" opens with CareerBot\'s welcome for a group: how to mention it, Markdown rendered, buttons in a card, no suggested actions', async () => {
        await page.getByText('Group Chat', { exact: true }).first().click();
        await chat().waitFor({ state: 'visible' });
        await sees('Hi everyone, I');
        await sees('only read the messages that mention me');
        if ((await page.evaluate(() => window.__chatText())).includes('**CareerBot**')) throw new Error('the welcome shows raw Markdown (**CareerBot**)');
        await page.locator('strong', { hasText: '@CareerBot' }).first().waitFor({ state: 'visible' });
        await cardWithButton('Career paths').waitFor({ state: 'visible' });
        for (const name of ['Salary', 'Missions', 'Career paths']) {
          if (await suggestedActionButtons(name) !== 0) throw new Error(`"${name}" is shown as a suggested action in the group chat`);
        }
        await shot('04-group-welcome');
      });

      await check('a message that does not mention the bot gets no answer; "@Test Bot What salary can I expect?" -> "How many years of experience"', async () => {
        const activitiesBefore = loggedActivities(frames).length;
        await type('Lunch at noon, anyone?');
        await sees('Lunch at noon, anyone?');
        const asked = await count('How many years of experience');
        await sayWithMention(botName, 'What salary can I expect?');
        await sees('How many years of experience', asked + 1);
        // The bot answers in order: an answer to the lunch message would have come first. None came, and the bot
        // was not even sent it (Teams, like the Playground, sends a bot only the group messages that mention it).
        // The Playground logs what it sent the bot once the bot has answered the request, after the bot's replies.
        let sent = [];
        let mentioned;
        const deadline = Date.now() + STEP_MS;
        do {
          sent = loggedActivities(frames).slice(activitiesBefore).filter((l) => l.to === 'User Application');
          mentioned = sent.find((l) => /What salary can I expect\?/.test(l.request.body.text || ''));
          if (!mentioned) await page.waitForTimeout(100);
        } while (!mentioned && Date.now() < deadline);
        if (!mentioned) throw new Error('the mention did not reach the bot');
        if (sent.some((l) => /Lunch/.test(l.request.body.text || ''))) throw new Error('the lunch message reached the bot');
        if (!(mentioned.request.body.entities || []).some((e) => e.type === 'mention')) throw new Error('the message carries no mention entity');
        const text = await page.evaluate(() => window.__chatText());
        const between = text.slice(text.lastIndexOf('Lunch at noon, anyone?'), text.lastIndexOf('What salary can I expect?'));
        // A message of the bot starts with its name and the time; the mention in the user's message is the name alone.
        if (new RegExp(`${botName}\\s+\\d{1,2}:\\d{2}`).test(between)) throw new Error(`the bot said something after the lunch message: ${between.slice(0, 300)}`);
      });

      await check('"@Test Bot 7 years" -> "€59,000–€73,000" (bold, not **), the salary card, then the buttons in a card', async () => {
        const answers = await count('€59,000–€73,000');
        await sayWithMention(botName, '7 years');
        await sees('€59,000–€73,000', answers + 2); // the answer and the card's row
        await page.locator('strong', { hasText: '€59,000–€73,000' }).last().waitFor({ state: 'visible' })
          .catch(() => { throw new Error('the band is not shown in bold: the Markdown is not rendered'); });
        const card = page.locator('.ac-adaptiveCard').filter({ hasText: CARD_TITLE }).last();
        const c = await renderedCard(card);
        if (c.highlighted.length !== 1 || !c.highlighted[0].includes('€59,000–€73,000')) throw new Error(`highlighted rows: ${JSON.stringify(c.highlighted)}`);
        const buttons = cardWithButton('Qualities');
        await buttons.waitFor({ state: 'visible' });
        for (const name of ['Career paths', 'Missions', 'Qualities']) {
          await buttons.getByRole('button', { name, exact: true }).waitFor({ state: 'visible' });
          if (await suggestedActionButtons(name) !== 0) throw new Error(`"${name}" is shown as a suggested action in the group chat`);
        }
        await buttons.scrollIntoViewIfNeeded();
        await shot('05-group-salary');
      });

      await check('the card\'s "Career paths" button (no mention needed) -> the career paths as a rendered list', async () => {
        const before = await count('Technical manager');
        await cardWithButton('Qualities').getByRole('button', { name: 'Career paths', exact: true }).click();
        await sees('Technical manager', before + 1);
        await page.locator('li', { hasText: 'Technical manager' }).last().waitFor({ state: 'visible' })
          .catch(() => { throw new Error('the career paths are not shown as a list'); });
        await page.locator('li', { hasText: 'Technical manager' }).last().scrollIntoViewIfNeeded();
        await shot('06-group-button');
      });

      section('channel');
      await check('in the team\'s "General" channel, a new post "@Test Bot what are the missions?" is answered in its thread (conversation id ";messageid=")', async () => {
        await page.getByText('General', { exact: true }).first().click();
        await page.getByRole('button', { name: 'Post', exact: true }).waitFor({ state: 'visible' });
        const activitiesBefore = loggedActivities(frames).length;
        await sayWithMention(botName, 'what are the missions?', true);
        await sees('The main missions of a backend developer');
        // The post and the answer are in one thread on the page: the smallest element holding both holds no other post.
        const thread = page.locator('div').filter({ hasText: 'what are the missions?' }).filter({ hasText: 'The main missions of a backend developer' }).last();
        await thread.waitFor({ state: 'visible' });
        if ((await thread.innerText()).includes('Hi everyone')) throw new Error('the answer is not in the thread of the post');
        let logged = [];
        const deadline = Date.now() + STEP_MS;
        do {
          logged = loggedActivities(frames).slice(activitiesBefore);
          if (logged.some((l) => l.from === 'User Application')) break;
          await page.waitForTimeout(100);
        } while (Date.now() < deadline);
        const post = logged.find((l) => l.to === 'User Application' && /what are the missions/.test(l.request.body.text || ''));
        if (!post) throw new Error('the post did not reach the bot');
        const conversation = post.request.body.conversation || {};
        if (conversation.conversationType !== 'channel' || !/;messageid=/.test(conversation.id || '')) throw new Error(`the post came in conversation ${JSON.stringify(conversation)}`);
        // The answers to the post (a late welcome to the team, sent on install, is not one of them).
        const postId = post.request.body.id;
        const replies = logged.filter((l) => l.from === 'User Application' && (!postId || l.request.body.replyToId === postId));
        if (!replies.length) throw new Error('the Playground logged no reply from the bot');
        for (const r of replies) {
          if (r.request.body.conversation.id !== conversation.id) throw new Error(`a reply went to conversation ${r.request.body.conversation.id}, not the thread ${conversation.id}`);
          if (r.request.body.replyToId !== post.request.body.id) throw new Error(`a reply answers ${r.request.body.replyToId}, not the post ${post.request.body.id}`);
          if (![201, 202].includes(r.response && r.response.statusCode)) throw new Error(`the Playground answered a reply with ${JSON.stringify(r.response)}`);
        }
        await thread.scrollIntoViewIfNeeded();
        await shot('07-channel-thread');
      });
    }

    section('');
    await check('the page raised no uncaught JavaScript error', async () => {
      if (pageErrors.length) throw new Error(pageErrors.slice(0, 5).join('\n'));
    });
  } finally {
    fs.writeFileSync(path.join(out, `${channel === 'msteams' ? '' : `${channel}-`}browser-console.log`), consoleLines.join('\n') + '\n');
    fs.writeFileSync(path.join(out, `${channel === 'msteams' ? '' : `${channel}-`}invokes.json`), JSON.stringify(invokes, null, 2));
    fs.writeFileSync(path.join(out, `${channel === 'msteams' ? '' : `${channel}-`}websocket-frames.jsonl`), frames.map((f) => JSON.stringify(f)).join('\n') + '\n');
    if (page) fs.writeFileSync(path.join(out, `${channel === 'msteams' ? '' : `${channel}-`}page.txt`), await page.locator('body').innerText({ timeout: 5000 }).catch(() => ''));
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main()
  .catch((e) => {
    failed++;
    console.log('not ok - the UI driver ran to the end');
    console.log(`#   ${e && e.stack ? e.stack.split('\n').slice(0, 8).join('\n#   ') : e}`);
  })
  .finally(() => {
    console.log(`# ui: ${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  });
