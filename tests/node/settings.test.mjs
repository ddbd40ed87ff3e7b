// Settings precedence as an organisation relies on it: defaults < the
// user's options < the managed policy; managed values locked; invalid
// managed entries reported and dropped while the rest still applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, checkPolicy, Scanner } from '../../pkg/promptwarden.js';
import { merge, sanitize } from '../../extension/background/settings.js';

initSync({ module: readFileSync(new URL('../../pkg/promptwarden_bg.wasm', import.meta.url)) });
const check = (doc) => checkPolicy(doc);

/** The whole pipeline of settingsFrom. */
function effective(user, managed) {
  const m = sanitize(managed, check, 'managed');
  const u = sanitize(user, check, 'user');
  return { ...merge(u.valid, m.valid), issues: [...m.issues, ...u.issues] };
}

test('managed values win over the user and are locked; the rest stays the user’s', () => {
  const { policy, locked, userLocked } = effective(
    { categories: { secret: 'warn', pii: 'off' }, allowOverride: true, minSeverity: 'low' },
    { categories: { secret: 'block' }, allowOverride: false },
  );
  assert.equal(policy.categories.secret, 'block');
  assert.equal(policy.categories.pii, 'off', 'the user may still choose what the organisation did not set');
  assert.equal(policy.allowOverride, false);
  assert.equal(policy.minSeverity, 'low');
  assert.deepEqual(locked.sort(), ['allowOverride', 'categories.secret']);
  assert.equal(userLocked, false);
});

test('lockUserOptions ignores every user option', () => {
  const { policy, locked, userLocked } = effective({ categories: { pii: 'off' }, excludedSites: ['claude.ai'] }, { lockUserOptions: true });
  assert.equal(userLocked, true);
  assert.equal(policy.categories, undefined);
  assert.equal(policy.excludedSites, undefined);
  assert.ok(locked.includes('*'));
});

test('lists combine: managed custom rules first and not replaceable by a user rule of the same id', () => {
  const { policy } = effective(
    { customRules: [{ id: 'acme-code', pattern: 'USER' }, { id: 'mine', pattern: 'MINE-[0-9]+' }], excludedSites: ['poe.com'] },
    { customRules: [{ id: 'acme-code', pattern: 'ACME-[0-9]{6}' }], excludedSites: ['grok.com'] },
  );
  assert.deepEqual(policy.customRules.map((r) => `${r.id}:${r.pattern}`), ['acme-code:ACME-[0-9]{6}', 'mine:MINE-[0-9]+']);
  assert.deepEqual(policy.excludedSites.sort(), ['grok.com', 'poe.com']);
});

test('an invalid managed entry is reported with its path and dropped; protection stays on', () => {
  const { policy, issues } = effective(
    {},
    {
      categories: { secret: 'block', pii: 'explode' },
      customRules: [{ id: 'good-rule', pattern: 'GOOD-[0-9]+' }, { id: 'bad-rule', pattern: '(' }, { id: 'Bad Id', pattern: 'x' }],
      failMode: 'sideways',
      rules: { 'aws-access-key-id': 'redact', 'no-such-rule': 'off' },
    },
  );
  const paths = issues.map((i) => i.path).sort();
  assert.deepEqual(paths, ['categories.pii', 'customRules[1].pattern', 'customRules[2].id', 'failMode', 'rules.no-such-rule']);
  assert.ok(issues.every((i) => i.source === 'managed' && i.message.length > 0));
  assert.equal(policy.categories.secret, 'block', 'the valid part of the map applies');
  assert.equal(policy.categories.pii, undefined, 'the bad entry falls back to the default');
  assert.deepEqual(policy.customRules.map((r) => r.id), ['good-rule']);
  assert.equal(policy.failMode, undefined);
  assert.equal(policy.rules['aws-access-key-id'], 'redact');
  // And the result is a policy the engine accepts.
  const scanner = new Scanner(policy);
  assert.equal(scanner.scan('AKIAZ7VRSQ5TBLN2MXQE')[0].action, 'redact');
});

test('entries naming a custom rule of the same document are valid', () => {
  const { issues, policy } = effective(
    {},
    {
      customRules: [{ id: 'acme-code', pattern: 'ACME-[0-9]{6}', keywords: ['ACME-'] }],
      rules: { 'acme-code': 'block' },
      allowlist: [{ values: ['ACME-000000'], rules: ['acme-code'] }],
    },
  );
  assert.deepEqual(issues, []);
  const scanner = new Scanner(policy);
  assert.equal(scanner.scan('ticket ACME-123456').length, 1);
  assert.equal(scanner.scan('ticket ACME-000000').length, 0, 'the allowlisted value is not reported');
});

test('a managed policy that is not an object is one issue, and the user’s options still apply', () => {
  const { policy, issues } = effective({ categories: { secret: 'block' } }, /** @type {any} */ ('not an object'));
  assert.equal(issues.length, 1);
  assert.equal(issues[0].path, '$');
  assert.equal(policy.categories.secret, 'block');
});
