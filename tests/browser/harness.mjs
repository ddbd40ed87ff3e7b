// The shared harness of the extension's browser tests: the HTTPS fixture
// server, Chromium (playwright-core) and Firefox ESR (selenium-webdriver +
// geckodriver) with the built extension loaded, the extension's settings,
// and one small driver per browser with the same methods, so that one test
// suite (editor-suite.mjs) runs in both.
//
// The fixture pages are served at the chat apps' real hostnames (Chromium:
// --host-resolver-rules; Firefox: network.dns.localDomains), so the
// extension's real content-script matches apply unchanged.
//
// The extension's panel lives in a closed shadow root; tests drive it the
// way a keyboard user does (Tab, Enter, Escape) and read it, in Chromium,
// through the accessibility tree. From the page one thing is visible: while
// the panel is open, document.activeElement is the extension's host element
// (div[data-promptwarden]), because the panel takes focus.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from '../../www/fixtures/build.mjs';
import { HOST_PAGES, startServer } from '../../www/server.mjs';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = path.join(REPO, 'dist');
export const CHROME_DIR = path.join(DIST, 'chrome');
export const FIREFOX_DIR = path.join(DIST, 'firefox');
export const FIREFOX_XPI = path.join(DIST, 'promptwarden-firefox.xpi');
/**
 * The same extension built with test hooks (node extension/build.mjs
 * --test-hooks), for the suites that force the engine's fallback paths;
 * every other suite drives the shipped build in dist/.
 */
export const TEST_DIST = path.join(REPO, 'dist-test');
const BUILDS = {
  shipped: { chrome: CHROME_DIR, xpi: FIREFOX_XPI },
  testHooks: { chrome: path.join(TEST_DIST, 'chrome'), xpi: path.join(TEST_DIST, 'promptwarden-firefox.xpi') },
};

/** Fixed by the manifest's `key`. */
export const CHROME_EXTENSION_ID = 'ibpdfnahcfommddfphhdppehnmobapbi';
export const GECKO_ID = 'promptwarden@promptwarden.dev';
/** Given to Firefox in extensions.webextensions.uuids, so the moz-extension:// origin is known. */
export const FIREFOX_UUID = '5f0e4a9c-7d3b-4c2e-9a61-2b8d0c7e1f34';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Synthetic, checksum-free values the engine must catch. Never print them. */
export const SECRETS = Object.freeze({
  aws: 'AKIAZ7VRSQ5TBLN2MXQE',
  privateKey: [
    '-----BEGIN RSA PRIVATE KEY-----',
    'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB',
    'aFDrBz9vFqU4yMI1N5Sh7v3kzY2+q5gQ3xwJt1r9kY0h8bL3ZQb2Yx6YtZ1bQ4n3',
    '-----END RSA PRIVATE KEY-----',
  ].join('\n'),
});

/** A distinctive 8-character slice of each secret (what a partial leak would contain). */
export const SECRET_SLICES = Object.freeze({
  aws: SECRETS.aws.slice(10, 18),
  privateKey: SECRETS.privateKey.split('\n')[1].slice(20, 28),
});

/**
 * The four fixture editors. `text` runs in the page and reads the editor's
 * own state (what the app would send), not the DOM. An editor with
 * `focus: 'script'` is focused by its page's `fixture.focus()` instead of
 * a click (a composer in a frame or a shadow root, which WebDriver's CSS
 * lookup does not reach).
 */
export const EDITORS = Object.freeze([
  {
    kind: 'textarea',
    host: 'chat.deepseek.com',
    text: () => window.editor.value,
  },
  {
    kind: 'prosemirror',
    host: 'claude.ai',
    text: () => window.editor.getText({ blockSeparator: '\n' }),
  },
  {
    kind: 'lexical',
    host: 'www.perplexity.ai',
    // Lexical's committed state: $getRoot().getTextContent() in a read.
    text: () => window.fixture.getText(),
  },
  {
    kind: 'quill',
    host: 'gemini.google.com',
    text: () => window.editor.getText().replace(/\n$/, ''),
  },
]);

/**
 * The panel's choices in Tab order, per panel mode: the override first
 * (quiet), the safe choice, the recommended one. Findings' controls and the
 * justification textarea come before them.
 */
export const PANEL_ORDER = Object.freeze({
  warn: ['send', 'edit', 'redact'],
  block: ['edit', 'redact'],
  paste: ['paste', 'cancel', 'paste-redacted'],
  'fail-closed': ['ok'],
  'file-warn': ['attach', 'remove', 'attach-redacted'],
  'file-block': ['remove', 'attach-redacted'],
});

/** The choice that has focus when a panel of each mode opens (the one that sends nothing). */
export const PANEL_SAFE = Object.freeze({ warn: 'edit', block: 'edit', paste: 'cancel', 'fail-closed': 'ok', 'file-warn': 'remove', 'file-block': 'remove' });

// ---- messages that never show a secret ------------------------------------

