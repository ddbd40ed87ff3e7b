// The panel and the marks as a user meets them, measured in real Chromium
// and Firefox ESR on the four fixture editors: where the marks sit against
// the text (and that they follow it), where the panel sits against the
// composer at 1280×800 and 400×500, thirty e-mails and a key grouped with
// the choices in view, the dialog's focus and keys, "Edit", "Not
// sensitive" and "Report a false positive" by keyboard, the words for the
// reason and for who decided, a custom rule's message, pausing a site
// from the popup, and the first burst of typing while the settings are on
// their way. It drives the test build (dist-test/), whose only differences are
// an open shadow root, which lets the test read the panel's geometry, and
// the hooks it sets (a slow hello).
//
//   flock /tmp/pw-browser.lock node --test --test-concurrency=1 tests/browser/panel.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EDITORS, REPO, SECRETS, launchChromium, launchFirefox, mask, sameList, sameText, saveScreenshot, secretsIn, until } from './harness.mjs';

const messages = JSON.parse(readFileSync(path.join(REPO, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
const msg = (/** @type {string} */ key, /** @type {string} */ sub = '') => messages[key].message.replace(/\$[A-Z]+\$/, sub);

const AWS = SECRETS.aws;
const ALLOWED = 'jane.ortiz@fastmail.fm';
const OTHER = 'priya.raman@northwind-traders.co.uk';
const DOMAINS = ['northwind-traders.co.uk', 'fastmail.fm', 'posteo.de', 'acme-corp.com', 'tokyo-design.jp'];
/** Thirty distinct addresses and one key, the key last: the panel must show it first. */
const MANY = `${Array.from({ length: 30 }, (_, i) => `m${i + 1}.kowalski@${DOMAINS[i % DOMAINS.length]}`).join(', ')}\nand the key ${AWS}`;

/** A user's own custom rule with words for the panel (the title is the id when absent). */
const TICKET_RULE = Object.freeze({ id: 'orbit-ticket', title: 'Orbit ticket', pattern: 'ORB-[0-9]{5}', keywords: ['ORB-'], severity: 'high', action: 'warn', message: 'Orbit tickets hold customer data: paste the ticket link instead.' });
const TICKET = 'ORB-40213';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 400, height: 500 },
];

// ---- code that runs in the page ------------------------------------------------

/** The marks drawn now (viewport rectangles), by rule. */
function readMarks() {
  const root = document.querySelector('[data-promptwarden]')?.shadowRoot;
  if (!root) return [];
  return [.../** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('.mark'))]
    .filter((m) => !m.hidden)
    .map((m) => {
      const r = m.getBoundingClientRect();
      return { rule: m.getAttribute('data-rule'), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
}

/**
 * Where `value` is on screen, measured by the test itself: for a rich
 * editor the boxes of a Range over the text node that holds it; for a
 * textarea, which has no nodes to measure, the character offsets the
 * browser reports (caretPositionFromPoint) at the inner ends of the marks
 * and just outside them, which must be exactly the value's start and end.
 */
function measureValue({ value, marks, last }) {
  const composer = /** @type {HTMLElement} */ (document.querySelector('[data-testid="composer"]'));
  if (composer instanceof HTMLTextAreaElement) {
    const start = last ? composer.value.lastIndexOf(value) : composer.value.indexOf(value);
    const at = (x, y) => {
      const p = document.caretPositionFromPoint(x, y);
      return p && p.offsetNode === composer ? p.offset : null;
    };
    const mid = (m) => (m.top + m.bottom) / 2;
    const lines = marks.map((m) => ({ from: at(m.left + 1.5, mid(m)), to: at(m.right - 1.5, mid(m)) }));
    const first = marks[0];
    const final = marks.at(-1);
    return {
      kind: 'textarea',
      start,
      end: start + value.length,
      firstFrom: lines[0]?.from,
      lastTo: lines.at(-1)?.to,
      outsideBefore: first ? at(first.left - 4, mid(first)) : null,
      outsideAfter: final ? at(final.right + 4, mid(final)) : null,
      inside: lines.every((l) => l.from !== null && l.to !== null && l.from >= start && l.to <= start + value.length),
    };
  }
  // What of the composer is on screen: its box cut by every box that clips it.
  const cr = composer.getBoundingClientRect();
  let clip = { left: cr.left, top: cr.top, right: cr.right, bottom: cr.bottom };
  for (let a = composer.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    if (getComputedStyle(a).overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    clip = { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) };
  }
  /** @type {[Text, number][]} */
  const found = [];
  const walker = document.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = /** @type {Text} */ (n).data.indexOf(value); i >= 0; i = /** @type {Text} */ (n).data.indexOf(value, i + 1)) found.push([/** @type {Text} */ (n), i]);
  }
  const hit = last ? found.at(-1) : found[0];
  if (!hit) return { kind: 'rich', boxes: null };
  const range = document.createRange();
  range.setStart(hit[0], hit[1]);
  range.setEnd(hit[0], hit[1] + value.length);
  const boxes = [...range.getClientRects()]
    .filter((r) => r.width > 0)
    .map((r) => ({ left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom) }))
    .filter((r) => r.right > r.left && r.bottom > r.top);
  return { kind: 'rich', boxes };
}

