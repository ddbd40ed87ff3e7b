// The background's file check as the extension ships it
// (dist/chrome/background/files.js): what the panel is told about each of
// the committed real files under the policy's attachment keys. The
// browser tests (tests/browser/files.test.mjs) drive the same code
// through real attach flows; this pins the details they cannot see in
// Firefox (no accessibility tree there): where each finding is, that key
// files follow `key-file`, and which unreadable files the policy names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { initSync, Settings } from '../../pkg/promptwarden.js';

const root = new URL('../../', import.meta.url);
const shipped = new URL('dist/chrome/background/files.js', root);
assert.ok(existsSync(shipped), 'dist/ is missing: run `make extension` first');
const { checkFile } = await import(shipped.href);
const { extractText } = await import(new URL('dist/chrome/shared/file-text.js', root).href);

initSync({ module: readFileSync(new URL('pkg/promptwarden_bg.wasm', root)) });
// Loads the extraction module from the repository (in the browser it comes from the extension's own URL).
await extractText(new Uint8Array(0), 'empty.txt', { wasm: readFileSync(new URL('pkg/promptwarden_extract_bg.wasm', root)) });

const bytes = (name) => new Uint8Array(readFileSync(new URL(`tests/files/${name}`, root)));
const MIB = 1024 * 1024;

/** What background/main.js hands checkFile for these documents. */
function policyFor(user = {}) {
  const settings = new Settings({}, user);
  const p = settings.view().policy;
  return {
    scanner: settings.scanner(),
    unscannable: p.unscannableFiles,
    unsupported: p.unsupportedFiles,
    maxBytes: p.maxFileMegabytes * MIB,
    keyFileAction: settings.keyFileAction(),
  };
}

const check = (name, user, data = bytes(name)) => checkFile(data, { name, size: data.length, site: 'chatgpt.com/' }, policyFor(user));
/** `rule@where` for each finding, never a value. */
const places = (v) => v.findings.map((f) => `${f.ruleId}@${[f.where.entry, f.where.sheet, f.where.page && `p${f.where.page}`, f.where.part, f.where.cell ?? `l${f.where.line}`].filter(Boolean).join('/')}`);

test('findings carry the place inside the file and a masked preview only', async () => {
  const docx = await check('report.docx');
  assert.equal(docx.kind, 'docx');
  assert.deepEqual(places(docx).sort(), ['aws-access-key-id@l3', 'email@footer1/l1', 'github-pat@header1/l1', 'payment-card@comments/l1', 'stripe-secret-key@l8']);
  assert.deepEqual(places(await check('sheet.xlsx')), ['aws-access-key-id@Keys & Tokens/B3', 'github-pat@Keys & Tokens/D7']);
  assert.deepEqual(places(await check('incident.pdf')), ['aws-access-key-id@p2/l3']);
  assert.ok(places(await check('archive.zip')).includes('aws-access-key-id@config/.env/l3'));
  const text = new TextDecoder().decode(bytes('windows.env'));
  for (const f of docx.findings) {
    assert.ok(f.preview.includes('*') && !text.includes(f.preview), `${f.ruleId}: the preview is masked`);
    assert.deepEqual(Object.keys(f).sort(), ['action', 'category', 'preview', 'ruleId', 'severity', 'title', 'where'], 'no offsets into the text, no value');
  }
  assert.deepEqual((await check('clean.docx')).findings, []);
});

test('key files are findings of key-file, which follows rules and categories', async () => {
  const p12 = await check('client.p12');
  assert.deepEqual(p12.findings.map((f) => [f.ruleId, f.action, f.severity]), [['key-file', 'warn', 'critical']]);
  assert.deepEqual((await check('client.p12', { rules: { 'key-file': 'block' } })).findings.map((f) => f.action), ['block']);
  assert.deepEqual((await check('client.p12', { categories: { secret: 'block' } })).findings.map((f) => f.action), ['block']);
  assert.deepEqual((await check('client.p12', { rules: { 'key-file': 'off' } })).findings, []);
  // An OpenSSH key's text is found by its own rule; no second key-file finding.
  assert.deepEqual((await check('id_ed25519')).findings.map((f) => f.ruleId), ['openssh-private-key']);
});