/**
 * Saves the README's screenshot `file` of `page` under docs/screenshots, only
 * when PW_SCREENSHOTS=1 (`make screenshots`): an ordinary test run must not
 * rewrite tracked files, which left every checkout dirty after `make test`.
 * @param {{ screenshot: (o: { path: string }) => Promise<unknown> }} page
 * @param {string} file
 */
export async function saveScreenshot(page, file) {
  if (process.env.PW_SCREENSHOTS !== '1') return;
  const dir = path.join(REPO, 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, file) });
}

/** `text` with every secret (and any 8-character piece of one) replaced by a name. */
export function mask(text) {
  let out = String(text);
  for (const [name, value] of Object.entries(SECRETS)) {
    out = out.split(value).join(`<${name}>`);
    for (let i = 0; i + 8 <= value.length; i++) {
      const piece = value.slice(i, i + 8);
      if (/^[A-Za-z0-9+/]{8}$/.test(piece) && out.includes(piece)) out = out.split(piece).join('••••••••');
    }
  }
  return out.replace(/AKIA[0-9A-Z]{4,}/g, 'AKIA…');
}

/** Asserts `actual === expected` with a message that shows both masked. */
export function sameText(actual, expected, what) {
  assert.ok(actual === expected, `${what}: got ${JSON.stringify(mask(actual))}, expected ${JSON.stringify(mask(expected))}`);
}

/** Asserts a list of sent messages, masked. */
export function sameList(actual, expected, what) {
  const show = (l) => JSON.stringify(l.map(mask));
  assert.ok(actual.length === expected.length && actual.every((v, i) => v === expected[i]), `${what}: got ${show(actual)}, expected ${show(expected)}`);
}

/**
 * Polls `check` until it returns a truthy value; fails with `what` (a string,
 * or a function giving one, called at the time of failure) after `timeout` ms.
 */
export async function until(check, what, { timeout = 10_000, interval = 25 } = {}) {
  const deadline = Date.now() + timeout;
  const describe = async () => mask(typeof what === 'function' ? await what().catch((e) => `(${e.message})`) : what);
  let last;
  for (;;) {
    try {
      last = await check();
    } catch (e) {
      last = undefined;
      if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms: ${await describe()} (${mask(e.message)})`);
    }
    if (last) return last;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms: ${await describe()}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- builds ----------------------------------------------------------------

/** Newest modification time under `dir` (files only). */
function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

let built = false;
/**
 * Builds the fixture pages and, when dist/ is older than extension/ or pkg/,
 * the extension (node extension/build.mjs). A lock directory keeps two test
 * files from building at once.
 */
export async function ensureBuilt() {
  if (built) return;
  if (!existsSync(path.join(REPO, 'pkg', 'promptwarden_bg.wasm'))) {
    throw new Error('pkg/ is empty: build the engine first with `make wasm`');
  }
  await buildFixtures({ quiet: true });
  const lock = path.join(os.tmpdir(), 'promptwarden-extension-build.lock');
  await until(() => {
    try {
      mkdirSync(lock);
      return true;
    } catch {
      // A lock older than a minute belongs to a process that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {}
      return false;
    }
  }, 'the extension build lock', { timeout: 90_000, interval: 100 });
  try {
    const stamp = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);
    const inputs = Math.max(newest(path.join(REPO, 'extension')), newest(path.join(REPO, 'pkg')));
    /** @type {[string, string[]][]} the shipped build, and the one with test hooks */
    const builds = [[DIST, []], [TEST_DIST, ['--test-hooks']]];
    for (const [dist, flags] of builds) {
      const outputs = Math.min(...['chrome/manifest.json', 'firefox/manifest.json', 'promptwarden-firefox.xpi'].map((f) => stamp(path.join(dist, f))));
      if (outputs <= inputs) {
        execFileSync(process.execPath, [path.join(REPO, 'extension', 'build.mjs'), ...flags], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
      }
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  built = true;
}

// ---- what each browser needs -----------------------------------------------

export const INSTALL = Object.freeze({
  chromium: `Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
  firefox: `Firefox ESR is missing at ${FIREFOX}: install it with \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH)`,
  geckodriver: 'geckodriver is missing (not on PATH nor in ~/.cargo/bin): install it with `cargo install geckodriver` (or set GECKODRIVER_PATH)',
});

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Where geckodriver is, or null. */
export function findGeckodriver() {
  if (process.env.GECKODRIVER_PATH) return executable(process.env.GECKODRIVER_PATH) ? process.env.GECKODRIVER_PATH : null;
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), path.join(os.homedir(), '.cargo', 'bin')];
  for (const dir of dirs) {
    if (dir && executable(path.join(dir, 'geckodriver'))) return path.join(dir, 'geckodriver');
  }
  return null;
}

// ---- code that runs in the fixture page -------------------------------------

/**
 * Installed in the page after each load (so its listeners run after the
 * extension's, which are registered at document_start): records Enter
 * keydowns (timeStamp: when the browser created the event; at: when the
 * page saw it), re-sends (untrusted Enter, scripted click on the send
 * button) and the time of each send, for the "clean prompts are not held
 * back" measurement.
 */
