// The extension in headless Firefox ESR (selenium-webdriver + geckodriver)
// on the four fixture chat pages: the same user-visible behaviour as in
// Chromium (editor-suite.mjs), the engine paths, huge pastes and many
// findings (huge-paste.mjs), the event page suspended mid-session, and at
// the end no secret in browser.storage.
//
//   node --test tests/browser/extension.firefox.test.mjs
//
// Needs /usr/bin/firefox-esr (FIREFOX_PATH) and geckodriver on PATH or in
// ~/.cargo/bin (GECKODRIVER_PATH); builds dist/ and the fixtures when stale.
//
// IME: WebDriver has no input-method API, so the composition comes from
// Gecko's own test IME, nsITextInputProcessor, run in the parent process
// (Marionette's chrome context, which geckodriver's --allow-system-access
// opens). It drives the same TextEventDispatcher a system IME does, so the
// page receives trusted composition events and a trusted Enter keydown with
// isComposing true.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AWS_PROMPT, checkPanel, editorSuite, engineSuite, noSecretIn } from './editor-suite.mjs';
import { EDITORS, FIREFOX_UUID, REPO, SECRETS, launchFirefox, sameList, secretsIn, until } from './harness.mjs';
import { LONG_TASK_BUDGET_MS, MB, assertPasteBudget, blockedStretches, copyBig, maxOf, manyFindingsSuite, measureRead, richPasteSuite, textareaLength, watchBlockedStretches } from './huge-paste.mjs';
import { sitesSuite } from './sites.mjs';

/** Composes 'にほん', presses Enter inside the composition, commits '日本'. */
async function ime() {
  const d = browser().driver;
  await d.setContext('chrome');
  try {
    await d.executeScript(`
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
      tip.setPendingCompositionString('にほん');
      tip.appendClauseToPendingComposition(3, tip.ATTR_RAW_CLAUSE);
      tip.setCaretInPendingComposition(3);
      tip.flushPendingComposition();
      tip.keydown(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13 }));
      tip.commitCompositionWith('日本');
      tip.keyup(new KeyboardEvent('keyup', { key: 'Enter', code: 'Enter', keyCode: 13 }));
    `);
  } finally {
    await d.setContext('content');
  }
}

