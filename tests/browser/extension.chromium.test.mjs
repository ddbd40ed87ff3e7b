// The extension in headless Chromium on the four fixture chat pages: warn,
// block and redact at send, paste, the send button, IME, the engine
// fallback and fail modes, and at the end, over everything this file ran:
// no request from any extension context went anywhere but
// chrome-extension://, every page request went to the fixture host, and no
// secret is in chrome.storage.
//
//   node --test tests/browser/extension.chromium.test.mjs
//
// Needs /usr/bin/chromium (CHROMIUM_PATH overrides); builds dist/ and the
// fixture pages when they are stale.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AWS_PROMPT, editorSuite, engineSuite } from './editor-suite.mjs';
import { CHROME_EXTENSION_ID, EDITORS, REPO, SECRETS, launchChromium, mask, sameList, saveScreenshot, secretsIn, until } from './harness.mjs';
import { startNetmon } from './netmon.mjs';
import { sitesSuite } from './sites.mjs';
import { HOST_PAGES } from '../../www/server.mjs';

const messages = JSON.parse(readFileSync(path.join(REPO, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));

let b;
let netmon;
let launchError;
before(async () => {
  try {
    b = await launchChromium();
    netmon = await startNetmon(b.profile);
  } catch (e) {
    launchError = e;
  }
});
after(async () => {
  await netmon?.close();
  await b?.close();
});
/** The browser, or the reason there is none (every test then fails with it: a missing browser is a failure, not a skip). */
const browser = () => {
  if (launchError) throw launchError;
  return b;
};

/**
 * A real composition through Chromium's IME path (as fixtures.test.mjs
 * does): the Enter pressed while composing arrives as a trusted keydown
 * with keyCode 229; then the composition is committed.
 */
async function ime(t) {
  const cdp = await t.cdp();
  await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text: '日本' });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
}

describe('the extension is loaded', () => {
  test('Chromium is installed and starts with the extension', () => {
    browser();
  });

  test('its service worker runs at the fixed id and a fixture tab reports protection', async () => {
    const b = browser();
    const sw = await b.worker();
    assert.equal(new URL(sw.url()).host, CHROME_EXTENSION_ID);
    const t = await b.open(EDITORS[0]);
    // Under the fixture's CSP (script-src 'self', no 'wasm-unsafe-eval')
    // Chromium keeps WebAssembly out of the content script, so scans run
    // in the service worker.
    assert.equal(t.engine, 'background', 'Chromium: the engine runs in the extension (pw:status)');
  });
});