function installProbe() {
  if (window.__pw) return;
  const pw = { enters: [], sends: [], resends: [], inKeydown: false };
  window.__pw = pw;
  window.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    pw.enters.push({ t: e.timeStamp, at: performance.now(), trusted: e.isTrusted, composing: e.isComposing, keyCode: e.keyCode });
    if (!e.isTrusted) pw.resends.push('synthetic Enter');
    // Until the next task: a send in this window happened inside the
    // user's keydown, not after the extension held it back.
    pw.inKeydown = true;
    setTimeout(() => (pw.inKeydown = false), 0);
  }, true);
  window.addEventListener('click', (e) => {
    if (!e.isTrusted && e.target instanceof Element && e.target.closest('[data-testid="send-button"]')) pw.resends.push('scripted click on the send button');
  }, true);
  // The moment the app hands the text over (window.sent.push in the
  // fixture's deliver), before it renders the message bubbles.
  const push = window.sent.push;
  window.sent.push = function (...items) {
    pw.sends.push({ at: performance.now(), inKeydown: pw.inKeydown });
    return push.apply(this, items);
  };
}

/** Whether the extension's panel has focus (it takes focus when it opens). */
const panelHasFocus = () => !!document.activeElement && document.activeElement.hasAttribute('data-promptwarden');

// ---- settings -----------------------------------------------------------------

/** What to write to chrome.storage.local for `options` and `hooks` (hooks act only in the test-hooks build). */
function settingsRecord(options, hooks) {
  return { userOptions: options, testHooks: hooks };
}

/** Runs in an extension page: the background's settings and its reply to a content script's hello. */
async function settingsFromExtensionPage(site) {
  const ext = globalThis.browser ?? globalThis.chrome;
  const [settings, hello] = await Promise.all([ext.runtime.sendMessage({ type: 'pw:settings' }), ext.runtime.sendMessage({ type: 'pw:hello', site })]);
  return { user: settings?.settings?.user, testHooks: hello?.testHooks };
}

/** JSON with object keys sorted, to compare documents. */
const canon = (v) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

/** Whether the background has rebuilt from `record` (hooks only where the build reads them). */
function applied(reply, record, hooksRead) {
  if (!reply || canon(reply.user ?? {}) !== canon(record.userOptions)) return false;
  return !hooksRead || canon(reply.testHooks ?? {}) === canon(record.testHooks);
}

/** Runs in an extension context: writes the settings record (after removing the old one when `fresh`). */
async function writeSettings({ record, fresh }) {
  const storage = (globalThis.browser ?? globalThis.chrome).storage.local;
  if (fresh) await storage.remove(Object.keys(record));
  await storage.set(record);
}

/** Runs in an extension page: the pw:status reply of every tab that has our content script. */
async function statusOfTabs() {
  const ext = globalThis.browser ?? globalThis.chrome;
  const tabs = await ext.tabs.query({});
  const out = [];
  for (const tab of tabs) {
    try {
      const s = await ext.tabs.sendMessage(tab.id, { type: 'pw:status' });
      if (s) out.push(s);
    } catch {
      // no content script in this tab
    }
  }
  return out;
}

/** Runs in an extension page: everything in storage.local, .session and .sync, as JSON. */
async function dumpStorage() {
  const ext = globalThis.browser ?? globalThis.chrome;
  const out = {};
  for (const area of ['local', 'session', 'sync']) {
    try {
      out[area] = await ext.storage[area].get(null);
    } catch (e) {
      out[area] = { error: String(e?.message ?? e) };
    }
  }
  return JSON.stringify(out);
}

/**
 * Checks a storage dump for every secret and its slice. Returns the names
 * of what was found (never the values).
 */
export function secretsIn(dump) {
  const found = [];
  for (const [name, value] of Object.entries(SECRETS)) {
    const json = JSON.stringify(value).slice(1, -1); // as it appears inside JSON
    if (dump.includes(value) || dump.includes(json)) found.push(name);
    if (dump.includes(SECRET_SLICES[name])) found.push(`${name} (8-character slice)`);
  }
  return found;
}

// ---- Chromium ------------------------------------------------------------------

/**
 * Chromium with the unpacked extension, one control page (the options page,
 * where the test reads the background's replies) and helpers. Every request
 * any part of the browser makes is recorded in `requests` (Playwright's
 * context events cover pages and service workers from the first moment).
 *
 * `injectSettings: false` leaves chrome.storage.local alone at start (no
 * empty user options written and waited for), so that the effective
 * settings are what a managed policy makes them (managed.test.mjs).
 * `extraHosts`: more host names to resolve to this machine (the port
 * stays the URL's), such as the audit collector's. `profile`: a profile
 * directory to use and keep (a browser restarted on the same profile);
 * by default a fresh one, removed on close.
 */
