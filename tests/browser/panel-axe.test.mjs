// axe-core (pinned in package.json) over the in-page panel, in real
// Chromium and Firefox ESR, light and dark, English and German: no serious
// or critical violation in the paste panel (thirty addresses and a key,
// with the reason box) nor in the warn panel with "Not sensitive?" opened;
// and at 400 px wide every choice shows its whole label in the panel.
// It drives the test build (dist-test/), whose shadow root is open so that
// axe can walk it; the shipped build's is closed.
//
//   flock /tmp/pw-browser.lock node --test --test-concurrency=1 tests/browser/panel-axe.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EDITORS, REPO, SECRETS, launchChromium, launchFirefox, until } from './harness.mjs';

const AXE = readFileSync(path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const AXE_VERSION = JSON.parse(readFileSync(path.join(REPO, 'node_modules', 'axe-core', 'package.json'), 'utf8')).version;
const PINNED = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).devDependencies['axe-core'];

const messagesOf = (/** @type {string} */ lang) => JSON.parse(readFileSync(path.join(REPO, 'extension', '_locales', lang, 'messages.json'), 'utf8'));

const AWS = SECRETS.aws;
const MANY = `${Array.from({ length: 30 }, (_, i) => `r${i + 1}.nakamura@tokyo-design.jp`).join(', ')}\nand the key ${AWS}`;

/** The panel's background colour in each scheme (styles.js): proof the scheme took. */
const PANEL_BG = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 34, 40)' };

// ---- code that runs in the page ------------------------------------------------

/** Runs axe over our host (its shadow tree included); the violations that matter, and how much it looked at. */
async function axePanel() {
  const host = document.querySelector('[data-promptwarden]');
  const root = host?.shadowRoot;
  const panel = root?.querySelector('.panel');
  if (!panel) return null;
  // axe works out the colours behind text only for what is inside <body>
  // (its grid of boxes starts there); ours sits beside it, on <html>, so
  // that no body layout reaches it. For the run, the host goes into <body>
  // (fixed and zero-sized, it changes nothing on screen), then back, with
  // the focus where it was.
  const background = getComputedStyle(panel).backgroundColor;
  const focused = /** @type {HTMLElement | null} */ (root.activeElement);
  document.body.append(/** @type {HTMLElement} */ (host));
  // @ts-ignore injected by the test
  const result = await window.axe.run({ include: [['[data-promptwarden]']] }, { resultTypes: ['violations', 'passes', 'incomplete'] });
  document.documentElement.append(/** @type {HTMLElement} */ (host));
  focused?.focus();
  const inShadow = (/** @type {any} */ n) => Array.isArray(n.target[0]);
  return {
    lang: root.querySelector('.pw-root')?.getAttribute('lang'),
    title: panel.querySelector('#pw-title')?.textContent,
    background,
    checkedInPanel: result.passes.flatMap((r) => r.nodes).filter(inShadow).length,
    contrastChecked: result.passes.find((r) => r.id === 'color-contrast')?.nodes.filter(inShadow).length ?? 0,
    incomplete: result.incomplete.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => ({ target: JSON.stringify(n.target), data: n.any?.[0]?.message ?? null })), n: v.nodes.length })),
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ impact: n.impact, target: JSON.stringify(n.target), summary: n.failureSummary })),
    })),
  };
}

/** The open panel's choices against the panel and the viewport: whether each shows its whole label. */
function choicesFit() {
  const panel = document.querySelector('[data-promptwarden]')?.shadowRoot?.querySelector('.panel');
  if (!panel) return null;
  const p = panel.getBoundingClientRect();
  return [...panel.querySelectorAll('.actions button')].map((b) => {
    const r = b.getBoundingClientRect();
    return {
      label: b.textContent,
      whole: b.scrollWidth <= b.clientWidth + 1,
      inPanel: r.left >= p.left - 0.5 && r.right <= p.right + 0.5 && r.top >= p.top - 0.5 && r.bottom <= p.bottom + 0.5,
      inView: r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight,
    };
  });
}

/** Opens every "Not sensitive?" in the open panel, so that what they reveal is checked too. */
function openNotSensitive() {
  const root = document.querySelector('[data-promptwarden]')?.shadowRoot;
  const toggles = [...(root?.querySelectorAll('[data-action="not-sensitive"]') ?? [])];
  for (const b of toggles) /** @type {HTMLElement} */ (b).click();
  return toggles.length;
}

// ---- the suite ----------------------------------------------------------------------

