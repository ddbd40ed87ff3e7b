// Site matching, through the built extension in Chromium, on the table the
// core's unit test runs too (tests/settings/site-matching.json):
// - every case marked `browser` goes into the user's excludedSites, and the
//   page (a built-in chat app) must then be protected exactly when the
//   core says the entry does not cover it;
// - every case marked `browserSites` goes into the user's sites, on hosts
//   no catalog names (an IDN host, ports, paths, subdomains), and the page
//   must then be protected exactly when the core says the entry covers it:
//   the content script is registered from the entry's match patterns, and
//   the engine answers the rest.
// Case, ports, paths and subdomains are all answered by the engine; this
// proves the extension applies that answer to real pages.
//
//   node --test tests/browser/settings.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO, launchChromium, until } from './harness.mjs';

const ALL = JSON.parse(readFileSync(path.join(REPO, 'tests', 'settings', 'site-matching.json'), 'utf8')).cases;
const CASES = ALL.filter((c) => c.browser);
const SITE_CASES = ALL.filter((c) => c.browserSites);

describe('Chromium: excludedSites entries cover exactly the pages the core says', () => {
  let b;
  let launchError;
  before(async () => {
    try {
      b = await launchChromium();
    } catch (e) {
      launchError = e;
    }
  });
  after(async () => {
    await b?.close();
  });

  test('the shared table has browser cases on fixture hosts', () => {
    assert.ok(CASES.length >= 10, `${CASES.length} browser cases`);
  });

  for (const c of CASES) {
    test(`${c.entry} ${c.covered ? 'covers' : 'does not cover'} ${c.page}`, async () => {
      if (launchError) throw launchError;
      await b.setOptions({ excludedSites: [c.entry] });
      const [host, ...rest] = c.page.split('/');
      const page = (b.page ??= await b.context.newPage());
      await page.goto(`https://${host}/${rest.join('/')}`);
      const s = await until(async () => (await b.status()).find((x) => x.site === host && x.state !== 'loading'), `the content script on ${c.page} to learn its state`);
      assert.equal(s.state, c.covered ? 'off' : 'ready', `${c.page} with excludedSites ["${c.entry}"]`);
    });
  }

  test('the shared table has sites cases on hosts no catalog names', () => {
    assert.ok(SITE_CASES.length >= 8, `${SITE_CASES.length} sites cases`);
  });

  for (const c of SITE_CASES) {
    test(`sites ["${c.entry}"] ${c.covered ? 'protects' : 'does not protect'} ${c.page}`, async () => {
      if (launchError) throw launchError;
      await b.setOptions({ sites: [c.entry] });
      // The registration follows the rebuild: wait for it before loading the page.
      await until(async () => (await b.swEval(() => chrome.scripting.getRegisteredContentScripts())).length > 0, 'the content script to be registered for the entry');
      const [authority, ...rest] = c.page.split('/');
      const page = (b.page ??= await b.context.newPage());
      await page.goto(`https://${authority}/${rest.join('/')}`);
      await page.waitForFunction(() => window.fixture?.ready === true);
      // Protected: the content script is there and ready. Not protected: it
      // is either not injected at all (the patterns do not match) or off.
      const state = await until(async () => {
        const s = (await b.status()).find((x) => x.site === authority);
        if (s && s.state !== 'loading') return s.state;
        return !c.covered && (await page.evaluate(() => performance.now())) > 1500 ? 'absent' : null;
      }, `the content script on ${c.page} to learn its state (or to be absent)`);
      if (c.covered) assert.equal(state, 'ready', `${c.page} with sites ["${c.entry}"]`);
      else assert.ok(state === 'off' || state === 'absent', `${c.page} with sites ["${c.entry}"]: ${state}`);
    });
  }
});
