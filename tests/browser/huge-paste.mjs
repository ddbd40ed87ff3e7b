// What the huge-paste tests of both browsers share: putting megabytes (or a
// thousand findings) on the clipboard, timing the page's own read of them,
// and watching the page's main thread while the extension checks them.
//
// Chromium reports blocked stretches through the Long Tasks API; Firefox has
// no such API, so there a timer chain in the page records every stretch in
// which it could not run. Both count what the page's own script would feel.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EDITORS, SECRETS, until } from './harness.mjs';

export const MB = 1024 * 1024;

/** The budget for one main-thread task (the Long Tasks API reports tasks over 50 ms). */
export const LONG_TASK_BUDGET_MS = 50;

/** `n` lines of customer records, one e-mail address (one finding) each. */
export function customerList(n) {
  return Array.from({ length: n }, (_, i) => `customer ${i}: Jordan Miller, jordan.miller${i}@brightlane-tools.io, order ${1000 + i} shipped`).join('\n');
}

/**
 * Puts text on the clipboard with a real Ctrl+C, through a copy handler of
 * the page's own that also keeps the editor's copy handler (Lexical's
 * copies its selection) from overwriting it. `spec` is `{ text }`, or
 * `{ size, tail }` for `size` characters of prose ending in `tail`, built
 * in the page: 10 MB does not cross the automation protocol (and a scratch
 * textarea holding it would take the page seconds to lay out).
 * @param {{ eval: Function, press: (key: string) => Promise<void> }} t
 * @param {{ text: string } | { size: number, tail: string }} spec
 */
async function copyInPage(t, spec) {
  await t.eval(({ text, size, tail }) => {
    if (typeof text !== 'string') {
      const unit = 'the quick brown fox jumps over the lazy dog 0123456789\n';
      text = unit.repeat(Math.ceil((size - tail.length) / unit.length)).slice(0, size - tail.length) + tail;
    }
    document.addEventListener(
      'copy',
      (e) => {
        e.clipboardData.setData('text/plain', text);
        e.preventDefault();
        e.stopImmediatePropagation();
      },
      { once: true, capture: true },
    );
  }, spec);
  await t.press('Control+C');
}

/** Puts `size` characters of prose ending in `tail` on the clipboard (see copyInPage). */
export const copyBig = (t, size, tail = '') => copyInPage(t, { size, tail });

/** Puts `text` on the clipboard (see copyInPage). */
export const copyText = (t, text) => copyInPage(t, { text });

/** The length of the textarea fixture's text. */
export const textareaLength = (t) => t.eval(() => window.editor.value.length);

/**
 * Runs in the page: on the next paste, reads the text as any paste handler
 * would (getData) and records how long that took; the paste is cancelled.
 */
export function measureRead() {
  window.__pwRead = null;
  document.addEventListener(
    'paste',
    (e) => {
      const t0 = performance.now();
      const text = e.clipboardData.getData('text/plain');
      window.__pwRead = { ms: performance.now() - t0, length: text.length };
      e.preventDefault();
    },
    { once: true, capture: true },
  );
}

/**
 * Runs in the page: starts a chain of zero-delay timers and records every
 * stretch over `budget` ms in which the next one could not run, i.e. the
 * main thread was busy (the browser clamps nested timers to 4 ms, far
 * under the budget).
 */
export function watchBlockedStretches(budget) {
  const watch = { stretches: [], running: true };
  window.__pwBlocked = watch;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > budget) watch.stretches.push({ start: Math.round(last), duration: Math.round(now - last) });
    last = now;
    if (watch.running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
}

/** Runs in the page: stops watchBlockedStretches() after two more frames and returns what it saw. */
export async function blockedStretches() {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
  window.__pwBlocked.running = false;
  return window.__pwBlocked.stretches;
}

/** The longest of `tasks` ({ duration } each), 0 if none. */
export const maxOf = (tasks) => Math.max(0, ...tasks.map((e) => e.duration));

