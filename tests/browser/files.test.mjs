// Attached files in real Chromium and Firefox ESR with the shipped
// extension (dist/), on the fixture pages' attach flows: a hidden input
// behind a button, an input created on the fly and never attached (the
// ChatGPT "+"), and a trusted drop (CDP Input.dispatchDragEvent in
// Chromium). The files are the committed real ones in tests/files/ (made
// by python-docx, openpyxl, a PDF writer, zip and ssh-keygen; see
// tests/files/make.py). What the app receives is read from the fixture's
// own record (window.attached: route, name, size, SHA-256 of the bytes it
// read), so "the same file" means the same bytes.
//
// Firefox: classic WebDriver sets an attached input's files with trusted
// events; it has no way to answer a picker opened from a detached input,
// nor a trusted file drop, nor a file on the clipboard, so those three
// routes run in Chromium only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EDITORS, REPO, launchChromium, launchFirefox, until } from './harness.mjs';
import { noSecretIn } from './editor-suite.mjs';

const FILES = path.join(REPO, 'tests', 'files');
const file = (name) => path.join(FILES, name);
const sha256 = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');
const sha256Text = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
/**
 * The file's text as the core redacts it (`promptwarden redact`, the
 * default policy): what "Attach redacted copy" must hand the app, in UTF-8.
 */
function redactedText(name) {
  const raw = readFileSync(file(name));
  const text = raw[0] === 0xff && raw[1] === 0xfe ? raw.subarray(2).toString('utf16le') : name.endsWith('.csv') ? raw.toString('latin1') : raw.toString('utf8');
  return execFileSync(path.join(REPO, 'target', 'release', 'promptwarden'), ['redact'], { input: text, encoding: 'utf8' });
}
/** The ChatGPT-shaped page (ProseMirror composer). */
const PAGE = EDITORS.find((e) => e.host === 'chatgpt.com') ?? EDITORS[1];

/** What the app received so far: receptions counted at once, and each file's record once hashed. */
const received = (t) => t.eval(() => ({ count: window.attachedCount, files: window.attached.slice() }));

/** Waits until the app has `n` hashed files; returns them. */
async function waitAttached(t, n, what, { timeout = 10_000 } = {}) {
  await until(async () => {
    const { files } = await received(t);
    return files.length >= n && files.every((f) => f.sha256);
  }, what, { timeout });
  return (await received(t)).files;
}

/** Chooses `choice` in the open file panel by keyboard, as a user would (focus starts on Remove file). */
async function choose(t, mode, choice) {
  await t.choose(mode, choice);
}

/**
 * The panel as the accessibility tree shows it (Chromium), checked for what a user must see.
 * @param {any} t
 * @param {{ name: string, rule?: string, buttons?: string[] }} want
 */
async function checkFilePanel(t, { name, rule, buttons }) {
  if (!t.axPanel) return;
  const p = await t.axPanel();
  assert.ok(p, 'an alertdialog opened');
  assert.ok(p.text.includes(name), `the panel names the file ${name}: ${p.text.slice(0, 300)}`);
  if (rule) assert.ok(p.text.includes(rule), `the panel names what was found (${rule}): ${p.text.slice(0, 300)}`);
  if (buttons) assert.deepEqual(p.buttons, buttons, 'the panel buttons, in order');
  noSecretIn(p.text, 'the file panel');
}

/**
 * Attaches `paths` by `route` with trusted events.
 * @param {any} t
 * @param {'input' | 'detached-input' | 'drop'} route
 * @param {string[]} paths
 */
async function attach(t, route, paths) {
  const b = t.browser;
  if (b.name === 'chromium') {
    const page = t.page;
    if (route === 'input') return page.setInputFiles('[data-testid="file-input"]', paths);
    if (route === 'detached-input') {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="attach-button"]')]);
      return chooser.setFiles(paths);
    }
    const cdp = await t.cdp();
    const box = await page.locator('[data-testid="composer"]').boundingBox();
    const at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    const data = { items: [], files: paths, dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
    return;
  }
  assert.equal(route, 'input', 'Firefox drives the attached input only');
  const { By } = await import('selenium-webdriver');
  await b.driver.findElement(By.css('[data-testid="file-input"]')).sendKeys(paths.join('\n'));
}

