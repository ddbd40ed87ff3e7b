// The extension in headless Firefox ESR (selenium-webdriver + geckodriver)
// on the four fixture chat pages: the same user-visible behaviour as in
// Chromium (editor-suite.mjs), the engine paths, and at the end no secret in
// browser.storage.
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
import { editorSuite, engineSuite } from './editor-suite.mjs';
import { EDITORS, FIREFOX_UUID, REPO, launchFirefox, secretsIn } from './harness.mjs';

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
engineSuite(browser, { failPanelTitle: messages.panelFailClosedTitle.message });

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
