import { ext } from './ext.js';

/**
 * A localized string from `_locales`, with `$1`-style substitutions.
 * Falls back to the key itself so a missing string is visible, not blank.
 * @param {string} key
 * @param {string | string[]} [subs]
 */
export function t(key, subs) {
  return ext.i18n.getMessage(key, subs) || key;
}

/**
 * Fills every element with `data-i18n` (text) or `data-i18n-attr="attr:key"`
 * in `root`. Text goes through textContent only, never HTML. For a whole
 * document it also sets `<html lang>` to the language the strings are in
 * (the `uiLang` message: the locale the browser picked from `_locales`, so
 * English on a browser whose language the extension does not speak), for
 * screen readers' voices and the browser's hyphenation and fonts.
 * @param {ParentNode} root
 */
export function localize(root) {
  if (root instanceof Document) root.documentElement.lang = t('uiLang');
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n'));
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.getAttribute('data-i18n-attr').split(';')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}
