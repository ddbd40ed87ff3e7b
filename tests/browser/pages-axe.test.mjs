// axe-core (pinned in package.json) over the pages people open themselves:
// the toolbar popup (English and German) and the playground (English, the
// only language it has), each in light and dark, in real Chromium. No
// serious or critical violation, every page says its language, and axe
// really looked (it checked the contrast of the text). The in-page panel has
// its own suite (panel-axe.test.mjs).
//
//   flock /tmp/pw-browser.lock node --test --test-concurrency=1 tests/browser/pages-axe.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../www/server.mjs';
import { REPO, launchChromium } from './harness.mjs';

const AXE = readFileSync(path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs in the page: axe over the whole document; what matters, and how much it looked at. */
async function axeDocument() {
  // @ts-ignore injected by the test
  const result = await window.axe.run(document, { resultTypes: ['violations', 'passes'] });
  return {
    lang: document.documentElement.lang,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    contrastChecked: result.passes.find((/** @type {any} */ r) => r.id === 'color-contrast')?.nodes.length ?? 0,
    violations: result.violations
      .filter((/** @type {any} */ v) => v.impact === 'serious' || v.impact === 'critical')
      .map((/** @type {any} */ v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((/** @type {any} */ n) => JSON.stringify(n.target)) })),
  };
}

/**
 * Opens `url` in a new tab of `context` in `scheme`, runs axe once `ready`
 * holds and `prepare` is done, and asserts a clean report in `lang`.
 * @param {any} context a Playwright browser context
 * @param {string} url
 * @param {{ scheme: 'light' | 'dark', lang: string, ready: () => boolean, where: string, prepare?: (page: any) => Promise<void> }} o
 */
async function assertAccessible(context, url, { scheme, lang, ready, where, prepare }) {
  const page = await context.newPage();
  try {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await page.waitForFunction(ready, null, { timeout: 30_000 });
    await prepare?.(page);
    await page.evaluate(AXE);
    const report = await page.evaluate(axeDocument);
    assert.equal(report.dark, scheme === 'dark', `${where}: the page is in ${scheme} mode`);
    assert.equal(report.lang, lang, `${where}: <html lang> says the page's language`);
    assert.ok(report.contrastChecked >= 3, `${where}: axe checked the contrast of the text (${report.contrastChecked} nodes)`);
    assert.deepEqual(report.violations, [], `${where}: no serious or critical axe violation:\n${JSON.stringify(report.violations, null, 2)}`);
  } finally {
    await page.close();
  }
}

for (const lang of ['en', 'de']) {
  describe(`Chromium, ${lang}: axe-core over the popup`, () => {
    /** @type {any} */
    let b;
    before(async () => {
      b = await launchChromium({ lang });
    });
    after(async () => {
      await b?.close();
    });
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      test(`the popup, ${scheme}`, async () => {
        await assertAccessible(b.context, `${b.origin}popup/popup.html`, {
          scheme,
          lang,
          // The status line is filled in once the popup has asked the background.
          ready: () => (document.getElementById('status')?.textContent ?? '').trim().length > 0,
          where: `popup (${lang}, ${scheme})`,
        });
      });
    }
  });
}

describe('Chromium: axe-core over the playground', () => {
  /** @type {any} */
  let b;
  /** @type {any} */
  let server;
  before(async () => {
    b = await launchChromium();
    server = await startServer({ port: 0 });
  });
  after(async () => {
    await b?.close();
    await server?.close();
  });
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    test(`the playground with findings, ${scheme}`, async () => {
      await assertAccessible(b.context, server.url, {
        scheme,
        lang: 'en',
        ready: () => document.body.dataset.ready === 'true',
        where: `playground (${scheme})`,
        // Findings in every state the page draws: marks, the list, the redacted text.
        prepare: async (page) => {
          await page.click('[data-sample="env"]');
          await page.waitForFunction(() => document.querySelectorAll('#highlighted mark').length > 0);
        },
      });
    });
  }
});
