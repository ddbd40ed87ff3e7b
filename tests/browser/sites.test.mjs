// Sites by policy, live: an organisation names a site that is no known
// chat app (assistant.acme.example: a form with a textarea and a submit
// button), and the shipped extension protects it in both browsers with no
// rebuild, the policy delivered for real (policy-files.mjs). Removing the
// entry stops protection after the refresh (Chromium re-reads its policy
// files while it runs; Firefox reads policies.json at startup, so it is
// restarted). By default no content script runs on a site no list names;
// `protectAllSites` covers every https page.
//
//   flock /tmp/pw-browser.lock node --test --test-concurrency=1 tests/browser/sites.test.mjs
//
// Runs as root, as managed.test.mjs does.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { noSecretIn } from './editor-suite.mjs';
import { FIREFOX, INSTALL, SECRETS, ensureBuilt, findGeckodriver, launchFirefox, sameList, sameText, until } from './harness.mjs';
import { CHROMIUM_POLICY, FIREFOX_POLICY, chromiumPolicy, chromiumUnderPolicy, firefoxPolicy, placeFile } from './policy-files.mjs';
import { existsSync, writeFileSync } from 'node:fs';

/** The organisation's own assistant (www/fixtures/form.html), and a site nobody lists. */
const ACME = Object.freeze({ kind: 'form', host: 'assistant.acme.example', text: () => window.editor.value });
const WIKI = Object.freeze({ kind: 'form', host: 'wiki.example.net', text: () => window.editor.value });
/** The same site with its composer where only generic detection finds it (www/fixtures/src/form.js, ?composer=). */
const GENERIC = ['textbox', 'shadow', 'frame'].map((variant) =>
  Object.freeze({ kind: 'form', host: ACME.host, query: `?composer=${variant}`, variant, focus: 'script', text: () => window.fixture.getText() }),
);

const SECRET_PROMPT = `deploy with ${SECRETS.aws} today`;
const CLEAN = 'summarise the release notes for the team';
const CLEAN_2 = 'and list the open questions';

/** Runs in an extension context: our registered content scripts, as the browser reports them. */
async function registered() {
  const ext = globalThis.browser ?? globalThis.chrome;
  return (await ext.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches }));
}

/** Runs in an extension page: the background's answer for a page (host + path). */
async function hello(site) {
  const ext = globalThis.browser ?? globalThis.chrome;
  return ext.runtime.sendMessage({ type: 'pw:hello', site });
}

/** Runs in an extension page: whether the extension holds access to every site. */
async function allSitesGranted() {
  const ext = globalThis.browser ?? globalThis.chrome;
  return ext.permissions.contains({ origins: ['*://*/*'] });
}

/** The content script's status in the tab on `host`, or undefined when none runs there. */
async function statusOn(b, host) {
  return (await b.status()).find((s) => s.site.replace(/:\d+$/, '') === host);
}

/**
 * Opens `editor`'s page where no content script is expected, and proves it:
 * the page loads, no script of ours answers in its tab, and a secret sent
 * with Enter reaches the page's own send unhindered.
 */
async function assertUnprotected(b, editor) {
  const t = await b.open(editor, { bare: true });
  await t.idle(700);
  assert.equal(await statusOn(b, editor.host), undefined, `no content script runs on ${editor.host}`);
  await t.type(SECRET_PROMPT);
  await t.press('Enter');
  sameList(await t.waitSent(1, 'the page to send on its own'), [SECRET_PROMPT], `nothing holds the send on ${editor.host}`);
  assert.equal(await t.panelOpen(), false);
}

/** The browser granted access to every site with no prompt, and the background registered the content script for the policy's site only. */
function grantedAndRegistered(browser) {
  test('the extension holds access to every site, and registered the content script for the policy\'s site only', async () => {
    const b = browser();
    assert.equal(await b.extEval(allSitesGranted), true, 'host permission for every site, granted with no prompt per site');
    const regs = await until(async () => {
      const r = await b.extEval(registered);
      return r.length > 0 && r;
    }, 'the background to register the content script');
    assert.deepEqual(regs, [{ id: 'pw-sites', matches: [`*://${ACME.host}/*`] }]);
  });
}

