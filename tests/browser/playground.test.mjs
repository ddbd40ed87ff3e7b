// The first-run path: `make run`'s server answers with the playground and
// the fixture pages, the playground finds and redacts what a user types in
// real Chromium, a bad policy shows an inline error while the previous one
// keeps working, and the README's screenshots are taken from here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, INSTALL, REPO, SECRETS, ensureBuilt, saveScreenshot, until } from './harness.mjs';

const GITHUB = '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';
const IBAN = 'DE54 7368 1930 3642 6212 99';

/** @type {import('node:child_process').ChildProcess} */
let server;
let base = '';

/** Starts `node www/serve.mjs` on a free port and waits for its banner. */
async function startServe() {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['www/serve.mjs', '--port', String(port), '--no-browser'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const ready = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 15_000);
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('Press Ctrl+C to stop.')) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.on('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (ready) return { child, port, out };
    child.kill();
  }
  throw new Error('www/serve.mjs did not start (is `make build` done?)');
}

before(async () => {
  assert.ok(existsSync(path.join(REPO, 'www/pkg/promptwarden_bg.wasm')), 'www/pkg is missing: run make build');
  const s = await startServe();
  server = s.child;
  base = `http://127.0.0.1:${s.port}/`;
  assert.match(s.out, /Playground\s+http:\/\/127\.0\.0\.1:\d+\//);
});

after(() => server?.kill('SIGINT'));

test('make run serves the playground and the fixture pages, and stops cleanly on Ctrl+C', async () => {
  const playground = await fetch(base);
  assert.equal(playground.status, 200);
  assert.match(await playground.text(), /PromptWarden playground/);
  assert.match(playground.headers.get('content-security-policy') ?? '', /wasm-unsafe-eval/);
  const wasm = await fetch(`${base}pkg/promptwarden_bg.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  for (const page of ['textarea', 'prosemirror', 'lexical', 'quill']) {
    const r = await fetch(`${base}fixtures/${page}.html`);
    assert.equal(r.status, 200, page);
    assert.doesNotMatch(r.headers.get('content-security-policy') ?? '', /wasm-unsafe-eval/, 'fixtures keep the strict CSP');
  }
  // A second instance shows that SIGINT ends the process with status 0.
  const other = await startServe();
  const code = await new Promise((resolve) => {
    other.child.on('exit', (c) => resolve(c));
    other.child.kill('SIGINT');
  });
  assert.equal(code, 0);
});

test('the playground highlights a GitHub token and an IBAN, redacts both, and keeps the last good policy', async () => {
  assert.ok(existsSync(CHROMIUM), INSTALL.chromium);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.click('#prompt');
    await page.keyboard.type(`deploy with token ${GITHUB} and refund to ${IBAN} please`);
    await page.waitForFunction(() => document.querySelectorAll('#highlighted mark').length === 2);
    const marks = await page.$$eval('#highlighted mark', (ms) => ms.map((m) => ({ rule: m.dataset.rule, title: /** @type {HTMLElement} */ (m).title, text: m.textContent })));
    assert.deepEqual(marks.map((m) => m.rule), ['github-pat', 'iban']);
    assert.ok(marks[0].text === GITHUB && marks[1].text === IBAN, 'the highlights cover exactly the token and the IBAN');
    assert.match(marks[0].title, /GitHub personal access token/);
    assert.match(marks[1].title, /IBAN/);
    assert.ok(!marks[0].title.includes(GITHUB.slice(4)) && !marks[1].title.includes('7368 1930'), 'hover titles are masked');
    const redacted = await page.textContent('#redacted');
    assert.equal(redacted, 'deploy with token [GITHUB_TOKEN_1] and refund to [IBAN_1] please');
    const list = await page.$$eval('#findings li', (ls) => ls.map((l) => l.dataset.rule));
    assert.deepEqual(list, ['github-pat', 'iban']);

    // A bad policy: the error shows inline, and the previous policy applies.
    await page.fill('#policy', '{"categories": {"secret": "explode"}}');
    await page.waitForFunction(() => document.querySelector('#policy-issues li') !== null);
    assert.match(await page.textContent('#policy-issues'), /categories\.secret: must be one of off, warn, block or redact/);
    await page.fill('#prompt', `again ${GITHUB}`);
    await page.waitForFunction(() => document.querySelectorAll('#highlighted mark').length === 1);
    assert.match(await page.textContent('#findings'), /block/, 'the last good policy (secrets: block) still applies');
    // A good policy replaces it.
    await page.fill('#policy', '{"categories": {"secret": "redact"}}');
    await page.waitForFunction(() => document.querySelector('#findings')?.textContent.includes('redact'));
    assert.equal(await page.$$eval('#policy-issues li', (l) => l.length), 0);

    // The README's screenshot of the playground, on the sample .env.
    await page.fill('#policy', '{\n  "categories": { "secret": "block", "pii": "warn" }\n}');
    await page.click('[data-sample="env"]');
    await page.evaluate(() => (document.getElementById('timing').textContent = ''));
    await saveScreenshot(page, 'playground.png');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('following the playground: its link opens a practice chat page, in the Chromium make run starts, where the extension holds a key', async () => {
  assert.ok(existsSync(CHROMIUM), INSTALL.chromium);
  await ensureBuilt();
  const s = await startServe();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-run-test-'));
  // The very flags `make run` prints and starts Chromium with.
  const line = s.out.split('\n').find((l) => l.trim().startsWith('Chromium:')) ?? '';
  const flags = [...line.matchAll(/"(--[^"]+)"|(--[^\s"]+)/g)].map((m) => m[1] ?? m[2]).filter((f) => !f.startsWith('--user-data-dir'));
  assert.ok(flags.some((f) => f.startsWith('--load-extension=')) && flags.some((f) => f.startsWith('--host-resolver-rules=')), `make run's Chromium line: ${line}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', ...flags],
  });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${s.port}/`);
    assert.equal(await page.textContent('#this-site'), `127.0.0.1:${s.port}`, 'the page names its own site for the options page');
    await Promise.all([page.waitForURL(`https://chat.deepseek.com:${s.port + 1}/`), page.click('#try-extension a[data-chat-host="chat.deepseek.com"]')]);
    await page.waitForFunction(() => typeof window.sent !== 'undefined');
    // Protection reaches the page once the extension's content script is in.
    const composer = page.locator('textarea');
    await composer.click();
    await until(async () => {
      await composer.fill(`my key is ${SECRETS.aws} ok`);
      return page.evaluate(() => document.documentElement.querySelector(':scope > [data-promptwarden]') !== null);
    }, 'the extension on the practice chat page', { timeout: 20_000, interval: 500 });
    await composer.press('Enter');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(await page.evaluate(() => window.sent.length), 0, 'the prompt with the key was held, not sent');
    await page.keyboard.press('Escape');
    await composer.fill('what is the capital of France?');
    await composer.press('Enter');
    await until(() => page.evaluate(() => window.sent.length === 1), 'a clean prompt to be sent');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    s.child.kill('SIGINT');
  }
});
