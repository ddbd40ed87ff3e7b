// Site matching, through the built extension in Chromium: every case of
// tests/settings/site-matching.json marked `browser` (the table the core's
// unit test runs too) goes into the user's excludedSites, and the page must
// then be protected exactly when the core says the entry does not cover it.
// Case, ports, paths and subdomains are all answered by the engine; this
// proves the extension applies that answer to real pages.
//
//   node --test tests/browser/settings.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO, launchChromium, until } from './harness.mjs';

const CASES = JSON.parse(readFileSync(path.join(REPO, 'tests', 'settings', 'site-matching.json'), 'utf8')).cases.filter((c) => c.browser);

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
});
