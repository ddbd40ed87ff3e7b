/**
 * Custom rules: the organisation's (locked) and the user's own, with the
 * form that adds one. A rule can never sit there silently inert: a new
 * rule starts at the report threshold, and every rule whose severity is
 * below it says that it will never report, with a one-click fix. A rule
 * added since the last save is marked as not saved yet.
 */

import { checkPolicy } from '../pkg/promptwarden.js';
import { t } from '../shared/i18n.js';
import { $, fill, h, valueWord } from './dom.js';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'];

/** Whether `severity` is below `threshold` (the engine reports only at or above it). */
export const belowThreshold = (/** @type {string} */ severity, /** @type {string} */ threshold) => SEVERITIES.indexOf(severity) < SEVERITIES.indexOf(threshold);

/** The severity a custom rule has when its entry names none (the engine's default). */
const DEFAULT_SEVERITY = 'high';

/**
 * @param {object} opts
 * @param {Record<string, any>[]} opts.rules the user's own rules, edited in place
 * @param {Record<string, any>[]} opts.saved the user's rules as saved
 * @param {Record<string, any>[]} opts.organisation the organisation's rules (shown locked)
 * @param {boolean} opts.allLocked every user option is locked
 * @param {() => string} opts.threshold the report threshold as edited on the page
 * @param {string[]} opts.actionValues
 * @param {() => void} opts.onChange
 */
export function mountCustomRules({ rules, saved, organisation, allLocked, threshold, actionValues, onChange }) {
  let savedJson = new Set(saved.map((r) => JSON.stringify(r)));
  const severity = /** @type {HTMLSelectElement} */ ($('cr-severity'));
  fill(severity, SEVERITIES);
  fill($('cr-action'), actionValues, t('optionsCategoryDefault'));
  /** Whether the user picked the form's severity (else it follows the threshold). */
  let severityChosen = false;

  /** The warning for a rule that cannot report, with a button that raises it to the threshold. */
  function inertNote(/** @type {Record<string, any>} */ rule, /** @type {boolean} */ editable) {
    const level = threshold();
    const sev = rule.severity ?? DEFAULT_SEVERITY;
    if (!belowThreshold(sev, level)) return null;
    const note = h('p', { class: 'warn inert', role: 'note' }, [t('optionsRuleInert', [valueWord(sev), valueWord(level)])]);
    if (editable) {
      const raise = h('button', { type: 'button', class: 'small' }, [t('optionsRuleRaise', valueWord(level))]);
      raise.addEventListener('click', () => {
        rule.severity = level;
        render();
        onChange();
      });
      note.append(' ', raise);
    }
    return note;
  }

  function render() {
    const rows = [...organisation.map((r) => /** @type {const} */ ([r, true])), ...rules.map((r) => /** @type {const} */ ([r, allLocked]))].map(([r, locked]) => {
      const remove = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', 'aria-label': t('optionsRemoveRule', r.id) }, [t('optionsRemove')]));
      remove.disabled = locked;
      remove.addEventListener('click', () => {
        rules.splice(rules.indexOf(r), 1);
        render();
        onChange();
      });
      const idCell = h('td', {}, [h('code', {}, [r.id])]);
      const pending = !locked && !savedJson.has(JSON.stringify(r));
      if (pending) idCell.append(' ', h('span', { class: 'badge pending' }, [t('optionsPending')]));
      const note = inertNote(r, !locked);
      const row = h('tr', { class: [locked ? 'locked' : '', pending ? 'pending' : ''].join(' ').trim(), 'data-rule': r.id }, [
        idCell,
        h('td', {}, [h('code', {}, [r.pattern]), ...(note ? [note] : [])]),
        h('td', {}, [valueWord(r.severity ?? DEFAULT_SEVERITY)]),
        h('td', {}, [r.action ? valueWord(r.action) : t('optionsCategoryDefault')]),
        h('td', {}, [remove]),
      ]);
      return row;
    });
    $('custom-rows').replaceChildren(...rows);
    $('custom-empty').hidden = rows.length > 0;
    if (!severityChosen) severity.value = threshold();
    $('cr-severity-note').textContent = belowThreshold(severity.value, threshold()) ? t('optionsRuleInertNew', valueWord(threshold())) : '';
  }

  severity.addEventListener('change', () => {
    severityChosen = true;
    render();
  });
  if (allLocked) for (const el of $('custom-form').elements) el.disabled = true;
  $('custom-form').addEventListener('submit', (/** @type {SubmitEvent} */ e) => {
    e.preventDefault();
    /** @type {Record<string, any>} */
    const rule = { id: $('cr-id').value.trim(), pattern: $('cr-pattern').value, severity: severity.value };
    const keywords = $('cr-keywords').value.split(',').map((/** @type {string} */ k) => k.trim()).filter(Boolean);
    if (keywords.length) rule.keywords = keywords;
    if ($('cr-action').value) rule.action = $('cr-action').value;
    // The engine checks the rule exactly as it will run it.
    const { issues } = checkPolicy({ customRules: [rule] });
    if (issues.length) {
      $('cr-error').textContent = issues.map((i) => `${i.path.replace('customRules[0].', '')}: ${i.message}`).join('; ');
      return;
    }
    if (rules.some((r) => r.id === rule.id) || organisation.some((r) => r.id === rule.id)) {
      $('cr-error').textContent = t('optionsRuleExists', rule.id);
      return;
    }
    $('cr-error').textContent = '';
    rules.push(rule);
    /** @type {HTMLFormElement} */ (e.target).reset();
    severityChosen = false;
    render();
    onChange();
  });
  render();
  return {
    render,
    /** After a save: these rules are saved now. */
    markSaved(/** @type {Record<string, any>[]} */ now) {
      savedJson = new Set(now.map((r) => JSON.stringify(r)));
      render();
    },
  };
}
