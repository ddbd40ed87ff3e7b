// The settings as an organisation relies on them, through the engine's
// WebAssembly Settings (what the browsers run): defaults < the user's
// options < the managed policy; managed values locked; invalid entries
// reported with their source and dropped while the rest still applies.
// Then the same documents through `promptwarden check-policy`: the browsers
// and the command line must give the same answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, Scanner, Settings } from '../../pkg/promptwarden.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
initSync({ module: readFileSync(join(ROOT, 'pkg', 'promptwarden_bg.wasm')) });
const CASES = JSON.parse(readFileSync(join(ROOT, 'tests', 'settings', 'cases.json'), 'utf8')).cases;

/** @param {object} managed @param {object} user */
const resolve = (managed, user) => new Settings(managed, user).view();

test('managed values win over the user and are locked; the rest stays the user’s', () => {
  const { policy, locked, userLocked } = resolve(
    { categories: { secret: 'block' }, allowOverride: false },
    { categories: { secret: 'warn', pii: 'off' }, allowOverride: true, minSeverity: 'low' },
  );
  assert.equal(policy.categories.secret, 'block');
  assert.equal(policy.categories.pii, 'off', 'the user may still choose what the organisation did not set');
  assert.equal(policy.allowOverride, false);
  assert.equal(policy.minSeverity, 'low');
  assert.deepEqual(locked.sort(), ['allowOverride', 'categories.secret']);
  assert.equal(userLocked, false);
});

test('lockUserOptions ignores every user option', () => {
  const { policy, locked, userLocked } = resolve({ lockUserOptions: true }, { categories: { pii: 'off' }, excludedSites: ['claude.ai'] });
  assert.equal(userLocked, true);
  assert.equal(policy.categories.pii, 'warn', 'the default, not the user’s');
  assert.deepEqual(policy.excludedSites, []);
  assert.ok(locked.includes('*'));
});

test('an invalid managed entry is reported with its path and dropped; protection stays on', () => {
  const { policy, issues } = resolve(
    {
      categories: { secret: 'block', pii: 'explode' },
      customRules: [{ id: 'good-rule', pattern: 'GOOD-[0-9]+' }, { id: 'bad-rule', pattern: '(' }, { id: 'Bad Id', pattern: 'x' }],
      failMode: 'sideways',
      rules: { 'aws-access-key-id': 'redact', 'no-such-rule': 'off' },
    },
    {},
  );
  const paths = issues.map((i) => i.path).sort();
  assert.deepEqual(paths, ['categories.pii', 'customRules[1].pattern', 'customRules[2].id', 'failMode', 'rules.no-such-rule']);
  assert.ok(issues.every((i) => i.source === 'managed' && i.message.length > 0));
  assert.equal(policy.categories.secret, 'block', 'the valid part of the map applies');
  assert.equal(policy.categories.pii, 'warn', 'the bad entry falls back to the default');
  assert.deepEqual(policy.customRules.map((r) => r.id), ['good-rule']);
  assert.equal(policy.failMode, 'open');
  assert.equal(policy.rules['aws-access-key-id'], 'redact');
  // And the result is a policy the engine accepts.
  const scanner = new Scanner(policy);
  assert.equal(scanner.scan('AKIAZ7VRSQ5TBLN2MXQE')[0].action, 'redact');
});

test('entries naming a custom rule of the same document are valid', () => {
  const { issues, policy } = resolve(
    {
      customRules: [{ id: 'acme-code', pattern: 'ACME-[0-9]{6}', keywords: ['ACME-'] }],
      rules: { 'acme-code': 'block' },
      allowlist: [{ values: ['ACME-000000'], rules: ['acme-code'] }],
    },
    {},
  );
  assert.deepEqual(issues, []);
  const scanner = new Scanner(policy);
  assert.equal(scanner.scan('ticket ACME-123456').length, 1);
  assert.equal(scanner.scan('ticket ACME-000000').length, 0, 'the allowlisted value is not reported');
});

test('a managed policy that is not an object is one issue, and the user’s options still apply', () => {
  const { policy, issues } = resolve(/** @type {any} */ ('not an object'), { categories: { secret: 'block' } });
  assert.equal(issues.length, 1);
  assert.deepEqual([issues[0].source, issues[0].path], ['managed', '$']);
  assert.equal(policy.categories.secret, 'block');
});

test('the browsers’ Settings and `promptwarden check-policy` agree on every shared case', () => {
  const bin = join(ROOT, 'target', 'release', process.platform === 'win32' ? 'promptwarden.exe' : 'promptwarden');
  if (!existsSync(bin)) spawnSync('cargo', ['build', '--release', '--locked', '--bin', 'promptwarden'], { cwd: ROOT, stdio: 'inherit' });
  assert.ok(existsSync(bin), `${bin} is missing; run cargo build --release --locked`);
  const dir = mkdtempSync(join(tmpdir(), 'promptwarden-settings-'));
  try {
    for (const c of CASES) {
      const managed = join(dir, 'managed.json');
      const user = join(dir, 'user.json');
      writeFileSync(managed, JSON.stringify(c.managed));
      writeFileSync(user, JSON.stringify(c.user));
      const settings = new Settings(c.managed, c.user);
      const view = settings.view();
      for (const page of c.pages) {
        const run = spawnSync(bin, ['check-policy', '--managed', managed, '--user', user, '--site', page, '--format', 'json'], { encoding: 'utf8' });
        assert.equal(run.status, view.issues.length ? 1 : 0, `${c.name}: exit status\n${run.stderr}`);
        const cli = JSON.parse(run.stdout);
        assert.deepEqual(cli.policy, view.policy, `${c.name}: effective policy`);
        assert.deepEqual(cli.locked, view.locked, `${c.name}: locks`);
        assert.deepEqual(cli.issues, view.issues, `${c.name}: problems`);
        assert.equal(cli.userLocked, view.userLocked, `${c.name}: userLocked`);
        assert.deepEqual(cli.protection, settings.protection(page), `${c.name}: protection of ${page}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