export async function launchChromium({ injectSettings = true, testHooks = false, extraHosts = [], profile: kept = null, lang = null } = {}) {
  const dir = BUILDS[testHooks ? 'testHooks' : 'shipped'].chrome;
  assert.ok(existsSync(CHROMIUM), INSTALL.chromium);
  await ensureBuilt();
  const { chromium } = await import('playwright-core');
  const server = await startServer({ https: true });
  const rules = [...Object.keys(HOST_PAGES).map((h) => `MAP ${h} 127.0.0.1:${server.port}`), ...extraHosts.map((h) => `MAP ${h} 127.0.0.1`)].join(', ');
  const profile = kept ?? mkdtempSync(path.join(os.tmpdir(), 'promptwarden-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreHTTPSErrors: true,
      // Only for reading back what the harness copied (see copy()).
      permissions: ['clipboard-read', 'clipboard-write'],
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1200, height: 800 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        `--host-resolver-rules=${rules}`,
        '--ignore-certificate-errors',
        // For the independent CDP network monitor (netmon.mjs).
        '--remote-debugging-port=0',
        // The browser's UI language, which the extension's strings follow.
        ...(lang ? [`--lang=${lang}`] : []),
      ],
      ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang } } : {}),
    });
    return await chromiumSession(context, server, profile, { injectSettings, testHooks, keepProfile: !!kept });
  } catch (e) {
    await context?.close().catch(() => {});
    await server.close();
    if (!kept) rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Stops the extension's service worker, as Chromium does when it has been
 * idle, over the CDP `session` of any page (ServiceWorker.stopAllWorkers),
 * and waits until CDP reports it stopped. Ports to it disconnect; the next
 * event (a message, a connect) starts it again from scratch.
 */
export async function stopServiceWorker(session) {
  const versions = new Map();
  // A version seen stopped counts even if something woke it since (a test
  // may race a message against the stop).
  const stopped = new Set();
  const onUpdate = ({ versions: vs }) => {
    for (const v of vs) {
      versions.set(v.versionId, v);
      if (v.runningStatus === 'stopped') stopped.add(v.versionId);
    }
  };
  session.on('ServiceWorker.workerVersionUpdated', onUpdate);
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    const ours = () => [...versions.values()].filter((v) => v.scriptURL.startsWith(`chrome-extension://${CHROME_EXTENSION_ID}/`));
    await until(() => ours().length > 0 && ours().every((v) => stopped.has(v.versionId)), async () => `the service worker to stop (${JSON.stringify(ours().map((v) => v.runningStatus))})`, { timeout: 5000 });
  } finally {
    session.off('ServiceWorker.workerVersionUpdated', onUpdate);
    await session.send('ServiceWorker.disable');
  }
}

