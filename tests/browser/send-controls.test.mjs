// Send controls no selector knows, on each of the four fixture editors, in
// real Chromium and Firefox ESR: the page's labelled send button replaced
// (www/fixtures/src/chat.js, ?send=…) by
//   div      a bare <div role="button">, no label, no test id
//   svg      an <svg> in a <span> with a click handler (no role, no tab
//            stop, no pointer cursor)
//   sibling  a <button> in a container beside the composer's box
// A secret cannot leave through any of them without a decision (the panel
// opens, nothing is sent); Shift+Enter still makes a new line; a clean
// prompt still goes with one click, exactly once.
//
//   flock /tmp/pw-browser.lock node --test --test-concurrency=1 tests/browser/send-controls.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EDITORS, SECRETS, launchChromium, launchFirefox, sameList, sameText } from './harness.mjs';

const VARIANTS = ['div', 'svg', 'sibling'];
/** The replaced control; the attribute is the test's handle only, nothing in the extension reads it. */
const CONTROL = '[data-fixture-send]';
const SECRET_PROMPT = `here is the key ${SECRETS.aws} for the deploy`;
const LINES = ['first line', 'second line'];

for (const [name, launch] of /** @type {const} */ ([['Chromium', launchChromium], ['Firefox ESR', launchFirefox]])) {
  describe(`${name}: send controls without a label, test id or known selector`, () => {
    let b;
    let launchError;
    before(async () => {
      try {
        b = await launch();
      } catch (e) {
        launchError = e;
      }
    });
    after(async () => {
      await b?.close();
    });

    for (const editor of EDITORS) {
      for (const variant of VARIANTS) {
        test(`${editor.kind} · ${variant}`, async () => {
          if (launchError) throw launchError;
          const t = await b.open({ ...editor, query: `?send=${variant}` });
          assert.equal(await t.eval(() => document.querySelector('[data-testid="send-button"]')), null, 'the labelled send button is gone');

          await t.type(SECRET_PROMPT);
          await t.click(CONTROL);
          await t.waitPanel(`the panel to open on the ${variant} control`);
          await t.idle(300);
          sameList(await t.sent(), [], `a secret does not leave through the ${variant} control`);
          await t.press('Escape');
          await t.idle(100);
          sameList(await t.sent(), [], 'nor after the panel closed');

          await t.focusComposer();
          await t.pressSeq(['Control+a', 'Backspace']);
          await t.type(LINES[0]);
          await t.press('Shift+Enter');
          await t.type(LINES[1]);
          sameText(await t.state(), LINES.join('\n'), 'Shift+Enter makes a new line');
          sameList(await t.sent(), [], 'Shift+Enter sends nothing');

          await t.click(CONTROL);
          sameList(await t.waitSent(1, 'one click to send the clean prompt'), [LINES.join('\n')], 'the clean prompt goes as typed');
          await t.idle(300);
          assert.equal((await t.sent()).length, 1, 'exactly once');
          assert.equal(await t.panelOpen(), false, 'no panel for a clean prompt');
        });
      }
    }
  });
}