const messages = JSON.parse(readFileSync(path.join(REPO, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));

let b;
let launchError;
before(async () => {
  try {
    b = await launchFirefox();
  } catch (e) {
    launchError = e;
  }
});
after(async () => {
  await b?.close();
});
/** The browser, or the reason there is none (every test then fails with it: a missing browser is a failure, not a skip). */
const browser = () => {
  if (launchError) throw launchError;
  return b;
};

describe('the add-on is installed', () => {
  test('Firefox ESR and geckodriver are installed and start with the add-on', () => {
    browser();
  });

  test('its options page answers at the fixed moz-extension:// origin and a fixture tab reports protection', async () => {
    const b = browser();
    assert.equal(b.origin, `moz-extension://${FIREFOX_UUID}/`);
    const t = await b.open(EDITORS[0]);
    // Firefox does not apply the page's CSP to the content script's
    // WebAssembly, so scans run in the page (synchronously).
    assert.equal(t.engine, 'page', 'Firefox: the engine runs in the page (pw:status)');
  });
});

editorSuite(browser, { ime });
sitesSuite(browser, 'Firefox ESR');
// The engine's fallback paths need the test-hooks build (dist-test/): the
// shipped build has no way to be told its engine is unavailable.
describe('engine fallback and fail modes (test-hooks build)', () => {
  let hooked;
  let hookedError;
  before(async () => {
    try {
      hooked = await launchFirefox({ testHooks: true });
    } catch (e) {
      hookedError = e;
    }
  });
  after(async () => {
    await hooked?.close();
  });
  engineSuite(
    () => {
      if (hookedError) throw hookedError;
      return hooked;
    },
    { failPanelTitle: messages.panelFailClosedTitle.message },
  );
});

const TEXTAREA = EDITORS.find((e) => e.kind === 'textarea');

// Texts over the in-page limit (SYNC_LIMIT, 256 KB) are scanned in the
// background even here, sent in parts: these are the Firefox runs of that
// path, which the editor suites (short prompts, in-page engine) never take.
describe('huge pastes (textarea fixture)', () => {
  const size = 10 * MB;
  /** What it costs the page to read the 10 MB clipboard into a script once (measured below, extension off for the site). */
  let readMs = null;

  test('baseline: reading a 10 MB paste into page script, with the extension off for the site', async (tc) => {
    const b = browser();
    await b.setOptions({ excludedSites: [TEXTAREA.host] });
    const t = await b.open(TEXTAREA, { unprotected: true });
    await copyBig(t, size, ` ${SECRETS.aws}`);
    await t.eval(measureRead);
    await t.paste();
    const read = await until(() => t.eval(() => window.__pwRead), "the page's paste listener to read the clipboard");
    assert.equal(read.length, size, 'the page read the whole 10 MB');
    readMs = read.ms;
    tc.diagnostic(`getData('text/plain') of 10 MB in a page paste listener: ${read.ms.toFixed(1)} ms`);
  });

  test('10 MB paste with a key at its very end: the paste panel, nothing inserted, the page never blocked beyond reading the text', async (tc) => {
    assert.ok(readMs !== null, 'the baseline ran');
    const b = browser();
    await b.setOptions({});
    const t = await b.open(TEXTAREA);
    await copyBig(t, size, ` ${SECRETS.aws}`);
    await t.eval(watchBlockedStretches, LONG_TASK_BUDGET_MS);
    const t0 = Date.now();
    await t.paste();
    await t.waitPanel('the paste panel for the 10 MB paste', { timeout: 20_000 });
    const ms = Date.now() - t0;
    await checkPanel(t, { buttons: ['Cancel', 'Paste anyway', 'Paste redacted'] });
    const stretches = await t.eval(blockedStretches);
    tc.diagnostic(`10 MB paste with a key at the end: panel after ${ms} ms; main thread blocked ${JSON.stringify(stretches)} (max ${maxOf(stretches)} ms); reading the clipboard alone: ${readMs.toFixed(1)} ms`);
    assert.equal(await textareaLength(t), 0, 'nothing was pasted while the panel is open');
    assertPasteBudget(stretches, readMs);
    await t.choose('paste', 'cancel');
    await t.idle();
    assert.equal(await textareaLength(t), 0, 'Cancel pasted nothing');
    sameList(await t.sent(), [], 'nothing sent');
  });
});

richPasteSuite(browser);
manyFindingsSuite(browser);

describe('the event page stopped mid-session (as Firefox suspends an idle one)', () => {
  test('after a stop, a 1 MB paste with a key at its end is held, "Paste redacted" puts it in without the key, and the send is checked', async () => {
    const b = browser();
    await b.setOptions({});
    const t = await b.open(TEXTAREA);
    await copyBig(t, MB, ` ${SECRETS.aws}`);
    await b.stopBackground();
    await t.paste();
    await t.waitPanel('the paste panel, from an event page woken by the paste', { timeout: 20_000 });
    assert.equal(await textareaLength(t), 0, 'nothing was pasted while the panel is open');
    await b.stopBackground();
    await t.choose('paste', 'paste-redacted');
    // The placeholder is two characters shorter than the key.
    await until(async () => (await textareaLength(t)) === MB - 2, 'the redacted 1 MB text in the composer', { timeout: 20_000 });
    const tail = await t.eval(() => window.editor.value.slice(-40));
    assert.ok(tail.endsWith(' [AWS_ACCESS_KEY_1]'), `the key's place holds its placeholder (the text ends ${JSON.stringify(tail.slice(-24))})`);
    noSecretIn(await t.eval(() => window.editor.value.slice(-4096)), 'the end of the composer');
    await b.stopBackground();
    await t.press('Enter');
    const sent = await t.waitSent(1, 'the redacted 1 MB prompt to be sent');
    assert.ok(sent[0].length === MB - 2 && sent[0].endsWith(' [AWS_ACCESS_KEY_1]'), `the whole redacted text was sent (${sent[0].length} characters)`);
    noSecretIn(sent[0].slice(-4096), 'the end of the sent prompt');
  });

  test('after a stop, "Send anyway" still reaches the audit log', async () => {
    const b = browser();
    await b.setOptions({});
    const t = await b.open(TEXTAREA);
    const overrides = async () => JSON.parse(await b.storageDump()).local.auditLog.filter((e) => e.outcome === 'overridden').length;
    const before = await overrides();
    await b.stopBackground();
    await t.type(AWS_PROMPT);
    await t.press('Enter');
    await t.waitPanel('the warn panel');
    await t.choose('warn', 'send');
    sameList(await t.waitSent(1), [AWS_PROMPT], 'sent as typed');
    await until(async () => (await overrides()) === before + 1, 'one more override in the audit log');
  });
});

describe('nothing stored (over every test above)', () => {
  test('browser.storage (local, session, sync) holds none of the secrets used', async (tc) => {
    const dump = await browser().storageDump();
    tc.diagnostic(`settings writes the background missed and the harness repeated: ${browser().settingsRetries ?? 0}`);
    const parsed = JSON.parse(dump);
    assert.ok(Array.isArray(parsed.local.auditLog) && parsed.local.auditLog.length > 10, 'the audit log has events');
    assert.ok(parsed.local.auditLog.some((e) => e.outcome === 'overridden'), 'an override was logged');
    assert.deepEqual(secretsIn(dump), [], 'secrets found in extension storage');
  });
});