/** Sets the page's prefers-color-scheme. */
async function setScheme(b, t, scheme) {
  if (b.name === 'chromium') {
    await t.page.emulateMedia({ colorScheme: scheme });
  } else {
    // Firefox: the content's colour scheme, 0 dark, 1 light.
    await b.driver.setContext('chrome');
    try {
      await b.driver.executeScript(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1});`);
    } finally {
      await b.driver.setContext('content');
    }
  }
  await until(() => t.eval((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark'), `the page to be in ${scheme} mode`, { timeout: 5000 });
}

/**
 * Loads axe-core into the page. The fixtures' CSP allows no inline script
 * and no eval, so the driver evaluates the source itself, as a debugger would.
 */
async function injectAxe(b, t) {
  if (b.name === 'chromium') await t.page.evaluate(AXE);
  else await b.driver.executeScript(AXE);
  // @ts-ignore injected
  assert.equal(await t.eval(() => typeof window.axe?.run), 'function', 'axe-core loaded in the page');
}

/** Asserts the axe report has no serious or critical violation, and that axe did look at the panel. */
function assertClean(report, where, expectedTitle, scheme, lang) {
  assert.ok(report, `${where}: the panel is open`);
  assert.equal(report.lang, lang, `${where}: the panel says its language`);
  assert.equal(report.title, expectedTitle, `${where}: the panel is in ${lang}`);
  assert.equal(report.background, PANEL_BG[scheme], `${where}: the panel is drawn in its ${scheme} colours`);
  assert.ok(report.checkedInPanel >= 10, `${where}: axe checked the panel's nodes (${report.checkedInPanel})`);
  assert.ok(report.contrastChecked >= 5, `${where}: axe checked the contrast of the panel's text (${report.contrastChecked}): ${JSON.stringify(report.incomplete)}`);
  const bad = report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${where}: no serious or critical axe violation:\n${JSON.stringify(bad, null, 2)}`);
}

test(`axe-core is pinned to the version installed (${AXE_VERSION})`, () => {
  assert.equal(PINNED, AXE_VERSION, 'package.json pins axe-core exactly');
});

for (const [name, launch] of /** @type {const} */ ([
  ['Chromium', launchChromium],
  ['Firefox ESR', launchFirefox],
])) {
  for (const lang of ['en', 'de']) {
    describe(`${name}, ${lang}: axe-core over the panel`, () => {
      const messages = messagesOf(lang);
      let b;
      let launchError;
      before(async () => {
        try {
          b = await launch({ testHooks: true, lang });
          await b.setOptions({ requireJustification: true });
        } catch (e) {
          launchError = e;
        }
      });
      after(async () => {
        await b?.close();
      });

      test('the paste panel (thirty addresses, a key, a reason box) and the warn panel with "Not sensitive?" open, in light and dark', async () => {
        if (launchError) throw launchError;
        let t = await b.open(EDITORS[1]);
        if (b.name === 'chromium') {
          // The page's CSP (style-src 'self') would refuse our shadow root's
          // <style> when the test, from the page's world, moves the host
          // (see axePanel); off for this page, from its next load.
          await (await t.cdp()).send('Page.setBypassCSP', { enabled: true });
          t = await b.open(EDITORS[1]);
        }
        await t.setViewport(1280, 800);
        await injectAxe(b, t);
        for (const scheme of /** @type {const} */ (['light', 'dark'])) {
          await setScheme(b, t, scheme);
          await t.copy(MANY);
          await t.paste();
          await t.waitPanel('the paste panel');
          assertClean(await t.eval(axePanel), `paste panel, ${scheme}`, messages.panelPasteTitle.message, scheme, lang);
          await t.press('Escape');
          await until(async () => !(await t.panelOpen()), 'the paste panel to close');
          await t.type(`mail r1.nakamura@tokyo-design.jp the key ${AWS}`);
          await t.press('Enter');
          await t.waitPanel('the warn panel');
          assert.ok((await t.eval(openNotSensitive)) >= 2, 'each finding offers "Not sensitive?"');
          assertClean(await t.eval(axePanel), `warn panel, ${scheme}`, messages.panelWarnTitle.message, scheme, lang);
          await t.press('Escape');
          await until(async () => !(await t.panelOpen()), 'the warn panel to close');
          await t.pressSeq(['Control+a', 'Backspace']);
        }
      });

      test('at 400 px wide every choice shows its whole label inside the panel', async () => {
        if (launchError) throw launchError;
        const t = await b.open(EDITORS[0]);
        await t.setViewport(400, 500);
        try {
          await t.type(`the key ${AWS}`);
          await t.press('Enter');
          await t.waitPanel();
          const choices = await t.eval(choicesFit);
          assert.equal(choices.length, 3, 'three choices');
          for (const c of choices) assert.ok(c.whole && c.inPanel && c.inView, `"${c.label}" fits: ${JSON.stringify(c)}`);
          await t.press('Escape');
        } finally {
          await t.setViewport(1280, 800);
        }
      });
    });
  }
}
