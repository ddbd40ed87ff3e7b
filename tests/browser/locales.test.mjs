// Every locale the extension ships, in real Chromium and Firefox ESR started
// in that language: the panel speaks it (its title, its `lang`), the options
// page and the popup say their language on <html>, and at 400 px wide the
// panel's choices fit in each of its text and file modes: every label whole
// and on one line, inside the panel and the window, no two choices over one
// another, and either all on one row or stacked one per row across the
// panel (the panel stacks them when they do not fit a row). A translation
// too long for that is to be shortened, not the font.
//
// The locales are read from extension/_locales, so a new one is tested
// without touching this file. Firefox needs its language pack for each
// (scripts/ensure-browsers.sh installs them); Chromium takes --lang.
// It drives the test build (dist-test/), whose shadow root is open.
//
//   flock /tmp/pw-browser.lock node --test --test-concurrency=1 tests/browser/locales.test.mjs
//
// While working on one translation, PW_LOCALES=fr,de and PW_BROWSERS=chromium
// (or firefox) narrow the run; the full run is the one that counts.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EDITORS, REPO, SECRETS, launchChromium, launchFirefox, until } from './harness.mjs';

const LOCALES_DIR = path.join(REPO, 'extension', '_locales');
const ONLY = (/** @type {string | undefined} */ v) => (v ? v.split(',').map((x) => x.trim().toLowerCase()) : null);
const ONLY_LOCALES = ONLY(process.env.PW_LOCALES);
const ONLY_BROWSERS = ONLY(process.env.PW_BROWSERS);
const LOCALES = readdirSync(LOCALES_DIR).sort().filter((l) => !ONLY_LOCALES || ONLY_LOCALES.includes(l.toLowerCase()));
const messagesOf = (/** @type {string} */ locale) => JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

/** The ProseMirror page: a rich-text composer and, as on every fixture, a file input. */
const PAGE = EDITORS[1];
const ENV_FILE = path.join(REPO, 'tests', 'files', 'windows.env');
const AWS = SECRETS.aws;

/** The width the issue asks the panel to work at, and a short window that keeps the buttons under pressure. */
const WIDTH = 400;
const HEIGHT = 500;

/**
 * Firefox keeps its window at least 500 px wide, headless too (a 400 px
 * request leaves the page 500 px wide). There the page is zoomed to 125 %
 * in a 500 × 625 window instead: a 400 × 500 CSS px viewport, as a reader
 * with 125 % zoom has.
 */
const FIREFOX_MIN_WINDOW = 500;
const FIREFOX_ZOOM = Math.max(1, FIREFOX_MIN_WINDOW / WIDTH);

// ---- code that runs in the page ------------------------------------------------

/**
 * The open panel's language, title and choices, measured: each label's
 * overflow and line count, its box against the panel and the window, and
 * whether the row was stacked.
 */