/**
 * Asserts the budget for a held huge paste: while the paste is held the
 * page does nothing, so every blocked stretch is the extension's. The one
 * floor it cannot go under is getting the pasted text into script at all
 * (getData in the paste event, `readMs` as measured with the extension off).
 * Everything else (the trip to the background engine, the scan, the panel)
 * must fit in the budget on top of that one stretch; all others in the
 * budget alone.
 */
export function assertPasteBudget(tasks, readMs) {
  const [first, ...rest] = [...tasks].sort((a, b) => b.duration - a.duration);
  if (first) assert.ok(first.duration <= readMs + LONG_TASK_BUDGET_MS, `a long task of ${first.duration} ms (reading the text costs ${readMs.toFixed(1)} ms; budget on top ${LONG_TASK_BUDGET_MS} ms): ${JSON.stringify(tasks)}`);
  for (const task of rest) assert.ok(task.duration <= LONG_TASK_BUDGET_MS, `a second long task of ${task.duration} ms: ${JSON.stringify(tasks)}`);
}

/**
 * How long the extension may block the page for an edit the editor itself
 * blocked it `native` for: `times` that (twice unless a caller says why)
 * and a margin, as both runs share two
 * cores with the browser and the editor's cost varies from run to run. A
 * stretch under the budget is not recorded, so the editor's own counts as
 * at least the budget.
 */
function pasteLimit(native, times = 2) {
  return times * Math.max(maxOf(native), LONG_TASK_BUDGET_MS) + 2 * LONG_TASK_BUDGET_MS;
}

/**
 * "Paste anyway" of a long text into each rich editor costs the page what
 * the editor's own paste of the same text costs: the extension hands the
 * editor one paste, not thousands of editing commands (which took 25 to
 * 176 s for 256 KB in Chromium).
 * @param {() => any} getBrowser the launched browser (throws if none)
 */
export function richPasteSuite(getBrowser) {
  const size = MB / 4;
  const tail = ` ${SECRETS.aws}`;
  describe(`"Paste anyway" of ${size / 1024} KB into the rich editors`, () => {
    for (const editor of EDITORS.filter((e) => e.kind !== 'textarea')) {
      test(`${editor.kind}: the page is blocked no longer than by the editor's own paste of it`, async (tc) => {
        const b = getBrowser();
        /** Pastes (trusted Ctrl+V, or "Paste anyway" in the panel) and returns the blocked stretches until the text is in. */
        const pasted = async (t, viaPanel) => {
          await copyBig(t, size, tail);
          if (viaPanel) {
            await t.paste();
            await t.waitPanel('the paste panel', { timeout: 20_000 });
          }
          await t.eval(watchBlockedStretches, LONG_TASK_BUDGET_MS);
          const t0 = Date.now();
          if (viaPanel) await t.choose('paste', 'paste');
          else await t.paste();
          await until(async () => (await t.state()).length >= size - 64, `the ${size / 1024} KB text in the ${editor.kind} editor`, { timeout: 60_000, interval: 100 });
          const ms = Date.now() - t0;
          const state = await t.state();
          assert.ok(state.endsWith(tail), `the text ends as pasted (${state.length} characters)`);
          return { ms, stretches: await t.eval(blockedStretches) };
        };
        await b.setOptions({ excludedSites: [editor.host] });
        const native = await pasted(await b.open(editor, { unprotected: true }), false);
        await b.setOptions({});
        const ours = await pasted(await b.open(editor), true);
        tc.diagnostic(`${editor.kind}: the editor's own paste: in after ${native.ms} ms, blocked ${JSON.stringify(native.stretches)}; "Paste anyway": in after ${ours.ms} ms, blocked ${JSON.stringify(ours.stretches)}`);
        const limit = pasteLimit(native.stretches);
        assert.ok(maxOf(ours.stretches) <= limit, `"Paste anyway" blocked the page ${maxOf(ours.stretches)} ms; the editor's own paste ${maxOf(native.stretches)} ms (limit ${limit} ms)`);
      });
    }
  });
}