/** Scrolls the composer's scrolling box (the textarea, or the rich editor's area) to `to` ('top' or 'bottom'); returns whether it scrolls at all. */
function scrollComposer(to) {
  let el = /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="composer"]'));
  for (; el && el !== document.body; el = el.parentElement) {
    // A textarea scrolls whatever its computed overflow says (Firefox: `visible`).
    const oy = el instanceof HTMLTextAreaElement ? 'auto' : getComputedStyle(el).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
      el.scrollTop = to === 'top' ? 0 : el.scrollHeight;
      return true;
    }
  }
  return false;
}

/** The open panel's layout, its findings and its focus; and the composer's text box. */
function panelLayout() {
  const root = /** @type {ShadowRoot} */ (document.querySelector('[data-promptwarden]')?.shadowRoot);
  const panel = root?.querySelector('.panel');
  if (!panel) return null;
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const composer = /** @type {HTMLElement} */ (document.querySelector('[data-testid="composer"]'));
  let text;
  if (composer instanceof HTMLTextAreaElement) text = box(composer);
  else {
    const range = document.createRange();
    range.selectNodeContents(composer);
    text = box(range);
  }
  // The text on screen: cut by the boxes that scroll it.
  for (let a = composer.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    if (getComputedStyle(a).overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    text = { left: Math.max(text.left, r.left), top: Math.max(text.top, r.top), right: Math.min(text.right, r.right), bottom: Math.min(text.bottom, r.bottom) };
  }
  const body = /** @type {HTMLElement} */ (panel.querySelector('.body'));
  const active = /** @type {HTMLElement | null} */ (root.activeElement);
  return {
    vw: window.innerWidth,
    vh: window.innerHeight,
    panel: box(panel),
    text,
    choices: [...panel.querySelectorAll('.actions button')].map((b) => ({
      choice: b.getAttribute('data-choice'),
      cls: b.className,
      background: getComputedStyle(b).backgroundColor,
      disabled: b.getAttribute('aria-disabled') === 'true',
      describedBy: b.getAttribute('aria-describedby') ? root.getElementById(b.getAttribute('aria-describedby'))?.textContent : null,
      ...box(b),
    })),
    body: { scrollHeight: body.scrollHeight, clientHeight: body.clientHeight },
    groups: [...panel.querySelectorAll('.group')].map((g) => ({ rule: g.getAttribute('data-rule'), count: g.querySelector('.count')?.textContent, shown: g.querySelectorAll('.value').length })),
    hints: [.../** @type {NodeListOf<HTMLElement>} */ (panel.querySelectorAll('.hint'))].filter((h) => !h.hidden).map((h) => h.textContent),
    focused: active?.getAttribute('data-choice') ?? active?.getAttribute('data-action') ?? active?.tagName.toLowerCase() ?? null,
    lang: root.querySelector('.pw-root')?.getAttribute('lang'),
  };
}

/** The open panel's words: its title, explanation, name and every custom rule's message by its group. */
function panelWords() {
  const root = /** @type {ShadowRoot} */ (document.querySelector('[data-promptwarden]')?.shadowRoot);
  const panel = root?.querySelector('.panel');
  if (!panel) return null;
  return {
    title: panel.querySelector('#pw-title')?.textContent,
    description: panel.querySelector('#pw-desc')?.textContent,
    brand: panel.querySelector('.head')?.textContent,
    text: /** @type {HTMLElement} */ (panel).innerText,
    ruleMessages: [...panel.querySelectorAll('.group')].map((g) => ({ rule: g.getAttribute('data-rule'), message: g.querySelector('.rule-message')?.textContent ?? null })),
  };
}

/**
 * Runs in an extension page: opens the popup as a background tab in the
 * window of the tab showing `host`, so that its "active tab of this window"
 * is that page, as when the toolbar button is clicked over it. This page
 * moves to a window of its own first if it shares that one (Firefox's
 * harness keeps it beside the page, and the driver selects it to run
 * scripts here).
 */
async function openPopupOver(host) {
  const ext = globalThis.browser ?? globalThis.chrome;
  const self = await ext.tabs.getCurrent();
  for (const tab of await ext.tabs.query({})) {
    let status = null;
    try {
      status = await ext.tabs.sendMessage(tab.id, { type: 'pw:status' });
    } catch {
      continue;
    }
    if (status?.site.replace(/:\d+$/, '') !== host) continue;
    if (self && self.windowId === tab.windowId) await ext.windows.create({ tabId: self.id });
    await ext.tabs.update(tab.id, { active: true });
    await ext.tabs.create({ url: ext.runtime.getURL('popup/popup.html'), windowId: tab.windowId, active: false });
    return true;
  }
  return false;
}

/**
 * Runs in an extension page: does `what` to the open popup ('read': its
 * status line and pause button; 'press': clicks
 * the button; 'close'), through the extension's own view of its pages.
 */
function inPopup(what) {
  const ext = globalThis.browser ?? globalThis.chrome;
  const view = ext.extension.getViews({ type: 'tab' }).find((w) => w.location.pathname.endsWith('/popup/popup.html'));
  if (!view) return null;
  const doc = view.document;
  const pause = /** @type {HTMLButtonElement | null} */ (doc.getElementById('pause'));
  if (what === 'press') pause?.click();
  if (what === 'close') view.close();
  if (what !== 'read') return true;
  return { status: doc.getElementById('status')?.textContent ?? '', pause: pause?.textContent ?? null, busy: !!pause?.disabled };
}

// ---- assertions ------------------------------------------------------------------

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a, b, slack = 0.5) => a.left >= b.left - slack && a.top >= b.top - slack && a.right <= b.right + slack && a.bottom <= b.bottom + slack;
const show = (r) => `[${Math.round(r.left)},${Math.round(r.top)} → ${Math.round(r.right)},${Math.round(r.bottom)}]`;