editorSuite(browser, { ime });
sitesSuite(browser, 'Chromium');
// The engine's fallback paths need the test-hooks build (dist-test/): the
// shipped build has no way to be told its engine is unavailable.
describe('engine fallback and fail modes (test-hooks build)', () => {
  let hooked;
  let hookedError;
  before(async () => {
    try {
      hooked = await launchChromium({ testHooks: true });
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

describe('accessibility of the warn panel (Chromium accessibility tree)', () => {
  test('alertdialog, named by its heading, described, modal, focused, with masked previews', async () => {
    const b = browser();
    await b.setOptions({});
    const t = await b.open(EDITORS[1]);
    await t.type(AWS_PROMPT);
    await t.press('Enter');
    await t.waitPanel();
    const p = await t.axPanel();
    assert.ok(p, 'an alertdialog is in the accessibility tree');
    assert.equal(p.role, 'alertdialog');
    assert.equal(p.name, messages.panelWarnTitle.message);
    assert.equal(p.description, messages.panelWarnText.message);
    assert.equal(p.modal, true);
    assert.equal(p.focusedName, messages.buttonEdit.message, 'the safe choice has focus, not "Send anyway"');
    assert.ok(p.inside.some((n) => n.role === 'list' && n.name === messages.panelFindingsLabel.message), `a labelled list of findings: ${mask(p.text)}`);
    assert.ok(p.text.includes('AWS access key ID'), mask(p.text));
    assert.ok(p.text.includes('Masked: AKIA hidden'), `the masked preview is read as words: ${mask(p.text)}`);
    assert.ok(!p.text.includes(SECRETS.aws.slice(4)), 'no unmasked part of the key in the panel');
    // The README's screenshot of the warning panel on a chat page.
    await saveScreenshot(browser().page, 'warning-panel.png');
    await t.press('Escape');
    assert.equal(await t.axPanel(), null);
    assert.equal(await t.composerFocused(), true);
  });
});

describe('the service worker stopped mid-session (as Chromium stops an idle one)', () => {
  const CLEAN = 'summarise the release notes in three bullet points';

  /** Empties the composer (select all, delete) and lets the pre-scan timer pass. */
  async function clear(t) {
    await t.press('Control+A');
    await t.press('Backspace');
    await t.idle(300);
  }

  test('after a stop, a prompt with a secret is still held and a clean one still goes', async () => {
    const b = browser();
    await b.setOptions({});
    const t = await b.open(EDITORS[0]);
    assert.equal(t.engine, 'background');
    await b.stopWorker();
    await t.type(AWS_PROMPT);
    await t.press('Enter');
    await t.waitPanel('the warn panel, from a worker woken by the send');
    await t.idle();
    sameList(await t.sent(), [], 'nothing sent while the panel is up');
    await t.choose('warn', 'edit');
    await clear(t);
    await b.stopWorker();
    await t.type(CLEAN);
    await t.press('Enter');
    sameList(await t.waitSent(1), [CLEAN], 'the clean prompt is sent');
  });

  test('focusing the composer starts a stopped worker, so that the first send does not wait for its cold start', async () => {
    const b = browser();
    await b.setOptions({});
    const t = await b.open(EDITORS[0]);
    // The user leaves the composer. Work in flight at a stop (a request
    // the page had sent, which goes again on a new port; an event the
    // worker had queued) rightly starts the worker once more, and its
    // start-up takes longer as the catalog grows: so the stop is repeated
    // until the worker stays stopped for 300 ms. Something that woke it
    // again and again would still fail here.
    await t.eval(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
    await t.idle(1000);
    let quiet = false;
    for (let i = 0; i < 5 && !quiet; i++) {
      await b.stopWorker();
      await t.idle(300);
      quiet = !(await b.workerRunning());
    }
    assert.ok(quiet, 'nothing keeps waking the worker while the user does nothing');
    await t.focusComposer();
    await until(() => b.workerRunning(), 'the worker to start when the composer takes focus', { timeout: 5000 });
  });

  test('stopped while the send is being checked: the secret is still held, a clean prompt still goes', async () => {
    const b = browser();
    await b.setOptions({});
    const t = await b.open(EDITORS[1]);
    assert.equal(t.engine, 'background');
    // Enter at once after typing (before the pre-scan), with the stop
    // racing it: the request is sent on a port whose worker is going away.
    await t.type(AWS_PROMPT);
    await Promise.all([b.stopWorker(), t.press('Enter')]);
    await t.waitPanel('the warn panel after the worker was stopped under the check');
    sameList(await t.sent(), [], 'nothing sent while the panel is up');
    await t.choose('warn', 'edit');
    await clear(t);
    await t.type(CLEAN);
    await Promise.all([b.stopWorker(), t.press('Enter')]);
    sameList(await t.waitSent(1), [CLEAN], 'the clean prompt is sent');
    assert.equal(await t.panelOpen(), false, 'no panel for the clean prompt');
    // Wake the worker for the tests below, which talk to it directly.
    await b.extEval(() => chrome.runtime.sendMessage({ type: 'pw:settings' }));
    await b.worker();
  });
});

describe('nothing leaves (over every test above)', () => {
  const fixtureHosts = new Set(Object.keys(HOST_PAGES));
  const extOrigin = `chrome-extension://${CHROME_EXTENSION_ID}/`;

  test('the monitors work: a service-worker fetch is seen by both', async () => {
    const b = browser();
    const before = netmon.requests.length;
    await b.swEval(() => fetch(chrome.runtime.getURL('manifest.json')).then((r) => r.status));
    const url = `${extOrigin}manifest.json`;
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(netmon.requests.slice(before).some((r) => r.url === url && r.targetType === 'service_worker'), 'the CDP monitor saw the service worker fetch');
    assert.ok(b.requests.some((r) => r.url === url && r.from.startsWith('service worker')), "Playwright's context saw it too");
    assert.ok(netmon.targets.size > 0);
  });

  test('no request from an extension context went anywhere but chrome-extension://', () => {
    const b = browser();
    const fromExtension = [
      ...netmon.requests.filter((r) => r.targetUrl.startsWith('chrome-extension://')).map((r) => `${r.targetType} ${r.targetUrl} → ${r.url}`),
      ...b.requests.filter((r) => r.from.startsWith('service worker') || r.from.includes('chrome-extension://')).map((r) => `${r.from} → ${r.url}`),
    ];
    assert.ok(fromExtension.length > 0, 'extension requests were recorded');
    const bad = fromExtension.filter((line) => !line.split(' → ')[1].startsWith(extOrigin));
    assert.deepEqual(bad.map(mask), [], 'extension requests outside the extension');
  });

  test('every page request went to the fixture host (or to the extension package)', () => {
    const b = browser();
    // Subresources: to the page's own host. Navigations (the tests' own
    // page loads): to one of the fixture hosts.
    const pageRequests = [
      ...b.requests.filter((r) => r.from.startsWith('page https://')).map((r) => ({ ...r, page: r.from.slice(5) })),
      ...b.requests.filter((r) => r.from.startsWith('navigation from ')).map((r) => ({ ...r, page: null })),
      ...netmon.requests
        .filter((r) => r.targetType === 'page' && !r.targetUrl.startsWith('chrome-extension://'))
        // (the target's URL may lag behind a navigation: host membership only)
        .map((r) => ({ url: r.url, from: `page ${r.targetUrl}`, page: null })),
    ];
    assert.ok(pageRequests.length > 0, 'page requests were recorded');
    const bad = pageRequests.filter((r) => {
      if (r.url.startsWith(extOrigin)) return false; // the content script's own package files
      const u = new URL(r.url);
      if (u.protocol !== 'https:' || !fixtureHosts.has(u.hostname)) return true;
      return r.page !== null && new URL(r.page).hostname !== u.hostname;
    });
    assert.deepEqual(bad.map((r) => mask(`${r.from} → ${r.url}`)), [], 'page requests that left the fixture host');
  });

  test('chrome.storage (local, session, sync) holds none of the secrets used', async (tc) => {
    const dump = await browser().storageDump();
    tc.diagnostic(`settings writes the background missed and the harness repeated: ${browser().settingsRetries ?? 0}`);
    const parsed = JSON.parse(dump);
    // Not vacuous: the audit log recorded what the tests did.
    assert.ok(Array.isArray(parsed.local.auditLog) && parsed.local.auditLog.length > 10, 'the audit log has events');
    assert.ok(parsed.local.auditLog.some((e) => e.outcome === 'overridden'), 'an override was logged');
    assert.deepEqual(secretsIn(dump), [], 'secrets found in extension storage');
  });
});
