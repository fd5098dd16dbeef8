// The operator page's script: fetches /admin/api/stats (the body's data-report) every data-refresh seconds and renders
// it — tiles, Chart.js charts (each canvas named by its title, described by the text under it), the disliked answers
// beside what CareerBot could not answer per language, the content status. What people wrote (comments) and content
// problems are written as text (textContent), never as markup.
(() => {
  'use strict';
  const body = document.body;
  const url = body.dataset.report;
  const every = Math.max(1, Number(body.dataset.refresh) || 30) * 1000;
  const style = getComputedStyle(document.documentElement);
  const color = (name) => style.getPropertyValue(`--${name}`).trim() || '#888';
  const charts = new Map();
  let labels = { intents: {}, outcomes: {}, channels: {}, languages: {} };

  const label = (kind, name) => labels[kind]?.[name] ?? name;
  const count = (n) => Number(n).toLocaleString('en');
  const percent = (rate) => rate == null ? '—' : `${rate > 0 && rate < 0.1 ? (rate * 100).toFixed(1) : Math.round(rate * 100)}%`;
  const duration = (ms) => ms == null ? '—' : ms < 10 ? `${ms.toFixed(1)} ms` : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
  const minute = (iso) => new Date(iso).toISOString().slice(11, 16);
  const moment = (iso) => new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
  const describe = (list, kind) => list.length === 0 ? 'none' : list.map((c) => `${label(kind, c.name)} ${count(c.count)}`).join(', ');
  const byId = (id) => document.getElementById(id);
  const text = (id, value) => { const element = byId(id); if (element) element.textContent = value; };
  const element = (tag, content, className) => {
    const made = document.createElement(tag);
    if (content != null) made.textContent = content;
    if (className) made.className = className;
    return made;
  };

  if (window.Chart) {
    Chart.defaults.animation = false;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.color = color('muted');
    Chart.defaults.borderColor = color('grid');
    Chart.defaults.font.family = getComputedStyle(body).fontFamily;
  }

  // Draws a chart, or gives the one drawn its new data.
  function draw(id, config, description) {
    text(`${id}-desc`, description);
    if (!window.Chart) return;
    const drawn = charts.get(id);
    if (drawn) {
      drawn.data = config.data;
      drawn.update('none');
      return;
    }
    charts.set(id, new Chart(byId(id), config));
  }

  const axis = (title, extra = {}) => ({ title: { display: true, text: title }, ...extra });
  const timeAxis = (stacked = false) => axis('Time (UTC)', { stacked, ticks: { maxTicksLimit: 7, maxRotation: 0 } });

  function tiles(stats, dislikes) {
    const recent = stats.minutes.slice(-5).reduce((sum, m) => sum + m.turns, 0) / 5;
    byId('tile-turns').querySelector('.tile-value').textContent = count(stats.turns);
    byId('tile-rate').querySelector('.tile-value').textContent = recent < 10 ? String(Math.round(recent * 10) / 10) : count(Math.round(recent));
    byId('tile-p50').querySelector('.tile-value').textContent = duration(stats.latency.p50Ms);
    byId('tile-p99').querySelector('.tile-value').textContent = duration(stats.latency.p99Ms);
    byId('tile-fallback').querySelector('.tile-value').textContent = percent(stats.fallbackRate);
    byId('tile-fallback').querySelector('.tile-note').textContent = `${count(stats.fallbacks)} turns not answered`;
    byId('tile-dislikes').querySelector('.tile-value').textContent = dislikes == null ? '—' : count(dislikes.length);
    byId('tile-limited').querySelector('.tile-value').textContent = count(stats.rateLimitRejections.reduce((sum, r) => sum + r.count, 0));
    byId('tile-undelivered').querySelector('.tile-value').textContent = count(stats.undeliveredReplies.reduce((sum, r) => sum + r.count, 0));
    byId('tile-undelivered').querySelector('.tile-note').textContent = stats.undeliveredReplies.length === 0
      ? 'not delivered to a channel'
      : stats.undeliveredReplies.slice(0, 3).map((r) => `${r.name} ${count(r.count)}`).join(', ');
  }

  function dislikesPanel(dislikes) {
    const rows = byId('dislikes').tBodies[0];
    rows.replaceChildren();
    if (dislikes == null) {
      text('dislikes-note', 'The ratings could not be read: the store is unavailable. Trying again at the next refresh.');
      return;
    }
    text('dislikes-note', dislikes.length === 0
      ? 'No answer was disliked yet.'
      : `The ${count(dislikes.length)} most recent, most recent first.`);
    for (const dislike of dislikes) {
      const row = element('tr');
      const when = element('td', moment(dislike.at), 'when');
      row.append(when, element('td', label('languages', dislike.language)));
      const handled = element('td', label('intents', dislike.handledAs));
      if (label('intents', dislike.handledAs) !== dislike.handledAs) {
        handled.append(' ', element('code', dislike.handledAs));
      }
      row.append(handled);
      row.append(dislike.comment == null
        ? element('td', 'no comment', 'comment no-comment')
        : element('td', dislike.comment, 'comment'));
      rows.append(row);
    }
  }

  function unansweredPanel(stats) {
    const panel = byId('unanswered-by-language');
    panel.replaceChildren();
    if (stats.unansweredByLanguage.length === 0) {
      panel.append(element('p', stats.turns === 0 ? 'No turns in the last hour.' : 'Every turn of the last hour was answered.', 'note'));
      return;
    }
    for (const language of stats.unansweredByLanguage) {
      const section = element('section', null, 'language');
      section.dataset.language = language.language;
      section.append(element('h4', `${label('languages', language.language)}: ${count(language.fallbacks)} of ${count(language.turns)} turns not answered`));
      const table = element('table', null, 'figures');
      table.append(element('caption', `Questions not answered in ${label('languages', language.language)}`, 'visually-hidden'));
      const head = element('tr');
      head.append(element('th', 'Asked about'), element('th', 'Turns'));
      head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
      table.append(element('thead'));
      table.tHead.append(head);
      const rows = element('tbody');
      for (const item of language.unanswered) {
        const row = element('tr');
        const name = element('th', label('intents', item.name));
        name.setAttribute('scope', 'row');
        row.append(name, element('td', count(item.count), 'count'));
        rows.append(row);
      }
      table.append(rows);
      section.append(table);
      panel.append(section);
    }
  }

  function contentPanel(content) {
    text('content-watching', content.watching ? 'Yes: edits of dialogs/ are picked up while running' : 'No: the content was read at start-up; a restart picks up edits');
    text('content-loaded', `${moment(content.loadedAt)} UTC`);
    const problems = byId('content-problems');
    problems.replaceChildren();
    const refusal = byId('content-refusal');
    if (content.lastRefusal == null) {
      refusal.className = '';
      refusal.textContent = 'None: the content in use is the last one edited';
      return;
    }
    refusal.className = 'refused';
    refusal.textContent = `At ${moment(content.lastRefusal.at)} UTC, refused: the previous content keeps serving. Fix these, then save again:`;
    for (const problem of content.lastRefusal.problems) problems.append(element('li', problem));
  }

  function chartsOf(stats) {
    const minutes = stats.minutes.map((m) => minute(m.start));
    const outcomes = Object.keys(labels.outcomes);
    for (const o of stats.outcomes) if (!outcomes.includes(o.name)) outcomes.push(o.name);
    const shown = outcomes.filter((o, i) => i < 3 || stats.outcomes.some((c) => c.name === o));
    const busiest = Math.max(0, ...stats.minutes.map((m) => m.turns));
    draw('chart-turns', {
      type: 'bar',
      data: {
        labels: minutes,
        datasets: shown.map((o) => ({
          label: label('outcomes', o),
          data: stats.minutes.map((m) => m.outcomes.find((c) => c.name === o)?.count ?? 0),
          backgroundColor: color(outcomes.indexOf(o) < 5 ? o : 'other'),
        })),
      },
      options: { scales: { x: timeAxis(true), y: axis('Turns', { stacked: true, beginAtZero: true, ticks: { precision: 0 } }) } },
    }, stats.turns === 0
      ? 'No turns in the last hour.'
      : `${count(stats.turns)} turns in the last hour, at most ${count(busiest)} in one minute; ${describe(stats.outcomes, 'outcomes')}.`);

    draw('chart-latency', {
      type: 'line',
      data: {
        labels: minutes,
        datasets: ['p50', 'p90', 'p99'].map((p) => ({
          label: p,
          data: stats.minutes.map((m) => m.latency[`${p}Ms`]),
          borderColor: color(p),
          backgroundColor: color(p),
          pointRadius: 2,
          spanGaps: false,
        })),
      },
      options: { scales: { x: timeAxis(), y: axis('Duration (ms)', { beginAtZero: true }) } },
    }, `Over the hour: p50 ${duration(stats.latency.p50Ms)}, p90 ${duration(stats.latency.p90Ms)}, p99 ${duration(stats.latency.p99Ms)}; recognition alone p50 ${duration(stats.recognition.p50Ms)}, p99 ${duration(stats.recognition.p99Ms)}.`);

    const top = stats.intents.slice(0, stats.intents.length > 8 ? 7 : 8);
    const rest = stats.intents.slice(top.length).reduce((sum, c) => sum + c.count, 0);
    const slices = rest > 0 ? [...top, { name: 'other', count: rest }] : top;
    draw('chart-intents', {
      type: 'doughnut',
      data: {
        labels: slices.map((s) => label('intents', s.name)),
        datasets: [{ label: 'Turns', data: slices.map((s) => s.count), backgroundColor: slices.map((s, i) => color(s.name === 'other' && rest > 0 ? 'c-rest' : `c${i % 7}`)), borderColor: color('card') }],
      },
      options: { plugins: { legend: { position: 'right' } } },
    }, stats.turns === 0 ? 'No turns in the last hour.' : `${describe(stats.intents, 'intents')}.`);

    draw('chart-fallback', {
      type: 'line',
      data: {
        labels: minutes,
        datasets: [{
          label: 'Fallback rate (%)',
          data: stats.minutes.map((m) => m.fallbackRate == null ? null : Math.round(m.fallbackRate * 1000) / 10),
          borderColor: color('fallback'),
          backgroundColor: color('fallback'),
          pointRadius: 2,
          fill: false,
        }],
      },
      options: { scales: { x: timeAxis(), y: axis('Share of turns (%)', { beginAtZero: true, suggestedMax: 10 }) } },
    }, stats.fallbackRate == null
      ? 'No turns in the last hour.'
      : `Over the hour ${percent(stats.fallbackRate)} of the turns ended in a fallback (${count(stats.fallbacks)} of ${count(stats.turns)}).`);

    const bars = (id, list, kind, colorName, empty, title) => draw(id, {
      type: 'bar',
      data: { labels: list.map((c) => label(kind, c.name)), datasets: [{ label: title, data: list.map((c) => c.count), backgroundColor: color(colorName) }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: axis(title, { beginAtZero: true, ticks: { precision: 0 } }) } },
    }, list.length === 0 ? empty : `${describe(list, kind)}.`);
    bars('chart-unanswered', stats.unanswered, 'intents', 'unanswered', stats.turns === 0 ? 'No turns in the last hour.' : 'Every turn of the last hour was answered.', 'Fallback turns');
    bars('chart-channels', stats.channels, 'channels', 'c0', 'No turns in the last hour.', 'Turns');
    bars('chart-languages', stats.languages, 'languages', 'lang', 'No turns in the last hour.', 'Turns');
  }

  function render(report) {
    labels = report.labels;
    const stats = report.stats;
    tiles(stats, report.dislikes);
    dislikesPanel(report.dislikes);
    unansweredPanel(stats);
    contentPanel(report.content);
    chartsOf(stats);
    const at = new Date(stats.generatedAt).toISOString().slice(11, 19);
    text('updated', `The last hour, minute by minute. Updated at ${at} UTC.`);
    body.dataset.updated = stats.generatedAt;
  }

  let busy = false;
  async function refresh() {
    if (busy) return;
    busy = true;
    try {
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } });
      if (response.status === 401) {
        location.reload();
        return;
      }
      if (!response.ok) {
        text('updated', `The figures could not be fetched (HTTP ${response.status}); trying again.`);
        return;
      }
      render(await response.json());
    } catch {
      text('updated', 'The figures could not be fetched; trying again.');
    } finally {
      busy = false;
    }
  }

  refresh();
  setInterval(() => { if (!document.hidden) refresh(); }, every);
  document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh(); });
})();
