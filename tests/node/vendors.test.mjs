// The vendor table as the WebAssembly build gets it: data (pkg/vendors.json,
// written by `promptwarden vendors`) loaded after start-up. Without it the
// engine scans as before, minus the vendor rules; with it, the module knows
// the same rules as the native CLI and finds the same things.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, loadVendors, rules, Scanner, Settings } from '../../pkg/promptwarden.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'release', process.platform === 'win32' ? 'promptwarden.exe' : 'promptwarden');
initSync({ module: readFileSync(join(ROOT, 'pkg', 'promptwarden_bg.wasm')) });
const TABLE = readFileSync(join(ROOT, 'pkg', 'vendors.json'), 'utf8');

/** Made-up keys in the documented formats of two rows: one found by its prefix, one by the vendor's name and a token shape. */
const TEXT = [
  "curl -X POST 'https://api.resend.com/emails' -H 'Authorization: Bearer re_Hk4vQ9zL_2xWm7Rt3Np8Yb5Lc1Df6Gj0K'",
  "curl 'https://companydomain.pipedrive.com/api/v1/deals?api_token=7c2e9a41f0b3d6e85a1c4f7b2e9d0a3c6f8b1e4d'",
  'and a GitHub token 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',
].join('\n');
const VENDOR_RULES = ['resend-api-key', 'pipedrive-api-token'];

/** Rule ids and byte spans only: a failing assertion never prints a value. */
const spans = (/** @type {any[]} */ findings) => findings.map((f) => `${f.ruleId}@${f.byteStart}-${f.byteEnd}`);

function cli(/** @type {string[]} */ args, input = '') {
  if (!existsSync(BIN)) spawnSync('cargo', ['build', '--release', '--locked', '--bin', 'promptwarden'], { cwd: ROOT, stdio: 'inherit' });
  const r = spawnSync(BIN, args, { input, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `promptwarden ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

// The order matters: the module loads the table once, so every test of
// the state before loading comes first.

test('without the table the engine scans as before, with the vendor rules absent', () => {
  const found = spans(new Scanner().scan(TEXT));
  assert.ok(found.some((s) => s.startsWith('github-pat@')), found.join(', '));
  assert.ok(!found.some((s) => VENDOR_RULES.some((id) => s.startsWith(`${id}@`))), found.join(', '));
  assert.ok(!rules().some((r) => VENDOR_RULES.includes(r.id)));
});

test('a bad table is refused with the row and the field, and leaves nothing loaded', () => {
  assert.throws(() => loadVendors('{"format": 1, "vendors": [{"id": "x-key", "title": "t", "near": ["abc"], "shape": "HEX33"}]}'), /vendors\[0\]\.shape: unknown shape/);
  assert.throws(() => loadVendors('not json'), /vendors\.json: not JSON/);
  assert.throws(() => loadVendors('{"format": 9, "vendors": []}'), /format 9/);
  assert.ok(!rules().some((r) => VENDOR_RULES.includes(r.id)));
});

test('pkg/vendors.json is what the CLI writes from the compiled-in rows', () => {
  assert.ok(TABLE === cli(['vendors', '--format', 'json']), 'pkg/vendors.json is stale: run `make wasm`');
});

test('once loaded, the module has the same rules as the CLI and finds the same things', () => {
  const n = loadVendors(TABLE);
  assert.ok(n >= VENDOR_RULES.length, `${n} vendor rules`);
  assert.equal(loadVendors(TABLE), n, 'a second load changes nothing');
  const native = JSON.parse(cli(['rules', '--format', 'json'])).map((/** @type {any} */ r) => r.id);
  assert.deepEqual(rules().map((r) => r.id), native);
  // Scanners built now have the vendor rules, directly and through Settings.
  const found = spans(new Scanner().scan(TEXT));
  for (const id of VENDOR_RULES) assert.ok(found.some((s) => s.startsWith(`${id}@`)), `${id} in ${found.join(', ')}`);
  assert.deepEqual(spans(new Settings(null, null).scanner().scan(TEXT)), found);
  const jsonl = cli(['scan', '--format', 'jsonl', '-'], TEXT);
  const nativeFound = jsonl.trim().split('\n').map((l) => JSON.parse(l)).map((f) => `${f.rule}@${f.start}-${f.end}`);
  assert.deepEqual(found, nativeFound);
  // A policy may name a loaded vendor rule (the policy check knows it now).
  const off = new Scanner({ rules: { 'pipedrive-api-token': 'off' } });
  assert.ok(!spans(off.scan(TEXT)).some((s) => s.startsWith('pipedrive-api-token@')));
});

test('findings of a vendor rule carry its title and never the key', () => {
  const f = new Scanner().scan(TEXT).find((x) => x.ruleId === 'resend-api-key');
  assert.ok(f, 'found');
  assert.equal(f.title, 'Resend API key');
  assert.ok(!f.preview.includes('Hk4vQ9zL'), 'masked');
});