test('unreadable files follow unscannableFiles, kinds not read follow unsupportedFiles', async () => {
  const png = new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  const enc = await check('encrypted.zip');
  assert.deepEqual(enc.unread.map((u) => [u.reason, u.action]), [['encrypted', 'warn']], 'default: warn');
  assert.deepEqual((await check('encrypted.zip', { unscannableFiles: 'allow' })).unread, []);
  assert.deepEqual((await check('encrypted.pdf', { unscannableFiles: 'block' })).unread.map((u) => u.action), ['block']);
  assert.deepEqual((await check('pixel.png', {}, png)).unread, [], 'default: images pass');
  assert.deepEqual((await check('pixel.png', { unsupportedFiles: 'warn' }, png)).unread.map((u) => [u.reason, u.action]), [['unsupported', 'warn']]);
  // Over maxFileMegabytes: only the head is read; unscannable, named as too large.
  const big = new Uint8Array(2 * MIB + 1).fill(0x61);
  const v = await checkFile(big.subarray(0, 64 * 1024), { name: 'big.txt', size: big.length, site: 'chatgpt.com/' }, policyFor({ maxFileMegabytes: 2 }));
  assert.deepEqual(v.unread.map((u) => [u.reason, u.action]), [['too-large', 'warn']]);
  assert.equal(v.kind, 'text');
});

test('a text file with findings comes with its redacted copy: the core redaction of the text the extraction read', async () => {
  const scanner = policyFor().scanner;
  for (const name of ['windows.env', 'latin1.csv']) {
    const v = await check(name);
    assert.ok(v.findings.length > 0, `${name}: findings`);
    const { segments } = await extractText(bytes(name), name, {});
    const text = segments[0].text;
    assert.equal(v.redacted, scanner.redact(text).text, `${name}: the copy is the core's redaction of the decoded text`);
    for (const f of scanner.scan(text)) {
      const value = text.slice(f.start, f.end);
      assert.ok(!v.redacted.includes(value), `${name}: no ${f.ruleId} value (${f.preview}) is left in the copy`);
    }
    assert.match(v.redacted, /\[[A-Z0-9_]+_1\]/, `${name}: placeholders stand where the values were`);
  }
  // Documents, archives, files with unread parts and key files by type get no copy.
  for (const name of ['report.docx', 'sheet.xlsx', 'incident.pdf', 'archive.zip', 'client.p12', 'id_ed25519']) {
    assert.equal((await check(name)).redacted, undefined, `${name}: no redacted copy`);
  }
  assert.equal((await check('requirements.txt')).redacted, undefined, 'a clean text file needs no copy');
  // A value the user allowed on this site stays in the copy, as it stays out of the panel.
  const name = 'latin1.csv';
  const { segments } = await extractText(bytes(name), name, {});
  const text = segments[0].text;
  const [first, second] = scanner.scan(text);
  assert.ok(first && second, `${name} has two findings`);
  const value = text.slice(first.start, first.end);
  const onSite = (site) => checkFile(bytes(name), { name, size: bytes(name).length, site }, policyFor({ allowlist: [{ values: [value], sites: ['chatgpt.com'] }] }));
  const here = await onSite('chatgpt.com/');
  assert.ok(here.redacted?.includes(value), `the ${first.ruleId} value allowed on chatgpt.com stays in its copy there`);
  assert.ok(!here.redacted.includes(text.slice(second.start, second.end)), `the ${second.ruleId} value is still replaced`);
  const elsewhere = await onSite('claude.ai/');
  assert.ok(elsewhere.redacted !== undefined && !elsewhere.redacted.includes(value), 'and is replaced in the copy made for another site');
});