async function chromiumSession(context, server, profile, { injectSettings, testHooks, keepProfile }) {
  /** @type {{ url: string, from: string }[]} */
  const requests = [];
  context.on('request', (r) => {
    const sw = r.serviceWorker();
    let from;
    if (sw) from = `service worker ${sw.url()}`;
    else {
      // A navigation is attributed to the document it leaves; name it as such.
      let page = '?';
      try {
        page = r.frame().page()?.url() ?? '?';
      } catch {}
      from = `${r.isNavigationRequest() ? 'navigation from' : 'page'} ${page}`;
    }
    requests.push({ url: r.url(), from });
  });
  const origin = `chrome-extension://${CHROME_EXTENSION_ID}/`;
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith(origin)) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin), timeout: 10_000 }));
  await worker();
  const control = await context.newPage();
  await control.goto(`${origin}options/options.html`);
  let cdp = null;

  const b = {
    name: 'chromium',
    /** Whether this is the test-hooks build. */
    testHooks,
    context,
    server,
    profile,
    requests,
    control,
    worker,
    origin,
    /** Runs `fn(arg)` in the extension's options page. */
    extEval: (fn, arg) => control.evaluate(fn, arg),
    /** Runs `fn(arg)` in the extension's service worker. */
    swEval: async (fn, arg) => (await worker()).evaluate(fn, arg),
    current: null,
    /**
     * Stores the user's options (and test hooks) from the service worker
     * and waits until the background has rebuilt with them.
     */
    async setOptions(options = {}, hooks = {}) {
      const key = JSON.stringify([options, hooks]);
      if (b.current === key) return;
      await applySettings(b, options, hooks, (record, how) => b.swEval(writeSettings, { record, ...how }));
      b.current = key;
    },
    status: () => b.extEval(statusOfTabs),
    storageDump: async () => (await worker()).evaluate(dumpStorage),
    /** Stops the service worker (see stopServiceWorker); the next message or connect restarts it. */
    async stopWorker() {
      cdp ??= await context.newCDPSession(control);
      await stopServiceWorker(cdp);
    },
    /** Whether the service worker is running now (CDP reports every version's status on ServiceWorker.enable). */
    async workerRunning() {
      cdp ??= await context.newCDPSession(control);
      const status = new Map();
      const onUpdate = ({ versions }) => {
        for (const v of versions) if (v.scriptURL.startsWith(origin)) status.set(v.versionId, v.runningStatus);
      };
      cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
      try {
        await cdp.send('ServiceWorker.enable');
        await sleep(50);
      } finally {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        await cdp.send('ServiceWorker.disable');
      }
      return [...status.values()].includes('running');
    },
    page: null,
    /**
     * Opens (or reloads) the fixture for `editor` in the one test page (at
     * `path` when given); `unprotected`: the extension is off there (waits
     * until the content script knows); `bare`: no content script is
     * expected, and `settled: false`: do not wait for its settings (both
     * wait for nothing).
     */
    async open(editor, { unprotected = false, bare = false, settled = true, path = null } = {}) {
      if (!b.page || b.page.isClosed()) {
        b.page = await context.newPage();
        b.page.setDefaultTimeout(10_000);
      }
      const page = b.page;
      await page.goto(path ? `https://${editor.host}${path}` : `https://${editor.host}/${editor.query ?? ''}`);
      await page.waitForFunction(() => window.fixture?.ready === true);
      await page.bringToFront();
      const tab = chromiumTab(b, page, editor);
      await tab.eval(installProbe);
      if (bare || !settled) {
        // nothing to wait for
      } else if (unprotected) await tab.waitUnprotected();
      else await tab.waitProtected();
      await tab.focusComposer();
      return tab;
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
  if (injectSettings) {
    await applySettings(b, {}, {}, (record, how) => b.swEval(writeSettings, { record, ...how }));
    b.current = JSON.stringify([{}, {}]);
  }
  return b;
}

/**
 * Writes the settings and waits for the background to answer with them;
 * writes again if a rebuild was lost (seen when a write lands while the
 * background is still starting: the change is folded into nothing), first
 * removing the old values so that the write is a change.
 */
async function applySettings(b, options, hooks, write) {
  const record = settingsRecord(options, hooks);
  for (let attempt = 1; ; attempt++) {
    await write(record, { fresh: attempt > 1 });
    try {
      await until(async () => applied(await b.extEval(settingsFromExtensionPage, 'settings.check/'), record, b.testHooks), 'the background to rebuild with the new settings', { timeout: 8000, interval: 50 });
      return;
    } catch (e) {
      b.settingsRetries = (b.settingsRetries ?? 0) + 1;
      if (attempt >= 3) throw e;
    }
  }
}

/** The per-page helpers in Chromium. */
function chromiumTab(b, page, editor) {
  const composer = page.locator('[data-testid="composer"]');
  let cdp = null;
  const t = {
    browser: b,
    editor,
    page,
    eval: (fn, arg) => page.evaluate(fn, arg),
    state: () => page.evaluate(editor.text),
    sent: () => page.evaluate(() => window.sent.slice()),
    type: (text) => page.keyboard.type(text),
    /** 'Enter', 'Shift+Enter', 'Tab', 'Escape', 'Space', 'Control+End', … */
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    /** Presses several keys in order. */
    async pressSeq(keys) {
      for (const key of keys) await page.keyboard.press(key === 'Space' ? ' ' : key);
    },
    panelOpen: () => page.evaluate(panelHasFocus),
    async focusComposer() {
      if (editor.focus === 'script') await page.evaluate(() => window.fixture.focus());
      else await composer.click();
      await page.keyboard.press('Control+End');
    },
    /** A trusted click on the fixture's send button. */
    clickSend: () => page.locator('[data-testid="send-button"]').click(),
    /** A trusted click on the element `selector` names (the centre of its box). */
    click: (selector) => page.locator(selector).click(),
    composerFocused: () => page.evaluate(() => document.activeElement === document.querySelector('[data-testid="composer"]')),
    /**
     * Puts `text` on the clipboard the way a user would: a scratch textarea
     * of our own, select all, Ctrl+C; then the caret back in the composer.
     */
    async copy(text) {
      // The copy is checked by reading the clipboard back (in the page,
      // never printed), and tried again: a Ctrl+C that does not take
      // leaves the previous clipboard, whose paste then shows no panel,
      // and the test would blame the extension for the harness.
      await page.bringToFront();
      for (let attempt = 1; ; attempt++) {
        await page.evaluate((value) => {
          const scratch = document.createElement('textarea');
          scratch.id = 'pw-scratch';
          scratch.value = value;
          document.body.append(scratch);
          scratch.focus();
          scratch.select();
        }, text);
        await page.keyboard.press('Control+C');
        await page.evaluate(() => document.getElementById('pw-scratch').remove());
        const held = await page.evaluate((value) => navigator.clipboard.readText().then((t) => t === value, () => null), text);
        if (held !== false) break; // true, or null where reading back is refused
        if (attempt === 3) throw new Error('the clipboard did not take the text after three Ctrl+C');
      }
      await t.focusComposer();
    },
    paste: () => page.keyboard.press('Control+V'),
    /** Sets the size of the page's viewport (CSS pixels). */
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    /** A trusted click at a point of the viewport. */
    clickAt: (x, y) => page.mouse.click(x, y),
    async cdp() {
      cdp ??= await b.context.newCDPSession(page);
      return cdp;
    },
    /**
     * The open panel as the accessibility tree shows it: the alertdialog's
     * name and description and the names of everything inside, or null.
     */
    async axPanel() {
      const session = await t.cdp();
      const { nodes } = await session.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const dialog = nodes.find((n) => !n.ignored && n.role?.value === 'alertdialog');
      if (!dialog) return null;
      const inside = [];
      const walk = (n, choices) => {
        for (const id of n.childIds ?? []) {
          const c = byId.get(id);
          if (!c) continue;
          // The choices are the buttons in the panel's group of actions
          // (the last group); findings have buttons of their own.
          const group = !c.ignored && c.role?.value === 'group';
          if (!c.ignored) {
            const flag = (name) => c.properties?.find((p) => p.name === name)?.value?.value === true;
            inside.push({ role: c.role?.value, name: c.name?.value ?? '', disabled: flag('disabled'), focused: flag('focused'), choice: choices });
          }
          walk(c, choices || group);
        }
      };
      walk(dialog, false);
      const prop = (name) => dialog.properties?.find((p) => p.name === name)?.value?.value;
      return {
        role: dialog.role.value,
        name: dialog.name?.value ?? '',
        description: dialog.description?.value ?? '',
        modal: prop('modal'),
        focused: prop('focused'),
        inside,
        text: inside.map((n) => n.name).join(' | '),
        buttons: inside.filter((n) => n.role === 'button' && n.choice).map((n) => n.name),
        focusedName: inside.find((n) => n.focused)?.name ?? null,
      };
    },
    ...commonTab(),
  };
  return bindCommon(t);
}

// ---- Firefox -------------------------------------------------------------------

/**
 * Firefox ESR with the packed extension installed as a temporary add-on,
 * a control tab on its options page (moz-extension://FIREFOX_UUID/…) and
 * one tab for the fixture pages. `injectSettings` and `extraHosts`: as for
 * launchChromium. `profile`: a profile directory Firefox uses in place and
 * keeps, with the extension installed in it for good (unsigned add-ons
 * are allowed in ESR with xpinstall.signatures.required off) rather than
 * as a temporary add-on, which Firefox removes when it quits; a relaunch
 * on the same directory finds it installed, with its storage.
 */
export async function launchFirefox({ injectSettings = true, testHooks = false, extraHosts = [], profile = null, lang = null } = {}) {
  assert.ok(existsSync(FIREFOX), INSTALL.firefox);
  const gecko = findGeckodriver();
  assert.ok(gecko, INSTALL.geckodriver);
  await ensureBuilt();
  const { Builder, Key } = await import('selenium-webdriver');
  const firefox = await import('selenium-webdriver/firefox.js');
  const server = await startServer({ https: true });
  const hosts = Object.keys(HOST_PAGES);
  const options = new firefox.Options()
    .setBinary(FIREFOX)
    .addArguments('-headless')
    .windowSize({ width: 1200, height: 800 })
    .setAcceptInsecureCerts(true)
    .setPreference('network.dns.localDomains', [...hosts, ...extraHosts].join(','))
    .setPreference('extensions.webextensions.uuids', JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }))
    // Quiet: no update checks, telemetry, or first-run pages.
    .setPreference('app.update.enabled', false)
    .setPreference('app.update.auto', false)
    .setPreference('datareporting.policy.dataSubmissionEnabled', false)
    .setPreference('datareporting.healthreport.uploadEnabled', false)
    .setPreference('toolkit.telemetry.enabled', false)
    .setPreference('browser.shell.checkDefaultBrowser', false)
    .setPreference('browser.startup.homepage_override.mstone', 'ignore')
    .setPreference('extensions.update.enabled', false)
    .setPreference('extensions.getAddons.cache.enabled', false)
    .setPreference('network.captive-portal-service.enabled', false)
    .setPreference('network.connectivity-service.enabled', false)
    .setPreference('browser.safebrowsing.update.enabled', false)
    .setPreference('browser.safebrowsing.downloads.remote.enabled', false);
  if (profile) options.addArguments('-profile', profile).setPreference('xpinstall.signatures.required', false);
  // The UI language the extension's strings follow.
  if (lang) options.setPreference('intl.locale.requested', lang).setPreference('intl.accept_languages', lang);
  let driver;
  try {
    driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(
      // Marionette refuses to navigate to moz-extension:// (not a "WebDriver
      // safe" scheme) unless geckodriver grants system access.
      new firefox.ServiceBuilder(gecko).addArguments('--allow-system-access'),
    ).build();
    return await firefoxSession(driver, Key, server, { injectSettings, testHooks, profile });
  } catch (e) {
    await driver?.quit().catch(() => {});
    await server.close();
    throw e;
  }
}

