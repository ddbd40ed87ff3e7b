/**
 * The options page's activity section: the local log as actions (one row
 * per thing the user did), in words of the UI language, with filters,
 * counts per outcome, site and rule, and a chart of the last 30 days.
 */

import { ext } from '../shared/ext.js';
import { t } from '../shared/i18n.js';
import { MSG, OUTCOMES } from '../shared/messages.js';
import { countActions, filterActions, groupActions, outcomeKey, perDay } from './activity.js';
import { $, h, svg } from './dom.js';

/** @typedef {import('./activity.js').Action} Action */

/** The words for an outcome (its id where the locale has none). */
export function outcomeWord(/** @type {string} */ outcome) {
  const key = outcomeKey(outcome);
  const word = t(key);
  return word === key ? outcome : word;
}

/** An action's outcomes as one phrase: "Blocked, then redacted". */
const outcomePhrase = (/** @type {string[]} */ outcomes) => outcomes.map(outcomeWord).reduce((a, b) => t('optionsOutcomeThen', [a, b]));

/**
 * @param {{ title: (id: string) => string, locked: boolean }} opts rule titles (the UI's words), and whether clearing is locked
 */
export async function mountActivity({ title, locked }) {
  /** @type {Action[]} */
  let actions = [];
  const filters = /** @type {Record<'outcome' | 'site' | 'rule', HTMLSelectElement>} */ ({ outcome: $('filter-outcome'), site: $('filter-site'), rule: $('filter-rule') });

  /** Options for each filter from what the log holds (outcomes in their fixed order). */
  function renderFilters() {
    const counts = countActions(actions);
    const keep = Object.fromEntries(Object.entries(filters).map(([k, s]) => [k, s.value]));
    const outcomes = OUTCOMES.filter((o) => counts.outcome.some(([x]) => x === o));
    const choices = {
      outcome: outcomes.map((o) => [o, outcomeWord(o)]),
      site: counts.site.map(([s]) => [s, s]).sort((a, b) => a[1].localeCompare(b[1])),
      rule: counts.rule.map(([r]) => [r, title(r)]).sort((a, b) => a[1].localeCompare(b[1])),
    };
    for (const [k, select] of Object.entries(filters)) {
      select.replaceChildren(h('option', { value: '' }, [t('optionsFilterAll')]), ...choices[k].map(([v, label]) => h('option', { value: v }, [label])));
      select.value = choices[k].some(([v]) => v === keep[k]) ? keep[k] : '';
    }
  }

  function render() {
    const shown = filterActions(actions, { outcome: filters.outcome.value, site: filters.site.value, rule: filters.rule.value });
    $('activity-count').textContent = t('optionsActionCount', [String(shown.length), String(actions.length)]);
    $('audit-rows').replaceChildren(
      ...(shown.length ? [] : [h('tr', { class: 'empty' }, [h('td', { colspan: '5', class: 'muted' }, [t(actions.length ? 'optionsActivityNoMatch' : 'optionsActivityEmpty')])])]),
      ...shown.map((a) =>
        h('tr', { 'data-rules': a.rules.join(','), 'data-outcomes': a.outcomes.join(',') }, [
          h('td', {}, [new Date(a.time).toLocaleString(t('uiLang'))]),
          h('td', {}, [a.site]),
          h('td', {}, [a.rules.map(title).join(', ')]),
          h('td', {}, [outcomePhrase(a.outcomes)]),
          h('td', {}, [a.justification ?? '']),
        ]),
      ),
    );
    renderSummary(shown);
    renderChart(shown);
  }

  /** Counts per outcome, site and rule, the top few of each. */
  function renderSummary(/** @type {Action[]} */ shown) {
    const counts = countActions(shown);
    const list = (/** @type {string} */ key, /** @type {[string, number][]} */ entries, /** @type {(k: string) => string} */ word) =>
      h('div', { class: 'summary-col' }, [
        h('h3', {}, [t(key)]),
        h('ol', { 'data-summary': key }, entries.slice(0, 5).map(([k, n]) => h('li', { 'data-key': k }, [h('span', {}, [word(k)]), ' ', h('strong', {}, [String(n)])]))),
      ]);
    $('activity-summary').replaceChildren(
      list('optionsByOutcome', counts.outcome, outcomeWord),
      list('optionsBySite', counts.site, (s) => s),
      list('optionsByRule', counts.rule, title),
    );
    $('activity-summary').hidden = shown.length === 0;
  }

  /** Bars per day for the last 30 days (inline SVG, described for screen readers in one sentence). */
  function renderChart(/** @type {Action[]} */ shown) {
    const days = perDay(shown, Date.now(), 30);
    const max = Math.max(1, ...days.map((d) => d.count));
    const total = days.reduce((n, d) => n + d.count, 0);
    const W = 600;
    const H = 80;
    const bar = W / days.length;
    const dateWord = (/** @type {string} */ day) => new Date(`${day}T12:00:00`).toLocaleDateString(t('uiLang'), { day: 'numeric', month: 'short' });
    const busiest = days.reduce((a, b) => (b.count > a.count ? b : a));
    const label = total ? t('optionsChartLabel', [String(total), dateWord(busiest.day), String(busiest.count)]) : t('optionsChartEmpty');
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H + 16}`, role: 'img', 'aria-label': label, class: 'chart' }, [
      svg('line', { x1: 0, y1: H + 0.5, x2: W, y2: H + 0.5, class: 'axis' }),
      ...days.map((d, i) => {
        const height = d.count ? Math.max(2, (d.count / max) * (H - 4)) : 0;
        const rect = svg('rect', { x: i * bar + 1, y: H - height, width: bar - 2, height, class: 'bar', 'data-day': d.day, 'data-count': d.count });
        rect.append(svg('title', {}, [document.createTextNode(`${dateWord(d.day)}: ${d.count}`)]));
        return rect;
      }),
      svg('text', { x: 0, y: H + 13, class: 'tick' }, [document.createTextNode(dateWord(days[0].day))]),
      svg('text', { x: W, y: H + 13, class: 'tick', 'text-anchor': 'end' }, [document.createTextNode(dateWord(days[days.length - 1].day))]),
    ]);
    $('activity-chart').replaceChildren(...(total ? [chart] : []));
    $('activity-chart-caption').textContent = label;
  }

  async function load() {
    const audit = await ext.runtime.sendMessage({ type: MSG.AUDIT }).catch(() => null);
    actions = groupActions(audit?.log ?? []);
    renderFilters();
    render();
  }

  for (const s of Object.values(filters)) s.addEventListener('change', render);
  $('export').addEventListener('click', async () => {
    const audit = await ext.runtime.sendMessage({ type: MSG.AUDIT });
    const blob = new Blob([JSON.stringify({ exported: new Date().toISOString(), counters: audit.counters, events: audit.log }, null, 2)], { type: 'application/json' });
    const a = /** @type {HTMLAnchorElement} */ (h('a', { href: URL.createObjectURL(blob), download: 'promptwarden-activity.json' }));
    a.click();
    URL.revokeObjectURL(a.href);
  });
  if (locked) $('clear').disabled = true;
  $('clear').addEventListener('click', async () => {
    await ext.runtime.sendMessage({ type: MSG.CLEAR_AUDIT });
    await load();
  });
  await load();
}
