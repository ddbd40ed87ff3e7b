// The fixture chat pages in real Chromium, with no extension: each page's
// real editor sends the way the chat app it stands for does, under the
// strict CSP, at the app's own https address. The extension's browser tests
// build on these pages, so what is asserted here is what they may rely on.
//
//   node www/fixtures/build.mjs && node --test tests/browser/fixtures.test.mjs
//
// Needs Debian's Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildFixtures } from '../../www/fixtures/build.mjs';
import { CSP, HOST_PAGES, PLAYGROUND_CSP, startServer } from '../../www/server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// How each page's editor holds its text, read from the editor's own state
// (these functions run in the page).
const FIXTURES = [
  {
    kind: 'textarea',
    host: 'chat.deepseek.com',
    selector: 'textarea#chat-input',
    isEditor: () => window.editor instanceof HTMLTextAreaElement && window.editor.id === 'chat-input',
    text: () => window.editor.value,
    // "a", Shift+Enter, "b": the browser's own newline in the value.
    twoLines: () => window.editor.value,
    twoLinesExpected: 'a\nb',
  },
  {
    kind: 'prosemirror',
    host: 'claude.ai',
    selector: 'fieldset div.ProseMirror[contenteditable="true"]',
    isEditor: () =>
      typeof window.editor?.getText === 'function' &&
      window.editor.view?.dom === document.querySelector('[data-testid="composer"]'),
    text: () => window.editor.getText({ blockSeparator: '\n' }),
    // Shift+Enter splits the paragraph, as in Claude's composer.
    twoLines: () => window.editor.getJSON().content.map((b) => `${b.type}:${(b.content ?? []).map((n) => n.text ?? n.type).join('|')}`),
    twoLinesExpected: ['paragraph:a', 'paragraph:b'],
  },
  {
    kind: 'lexical',
    host: 'www.perplexity.ai',
    selector: '#ask-input[data-lexical-editor="true"][contenteditable="true"]',
    isEditor: () =>
      typeof window.editor?.getEditorState === 'function' &&
      window.editor.getRootElement() === document.querySelector('[data-testid="composer"]'),
    // The root's text content, computed from the serialized editor state the
    // way Lexical's getTextContent() does it.
    text: () => {
      const walk = (node) => {
        if (node.type === 'text' || node.type === 'tab') return node.text;
        if (node.type === 'linebreak') return '\n';
        return (node.children ?? []).map(walk).join(node.type === 'root' ? '\n\n' : '');
      };
      return walk(window.editor.getEditorState().toJSON().root);
    },
    // Shift+Enter: a LineBreakNode inside the one paragraph (plain text).
    twoLines: () =>
      window.editor
        .getEditorState()
        .toJSON()
        .root.children.map((b) => `${b.type}:${b.children.map((n) => n.text ?? n.type).join('|')}`),
    twoLinesExpected: ['paragraph:a|linebreak|b'],
  },
  {
    kind: 'quill',
    host: 'gemini.google.com',
    selector: 'rich-textarea .ql-editor[contenteditable="true"]',
    isEditor: () =>
      typeof window.editor?.getContents === 'function' &&
      window.editor.root === document.querySelector('[data-testid="composer"]'),
    // Quill's text always ends in its final "\n": an empty editor is "\n".
    text: () => window.editor.getText().replace(/\n$/, ''),
    twoLines: () => window.editor.getContents().ops,
    twoLinesExpected: [{ insert: 'a\nb\n' }],
  },
];

const MISSING = `Chromium is missing (${CHROMIUM}): install it with \`apt-get install -y chromium\``;

let server;
let browser;

before(() => buildFixtures({ quiet: true }));

after(async () => {
  await browser?.close();
  await server?.close();
});

// Fails (never skips) on a machine without Chromium; the browser suites
// below then stop in their setup with the same one-line message.
test('Chromium is installed', () => {
  assert.ok(existsSync(CHROMIUM), MISSING);
});