async function firefoxSession(driver, Key, server, { injectSettings, testHooks, profile }) {
  await driver.manage().setTimeouts({ script: 15_000, pageLoad: 20_000 });
  const xpi = BUILDS[testHooks ? 'testHooks' : 'shipped'].xpi;
  if (!profile) await driver.installAddon(xpi, true);
  else if (!existsSync(path.join(profile, 'extensions', `${GECKO_ID}.xpi`))) await driver.installAddon(xpi, false);
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  const pageHandle = await driver.getWindowHandle();
  await driver.switchTo().newWindow('tab');
  const controlHandle = await driver.getWindowHandle();
  await until(async () => {
    await driver.get(`${origin}options/options.html`);
    return driver.executeScript(() => typeof (globalThis.browser ?? globalThis.chrome)?.runtime?.sendMessage === 'function');
  }, `the options page at ${origin} with the WebExtension API (is the uuid pref applied?)`, { timeout: 10_000, interval: 200 });
  await driver.switchTo().window(pageHandle);
  let inControl = false;
  /** Runs `fn(arg)` (may return a promise) in the options page and switches back. */
  const extEval = async (fn, arg) => {
    await driver.switchTo().window(controlHandle);
    inControl = true;
    try {
      return await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve((${fn.toString()})(arguments[0])).then((v) => done({ ok: true, v }), (e) => done({ ok: false, e: String(e && e.message || e) }));`,
        arg ?? null,
      ).then((r) => {
        if (!r.ok) throw new Error(`in the options page: ${r.e}`);
        return r.v;
      });
    } finally {
      await driver.switchTo().window(pageHandle);
      inControl = false;
    }
  };

  /** Runs `body` (a function body that may await) in the parent process's chrome context and returns its value. */
  const chromeEval = async (body) => {
    await driver.setContext('chrome');
    try {
      return await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         (async () => { ${body} })().then((v) => done({ ok: true, v }), (e) => done({ ok: false, e: String(e && e.message || e) }));`,
      ).then((r) => {
        if (!r.ok) throw new Error(`in the chrome context: ${r.e}`);
        return r.v;
      });
    } finally {
      await driver.setContext('content');
    }
  };
  const extension = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension`;

  const b = {
    name: 'firefox',
    /** Whether this is the test-hooks build. */
    testHooks,
    driver,
    /** The event page's state as Firefox keeps it: 'starting', 'running', 'suspending' or 'stopped'. */
    backgroundState: () => chromeEval(`return ${extension}.backgroundState;`),
    /**
     * Suspends the event page as Firefox does once it has been idle for
     * extensions.background.idle.timeout (30 s): the same call, without
     * the wait. Ports to it disconnect; the next message or connect wakes it.
     */
    async stopBackground() {
      await chromeEval(`await ${extension}.terminateBackground({ disableResetIdleForTest: true });`);
      await until(async () => (await b.backgroundState()) === 'stopped', 'the event page to stop', { timeout: 5000 });
    },
    Key,
    server,
    origin,
    extEval,
    current: null,
    async setOptions(options = {}, hooks = {}) {
      const key = JSON.stringify([options, hooks]);
      if (b.current === key) return;
      await applySettings(b, options, hooks, (record, how) => extEval(writeSettings, { record, ...how }));
      b.current = key;
    },
    status: () => extEval(statusOfTabs),
    storageDump: () => extEval(dumpStorage),
    /** Opens `editor`'s fixture page; options as for Chromium's open(). */
    async open(editor, { unprotected = false, bare = false, settled = true, path = null } = {}) {
      assert.ok(!inControl);
      await driver.get(path ? `https://${editor.host}:${server.port}${path}` : `https://${editor.host}:${server.port}/${editor.query ?? ''}`);
      await until(() => driver.executeScript(() => window.fixture?.ready === true), `the ${editor.kind} fixture to load`);
      const tab = firefoxTab(b, editor);
      await tab.eval(installProbe);
      if (bare || !settled) {
        // nothing to wait for
      } else if (unprotected) await tab.waitUnprotected();
      else await tab.waitProtected();
      await tab.focusComposer();
      return tab;
    },
    async close() {
      await driver.quit().catch(() => {});
      await server.close();
    },
  };
  if (injectSettings) {
    await applySettings(b, {}, {}, (record, how) => extEval(writeSettings, { record, ...how }));
    b.current = JSON.stringify([{}, {}]);
  }
  return b;
}