/** The four ways a secret or a clean prompt reaches the organisation's page, checked in `b`. */
function protectsTheSite(browser) {
  test('the listed site gets the content script: protected, and the reason is the organisation', async () => {
    const b = browser();
    await b.open(ACME);
    const s = await statusOn(b, ACME.host);
    assert.equal(s?.state, 'ready', `the content script on ${ACME.host} is ready`);
    assert.equal(s.reason, 'organisation');
  });

  test('a secret typed and sent with Enter is held', async () => {
    const b = browser();
    const t = await b.open(ACME);
    await t.type(SECRET_PROMPT);
    await t.press('Enter');
    await t.waitPanel('the panel to open on Enter');
    await t.idle(300);
    sameList(await t.sent(), [], 'nothing is sent');
    sameText(await t.state(), SECRET_PROMPT, 'the prompt stays in the form');
    await t.press('Escape');
  });

  test('a secret sent with the submit button is held', async () => {
    const b = browser();
    const t = await b.open(ACME);
    await t.type(SECRET_PROMPT);
    await t.idle(300);
    await t.clickSend();
    await t.waitPanel('the panel to open on the submit button');
    await t.idle(300);
    sameList(await t.sent(), [], 'nothing is sent');
    await t.press('Escape');
  });

  test('a pasted secret is held before it lands in the form', async () => {
    const b = browser();
    const t = await b.open(ACME);
    await t.copy(SECRETS.aws);
    await t.paste();
    await t.waitPanel('the paste panel to open');
    sameText(await t.state(), '', 'the secret is not in the textarea');
    await t.press('Escape');
    await t.idle(200);
    sameText(await t.state(), '', 'cancelled: still not in the textarea');
  });

  test('clean prompts go through unchanged, with Enter and with the button', async () => {
    const b = browser();
    const t = await b.open(ACME);
    await t.type(CLEAN);
    await t.press('Enter');
    sameList(await t.waitSent(1), [CLEAN], 'sent with Enter, unchanged');
    await t.type(CLEAN_2);
    await t.clickSend();
    sameList(await t.waitSent(2), [CLEAN, CLEAN_2], 'sent with the button, unchanged');
    assert.equal(await t.panelOpen(), false, 'no panel for clean prompts');
  });

  for (const editor of GENERIC) {
    test(`no selector, the composer as ${editor.variant}: Enter, Ctrl+Enter and the submit button hold a secret, a clean prompt goes`, async () => {
      const b = browser();
      const t = await b.open(editor);
      await t.type(SECRET_PROMPT);
      await t.press('Enter');
      await t.waitPanel(`the panel to open on Enter in the ${editor.variant} composer`);
      await t.idle(300);
      sameList(await t.sent(), [], 'nothing is sent with Enter');
      await t.press('Escape');
      await t.focusComposer();
      await t.press('Control+Enter');
      await t.waitPanel(`the panel to open on Ctrl+Enter in the ${editor.variant} composer`);
      await t.idle(300);
      sameList(await t.sent(), [], 'nothing is sent with Ctrl+Enter');
      await t.press('Escape');
      // Tab to the submit button and press it: a trusted click on it.
      await t.focusComposer();
      await t.press('Tab');
      await t.press('Enter');
      await t.waitPanel(`the panel to open on the submit button beside the ${editor.variant} composer`);
      await t.idle(300);
      sameList(await t.sent(), [], 'nothing is sent with the button');
      await t.press('Escape');
      await t.focusComposer();
      await t.pressSeq(['Control+a', 'Backspace']);
      await t.type(CLEAN);
      await t.press('Enter');
      sameList(await t.waitSent(1), [CLEAN], 'a clean prompt goes with Enter, unchanged');
      assert.equal(await t.panelOpen(), false);
    });
  }

  test('a site no list names gets no content script', async () => {
    await assertUnprotected(browser(), WIKI);
  });
}

/** After protectAllSites: any https page with a form is protected, from its first use. */
function protectsEverySite(browser) {
  test('protectAllSites: a secret on a site no list names is held', async () => {
    const b = browser();
    const t = await b.open(WIKI);
    const s = await statusOn(b, WIKI.host);
    assert.equal(s?.reason, 'all-sites');
    await t.type(SECRET_PROMPT);
    await t.press('Enter');
    await t.waitPanel('the panel to open on a page only protectAllSites covers');
    await t.idle(300);
    sameList(await t.sent(), [], 'nothing is sent');
    await t.press('Escape');
    await t.pressSeq(['Control+a', 'Backspace']);
    await t.type(CLEAN);
    await t.clickSend();
    sameList(await t.waitSent(1), [CLEAN], 'a clean prompt still goes through');
  });
}

// ---- Chromium: the policy file re-read while the browser runs ---------------------