function measureChoices() {
  const panel = document.querySelector('[data-promptwarden]')?.shadowRoot?.querySelector('.panel');
  if (!panel) return null;
  const actions = /** @type {HTMLElement} */ (panel.querySelector('.actions'));
  const p = panel.getBoundingClientRect();
  const a = actions.getBoundingClientRect();
  const style = getComputedStyle(actions);
  const content = { left: a.left + parseFloat(style.paddingLeft), right: a.right - parseFloat(style.paddingRight) };
  const buttons = [...actions.querySelectorAll('button')].map((b) => {
    const r = b.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(b);
    const lines = new Set([...range.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size;
    return {
      label: b.textContent,
      overflow: b.scrollWidth - b.clientWidth,
      lines,
      box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
      inPanel: r.left >= p.left - 0.5 && r.right <= p.right + 0.5 && r.top >= p.top - 0.5 && r.bottom <= p.bottom + 0.5,
      inView: r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight,
      fullWidth: Math.abs(r.left - content.left) <= 1 && Math.abs(r.right - content.right) <= 1,
    };
  });
  return {
    viewport: [window.innerWidth, window.innerHeight],
    lang: panel.closest('.pw-root')?.getAttribute('lang'),
    title: panel.querySelector('#pw-title')?.textContent,
    mode: panel.getAttribute('data-mode'),
    stacked: actions.hasAttribute('data-stacked'),
    panelWidth: Math.round(p.width),
    buttons,
  };
}

/** The `lang` of the options page (the harness's control page) and of the popup, loaded in a frame of it. */
async function pageLangs() {
  const frame = document.createElement('iframe');
  frame.src = '../popup/popup.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = /** @type {Document} */ (frame.contentDocument);
  // The popup's module sets it as it starts, which may be just after load.
  for (let i = 0; i < 50 && !doc.documentElement.lang; i++) await new Promise((r) => setTimeout(r, 20));
  const popup = doc.documentElement.lang;
  frame.remove();
  return { options: document.documentElement.lang, popup };
}

// ---- checks ---------------------------------------------------------------------

/**
 * Asserts that the choices of a measured panel fit, naming the locale, the
 * mode and the label that does not.
 */
function assertFits(m, where) {
  assert.ok(m, `${where}: the panel is open`);
  assert.deepEqual(m.viewport, [WIDTH, HEIGHT], `${where}: measured in a ${WIDTH} × ${HEIGHT} px viewport`);
  assert.ok(m.buttons.length >= 1, `${where}: the panel has choices`);
  for (const b of m.buttons) {
    const name = `${where}: "${b.label}"`;
    assert.ok(b.overflow <= 1, `${name} is cut off (${b.overflow} px of its label overflow the button)`);
    assert.equal(b.lines, 1, `${name} wraps onto ${b.lines} lines: shorten the translation`);
    assert.ok(b.inPanel, `${name} sticks out of the panel: ${JSON.stringify(b.box)}`);
    assert.ok(b.inView, `${name} is outside the ${WIDTH} px window: ${JSON.stringify(b.box)}`);
  }
  for (let i = 0; i < m.buttons.length; i++) {
    for (let j = i + 1; j < m.buttons.length; j++) {
      const [x, y] = [m.buttons[i].box, m.buttons[j].box];
      const overlap = Math.min(x.right, y.right) - Math.max(x.left, y.left) > 0.5 && Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top) > 0.5;
      assert.ok(!overlap, `${where}: "${m.buttons[i].label}" and "${m.buttons[j].label}" overlap`);
    }
  }
  const rows = new Set(m.buttons.map((b) => Math.round(b.box.top))).size;
  if (m.stacked) {
    assert.equal(rows, m.buttons.length, `${where}: stacked, one choice per row`);
    for (const b of m.buttons) assert.ok(b.fullWidth, `${where}: stacked, "${b.label}" spans the panel: ${JSON.stringify(b.box)}`);
  } else {
    assert.equal(rows, 1, `${where}: the choices are neither on one row nor stacked (a ragged wrap over ${rows} rows): ${m.buttons.map((b) => b.label).join(' | ')}`);
  }
}

/**
 * Measures the open panel and asserts it speaks `locale`, offers `count`
 * choices and that they fit; returns the measurement.
 * @param {any} t
 * @param {string} locale
 * @param {Record<string, { message: string }>} messages
 * @param {{ mode: string, title: string, choices: string, count: number }} want
 */
async function checkPanel(t, locale, messages, want) {
  const { mode, title, choices, count } = want;
  const m = await t.eval(measureChoices);
  assertSpeaks(m, messages, locale, title, `${locale}, ${mode}`);
  assert.equal(m.buttons.length, count, `${locale}, ${mode}: ${choices}`);
  assertFits(m, `${locale}, ${mode} panel`);
  return m;
}

/** Escape (the safe choice), and the panel gone. */
async function closePanel(t, what) {
  await t.press('Escape');
  await until(async () => !(await t.panelOpen()), `${what} to close`);
}

/** The panel's language and title, as proof that the browser really runs the extension in `locale`. */
function assertSpeaks(m, messages, locale, titleKey, where) {
  assert.equal(m.lang, messages.uiLang.message, `${where}: the panel says its language (uiLang of ${locale})`);
  assert.equal(m.title, messages[titleKey].message, `${where}: the panel is in ${locale} (did the browser start in that language?)`);
}

// ---- the suite ----------------------------------------------------------------------

/** Sets Firefox's zoom for the selected tab (1 = 100 %). */
async function firefoxZoom(b, zoom) {
  await b.driver.setContext('chrome');
  try {
    await b.driver.executeScript(`const w = Services.wm.getMostRecentWindow('navigator:browser'); w.ZoomManager.setZoomForBrowser(w.gBrowser.selectedBrowser, ${zoom});`);
  } finally {
    await b.driver.setContext('content');
  }
}

/** Makes the page's viewport WIDTH × HEIGHT CSS px (see FIREFOX_ZOOM). */
async function narrow(b, t) {
  if (b.name === 'firefox') {
    await t.setViewport(Math.round(WIDTH * FIREFOX_ZOOM), Math.round(HEIGHT * FIREFOX_ZOOM));
    await firefoxZoom(b, FIREFOX_ZOOM);
  } else {
    await t.setViewport(WIDTH, HEIGHT);
  }
  await until(async () => (await t.eval(() => window.innerWidth)) === WIDTH, `the page to be ${WIDTH} px wide`, { timeout: 5000 });
}

/** Types a prompt with a key, presses Enter and waits for the panel that answers. */
async function sendKey(t, what) {
  await t.type(`the key ${AWS}`);
  await t.press('Enter');
  await t.waitPanel(what);
}

/** Back to the harness's usual window. */
async function widen(b, t) {
  if (b.name === 'firefox') await firefoxZoom(b, 1);
  await t.setViewport(1280, 800);
}

for (const [name, launch] of /** @type {const} */ ([
  ['Chromium', launchChromium],
  ['Firefox ESR', launchFirefox],
]).filter(([n]) => !ONLY_BROWSERS || ONLY_BROWSERS.some((x) => n.toLowerCase().startsWith(x)))) {
  for (const locale of LOCALES) {
    describe(`${name}, ${locale}: the panel at ${WIDTH} px`, { concurrency: false }, () => {
      const messages = messagesOf(locale);
      // The browser's language as BCP 47, which is what uiLang holds (pt_BR → pt-BR).
      const lang = messages.uiLang.message;
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

      test('the options page and the popup say their language', async () => {
        if (launchError) throw launchError;
        const langs = await b.extEval(pageLangs);
        assert.deepEqual(langs, { options: lang, popup: lang }, `<html lang> of the options page and the popup in ${locale}`);
      });

      test('the warn, paste and file panels: every choice fits', async (ctx) => {
        if (launchError) throw launchError;
        const t = await b.open(PAGE);
        try {
          await narrow(b, t);
          await sendKey(t, 'the warn panel');
          const warn = await checkPanel(t, locale, messages, { mode: 'warn', title: 'panelWarnTitle', choices: 'send anyway, edit, redact and send', count: 3 });
          await closePanel(t, 'the warn panel');
          await t.pressSeq(['Control+a', 'Backspace']);

          await t.copy(`and the key ${AWS}`);
          await t.paste();
          await t.waitPanel('the paste panel');
          const paste = await checkPanel(t, locale, messages, { mode: 'paste', title: 'panelPasteTitle', choices: 'paste anyway, cancel, paste redacted', count: 3 });
          await closePanel(t, 'the paste panel');

          await attachFile(t, ENV_FILE);
          await t.waitPanel('the file panel', { timeout: 15_000 });
          const file = await checkPanel(t, locale, messages, { mode: 'file', title: 'panelFileWarnTitle', choices: 'attach anyway, remove file, attach redacted copy', count: 3 });
          await closePanel(t, 'the file panel');
          ctx.diagnostic(`${locale}: stacked warn=${warn.stacked} paste=${paste.stacked} file=${file.stacked} (panel ${warn.panelWidth} px)`);
        } finally {
          await widen(b, t);
        }
      });

      test('the block panel: every choice fits', async () => {
        if (launchError) throw launchError;
        await b.setOptions({ requireJustification: true, categories: { secret: 'block' } });
        const t = await b.open(PAGE);
        try {
          await narrow(b, t);
          await sendKey(t, 'the block panel');
          await checkPanel(t, locale, messages, { mode: 'block', title: 'panelBlockTitle', choices: 'edit, redact', count: 2 });
          await t.press('Escape');
        } finally {
          await widen(b, t);
        }
      });
    });
  }
}

/** Attaches `file` through the page's file input, with trusted events in both browsers. */
async function attachFile(t, file) {
  if (t.browser.name === 'chromium') return t.page.setInputFiles('[data-testid="file-input"]', [file]);
  const { By } = await import('selenium-webdriver');
  await t.browser.driver.findElement(By.css('[data-testid="file-input"]')).sendKeys(file);
}