/** Waits until marks for `rules` are drawn; returns them. */
async function waitMarks(t, rules, what) {
  return until(async () => {
    const marks = await t.eval(readMarks);
    return rules.every((r) => marks.some((m) => m.rule === r)) && marks;
  }, what ?? `marks for ${rules.join(', ')}`, { timeout: 8000 });
}

/** Asserts that the marks of `rule` cover exactly where `value` (its `last` occurrence, or its first) is on screen. */
async function marksMatch(t, rule, value, where, { last = false } = {}) {
  const marks = (await t.eval(readMarks)).filter((m) => m.rule === rule);
  assert.ok(marks.length > 0, `${where}: marks for ${rule}`);
  const seen = await t.eval(measureValue, { value, marks, last });
  if (seen.kind === 'textarea') {
    assert.equal(seen.firstFrom, seen.start, `${where}: the first mark starts at the value's first character`);
    assert.equal(seen.lastTo, seen.end, `${where}: the last mark ends at the value's last character`);
    assert.ok(seen.inside, `${where}: every mark lies on the value`);
    assert.ok(seen.outsideBefore === null || seen.outsideBefore <= seen.start, `${where}: nothing before the value is marked`);
    assert.ok(seen.outsideAfter === null || seen.outsideAfter >= seen.end, `${where}: nothing after the value is marked`);
  } else {
    assert.ok(seen.boxes, `${where}: the test found the value's text node`);
    assert.equal(marks.length, seen.boxes.length, `${where}: one mark per line box of the value (${marks.map(show)} vs ${seen.boxes.map(show)})`);
    seen.boxes.forEach((b, i) => {
      const m = marks[i];
      const off = Math.max(Math.abs(m.left - b.left), Math.abs(m.top - b.top), Math.abs(m.right - b.right), Math.abs(m.bottom - b.bottom));
      assert.ok(off <= 1, `${where}: mark ${i} ${show(m)} is where the value's text is ${show(b)}`);
    });
  }
}