describe('Chromium: sites from /etc/chromium/policies/managed/, live', () => {
  const browser = chromiumUnderPolicy({ sites: [ACME.host] });

  grantedAndRegistered(browser);

  protectsTheSite(browser);

  test('a user adds a site on the options page: it is protected, and says why; removed, it is not', async () => {
    const b = browser();
    const options = await b.context.newPage();
    /** Types `text` into the options page's own sites and saves. */
    const save = async (/** @type {string} */ text) => {
      await options.goto(`${b.origin}options/options.html`);
      await options.locator('#protected-sites').fill(text);
      await options.locator('#save').click();
      await until(async () => (await options.locator('#save-status').getAttribute('class')) === 'ok', 'the options to be saved');
    };
    try {
      await save(`${WIKI.host}\n`);
      await until(async () => (await b.extEval(registered)).some((r) => r.matches.includes(`*://${WIKI.host}/*`)), 'the user\'s site to be registered');
      const t = await b.open(WIKI);
      assert.equal((await statusOn(b, WIKI.host))?.reason, 'user');
      await t.type(SECRET_PROMPT);
      await t.press('Enter');
      await t.waitPanel('the panel to open on the site the user added');
      sameList(await t.sent(), [], 'nothing is sent');
      await t.press('Escape');
      await save('');
      await until(async () => !(await b.extEval(registered)).some((r) => r.matches.includes(`*://${WIKI.host}/*`)), 'the user\'s site to be unregistered');
      await assertUnprotected(b, WIKI);
    } finally {
      await options.close();
    }
  });

  /** Writes the policy and waits until the background has rebuilt with it (the hello for `check` says so). */
  async function changePolicy(policy, check) {
    writeFileSync(CHROMIUM_POLICY, chromiumPolicy(policy));
    const b = browser();
    await until(async () => check(await b.extEval(hello, `${ACME.host}/`)) && check, 'Chromium to re-read the policy file and the background to rebuild', { timeout: 30_000, interval: 250 });
  }

  test('protectAllSites, set while the browser runs: every https page is protected, lazily', async () => {
    const b = browser();
    await changePolicy({ protectAllSites: true }, (h) => h.reason === 'all-sites');
    const regs = await until(async () => {
      const r = await b.extEval(registered);
      return r.some((x) => x.id === 'pw-all-sites') && r;
    }, 'the all-sites registration');
    assert.deepEqual(regs.map((r) => r.id), ['pw-all-sites'], 'the listed site is gone; every https page has the lazy script');
  });

  protectsEverySite(browser);

  test('removing the entries stops protection after the refresh: new pages get no content script', async () => {
    const b = browser();
    await changePolicy({}, (h) => h.enabled === false);
    await until(async () => (await b.extEval(registered)).length === 0, 'the registrations to be removed');
    await assertUnprotected(b, ACME);
    await assertUnprotected(b, WIKI);
  });
});

// ---- Firefox ESR: policies.json, read at startup -------------------------------------

describe('Firefox ESR: sites from policies.json, applied at each start', () => {
  /** @type {any} */
  let b = null;
  let launchError = null;
  /** Starts Firefox with `policy` in policies.json (the file is removed again once Firefox has read it). */
  async function start(policy) {
    await b?.close();
    b = null;
    launchError = null;
    const remove = placeFile(FIREFOX_POLICY, firefoxPolicy(policy));
    try {
      b = await launchFirefox({ injectSettings: false });
    } catch (e) {
      launchError = e;
    } finally {
      remove();
    }
  }
  before(async () => {
    assert.ok(existsSync(FIREFOX), INSTALL.firefox);
    assert.ok(findGeckodriver(), INSTALL.geckodriver);
    await ensureBuilt();
    await start({ sites: [ACME.host] });
  });
  after(async () => {
    await b?.close();
  });
  const browser = () => {
    if (launchError) throw launchError;
    return b;
  };

  grantedAndRegistered(browser);

  protectsTheSite(browser);

  test('the entry removed and Firefox restarted: the site gets no content script', async () => {
    await start({});
    const b = browser();
    await until(async () => (await b.extEval(registered)).length === 0, 'no registrations');
    await assertUnprotected(b, ACME);
  });

  test('protectAllSites after a restart: every https page gets the lazy content script', async () => {
    await start({ protectAllSites: true });
    const b = browser();
    const regs = await until(async () => {
      const r = await b.extEval(registered);
      return r.length > 0 && r;
    }, 'the all-sites registration');
    assert.deepEqual(regs, [{ id: 'pw-all-sites', matches: ['https://*/*'] }]);
  });

  protectsEverySite(browser);

  test('nothing of the prompts is in the extension storage', async () => {
    noSecretIn(await browser().storageDump(), 'the extension storage');
  });
});