let launching;
/** The HTTPS server and one headless Chromium that maps the chat hostnames to it. */
function launch() {
  launching ??= (async () => {
    if (!existsSync(CHROMIUM)) throw new Error(MISSING);
    server = await startServer({ https: true });
    const rules = Object.keys(HOST_PAGES).map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--host-resolver-rules=${rules}`,
        '--ignore-certificate-errors',
      ],
    });
    return browser;
  })();
  return launching;
}

/**
 * One browser page per fixture, reused by its tests (a new context per test
 * costs Chromium about a second and a half here). load() navigates afresh,
 * so every test starts from a new document. Everything that goes wrong on
 * the page (CSP violations, console errors and warnings, page errors, failed
 * or 4xx/5xx requests) is collected in `problems`; done() asserts it stayed
 * empty.
 */
async function session(fx) {
  await launch();
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.__keydowns = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
    window.addEventListener(
      'keydown',
      (e) => window.__keydowns.push({ key: e.key, keyCode: e.keyCode, isComposing: e.isComposing, isTrusted: e.isTrusted }),
      true,
    );
  });
  const s = {
    page,
    context,
    problems,
    response: null,
    composer: page.locator('[data-testid="composer"]'),
    /** The editor's text, from its own state. */
    state: () => page.evaluate(fx.text),
    sent: () => page.evaluate(() => window.sent.slice()),
    async load() {
      problems.length = 0;
      s.response = await page.goto(`https://${fx.host}/`);
      await page.waitForFunction(() => window.fixture?.ready === true);
      return s;
    },
    async done() {
      const violations = await page.evaluate(() => window.__cspViolations);
      problems.push(...violations.map((v) => `CSP violation: ${v}`));
      assert.deepEqual(problems, [], 'the page ran cleanly under the strict CSP');
    },
    close: () => context.close(),
  };
  return s;
}

/** Waits until window.sent holds n messages, then returns them. */
async function sentCount(page, n) {
  await page.waitForFunction((count) => window.sent.length >= count, n);
  return page.evaluate(() => window.sent.slice());
}

/** Lets a frame and a task go by, for assertions that nothing happened. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));

/** Dispatches an untrusted keydown on the composer; reports what became of it. */
const syntheticKeydown = (page, init) =>
  page.evaluate((init) => {
    const el = document.querySelector('[data-testid="composer"]');
    const event = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, ...init });
    el.dispatchEvent(event);
    return { isTrusted: event.isTrusted, defaultPrevented: event.defaultPrevented, keyCode: event.keyCode };
  }, init);

