/**
 * Every built-in rule, with its own action, and a search over id, title
 * and category that hides rows rather than rebuilding them (the choices
 * made in hidden rows stay). A count says how many are shown of how many.
 */

import { t } from '../shared/i18n.js';
import { $, fill, h } from './dom.js';

/** @typedef {{ id: string, title: string, category: string, severity: string }} RuleInfo */

/**
 * @param {object} opts
 * @param {RuleInfo[]} opts.catalog the engine's rules()
 * @param {Record<string, string>} opts.actions the user's per-rule actions, edited in place
 * @param {Record<string, string>} opts.effective the effective per-rule actions (for locked rules)
 * @param {(path: string) => boolean} opts.isLocked
 * @param {string[]} opts.actionValues
 * @param {(id: string) => string} opts.title the rule's title in the UI's words
 * @param {() => void} opts.onChange
 */
export function mountRuleList({ catalog, actions, effective, isLocked, actionValues, title, onChange }) {
  const categoryWord = (/** @type {string} */ c) => t(`category${c[0].toUpperCase()}${c.slice(1)}`);
  /** Lower-case text each row is searched in. */
  const haystacks = new Map();
  const rows = catalog.map((r) => {
    const select = /** @type {HTMLSelectElement} */ (h('select', { 'aria-label': `${title(r.id)}: ${t('optionsRuleAction')}` }));
    fill(select, actionValues, t('optionsCategoryDefault'));
    const lockedHere = isLocked(`rules.${r.id}`);
    select.value = (lockedHere ? effective[r.id] : actions[r.id]) ?? '';
    if (lockedHere) {
      select.disabled = true;
      select.title = t('optionsLocked');
    }
    select.addEventListener('change', () => {
      if (select.value) actions[r.id] = select.value;
      else delete actions[r.id];
      onChange();
    });
    const row = h('tr', { 'data-rule': r.id }, [h('td', {}, [h('code', {}, [r.id])]), h('td', {}, [title(r.id)]), h('td', {}, [categoryWord(r.category)]), h('td', {}, [t(`severity_${r.severity}`)]), h('td', {}, [select])]);
    haystacks.set(row, `${r.id} ${title(r.id)} ${r.title} ${r.category} ${categoryWord(r.category)}`.toLowerCase());
    return row;
  });
  $('rule-rows').replaceChildren(...rows);

  function search() {
    const words = $('rule-filter').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const text = haystacks.get(row);
      row.hidden = !words.every((w) => text.includes(w));
      if (!row.hidden) shown++;
    }
    $('rule-count').textContent = words.length ? t('optionsRuleCountFiltered', [String(shown), String(rows.length)]) : t('optionsRuleCount', String(rows.length));
  }
  $('rule-filter').addEventListener('input', search);
  search();
}