/** WebDriver key for a Playwright-style key name. */
function webdriverKeys(Key, name) {
  const map = { Enter: Key.ENTER, Tab: Key.TAB, Escape: Key.ESCAPE, Space: ' ', End: Key.END, Home: Key.HOME, Backspace: Key.BACK_SPACE };
  const mods = { Shift: Key.SHIFT, Control: Key.CONTROL, Alt: Key.ALT, Meta: Key.META };
  const parts = name.split('+');
  const key = parts.pop();
  return { mods: parts.map((m) => mods[m]), key: map[key] ?? key.toLowerCase() };
}

/** The per-page helpers in Firefox (keyboard through the Actions API). */
function firefoxTab(b, editor) {
  const { driver, Key } = b;
  const exec = (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg ?? null);
  /** Presses keys (Playwright-style names) in order, in one WebDriver action chain. */
  const pressSeq = async (names) => {
    let a = driver.actions({ async: true });
    for (const name of names) {
      const { mods, key } = webdriverKeys(Key, name);
      for (const m of mods) a = a.keyDown(m);
      a = a.keyDown(key).keyUp(key);
      for (const m of [...mods].reverse()) a = a.keyUp(m);
    }
    await a.perform();
  };
  const press = (name) => pressSeq([name]);
  const t = {
    browser: b,
    editor,
    eval: exec,
    state: () => exec(editor.text),
    sent: () => exec(() => window.sent.slice()),
    type: (text) => driver.actions({ async: true }).sendKeys(text).perform(),
    press,
    pressSeq,
    panelOpen: () => exec(panelHasFocus),
    async focusComposer() {
      const { By } = await import('selenium-webdriver');
      if (editor.focus === 'script') await exec(() => window.fixture.focus());
      else await driver.findElement(By.css('[data-testid="composer"]')).click();
      await press('Control+End');
    },
    async clickSend() {
      const { By } = await import('selenium-webdriver');
      await driver.findElement(By.css('[data-testid="send-button"]')).click();
    },
    async click(selector) {
      const { By } = await import('selenium-webdriver');
      await driver.findElement(By.css(selector)).click();
    },
    composerFocused: () => exec(() => document.activeElement === document.querySelector('[data-testid="composer"]')),
    async copy(text) {
      await exec((value) => {
        const scratch = document.createElement('textarea');
        scratch.id = 'pw-scratch';
        scratch.value = value;
        document.body.append(scratch);
        scratch.focus();
        scratch.select();
      }, text);
      await press('Control+c');
      await exec(() => document.getElementById('pw-scratch').remove());
      await t.focusComposer();
    },
    paste: () => press('Control+v'),
    /** Sets the size of the page's viewport (CSS pixels): the window, corrected by what its frame takes. */
    async setViewport(width, height) {
      for (let i = 0; i < 3; i++) {
        const inner = await exec(() => ({ w: window.innerWidth, h: window.innerHeight }));
        if (inner.w === width && inner.h === height) return;
        const outer = await driver.manage().window().getRect();
        await driver.manage().window().setRect({ width: outer.width + width - inner.w, height: outer.height + height - inner.h });
      }
    },
    /** A trusted click at a point of the viewport. */
    clickAt: (x, y) => driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).click().perform(),
    axPanel: null,
    ...commonTab(),
  };
  return bindCommon(t);
}