for (const fx of FIXTURES) {
  describe(`${fx.kind} fixture at https://${fx.host}/`, () => {
    let fixture;
    before(async () => {
      fixture = await session(fx);
    });
    after(() => fixture?.close());
    const open = () => fixture.load();
    test('is served with the strict CSP and built on the real editor', async () => {
      const f = await open();
      assert.equal(f.response.status(), 200);
      assert.equal(f.response.headers()['content-security-policy'], CSP);
      assert.equal(await f.page.evaluate(() => window.fixture.kind), fx.kind);
      // The app's own selector finds the composer, and it is window.editor's.
      assert.equal(await f.page.locator(fx.selector).count(), 1, fx.selector);
      assert.equal(await f.page.locator(fx.selector).getAttribute('data-testid'), 'composer');
      assert.equal(await f.page.evaluate(fx.isEditor), true, 'window.editor is the editor instance');
      const button = f.page.locator('button[aria-label="Send message"][data-testid="send-button"]');
      assert.equal(await button.count(), 1);
      assert.equal(await button.isDisabled(), true, 'the send button is disabled while the composer is empty');
      assert.deepEqual(await f.sent(), []);
      assert.equal(await f.state(), '');
      await f.done();
    });

    test('Enter sends "hello" and empties the editor', async () => {
      const f = await open();
      await f.composer.click();
      await f.page.keyboard.type('hello');
      assert.equal(await f.state(), 'hello');
      await f.page.keyboard.press('Enter');
      assert.deepEqual(await sentCount(f.page, 1), ['hello']);
      assert.equal(await f.state(), '', 'the editor is empty after sending');
      assert.equal(await f.page.locator('[data-testid="user-message"]').last().textContent(), 'hello');
      const keydown = (await f.page.evaluate(() => window.__keydowns)).find((k) => k.key === 'Enter');
      assert.equal(keydown.isTrusted, true);
      await f.done();
    });

    test('Shift+Enter adds a line: "a", Shift+Enter, "b", Enter sends "a\\nb"', async () => {
      const f = await open();
      await f.composer.click();
      await f.page.keyboard.type('a');
      await f.page.keyboard.press('Shift+Enter');
      await f.page.keyboard.type('b');
      assert.deepEqual(await f.sent(), [], 'Shift+Enter does not send');
      assert.deepEqual(await f.page.evaluate(fx.twoLines), fx.twoLinesExpected, 'how the editor holds the two lines');
      await f.page.keyboard.press('Enter');
      assert.deepEqual(await sentCount(f.page, 1), ['a\nb']);
      assert.equal(await f.state(), '');
      assert.equal(await f.page.locator('[data-testid="user-message"]').last().textContent(), 'a\nb');
      await f.done();
    });

    test('Ctrl+Enter and Meta+Enter send too', async () => {
      const f = await open();
      await f.composer.click();
      await f.page.keyboard.type('with ctrl');
      await f.page.keyboard.press('Control+Enter');
      assert.deepEqual(await sentCount(f.page, 1), ['with ctrl']);
      await f.page.keyboard.type('with meta');
      await f.page.keyboard.press('Meta+Enter');
      assert.deepEqual(await sentCount(f.page, 2), ['with ctrl', 'with meta']);
      assert.equal(await f.state(), '');
      await f.done();
    });

    test('clicking the send button sends and empties the editor', async () => {
      const f = await open();
      await f.composer.click();
      await f.page.keyboard.type('by button');
      const button = f.page.locator('[data-testid="send-button"]');
      await button.click();
      assert.deepEqual(await sentCount(f.page, 1), ['by button']);
      assert.equal(await f.state(), '');
      assert.equal(await button.isDisabled(), true, 'disabled again once empty');
      // The caret is back in the composer: typing goes on where it was.
      await f.page.keyboard.type('again');
      assert.equal(await f.state(), 'again');
      // A script's click() (the extension's resend) sends the same way.
      await f.page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('[data-testid="send-button"]')).click());
      assert.deepEqual(await sentCount(f.page, 2), ['by button', 'again']);
      await f.done();
    });

    test('a synthetic (untrusted) Enter keydown on the composer sends', async () => {
      const f = await open();
      await f.composer.click();
      await f.page.keyboard.type('synthetic');
      // As an extension would build it: key only (keyCode stays 0)…
      const plain = await syntheticKeydown(f.page, {});
      assert.deepEqual(await sentCount(f.page, 1), ['synthetic']);
      assert.deepEqual(plain, { isTrusted: false, defaultPrevented: true, keyCode: 0 });
      assert.equal(await f.state(), '');
      // …or with the legacy keyCode/which too.
      await f.page.keyboard.type('with keyCode');
      const legacy = await syntheticKeydown(f.page, { keyCode: 13, which: 13 });
      assert.deepEqual(await sentCount(f.page, 2), ['synthetic', 'with keyCode']);
      assert.equal(legacy.isTrusted, false);
      assert.equal(legacy.keyCode, 13);
      assert.equal(await f.state(), '');
      await f.done();
    });

    test('Enter inside an IME composition does not send; the committed text sends on the next Enter', async () => {
      const f = await open();
      await f.composer.click();
      // A real composition through Chromium's IME path: the Enter that
      // commits it arrives as keydown keyCode 229 with isComposing true.
      const cdp = await f.context.newCDPSession(f.page);
      await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229,
      });
      await cdp.send('Input.insertText', { text: '日本' });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13,
      });
      await settle(f.page);
      const composingEnter = (await f.page.evaluate(() => window.__keydowns)).find((k) => k.key === 'Enter');
      assert.deepEqual(composingEnter, { key: 'Enter', keyCode: 229, isComposing: true, isTrusted: true });
      assert.deepEqual(await f.sent(), [], 'the composing Enter did not send');
      assert.equal(await f.state(), '日本');
      await cdp.detach();
      await f.page.keyboard.press('Enter');
      assert.deepEqual(await sentCount(f.page, 1), ['日本']);

      // Synthetic keydowns that say they are composing are left alone too:
      // nothing sent, no line added.
      await f.page.keyboard.type('kana');
      await syntheticKeydown(f.page, { isComposing: true });
      await syntheticKeydown(f.page, { keyCode: 229 });
      await settle(f.page);
      assert.deepEqual(await f.sent(), ['日本']);
      assert.equal(await f.state(), 'kana');
      await f.done();
    });

    test('Enter in an empty composer sends nothing', async () => {
      const f = await open();
      await f.composer.click();
      await f.page.keyboard.press('Enter');
      await f.page.keyboard.type('   ');
      await f.page.keyboard.press('Enter');
      await settle(f.page);
      assert.deepEqual(await f.sent(), []);
      assert.equal(await f.page.locator('[data-testid="user-message"]').count(), 0);
      await f.done();
    });
  });
}

