/**
 * The few DOM helpers the options page's modules share. Text always goes in
 * as text nodes, never as HTML.
 */

import { t } from '../shared/i18n.js';

/** The element with `id` (the page's own markup, so never null in practice). */
export const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node | string)[]} [children]
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** An SVG element (the activity chart). */
export function svg(/** @type {string} */ tag, /** @type {Record<string, string | number>} */ attrs = {}, /** @type {Node[]} */ children = []) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** The word for a policy value (`warn` → "Warn"); the value itself where there is none. */
export function valueWord(/** @type {string} */ v) {
  const word = t(`value_${v}`);
  return word === `value_${v}` ? v : word;
}

/** Fills a <select> with policy values, shown as words; `empty`: a first "default" choice. */
export function fill(/** @type {HTMLSelectElement} */ select, /** @type {string[]} */ values, /** @type {string} */ empty = undefined) {
  if (empty !== undefined) select.append(h('option', { value: '' }, [empty]));
  for (const v of values) select.append(h('option', { value: v }, [valueWord(v)]));
}