/** Asserts the panel is in the viewport, off the composer's text, with every choice in view. */
function assertPlaced(layout, where) {
  assert.ok(layout, `${where}: the panel is open`);
  const view = { left: 0, top: 0, right: layout.vw, bottom: layout.vh };
  assert.ok(inside(layout.panel, view), `${where}: the panel ${show(layout.panel)} is inside the ${layout.vw}×${layout.vh} viewport`);
  assert.ok(!overlaps(layout.panel, layout.text), `${where}: the panel ${show(layout.panel)} does not cover the composer's text ${show(layout.text)}`);
  for (const c of layout.choices) {
    assert.ok(inside(c, view) && inside(c, layout.panel), `${where}: "${c.choice}" ${show(c)} is in view in the panel ${show(layout.panel)}`);
  }
}

// ---- the suite, for each browser -------------------------------------------------

for (const [name, launch] of /** @type {const} */ ([
  ['Chromium', launchChromium],
  ['Firefox ESR', launchFirefox],
])) {
  describe(`${name}: the panel and the marks`, () => {
    let b;
    let launchError;
    before(async () => {
      try {
        b = await launch({ testHooks: true });
      } catch (e) {
        launchError = e;
      }
    });
    after(async () => {
      await b?.close();
    });
    const browser = () => {
      if (launchError) throw launchError;
      return b;
    };
    /** Opens `editor` with the default settings at 1280×800. */
    const open = async (editor, options = {}, size = SIZES[0]) => {
      const br = browser();
      await br.setOptions(options);
      const t = await br.open(editor);
      await t.setViewport(size.width, size.height);
      return t;
    };
    const screenshot = async (file) => {
      if (name === 'Chromium') await saveScreenshot(browser().page, file);
    };

    for (const editor of EDITORS) {
      test(`${editor.kind}: the marks cover each finding's text, follow it as the composer scrolls and the window resizes, and are cut where it is hidden`, async () => {
        const t = await open(editor);
        await t.type(`deploy with ${AWS} please, and mail ${ALLOWED}`);
        await waitMarks(t, ['aws-access-key-id', 'email']);
        await marksMatch(t, 'aws-access-key-id', AWS, 'typed');
        await marksMatch(t, 'email', ALLOWED, 'typed');
        if (editor.kind === 'prosemirror') await screenshot('highlights.png');
        // Enough lines that the composer scrolls, the key on the last one.
        for (let i = 1; i <= 14; i++) {
          await t.press('Shift+Enter');
          await t.type(`line ${i}`);
        }
        await t.type(` and the key again ${AWS}`);
        await until(async () => (await t.eval(readMarks)).filter((m) => m.rule === 'aws-access-key-id').length === 1, 'the new key marked, the first one scrolled out of view', { timeout: 8000 });
        await marksMatch(t, 'aws-access-key-id', AWS, 'scrolled to the end', { last: true });
        await t.setViewport(900, 700);
        // The text wraps anew; the browser may leave the caret's line out of view.
        await t.eval(scrollComposer, 'bottom');
        await t.idle(100);
        await marksMatch(t, 'aws-access-key-id', AWS, 'after the window shrank', { last: true });
        assert.equal(await t.eval(scrollComposer, 'top'), true, 'the composer scrolls');
        await t.idle(100);
        const top = await t.eval(readMarks);
        assert.deepEqual(top.map((m) => m.rule).sort(), ['aws-access-key-id', 'email'], 'at the top, the first key and the address are marked, the last key (hidden) is not');
        await marksMatch(t, 'email', ALLOWED, 'scrolled back to the top');
        await t.setViewport(SIZES[0].width, SIZES[0].height);
      });

      test(`${editor.kind}: the panel never covers the composer's text and keeps its choices in view, at 1280×800 and 400×500`, async () => {
        for (const size of SIZES) {
          const t = await open(editor, {}, size);
          await t.type(`deploy with ${AWS} please`);
          await t.press('Enter');
          await t.waitPanel();
          const layout = await t.eval(panelLayout);
          assertPlaced(layout, `${size.width}×${size.height}`);
          assert.equal(layout.focused, 'edit', 'focus starts on "Edit"');
          assert.equal(layout.lang, 'en', 'the panel says its language');
          await t.press('Escape');
        }
        await browser().open(editor).then((t) => t.setViewport(SIZES[0].width, SIZES[0].height));
      });
    }

    test('thirty e-mail addresses and an AWS key: grouped by rule, the key first, the choices in view at both sizes', async () => {
      for (const size of SIZES) {
        const t = await open(EDITORS[1], {}, size);
        await t.copy(MANY);
        await t.paste();
        await t.waitPanel('the paste panel');
        let layout = await t.eval(panelLayout);
        assertPlaced(layout, `paste panel at ${size.width}×${size.height}`);
        assert.deepEqual(layout.groups, [
          { rule: 'aws-access-key-id', count: msg('panelGroupCount', '1'), shown: 1 },
          { rule: 'email', count: msg('panelGroupCount', '30'), shown: 3 },
        ], 'one group per rule, the most severe first, three addresses shown');
        // "Paste anyway" by keyboard: Shift+Tab from the focused "Cancel".
        assert.equal(layout.focused, 'cancel', 'focus starts on "Cancel"');
        await t.pressSeq(['Shift+Tab', 'Enter']);
        await until(async () => (await t.state()).includes(AWS), 'the paste to land');
        await t.press('Enter');
        await t.waitPanel('the warn panel');
        layout = await t.eval(panelLayout);
        assertPlaced(layout, `warn panel at ${size.width}×${size.height}`);
        assert.equal(layout.groups[0].rule, 'aws-access-key-id');
        if (size.width === 1280) await screenshot('panel-many-findings.png');
        if (size.width === 400) await screenshot('panel-narrow.png');
        await t.press('Escape');
        sameList(await t.sent(), [], 'nothing was sent');
      }
      await browser().open(EDITORS[1]).then((t) => t.setViewport(SIZES[0].width, SIZES[0].height));
    });

    test('a true modal: focus starts and stays on the panel, Escape and a click outside choose Edit without sending and give the composer its focus back', async () => {
      const t = await open(EDITORS[3]);
      await t.type(`deploy with ${AWS} please`);
      await t.press('Enter');
      await t.waitPanel();
      const layout = await t.eval(panelLayout);
      const send = layout.choices.find((c) => c.choice === 'send');
      assert.ok(send.cls.includes('secondary') && !send.cls.includes('primary'), '"Send anyway" is a secondary button');
      assert.match(send.background, /rgba\(0, 0, 0, 0\)|transparent/, '"Send anyway" is not filled');
      assert.equal(layout.choices.find((c) => c.choice === 'redact').cls, 'primary', '"Redact and send" is the filled one');
      for (let i = 0; i < 8; i++) {
        await t.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
        assert.equal(await t.panelOpen(), true, `focus is still in the panel after ${i + 1} Tab presses`);
      }
      await t.press('Escape');
      assert.equal(await t.panelOpen(), false, 'Escape closed it');
      assert.equal(await t.composerFocused(), true, 'focus is back in the composer');
      await t.press('Enter');
      await t.waitPanel('the panel again');
      // A click on the page around the panel (the backdrop takes it).
      await t.clickAt(5, 5);
      await until(async () => !(await t.panelOpen()), 'the click outside to close the panel');
      assert.equal(await t.composerFocused(), true, 'focus is back in the composer after the click outside');
      await t.idle();
      sameList(await t.sent(), [], 'neither sent anything');
      sameText(await t.state(), `deploy with ${AWS} please`, 'the prompt is unchanged');
    });

    for (const editor of EDITORS) {
      test(`${editor.kind}: Enter on the focused "Edit" selects the first finding in the editor, ready to be retyped`, async () => {
        const t = await open(editor);
        await t.type(`mail ${ALLOWED} about ${AWS} today`);
        await t.press('Enter');
        await t.waitPanel();
        await t.press('Enter');
        await until(async () => !(await t.panelOpen()), 'Enter to choose "Edit"');
        assert.equal(await t.composerFocused(), true, 'focus is in the composer');
        await t.type('ADDRESS');
        // The editor's own state: the first finding in the text (the address,
        // though the key is listed first) was selected and replaced.
        await until(async () => (await t.state()) === `mail ADDRESS about ${AWS} today`, async () => `the address replaced by typing (editor holds ${JSON.stringify(mask(await t.state()))})`, { timeout: 5000 });
        sameList(await t.sent(), [], 'nothing was sent');
      });
    }

    test('"Not sensitive": allowing a value by keyboard stops it on this site only; the other address and other sites still warn; no storage holds it', async () => {
      const t = await open(EDITORS[1]);
      const site = new URL(await t.eval(() => location.href)).host;
      await t.type(`mail ${ALLOWED} and ${OTHER}`);
      await t.press('Enter');
      await t.waitPanel();
      // Edit → Redact → (wrap) the first address's "Not sensitive?" → its "Allow this value on …".
      await t.pressSeq(['Tab', 'Tab']);
      assert.equal((await t.eval(panelLayout)).focused, 'not-sensitive');
      await t.pressSeq(['Enter', 'Tab']);
      assert.equal((await t.eval(panelLayout)).focused, 'allow-value');
      await t.press('Enter');
      // The panel comes back for the other address only.
      await until(async () => (await t.eval(panelLayout))?.groups?.[0]?.count === msg('panelGroupCount', '1'), 'the panel again, with one address', { timeout: 8000 });
      await t.press('Escape');
      await t.pressSeq(['Control+a', 'Backspace']);
      await t.type(`mail ${ALLOWED}`);
      await t.idle(400);
      await t.press('Enter');
      sameList(await t.waitSent(1), [`mail ${ALLOWED}`], 'the allowed address is sent without a panel on this site');
      const other = await browser().open(EDITORS[0]);
      await other.type(`mail ${ALLOWED}`);
      await other.press('Enter');
      await other.waitPanel('the panel for the same address on another site');
      await other.press('Escape');
      const dump = await browser().storageDump();
      for (const piece of [ALLOWED, ALLOWED.split('@')[0], JSON.stringify(ALLOWED).slice(1, -1)]) assert.ok(!dump.includes(piece), 'no storage area holds the allowed value or its local part');
      assert.deepEqual(secretsIn(dump), []);
      const stored = JSON.parse(dump).local.userOptions.allowlist;
      assert.equal(stored.length, 1);
      assert.deepEqual(stored[0].sites, [site], 'the entry is for the site it was allowed on');
      assert.match(stored[0].hashes[0], /^[0-9a-f]{64}$/, 'a hash, not a value');
      browser().current = null; // the options changed under the harness
    });

    test('"Report a false positive" by keyboard records the rule and the site in the activity log, and the panel stays', async () => {
      const t = await open(EDITORS[2]);
      await t.type(`mail ${OTHER} please`);
      await t.press('Enter');
      await t.waitPanel();
      await t.pressSeq(['Tab', 'Tab', 'Enter', 'Tab', 'Tab']);
      assert.equal((await t.eval(panelLayout)).focused, 'report');
      await t.press('Enter');
      const log = await until(async () => {
        const l = JSON.parse(await browser().storageDump()).local.auditLog ?? [];
        return l.at(-1)?.outcome === 'false-positive' && l;
      }, 'a false-positive event in the activity log');
      const event = log.at(-1);
      assert.deepEqual(event.rules, ['email']);
      assert.equal(event.site, new URL(await t.eval(() => location.href)).host);
      assert.equal(await t.panelOpen(), true, 'the panel is still open');
      await t.press('Escape');
    });

    test('a required reason: the panel says where it goes, "Send anyway" says why it waits, and sends once 3 characters are typed', async () => {
      const t = await open(EDITORS[0], { requireJustification: true });
      await t.type(`deploy with ${AWS} please`);
      await t.press('Enter');
      await t.waitPanel();
      let layout = await t.eval(panelLayout);
      assert.ok(layout.hints.includes(msg('panelReasonLocal')), `the reason is said to stay in this browser: ${layout.hints}`);
      let send = layout.choices.find((c) => c.choice === 'send');
      assert.equal(send.disabled, true);
      assert.equal(send.describedBy, msg('panelReasonNeeded', '3'), '"Send anyway" is described by why it waits');
      await t.pressSeq(['Shift+Tab', 'Enter']);
      assert.equal((await t.eval(panelLayout)).focused, 'textarea', 'Enter on the waiting "Send anyway" takes the user to the reason');
      await t.type('ok');
      assert.equal((await t.eval(panelLayout)).choices.find((c) => c.choice === 'send').disabled, true, 'two characters are not enough');
      await t.type('!');
      layout = await t.eval(panelLayout);
      send = layout.choices.find((c) => c.choice === 'send');
      assert.equal(send.disabled, false, 'three characters are');
      await t.pressSeq(['Tab', 'Enter']);
      sameList(await t.waitSent(1), [`deploy with ${AWS} please`], 'sent once the reason was given');
    });

    test('the words say who decided: the user\'s own "block" is "your settings", never the organisation; PromptWarden is named; a custom rule shows its message', async () => {
      const t = await open(EDITORS[2], { categories: { secret: 'block' }, customRules: [TICKET_RULE] });
      await t.type(`deploy with ${AWS} for ${TICKET}`);
      await t.press('Enter');
      await t.waitPanel();
      const words = await t.eval(panelWords);
      assert.equal(words.title, msg('panelBlockTitle'));
      assert.equal(words.description, msg('panelBlockTextSettings'), 'the block is the user\'s own setting');
      assert.doesNotMatch(words.text, /organi[sz]ation/i, 'nothing in the panel credits an organisation');
      assert.equal(words.brand, 'PromptWarden', 'the panel says whose it is');
      assert.deepEqual(words.ruleMessages, [
        { rule: 'aws-access-key-id', message: null },
        { rule: TICKET_RULE.id, message: TICKET_RULE.message },
      ], "the custom rule's message is shown with its findings, and only there");
      await t.press('Escape');
      sameList(await t.sent(), [], 'nothing was sent');
    });

    test('the popup pauses protection on this site and resumes it: a key goes out unchecked only while paused', async () => {
      const br = browser();
      const t = await open(EDITORS[3]);
      const host = t.editor.host;
      const site = new URL(await t.eval(() => location.href)).host;
      /** The popup over the page, once it has read the tab's status. */
      const popup = async () => {
        assert.equal(await br.extEval(openPopupOver, host), true, `a tab shows ${host}`);
        return until(async () => {
          const p = await br.extEval(inPopup, 'read');
          return p && p.status !== '' && p.status !== msg('popupChecking') && p;
        }, 'the popup to show the tab\'s status');
      };
      let p = await popup();
      assert.match(p.status, new RegExp(site.replace(/[.]/g, '\\.')), `the popup names the site: ${p.status}`);
      assert.equal(p.pause, msg('popupPause'));
      await br.extEval(inPopup, 'press');
      p = await until(async () => {
        const now = await br.extEval(inPopup, 'read');
        return now?.status === msg('popupPaused', site) && now;
      }, 'the popup to say the site is paused');
      await br.extEval(inPopup, 'close');
      await until(async () => (await br.status()).some((s) => s.site === site && s.paused && s.state === 'off'), 'the page to learn it is paused');
      await t.type(`deploy with ${AWS} please`);
      await t.press('Enter');
      sameList(await t.waitSent(1), [`deploy with ${AWS} please`], 'paused: sent without a panel');
      const stored = JSON.parse(await br.storageDump()).local.userOptions;
      assert.ok(stored.excludedSites?.includes(site), `the pause is the user's excluded site: ${JSON.stringify(stored.excludedSites)}`);
      p = await popup();
      assert.equal(p.status, msg('popupExcluded', site));
      assert.equal(p.pause, msg('popupResume'));
      await br.extEval(inPopup, 'press');
      await until(async () => (await br.extEval(inPopup, 'read'))?.status === msg('popupResumed', site), 'the popup to say the site is protected again');
      await br.extEval(inPopup, 'close');
      await until(async () => (await br.status()).some((s) => s.site === site && s.protected), 'the page to be protected again');
      await t.type(`deploy with ${AWS} again`);
      await t.press('Enter');
      await t.waitPanel('the panel, protection back on');
      await t.press('Escape');
      sameList(await t.sent(), [`deploy with ${AWS} please`], 'nothing more was sent');
      br.current = null; // the options changed under the harness
    });

    test('the first burst of typing is marked without another keystroke while the settings are still on their way', async () => {
      // Long enough that typing (slow on a loaded machine) ends before the hello is answered.
      const br = browser();
      await br.setOptions({}, { helloDelayMs: 5000 });
      try {
        const t = await br.open(EDITORS[1], { settled: false });
        await t.type(`deploy with ${AWS} please`);
        const states = (await br.status()).map((s) => s.state);
        assert.ok(states.includes('loading'), `typed before the content script had its settings (states: ${states})`);
        await waitMarks(t, ['aws-access-key-id'], 'the key marked once the settings arrived, with no further keystroke');
        await marksMatch(t, 'aws-access-key-id', AWS, 'after the settings arrived');
      } finally {
        await br.setOptions({}, {});
      }
    });
  });
}

