// extension/sites.json in both browsers: every composer and send selector
// of every entry, and the generic ones, parse in real Chromium and real
// Firefox ESR. The content script joins an app's selectors with the generic
// ones into one selector list, and one selector a browser cannot parse makes
// the whole list throw: that app's composer and send button would go
// unwatched in that browser. (The core's catalog test, src/settings/apps.rs,
// checks ids and sites.) extension.chromium.test.mjs and
// extension.firefox.test.mjs run sitesSuite() in the browser they launched.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { EDITORS, REPO } from './harness.mjs';

/** @typedef {{ where: string, selector: string }} Selector */

const catalog = JSON.parse(readFileSync(path.join(REPO, 'extension', 'sites.json'), 'utf8'));

/** Every selector of the catalog, named by where it is: `chatgpt.composer[0]`, `generic.send[2]`. */
function catalogSelectors() {
  /** @type {Selector[]} */
  const out = [];
  const add = (name, entry) => {
    for (const field of ['composer', 'send']) {
      (entry[field] ?? []).forEach((selector, i) => out.push({ where: `${name}.${field}[${i}]`, selector }));
    }
  };
  for (const entry of catalog.sites) add(entry.id, entry);
  add('generic', catalog.generic);
  return out;
}

/**
 * Runs in the page: the selectors `document.querySelector` throws on, each
 * with the browser's reason.
 * @param {Selector[]} selectors
 */
function unparsable(selectors) {
  const out = [];
  for (const { where, selector } of selectors) {
    try {
      document.querySelector(selector);
    } catch (e) {
      out.push(`${where} ${JSON.stringify(selector)}: ${e.name}: ${e.message}`);
    }
  }
  return out;
}

/**
 * The catalog's selectors in the browser `getBrowser()` returns.
 * @param {() => any} getBrowser the launched browser (harness launchChromium/launchFirefox)
 * @param {string} name the browser, for the failure message
 */
export function sitesSuite(getBrowser, name) {
  describe('extension/sites.json', () => {
    test(`every composer and send selector parses in ${name}`, async () => {
      const selectors = catalogSelectors();
      assert.ok(selectors.length > 2 * catalog.sites.length, `the catalog's selectors were read (${selectors.length})`);
      const b = getBrowser();
      await b.setOptions({});
      const t = await b.open(EDITORS[0]);
      const broken = await t.eval(unparsable, selectors);
      assert.deepEqual(broken, [], `${name} cannot parse these selectors of extension/sites.json:\n${broken.join('\n')}`);
    });
  });
}
