// The extension's translations (extension/_locales) against English, the
// default locale: every locale has exactly English's keys, no message is
// empty, each message uses the same $PLACEHOLDERS$ with the same
// `placeholders` block, `uiLang` is the locale's BCP 47 tag (the panel and
// the pages put it in `lang`), and every key the code asks for exists.
// A failure names the locale and the keys, so that whoever adds an English
// message learns which translations it still needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTCOMES } from '../../extension/shared/messages.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXT = path.join(ROOT, 'extension');
const LOCALES_DIR = path.join(EXT, '_locales');
const DEFAULT = 'en';

/** @typedef {Record<string, { message: string, description?: string, placeholders?: Record<string, { content: string, example?: string }> }>} Messages */

const LOCALES = readdirSync(LOCALES_DIR).filter((d) => statSync(path.join(LOCALES_DIR, d)).isDirectory()).sort();
const sourceOf = (/** @type {string} */ locale) => readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8');
/** @returns {Messages} */
function load(/** @type {string} */ locale) {
  const text = sourceOf(locale);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${locale}/messages.json is not valid JSON: ${/** @type {Error} */ (e).message}`);
  }
}
const EN = load(DEFAULT);

/** The $NAME$ placeholders a message uses, lower-cased (browsers match them case-insensitively). */
const placeholdersIn = (/** @type {string} */ message) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()))].sort();

/** A list for a failure message, cut short when long. */
const list = (/** @type {string[]} */ keys) => (keys.length > 12 ? `${keys.slice(0, 12).join(', ')} and ${keys.length - 12} more` : keys.join(', '));

test('the manifest says English is the default locale, and English is there', () => {
  const base = JSON.parse(readFileSync(path.join(EXT, 'manifest.base.json'), 'utf8'));
  assert.equal(base.default_locale, DEFAULT, 'manifest.base.json: default_locale');
  for (const browser of ['chrome', 'firefox']) {
    const overlay = JSON.parse(readFileSync(path.join(EXT, `manifest.${browser}.json`), 'utf8'));
    assert.ok(!('default_locale' in overlay) || overlay.default_locale === DEFAULT, `manifest.${browser}.json must not change default_locale`);
  }
  assert.ok(LOCALES.includes(DEFAULT), `extension/_locales/${DEFAULT} exists`);
  assert.ok(LOCALES.length >= 11, `at least the eleven languages of issue 18 (${LOCALES.join(', ')})`);
});

test('locale folder names are ones the browsers accept (ll or ll_CC)', () => {
  for (const locale of LOCALES) assert.match(locale, /^[a-z]{2,3}(_[A-Z]{2})?$/, `extension/_locales/${locale}`);
});

for (const locale of LOCALES) {
  test(`${locale}: exactly the keys of ${DEFAULT}`, () => {
    const m = load(locale);
    const missing = Object.keys(EN).filter((k) => !(k in m));
    const extra = Object.keys(m).filter((k) => !(k in EN));
    assert.deepEqual(missing, [], `${locale} lacks ${missing.length} key(s) of ${DEFAULT}, to translate: ${list(missing)}`);
    assert.deepEqual(extra, [], `${locale} has ${extra.length} key(s) that ${DEFAULT} does not (removed or misspelt?): ${list(extra)}`);
  });

  test(`${locale}: no key is written twice (JSON keeps only the last)`, () => {
    const keys = [...sourceOf(locale).matchAll(/^ {2}"([^"]+)"\s*:/gm)].map((x) => x[1]);
    const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
    assert.deepEqual(twice, [], `${locale}/messages.json repeats: ${list(twice)}`);
  });

  test(`${locale}: every message is a non-empty string, under a valid name`, () => {
    const m = load(locale);
    for (const [key, entry] of Object.entries(m)) {
      assert.match(key, /^[A-Za-z0-9_]+$/, `${locale}: "${key}" is not a valid message name (letters, digits, _)`);
      assert.equal(typeof entry?.message, 'string', `${locale}: ${key} has no "message" string`);
      assert.notEqual(entry.message.trim(), '', `${locale}: ${key} is empty`);
    }
  });

  test(`${locale}: placeholders match ${DEFAULT}`, () => {
    const m = load(locale);
    for (const [key, en] of Object.entries(EN)) {
      const entry = m[key];
      if (!entry) continue; // reported by the keys test
      const used = placeholdersIn(entry.message);
      assert.deepEqual(used, placeholdersIn(en.message), `${locale}: ${key} must use the placeholders of ${DEFAULT} ("${en.message}"), not "${entry.message}"`);
      assert.deepEqual(entry.placeholders ?? null, en.placeholders ?? null, `${locale}: ${key} must copy the "placeholders" block of ${DEFAULT} unchanged`);
      const defined = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()).sort();
      assert.deepEqual(used, defined, `${locale}: ${key} uses ${used.map((p) => `$${p.toUpperCase()}$`).join(' ') || 'no placeholder'} but defines ${defined.join(', ') || 'none'}`);
    }
  });

  test(`${locale}: uiLang is the locale's BCP 47 tag`, () => {
    const tag = load(locale).uiLang?.message;
    assert.equal(tag, locale.replace('_', '-'), `${locale}: uiLang (what the panel and the pages put in lang="…")`);
    assert.equal(Intl.getCanonicalLocales(tag)[0], tag, `${locale}: uiLang is a canonical BCP 47 tag`);
  });

  if (locale !== DEFAULT) {
    test(`${locale}: no sentence left in English`, () => {
      const m = load(locale);
      // Short labels may rightly be the same (OK, Site, Options, 12 KB);
      // a sentence of four words or more the same as in English was not translated.
      const copied = Object.keys(EN).filter((k) => m[k]?.message === EN[k].message && EN[k].message.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 4);
      assert.deepEqual(copied, [], `${locale}: still in English: ${list(copied)}`);
    });
  }
}

test('every outcome of the activity log has its words, in every locale', () => {
  const keys = OUTCOMES.map((o) => `outcome_${o.replace(/-/g, '_')}`);
  const missing = keys.filter((k) => !(k in EN));
  assert.deepEqual(missing, [], `${DEFAULT} lacks messages for the outcomes (shared/messages.js OUTCOMES): ${list(missing)}`);
});

test('every message the extension asks for by name exists in English', () => {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ dir) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== '_locales') walk(p);
      } else if (/\.(js|html)$|^manifest\..*\.json$/.test(name)) files.push(p);
    }
  };
  walk(EXT);
  /** @type {string[]} */
  const unknown = [];
  let asked = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // t('key') in scripts, data-i18n attributes in pages, __MSG_key__ in the manifests.
    const keys = file.endsWith('.js')
      ? [...text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((x) => x[1])
      : file.endsWith('.html')
        ? [
            ...[...text.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)].map((x) => x[1]),
            ...[...text.matchAll(/data-i18n-attr="([^"]+)"/g)].flatMap((x) => x[1].split(';').map((pair) => pair.split(':')[1]?.trim() ?? '')),
          ]
        : [...text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((x) => x[1]);
    asked += keys.length;
    for (const k of keys) if (!(k in EN)) unknown.push(`${path.relative(ROOT, file)}: ${k}`);
  }
  assert.ok(asked >= 100, `the scan found the extension's messages (${asked})`);
  assert.deepEqual(unknown, [], `keys asked for that ${DEFAULT} does not have: ${list(unknown)}`);
});