describe('the strict CSP is enforced (control)', () => {
  let f;
  before(async () => {
    f = await session(FIXTURES[0]);
  });
  after(() => f?.close());

  test('an inline script is refused and reported as a violation', async () => {
    await f.load();
    const result = await f.page.evaluate(async () => {
      window.__inlineRan = false;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const item = document.createElement('p');
      item.setAttribute('style', 'color: red');
      document.body.append(item);
      await new Promise((r) => setTimeout(r, 50));
      return { ran: window.__inlineRan, violations: window.__cspViolations.slice() };
    });
    assert.equal(result.ran, false, 'the inline script did not run');
    assert.ok(result.violations.some((v) => v.startsWith('script-src')), result.violations.join('; '));
    assert.ok(result.violations.some((v) => v.startsWith('style-src')), result.violations.join('; '));
    // Chromium also logs the refusals as console errors, which the other
    // tests collect: both of their "no violation" checks mean something.
    const deadline = Date.now() + 5000;
    while (!f.problems.some((p) => p.startsWith('console error') && p.includes('Content Security Policy'))) {
      assert.ok(Date.now() < deadline, `no CSP console error among: ${f.problems.join('; ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
});

// ---- the server itself, over plain HTTP -----------------------------------

/** A raw GET (the path is sent exactly as given, dots and all). */
function get(url, pathname, headers = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: pathname, headers, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('www/server.mjs', () => {
  let plain;
  let sandbox;
  let scratch;
  before(async () => {
    plain = await startServer();
    // A scratch root for MIME types and escapes: www/ and, beside it, a
    // secret that no request may reach.
    sandbox = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-server-test-'));
    const root = path.join(sandbox, 'www');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    writeFileSync(path.join(sandbox, 'secret.txt'), 'SECRET');
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>root</title>');
    writeFileSync(path.join(root, 'sub', 'index.html'), '<!doctype html><title>sub</title>');
    writeFileSync(path.join(root, 'engine.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    writeFileSync(path.join(root, 'app.js'), 'export {};');
    writeFileSync(path.join(root, 'mod.mjs'), 'export {};');
    writeFileSync(path.join(root, 'style.css'), 'p{}');
    symlinkSync(path.join(sandbox, 'secret.txt'), path.join(root, 'link.txt'));
    scratch = await startServer({ root });
  });
  after(async () => {
    await plain?.close();
    await scratch?.close();
    if (sandbox) rmSync(sandbox, { recursive: true, force: true });
  });

  test('serves the fixtures directly under /fixtures/', async () => {
    assert.match(plain.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const page of ['index', 'textarea', 'prosemirror', 'lexical', 'quill']) {
      const r = await get(plain.url, `/fixtures/${page}.html`);
      assert.equal(r.status, 200, page);
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(r.headers['content-security-policy'], CSP);
      assert.doesNotMatch(r.body, /<script(?![^>]*\bsrc=)[^>]*>/i, `${page}: no inline script`);
      assert.doesNotMatch(r.body, /\sstyle=/i, `${page}: no inline style`);
    }
    const js = await get(plain.url, '/fixtures/build/lexical.js');
    assert.equal(js.status, 200);
    assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(js.headers['content-security-policy'], undefined, 'the CSP header goes on HTML only');
  });

  test('picks the fixture by Host header for the app routes', async () => {
    const title = (body) => body.match(/<title>([^<]*)<\/title>/)[1];
    for (const [host, page] of Object.entries(HOST_PAGES)) {
      for (const route of ['/', '/new', '/chat/0c4d2f?model=x']) {
        const r = await get(plain.url, route, { Host: `${host}:443` });
        assert.equal(r.status, 200, `${host}${route}`);
        assert.equal(r.headers['content-security-policy'], CSP);
        const direct = await get(plain.url, page);
        assert.equal(title(r.body), title(direct.body), `${host}${route} → ${page}`);
      }
    }
    // Files stay files on every host.
    const quill = await get(plain.url, '/fixtures/quill.html', { Host: 'claude.ai' });
    assert.match(quill.body, /build\/quill\.js/);
    const css = await get(plain.url, '/fixtures/style.css', { Host: 'claude.ai' });
    assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
    // Other hosts: / is www/index.html (the playground), whose CSP also
    // allows WebAssembly; only the chat fixtures keep the strict one.
    const local = await get(plain.url, '/', { Host: 'localhost' });
    assert.equal(local.status, 200);
    assert.equal(local.headers['content-security-policy'], PLAYGROUND_CSP);
  });

  test('sends the right MIME types', async () => {
    const types = {
      '/engine.wasm': 'application/wasm',
      '/app.js': 'text/javascript; charset=utf-8',
      '/mod.mjs': 'text/javascript; charset=utf-8',
      '/style.css': 'text/css; charset=utf-8',
      '/': 'text/html; charset=utf-8',
      '/sub/': 'text/html; charset=utf-8',
    };
    for (const [p, type] of Object.entries(types)) {
      const r = await get(scratch.url, p);
      assert.equal(r.status, 200, p);
      assert.equal(r.headers['content-type'], type, p);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      // HTML outside /fixtures/ is served with the playground's CSP.
      assert.equal(r.headers['content-security-policy'], type.startsWith('text/html') ? PLAYGROUND_CSP : undefined, p);
    }
    const redirect = await get(scratch.url, '/sub');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/sub/');
  });

  test('never serves a file outside its root', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/sub/..%2f..%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..\\secret.txt',
      '/sub/%5c..%5c..%5csecret.txt',
      '/secret.txt%00.html',
      '/link.txt',
    ];
    for (const p of attempts) {
      const r = await get(scratch.url, p);
      assert.ok([400, 404].includes(r.status), `${p} → ${r.status}`);
      assert.ok(!r.body.includes('SECRET') && !r.body.includes('root:'), p);
    }
    const post = await new Promise((resolve, reject) => {
      const { hostname, port } = new URL(scratch.url);
      http.request({ hostname, port, path: '/', method: 'POST' }, (res) => resolve(res.statusCode)).on('error', reject).end();
    });
    assert.equal(post, 405);
  });
});