/** The routes each browser can drive with trusted events. */
const ROUTES = { chromium: ['input', 'detached-input', 'drop'], firefox: ['input'] };

function suite(name, launch) {
  describe(`files in ${name}`, { concurrency: false }, () => {
    /** @type {any} */
    let b;
    let t;
    let tmp;
    before(async () => {
      b = await launch();
      tmp = mkdtempSync(path.join(tmpdir(), 'promptwarden-files-'));
    });
    after(async () => {
      await b?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });
    const open = async (options = {}) => {
      await b.setOptions(options);
      t = await b.open(PAGE);
    };

    test('clean files of every type reach the app byte-identical, with no panel', async () => {
      await open();
      const clean = ['clean.docx', 'clean.xlsx', 'clean.pdf', 'requirements.txt'];
      for (const [i, route] of ROUTES[b.name].entries()) {
        const name = clean[i % clean.length];
        await attach(t, route, [file(name)]);
        const got = await waitAttached(t, i + 1, `${name} by ${route} to reach the app`);
        assert.equal(got[i].via, route);
        assert.equal(got[i].sha256, sha256(file(name)), `${name} by ${route}: the app got the same bytes`);
        assert.equal(await t.panelOpen(), false, 'no panel for a clean file');
      }
      await attach(t, 'input', clean.map(file));
      const got = await waitAttached(t, ROUTES[b.name].length + clean.length, 'four clean files at once');
      assert.deepEqual(got.slice(-clean.length).map((f) => f.sha256), clean.map((n) => sha256(file(n))));
    });

    /** Text files also offer "Attach redacted copy" (the first two). */
    const risky = [
      ['windows.env', 'GitHub'],
      ['latin1.csv', 'Payment card'],
      ['report.docx', 'AWS access key'],
      ['sheet.xlsx', 'AWS access key'],
      ['deck.pptx', 'GitHub'],
      ['incident.pdf', 'AWS access key'],
      ['archive.zip', 'AWS access key'],
      ['id_ed25519', 'OpenSSH private key'],
      ['client.p12', 'Key store'],
    ];
    test('each risky file is held for a decision; Remove leaves the app with nothing', async () => {
      await open();
      for (const [i, [name, rule]] of risky.entries()) {
        await attach(t, 'input', [file(name)]);
        await t.waitPanel(`the panel for ${name}`);
        const buttons = ['Attach anyway', 'Remove file', ...(i < 2 ? ['Attach redacted copy'] : [])];
        await checkFilePanel(t, { name, rule, buttons });
        assert.equal((await received(t)).count, 0, `${name}: the app has nothing while the panel is open`);
        await choose(t, 'file-warn', 'remove');
        await t.idle(300);
        assert.equal((await received(t)).count, 0, `${name}: after Remove the app has no file`);
      }
    });

    test('Attach anyway gives the app the original bytes, by every route', async () => {
      await open();
      const names = ['report.docx', 'archive.zip', 'incident.pdf'];
      for (const [i, route] of ROUTES[b.name].entries()) {
        const name = names[i];
        await attach(t, route, [file(name)]);
        await t.waitPanel(`the panel for ${name} by ${route}`);
        assert.equal((await received(t)).count, i, 'held while the panel is open');
        await choose(t, 'file-warn', 'attach');
        const got = await waitAttached(t, i + 1, `${name} to be attached anyway`);
        assert.equal(got[i].via, route, 'the app got it the way it asked for it');
        assert.equal(got[i].sha256, sha256(file(name)), `${name}: the original bytes`);
      }
    });

    test('Attach redacted copy gives the app a file of the same name holding the core\'s redaction, and no value', async () => {
      await open();
      for (const [i, name] of ['windows.env', 'latin1.csv'].entries()) {
        await attach(t, 'input', [file(name)]);
        await t.waitPanel(`the panel for ${name}`);
        await choose(t, 'file-warn', 'attach-redacted');
        const got = await waitAttached(t, i + 1, `the redacted copy of ${name}`);
        assert.equal(got[i].name, name, 'the copy keeps the name');
        assert.equal(got[i].sha256, sha256Text(redactedText(name)), `${name}: the app got exactly the CLI's redaction of the file`);
      }
      for (const name of ['windows.env', 'latin1.csv']) {
        const rescan = spawnSync(path.join(REPO, 'target', 'release', 'promptwarden'), ['scan', '-'], { input: redactedText(name), encoding: 'utf8' });
        assert.equal(rescan.status, 0, `the redacted copy of ${name} holds nothing to find: ${rescan.stdout}`);
      }
      // Blocked by policy, a text file can still go as its redacted copy, as a blocked prompt can be redacted.
      await open({ categories: { secret: 'block' } });
      await attach(t, 'input', [file('windows.env')]);
      await t.waitPanel('the block panel for windows.env');
      await checkFilePanel(t, { name: 'windows.env', buttons: ['Remove file', 'Attach redacted copy'] });
      await choose(t, 'file-block', 'attach-redacted');
      const [copy] = await waitAttached(t, 1, 'the redacted copy under a block');
      assert.equal(copy.sha256, sha256Text(redactedText('windows.env')));
    });

    test('a blocked file never reaches the app; a clean one beside it does', async () => {
      await open({ categories: { secret: 'block' } });
      await attach(t, 'input', [file('clean.docx'), file('report.docx')]);
      await t.waitPanel('the block panel');
      await checkFilePanel(t, { name: 'report.docx', buttons: ['Remove file'] });
      await choose(t, 'file-block', 'remove');
      const got = await waitAttached(t, 1, 'the clean file');
      await t.idle(300);
      assert.deepEqual((await received(t)).files.map((f) => f.name), ['clean.docx'], 'only the clean file reached the app');
      assert.equal(got[0].sha256, sha256(file('clean.docx')));
    });

    test('unreadable files follow unscannableFiles; unsupported ones unsupportedFiles', async () => {
      await open();
      await attach(t, 'input', [file('encrypted.zip')]);
      await t.waitPanel('the warn panel for an encrypted zip');
      await checkFilePanel(t, { name: 'encrypted.zip', rule: 'encrypted', buttons: ['Attach anyway', 'Remove file'] });
      await choose(t, 'file-warn', 'remove');
      await open({ unscannableFiles: 'block', unsupportedFiles: 'block' });
      const png = path.join(tmp, 'pixel.png');
      writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
      await attach(t, 'input', [file('encrypted.pdf')]);
      await t.waitPanel('the block panel for an encrypted PDF');
      await checkFilePanel(t, { name: 'encrypted.pdf', buttons: ['Remove file'] });
      await choose(t, 'file-block', 'remove');
      await attach(t, 'input', [png]);
      await t.waitPanel('the block panel for an image when unsupportedFiles is block');
      await choose(t, 'file-block', 'remove');
      await open({ unscannableFiles: 'allow' });
      await attach(t, 'input', [file('encrypted.zip')]);
      const got = await waitAttached(t, 1, 'the encrypted zip, allowed unchecked');
      assert.equal(got[0].sha256, sha256(file('encrypted.zip')));
      assert.equal(await t.panelOpen(), false);
    });

    // Chromium only: Firefox's WebDriver has no way to put a file on the clipboard.
    if (name === 'Chromium') test('a pasted file (an image copied to the clipboard) is held like an attached one', async () => {
      // A real clipboard image: written by the page through the async
      // clipboard API, pasted with a real Ctrl+V into the composer, where the
      // app takes files from the paste event's clipboardData.
      const copyImage = () =>
        t.eval(async () => {
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 8;
          const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
          g.fillStyle = '#c0ffee';
          g.fillRect(0, 0, 8, 8);
          const png = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
          await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
          const [item] = await navigator.clipboard.read();
          const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
          const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
          return [...digest].map((x) => x.toString(16).padStart(2, '0')).join('');
        });
      const pasteIntoComposer = async () => {
        await t.page.click('[data-testid="composer"]');
        await t.press('Control+V');
      };

      await open({ unsupportedFiles: 'block' });
      await copyImage();
      await pasteIntoComposer();
      await t.waitPanel('the block panel for a pasted image when unsupportedFiles is block');
      await checkFilePanel(t, { name: '.png', buttons: ['Remove file'] });
      assert.equal((await received(t)).count, 0, 'the app has nothing while the panel is open');
      await choose(t, 'file-block', 'remove');
      await t.idle(300);
      assert.equal((await received(t)).count, 0, 'a blocked pasted file never reaches the app');

      await open();
      const expected = await copyImage();
      await pasteIntoComposer();
      const got = await waitAttached(t, 1, 'the pasted image, allowed by default');
      assert.equal(got[0].via, 'paste', 'the app got it as a paste');
      assert.equal(got[0].sha256, expected, 'the same bytes the clipboard held');
      assert.equal(await t.panelOpen(), false, 'no panel for a screenshot by default');
    });

    test('a file over the size limit is decided at once and the page never freezes', async () => {
      await open({ maxFileMegabytes: 1 });
      // 200 MB: only its head is read. And 20 MB of text within a raised limit, read whole.
      const huge = path.join(tmp, 'huge.log');
      writeFileSync(huge, Buffer.alloc(200 * 1024 * 1024, 'log line without secrets\n'));
      const t0 = Date.now();
      await attach(t, 'input', [huge]);
      await t.waitPanel('the unscannable panel for a 200 MB file');
      const decidedMs = Date.now() - t0;
      await checkFilePanel(t, { name: 'huge.log', rule: 'over the size limit' });
      await choose(t, 'file-warn', 'remove');
      await open({ maxFileMegabytes: 30 });
      const big = path.join(tmp, 'big.txt');
      // An application log as people attach it: timestamps, ids, durations. (Such
      // lines once scanned at 0.5 MB/s, the phone rule reading date and hour as a
      // number; now some 8 MB/s in wasm.)
      const line = (i) => `2026-12-07 13:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')} INFO [worker-${i % 8}] request ${100000 + i} handled in ${i % 500} ms status=200\n`;
      const lines = [];
      for (let size = 0, i = 0; size < 20 * 1024 * 1024; i++) size += (lines[i] = line(i)).length;
      writeFileSync(big, lines.join(''));
      await t.eval(() => {
        window.__gaps = [];
        let last = performance.now();
        window.__tick = window.setInterval(() => {
          const now = performance.now();
          window.__gaps.push(now - last);
          last = now;
        }, 10);
      });
      const t1 = Date.now();
      await attach(t, 'input', [big]);
      const got = await waitAttached(t, 1, 'the 20 MB clean text file', { timeout: 60_000 });
      console.log(`# ${b.name}: 20 MB clean text attached after ${Date.now() - t1} ms`);
      assert.equal(got[0].sha256, sha256(big));
      const worst = await t.eval(() => {
        clearInterval(window.__tick);
        return Math.max(...window.__gaps);
      });
      assert.ok(decidedMs < 5000, `the 200 MB file was decided in ${decidedMs} ms`);
      assert.ok(worst < 150, `the page's timers ran every ${Math.round(worst)} ms at worst while 20 MB were checked`);
    });
  });
}

const only = process.env.PW_FILES_BROWSER;
if (!only || only === 'chromium') suite('Chromium', () => launchChromium());
if (!only || only === 'firefox') suite('Firefox ESR', () => launchFirefox());
