// Rule titles in the UI's language (extension/shared/rule-titles.js): the
// `rule_<id>` messages of _locales against the engine's catalog, read from
// the WebAssembly build's `rules()`. English must have a message for exactly
// the rules the shell translates, each the engine's own title, so that a
// renamed, added or removed rule cannot leave a stale or missing title; the
// other locales must translate them. locales.test.mjs checks that every
// locale has English's keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, rules } from '../../pkg/promptwarden.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES_DIR = path.join(ROOT, 'extension', '_locales');
initSync({ module: readFileSync(path.join(ROOT, 'pkg', 'promptwarden_bg.wasm')) });

/** @typedef {Record<string, { message: string, description?: string }>} Messages */
const LOCALES = readdirSync(LOCALES_DIR).filter((d) => statSync(path.join(LOCALES_DIR, d)).isDirectory()).sort();
/** @returns {Messages} */
const load = (/** @type {string} */ locale) => JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const EN = load('en');

// The module reads the browser's i18n API when called, not when loaded: a
// stand-in that answers from one locale's file and records what was asked.
/** @type {Messages} */
let answering = EN;
/** @type {string[]} */
const asked = [];
/** @type {any} */ (globalThis).chrome = {
  i18n: {
    getMessage: (/** @type {string} */ name) => {
      asked.push(name);
      return answering[name]?.message ?? '';
    },
  },
};
const { WORDED_SECRETS, hasTranslatedTitle, ruleTitle, titleMessage } = await import('../../extension/shared/rule-titles.js');

const CATALOG = rules();
const byId = new Map(CATALOG.map((r) => [r.id, r]));
const TRANSLATED = CATALOG.filter((r) => hasTranslatedTitle(r.id, r.category));
const RULE_KEYS = Object.keys(EN).filter((k) => k.startsWith('rule_'));

/** A list for a failure message, cut short when long. */
const list = (/** @type {string[]} */ keys) => (keys.length > 12 ? `${keys.slice(0, 12).join(', ')} and ${keys.length - 12} more` : keys.join(', '));

test('the catalog is the one the shell ships: personal-data rules and worded secret rules are there', () => {
  const pii = CATALOG.filter((r) => r.category === 'pii');
  assert.ok(pii.length >= 80, `personal-data rules in rules() (${pii.length})`);
  const unknown = [...WORDED_SECRETS].filter((id) => byId.get(id)?.category !== 'secret');
  assert.deepEqual(unknown, [], `WORDED_SECRETS names rules that are not built-in secret rules: ${list(unknown)}`);
});

test('English has a title message for exactly the rules the shell translates', () => {
  const wanted = TRANSLATED.map((r) => titleMessage(r.id));
  const missing = wanted.filter((k) => !(k in EN));
  const stale = RULE_KEYS.filter((k) => !wanted.includes(k));
  assert.deepEqual(missing, [], `en lacks the titles of rules the shell translates (add them, and their translations): ${list(missing)}`);
  assert.deepEqual(stale, [], `en has titles for no rule the shell translates (renamed or removed rule?): ${list(stale)}`);
});

test("every English title is the engine's title of its rule", () => {
  const wrong = TRANSLATED.filter((r) => EN[titleMessage(r.id)] && EN[titleMessage(r.id)].message !== r.title).map(
    (r) => `${r.id}: "${EN[titleMessage(r.id)].message}" but the engine says "${r.title}"`,
  );
  assert.deepEqual(wrong, [], `rule titles in en that differ from rules(): ${list(wrong)}`);
  for (const k of RULE_KEYS) assert.match(EN[k].description ?? '', /rule/, `en: ${k} has a description saying it is a rule title`);
});

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  test(`${locale}: rule titles are translated, names and acronyms kept`, () => {
    const m = load(locale);
    // A title may stay as in English only when it is made of names and
    // acronyms ("IBAN", "JSON Web Token"): any lower-case word ("address",
    // "number", "in") is a word to translate.
    const copied = RULE_KEYS.filter((k) => m[k]?.message === EN[k].message && /(^|[\s(/])[a-z]{2,}/.test(EN[k].message));
    assert.deepEqual(copied, [], `${locale}: rule titles still in English: ${list(copied)}`);
    const dollar = RULE_KEYS.filter((k) => m[k]?.message.includes('$'));
    assert.deepEqual(dollar, [], `${locale}: a "$" in a rule title would be read as a placeholder: ${list(dollar)}`);
  });
}

test('ruleTitle answers in the UI language, and in English where it has no words', () => {
  answering = load('de');
  assert.equal(ruleTitle('email', 'Email address', 'pii'), answering.rule_email.message);
  assert.notEqual(answering.rule_email.message, 'Email address');
  assert.equal(ruleTitle('password-assignment', 'Password in code or config', 'secret'), answering.rule_password_assignment.message);
  // A vendor's rule keeps the engine's title, and the browser is not even asked.
  asked.length = 0;
  assert.equal(ruleTitle('aws-access-key-id', 'AWS access key ID', 'secret'), 'AWS access key ID');
  assert.deepEqual(asked, []);
  // A custom rule keeps its author's title.
  assert.equal(ruleTitle('our-project-code', 'Project code name', 'custom'), 'Project code name');
  assert.deepEqual(asked, []);
  // A locale that lacks the message: the engine's title, never blank or the message name.
  answering = {};
  assert.equal(ruleTitle('email', 'Email address', 'pii'), 'Email address');
  answering = EN;
});

test('over the whole catalog, ruleTitle asks only for messages English has (Firefox logs every unknown one)', () => {
  answering = EN;
  asked.length = 0;
  const shown = CATALOG.map((r) => ruleTitle(r.id, r.title, r.category));
  const unknown = asked.filter((k) => !(k in EN));
  assert.deepEqual(unknown, [], `ruleTitle asked for messages en does not have: ${list(unknown)}`);
  assert.equal(asked.length, TRANSLATED.length);
  // In English every title is the engine's.
  assert.deepEqual(shown, CATALOG.map((r) => r.title));
});
