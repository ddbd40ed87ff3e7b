// File extraction as the extension ships it (dist/chrome/shared/file-text.js
// and its own wasm module), with the engine module scanning the text: the
// same findings at the same places as `promptwarden scan` reports, nothing
// loaded before the first file, and unreadable files named as such.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { initSync, Scanner } from '../../pkg/promptwarden.js';

const root = new URL('../../', import.meta.url);
const shipped = new URL('dist/chrome/shared/file-text.js', root);
assert.ok(existsSync(shipped), 'dist/ is missing: run `make extension` first');
const { extractText, extractorLoaded, locator, cellName } = await import(shipped.href);

initSync({ module: readFileSync(new URL('pkg/promptwarden_bg.wasm', root)) });
const scanner = new Scanner(null);
const wasm = readFileSync(new URL('pkg/promptwarden_extract_bg.wasm', root));
const file = (name) => readFileSync(new URL(`tests/files/${name}`, root));

/** Findings as `where line:column rule`, never the values. */
async function found(name, bytes = file(name)) {
  const text = await extractText(bytes, name, { wasm });
  assert.equal(text.unscannable, undefined, `${name}: ${text.unscannable?.detail}`);
  const out = [];
  for (const segment of text.segments) {
    const at = locator(segment);
    for (const f of scanner.scan(segment.text)) {
      const p = at(f.start);
      const place = [
        segment.location.entry && `entry ${segment.location.entry}`,
        segment.location.page && `page ${segment.location.page}`,
        segment.location.sheet && `sheet ${segment.location.sheet}`,
        segment.location.slide && `slide ${segment.location.slide}`,
        segment.location.part,
        p.cell && `cell ${p.cell}`,
      ].filter(Boolean);
      out.push(`${place.join(', ')} ${p.line}:${p.column} ${f.ruleId}`.trim());
    }
  }
  return out;
}

test('nothing is loaded until the first file arrives', async () => {
  assert.equal(extractorLoaded(), false, 'importing the wrapper loads no wasm');
  assert.deepEqual(await found('notes.odt'), ['3:9 stripe-secret-key']);
  assert.equal(extractorLoaded(), true);
});

test('documents give their findings with the place inside them, as the CLI does', async () => {
  assert.deepEqual(await found('report.docx'), [
    '3:31 aws-access-key-id',
    '8:1 stripe-secret-key',
    'comments 1:10 payment-card',
    'footer1 1:12 email',
    'header1 1:20 github-pat',
  ]);
  assert.deepEqual(await found('sheet.xlsx'), [
    'sheet Keys & Tokens, cell B3 3:1 aws-access-key-id',
    'sheet Keys & Tokens, cell D7 7:8 github-pat',
  ]);
  assert.deepEqual(await found('deck.pptx'), ['slide 2 3:13 github-pat', 'slide 2, notes 1:8 aws-access-key-id']);
  assert.deepEqual(await found('incident.pdf'), ['page 2 3:10 aws-access-key-id']);
  assert.deepEqual(await found('unicode.pdf'), ['page 1 2:8 github-pat']);
  assert.deepEqual((await found('archive.zip')).slice(0, 1), ['entry config/.env 3:19 aws-access-key-id']);
  assert.deepEqual(await found('windows.env'), ['2:14 github-pat']);
});

test('spans slice the segment text exactly, after non-ASCII text', async () => {
  const text = await extractText(file('unicode.pdf'), 'unicode.pdf', { wasm });
  const [finding] = scanner.scan(text.segments[0].text);
  assert.ok(text.segments[0].text.slice(finding.start, finding.end).startsWith('ghp_'), 'the span covers the token');
  assert.ok(text.segments[0].text.startsWith('Zugangsdaten für das Déploiement'));
});

test('key files, encrypted files, bombs and oversized files say what they are', async () => {
  const p12 = await extractText(file('client.p12'), 'client.p12', { wasm });
  assert.deepEqual(p12.keys.map((k) => k.kind), ['pkcs12']);
  const pdf = await extractText(file('encrypted.pdf'), 'encrypted.pdf', { wasm });
  assert.deepEqual([pdf.kind, pdf.unscannable?.reason], ['pdf', 'encrypted']);
  const bomb = await extractText(file('bomb.zip'), 'bomb.zip', { wasm });
  assert.deepEqual([bomb.kind, bomb.unscannable?.reason], ['zip', 'too-large']);
  const big = new Uint8Array(60 * 1024 * 1024).fill(0x61);
  const huge = await extractText(big, 'huge.log', { wasm });
  assert.deepEqual([huge.kind, huge.unscannable?.reason, huge.unscannable?.detail], ['text', 'too-large', '60 MiB, over the 50 MiB limit']);
  const png = await extractText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]), 'shot.png', { wasm });
  assert.deepEqual([png.kind, png.unscannable?.reason], ['image', 'unsupported']);
});

test('cell names are spreadsheet style', () => {
  assert.deepEqual([cellName(1, 1), cellName(2, 7), cellName(27, 3), cellName(16384, 9)], ['A1', 'B7', 'AA3', 'XFD9']);
});