// ---- helpers shared by both tabs ------------------------------------------------

function commonTab() {
  return {
    /** Waits until the content script has its settings (pw:status says protected). */
    async waitProtected() {
      const host = this.editor.host;
      const s = await until(async () => (await this.browser.status()).find((x) => x.site.replace(/:\d+$/, '') === host && x.protected), `the content script on ${host} to receive its settings`);
      this.engine = s.engine;
      return s;
    },
    /** Waits until the content script reports that it does not protect this site. */
    async waitUnprotected() {
      const host = this.editor.host;
      await until(async () => (await this.browser.status()).some((x) => x.site.replace(/:\d+$/, '') === host && x.state === 'off'), `the content script on ${host} to learn it is off here`);
    },
    /** Waits until the panel has focus. */
    async waitPanel(what = 'the panel to open', { timeout = 8000 } = {}) {
      await until(() => this.panelOpen(), what, { timeout });
    },
    /** Waits until `n` messages were sent; returns them. */
    async waitSent(n, what = `${n} message(s) to be sent`) {
      await until(async () => (await this.sent()).length >= n, what, { timeout: 8000 });
      return this.sent();
    },
    /** Lets the page run a while (for "nothing happened" checks): two frames and `ms`. */
    async idle(ms = 200) {
      await this.eval(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await sleep(ms);
    },
    /**
     * Moves focus to `choice` in a panel of `mode` with Tab or Shift+Tab,
     * then presses Enter. Focus starts on the safe choice; with
     * `justification`, in the reason field (just before the choices).
     */
    async choose(mode, choice, { justification = false } = {}) {
      const order = PANEL_ORDER[mode];
      const index = order.indexOf(choice);
      assert.ok(index >= 0, `${choice} is not a control of the ${mode} panel`);
      const moves = justification ? index + 1 : index - order.indexOf(PANEL_SAFE[mode]);
      await this.pressSeq([...Array(Math.abs(moves)).fill(moves < 0 ? 'Shift+Tab' : 'Tab'), 'Enter']);
    },
    /** From the safe choice of a warn or paste panel, Shift+Tab back to the reason field (past the override). */
    async focusReason(mode = 'warn') {
      const order = PANEL_ORDER[mode];
      await this.pressSeq(Array(order.indexOf(PANEL_SAFE[mode]) + 1).fill('Shift+Tab'));
    },
    /** Enter keydowns the page saw, and the times of the sends (see installProbe). */
    probe() {
      return this.eval(() => ({ enters: window.__pw.enters.slice(), sends: window.__pw.sends.slice(), resends: window.__pw.resends.slice() }));
    },
  };
}

function bindCommon(t) {
  for (const [k, v] of Object.entries(t)) if (typeof v === 'function') t[k] = v.bind(t);
  return t;
}
