// The wasm package as JavaScript sees it: plain objects, UTF-16 offsets
// that slice JavaScript strings exactly, errors that name the bad field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, Scanner, Settings, rules, checkPolicy, version } from '../../pkg/promptwarden.js';

initSync({ module: readFileSync(new URL('../../pkg/promptwarden_bg.wasm', import.meta.url)) });

const GITHUB = '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';
const AWS = 'AKIAZ7VRSQ5TBLN2MXQE';

/** Masks every finding's text so a failing assertion never prints a value. */
const shape = (text, findings) => findings.map((f) => `${f.ruleId}@${f.start}-${f.end}:${f.preview}`);

test('UTF-16 offsets slice the JavaScript string exactly around emoji, CJK and combining marks', () => {
  const scanner = new Scanner();
  const text = `👩‍💻 déploiement 日本語 e\u0301 token=${GITHUB} 🚀 鍵 ${AWS} ✅`;
  const findings = scanner.scan(text);
  assert.equal(findings.length, 2, shape(text, findings).join(', '));
  assert.equal(text.slice(findings[0].start, findings[0].end) === GITHUB, true, 'GitHub token span');
  assert.equal(text.slice(findings[1].start, findings[1].end) === AWS, true, 'AWS key span');
  assert.equal(findings[0].ruleId, 'github-pat');
  assert.equal(findings[1].ruleId, 'aws-access-key-id');
  // UTF-8 offsets are there too, and differ once non-ASCII precedes.
  assert.ok(findings[0].byteStart > findings[0].start);
  for (const f of findings) {
    assert.ok(!f.preview.includes(GITHUB.slice(4, 12)) && !f.preview.includes(AWS.slice(4, 12)), 'previews are masked');
    assert.equal(typeof f.confidence, 'number');
    assert.equal(f.action, 'warn');
  }
});

test('invisible characters inside a token do not hide it, and the span covers them', () => {
  const scanner = new Scanner();
  const hidden = `${AWS.slice(0, 6)}\u200B${AWS.slice(6)}`;
  const text = `key: ${hidden}`;
  const [f] = scanner.scan(text);
  assert.ok(f, 'found');
  assert.equal(text.slice(f.start, f.end) === hidden, true);
});

test('redaction gives numbered placeholders, the same value the same number', () => {
  const scanner = new Scanner();
  const { text, replacements } = scanner.redact(`use ${AWS} here and ${AWS} there, and ${GITHUB}`);
  assert.equal(text, 'use [AWS_ACCESS_KEY_1] here and [AWS_ACCESS_KEY_1] there, and [GITHUB_TOKEN_1]');
  assert.equal(replacements.length, 3);
});

test('a policy object or JSON string configures actions; a bad one throws naming the field', () => {
  const blocking = new Scanner({ categories: { secret: 'block' } });
  assert.equal(blocking.scan(AWS)[0].action, 'block');
  const fromJson = new Scanner(JSON.stringify({ rules: { 'aws-access-key-id': 'redact' } }));
  assert.equal(fromJson.scan(AWS)[0].action, 'redact');
  assert.throws(() => new Scanner({ categories: { secret: 'explode' } }), (e) => e instanceof Error && /categories\.secret/.test(e.message));
  assert.throws(() => new Scanner({ customRules: [{ id: 'x-rule', pattern: '(' }] }), /customRules\[0\]\.pattern/);
});

test('custom rules from a policy fire, and checkPolicy keeps the valid parts', () => {
  const scanner = new Scanner({ customRules: [{ id: 'acme-project', pattern: 'ACME-[0-9]{6}', keywords: ['ACME-'], action: 'block' }] });
  const [f] = scanner.scan('see ticket ACME-123456 please');
  assert.equal(f.ruleId, 'acme-project');
  assert.equal(f.category, 'custom');
  assert.equal(f.action, 'block');
  const { policy, issues } = checkPolicy({ categories: { secret: 'block', pii: 'nope' } });
  assert.equal(issues.length, 1);
  assert.equal(issues[0].path, 'categories.pii');
  assert.equal(policy.categories.secret, 'block');
});

test('rules() lists the catalog', () => {
  const all = rules();
  assert.ok(all.length >= 300, `${all.length} rules`);
  assert.ok(all.some((r) => r.id === 'github-pat' && r.category === 'secret' && r.title.length > 0));
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});

test('findings carry their rule’s title: the catalog’s, or the custom rule’s (its id when untitled)', () => {
  const scanner = new Scanner({
    customRules: [
      { id: 'acme-ticket', title: 'ACME support ticket', pattern: 'ACME-[0-9]{6}', keywords: ['ACME-'] },
      { id: 'acme-host', pattern: 'build-[0-9]{3}\\.acme\\.internal', keywords: ['build-'] },
    ],
  });
  const titles = scanner.scan('key AKIAZ7VRSQ5TBLN2MXQE, ticket ACME-123456 on build-042.acme.internal').map((f) => [f.ruleId, f.title]);
  assert.deepEqual(titles, [
    ['aws-access-key-id', rules().find((r) => r.id === 'aws-access-key-id').title],
    ['acme-ticket', 'ACME support ticket'],
    ['acme-host', 'acme-host'],
  ]);
});

test('the scanner-only module chat pages load finds exactly what the full module finds', async () => {
  const scan = await import('../../pkg/promptwarden_scan.js');
  scan.initSync({ module: readFileSync(new URL('../../pkg/promptwarden_scan_bg.wasm', import.meta.url)) });
  assert.equal(/** @type {Record<string, unknown>} */ (scan).Settings, undefined, 'no settings resolution in the page module');
  const policy = { categories: { pii: 'redact' }, customRules: [{ id: 'acme-ticket', pattern: 'ACME-[0-9]{6}', keywords: ['ACME-'] }] };
  const text = 'key AKIAZ7VRSQ5TBLN2MXQE, mail jane.roe@acme-corp.com, card 4539 1488 0343 6467, ticket ACME-123456, ключ 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';
  // A page gets the policy as the background resolved it.
  const resolved = new Settings(policy, null).policyJson();
  const page = new scan.Scanner(resolved).scanOnSite(text, 'claude.ai/');
  const full = new Scanner(policy).scanOnSite(text, 'claude.ai/');
  assert.ok(full.length >= 5, `${full.length} findings`);
  assert.deepEqual(page, full);
  assert.throws(() => new scan.Scanner('{"categories": {"pii": "shout"}}'), /categories\.pii: not an action/, 'a document the core did not write is refused, not half applied');
});