/**
 * "Redact and send" with a thousand findings blocks the page no longer than
 * the editor's own paste of the redacted text over the original: the replacements reach the
 * editor as one edit, not a thousand (which held the page 4.4 to 5.7 s, or
 * took Lexical 20 s, for 85 KB in Chromium).
 * @param {() => any} getBrowser the launched browser (throws if none)
 */
export function manyFindingsSuite(getBrowser) {
  const n = 1000;
  const text = customerList(n);
  describe(`"Redact and send" with ${n} e-mail addresses in ${Math.round(text.length / 1024)} KB`, () => {
    for (const editor of EDITORS) {
      test(`${editor.kind}: every one replaced, and the page blocked no longer than by the editor's own paste of the result`, async (tc) => {
        const b = getBrowser();
        const textIn = (t) => until(async () => (await t.state()).length >= text.length, `the ${n} lines in the ${editor.kind} composer`, { timeout: 30_000, interval: 100 });

        // The edit we make, done by the editor itself: select all, then its
        // own paste of the redacted text over the whole original. Selecting
        // is part of the edit: a rich editor maps a selection over a
        // thousand lines to its model (Quill: 100 to 200 ms in Chromium),
        // and the extension has to select its span too.
        await b.setOptions({ excludedSites: [editor.host] });
        let t = await b.open(editor, { unprotected: true });
        await copyText(t, text);
        await t.paste();
        await textIn(t);
        await copyText(t, text.replace(/jordan\.miller(\d+)@brightlane-tools\.io/g, (_, i) => `[EMAIL_${Number(i) + 1}]`));
        await t.eval(watchBlockedStretches, LONG_TASK_BUDGET_MS);
        await t.press('Control+A');
        await t.paste();
        await until(async () => (await t.state()).endsWith(`[EMAIL_${n}], order ${999 + n} shipped`), 'the redacted text pasted over the original', { timeout: 30_000, interval: 100 });
        const native = await t.eval(blockedStretches);

        await b.setOptions({});
        t = await b.open(editor);
        await copyText(t, text);
        await t.paste();
        await t.waitPanel('the paste panel', { timeout: 20_000 });
        await t.choose('paste', 'paste');
        await textIn(t);
        await t.press('Enter');
        await t.waitPanel('the warn panel on Enter', { timeout: 20_000 });
        await t.eval(watchBlockedStretches, LONG_TASK_BUDGET_MS);
        const t0 = Date.now();
        await t.choose('warn', 'redact');
        const [sent] = await until(async () => {
          const s = await t.sent();
          return s.length > 0 && s;
        }, 'the redacted prompt to be sent', { timeout: 60_000, interval: 100 });
        const ms = Date.now() - t0;
        const ours = await t.eval(blockedStretches);
        tc.diagnostic(`${editor.kind}: the editor's own paste over the text blocked ${JSON.stringify(native)}; "Redact and send": sent after ${ms} ms, blocked ${JSON.stringify(ours)}`);
        const placeholders = new Set(sent.match(/\[EMAIL_\d+\]/g));
        assert.equal(placeholders.size, n, `${n} distinct placeholders in the sent prompt`);
        assert.ok(!sent.includes('@brightlane-tools.io'), 'no address left in the sent prompt');
        assert.ok(sent.startsWith('customer 0: Jordan Miller, [EMAIL_') && sent.endsWith(`, order ${999 + n} shipped`), 'the text around the addresses is kept');
        // Three times, not two: the same paste event costs Quill in Chromium
        // 1.5 to 1.7 times as much right after the extension's scan of the
        // thousand findings as on a quiet page (173 against 289 ms, both
        // dispatched by script), and machines differ. A thousand separate
        // edits, the failure this guards against, cost twenty times as much.
        const limit = pasteLimit(native, 3);
        assert.ok(maxOf(ours) <= limit, `"Redact and send" blocked the page ${maxOf(ours)} ms; the editor's own paste over the text ${maxOf(native)} ms (limit ${limit} ms)`);
      });
    }
  });
}
