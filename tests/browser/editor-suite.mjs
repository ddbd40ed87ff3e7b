// What a user of each chat app sees the extension do, for each of the four
// fixture editors, in whichever browser `getBrowser()` returns (Chromium or
// Firefox: harness.mjs gives both the same methods). The browser files call
// editorSuite() inside their own launch/close hooks.
//
// Every check reads what the app itself would send (window.sent, filled by
// the editor's own send) or the editor's own state, never the DOM the
// extension wrote.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EDITORS, SECRETS, SECRET_SLICES, mask, sameList, sameText, sleep, until } from './harness.mjs';

const AWS = SECRETS.aws;
/** A prompt a user might type, with the key in the middle. */
export const AWS_PROMPT = `deploy with ${AWS} please`;
export const AWS_REDACTED = 'deploy with [AWS_ACCESS_KEY_1] please';

/** One frame at 60 Hz plus a few milliseconds: how long a clean, pre-scanned prompt may take to go out. */
export const CLEAN_SEND_BUDGET_MS = 1000 / 60 + 8;

/** Asserts that no secret, nor its distinctive slice, is in `text`. */
export function noSecretIn(text, what) {
  for (const [name, value] of Object.entries(SECRETS)) {
    assert.ok(!text.includes(value), `${what} contains the ${name} secret: ${mask(text)}`);
    assert.ok(!text.includes(SECRET_SLICES[name]), `${what} contains a piece of the ${name} secret: ${mask(text)}`);
  }
}

/**
 * In Chromium: the open panel as the accessibility tree shows it must be an
 * alertdialog with a name, show the rule's title and a masked preview, and
 * never the secret. Elsewhere (no accessibility tree to read): nothing.
 * @param {any} t the page (harness tab helpers)
 * @param {{ title?: string, buttons?: string[], titleRule?: string | null, preview?: string | null }} [expect]
 *   what to check: the accessible name, the buttons in order, the rule title
 *   and the preview in the text (null: not checked)
 * @returns the panel as read, or null
 */
export async function checkPanel(t, { title, buttons, titleRule = 'AWS access key ID', preview = 'AKIA****' } = {}) {
  if (!t.axPanel) return null;
  const p = await t.axPanel();
  assert.ok(p, 'the accessibility tree has an alertdialog');
  assert.equal(p.role, 'alertdialog');
  assert.ok(p.name.trim().length > 0, 'the alertdialog has an accessible name');
  if (title) assert.equal(p.name, title, 'the panel title');
  assert.ok(p.description.trim().length > 0, 'the alertdialog has a description');
  if (titleRule) assert.ok(p.text.includes(titleRule), `the panel names the rule "${titleRule}": ${mask(p.text)}`);
  if (preview) assert.ok(p.text.includes(preview), `the panel shows the masked preview: ${mask(p.text)}`);
  if (buttons) assert.deepEqual(p.buttons, buttons, 'the panel buttons, in order');
  noSecretIn(p.text, 'the panel');
  return p;
}

const BLOCK = { categories: { secret: 'block' } };
const REDACT = { categories: { secret: 'redact' } };

/**
 * One behaviour to check in one editor: `run(t, { browser, editor, tc })`
 * gets the freshly opened fixture page (harness tab helpers), the browser,
 * the editor and the node:test context.
 * @typedef {{ name: string, run: (t: any, ctx: { browser: any, editor: any, tc: any }) => Promise<void> }} Case
 * @typedef {{ settings: string, options: object, hooks?: object, editors?: string[], cases: Case[] }} Group
 */

/**
 * Runs each group's cases for each editor. The groups are the outer loop so
 * that the background rebuilds its scanner once per group, not once per
 * test (a rebuild costs the service worker a few hundred milliseconds).
 * @param {() => any} getBrowser
 * @param {Group[]} groups
 */
function runGroups(getBrowser, groups) {
  for (const group of groups) {
    for (const editor of EDITORS.filter((e) => !group.editors || group.editors.includes(e.kind))) {
      describe(`${group.settings} · ${editor.kind} (https://${editor.host}/)`, () => {
        for (const c of group.cases) {
          test(c.name, async (tc) => {
            const browser = getBrowser();
            await browser.setOptions(group.options, group.hooks ?? {});
            const t = await browser.open(editor);
            await c.run(t, { browser, editor, tc });
          });
        }
      });
    }
  }
}

/**
 * What a user sees at send and paste time, for each editor.
 * @param {() => any} getBrowser the launched browser (harness launchChromium/launchFirefox)
 * @param {{ ime?: (t: any) => Promise<void> }} opts `ime(t)`: composes, presses Enter inside the composition, commits '日本'
 */
export function editorSuite(getBrowser, opts = {}) {
  /** @type {Case[]} */
  const warn = [
    {
      name: 'warn (default): Enter with an AWS key is held, the panel shows it, "Send anyway" sends it unchanged',
      async run(t) {
        await t.type(AWS_PROMPT);
        await t.press('Enter');
        await t.waitPanel('the warn panel to open on Enter');
        await t.idle();
        sameList(await t.sent(), [], 'nothing is sent while the panel is open');
        sameText(await t.state(), AWS_PROMPT, 'the prompt is still in the composer');
        await checkPanel(t, { buttons: ['Edit', 'Send anyway', 'Redact and send'] });
        // A second Enter while the panel is open must not slip through.
        await t.press('Enter');
        await t.idle(100);
        sameList(await t.sent(), [], 'a second Enter with the panel open sends nothing');
        await t.choose('warn', 'send');
        sameList(await t.waitSent(1), [AWS_PROMPT], '"Send anyway" sends the prompt as typed');
        assert.equal(await t.panelOpen(), false, 'the panel is closed');
        sameText(await t.state(), '', 'the editor is empty after the send');
      },
    },
    {
      name: 'warn: "Redact and send" sends placeholders from the editor\'s own state',
      async run(t) {
        await t.type(AWS_PROMPT);
        await t.press('Enter');
        await t.waitPanel();
        await t.choose('warn', 'redact');
        const sent = await t.waitSent(1);
        sameList(sent, [AWS_REDACTED], '"Redact and send" sends the placeholder');
        noSecretIn(sent[0], 'the sent prompt');
        sameText(await t.state(), '', 'the editor is empty after the send');
      },
    },
    {
      name: 'Escape closes the panel as "Edit": nothing sent, the text kept, focus back in the composer',
      async run(t) {
        await t.type(AWS_PROMPT);
        await t.press('Enter');
        await t.waitPanel();
        const p = await checkPanel(t);
        if (p) assert.equal(p.modal, true, 'aria-modal');
        await t.press('Escape');
        assert.equal(await t.panelOpen(), false, 'Escape closed the panel');
        assert.equal(await t.composerFocused(), true, 'focus is back in the composer');
        if (t.axPanel) assert.equal(await t.axPanel(), null, 'no alertdialog left in the accessibility tree');
        await t.idle();
        sameList(await t.sent(), [], 'Escape sends nothing');
        sameText(await t.state(), AWS_PROMPT, 'the prompt is unchanged');
        // The user keeps typing where they were: the key is removed by hand,
        // and the clean prompt then goes out.
        await t.pressSeq(Array(' please'.length + AWS.length + 1).fill('Backspace'));
        await t.type(' please');
        sameText(await t.state(), 'deploy with please', 'typing continued in the composer');
        await t.press('Enter');
        sameList(await t.waitSent(1), ['deploy with please'], 'the edited prompt is sent');
      },
    },
    {
      name: 'a clean prompt is sent at once, with no panel, when the verdict was cached by a pause while typing',
      async run(t, { browser, editor, tc }) {
        const clean = 'summarise the release notes for version 2.4 in three bullet points';
        await t.type(clean);
        // The pause: the content script scans 150 ms after the last input
        // (plus the scan itself, a message round trip with the background engine).
        await sleep(600);
        await t.press('Enter');
        sameList(await t.waitSent(1), [clean], 'the clean prompt is sent');
        assert.equal(await t.panelOpen(), false, 'no panel');
        const { enters, sends, resends } = await t.probe();
        // The page's own capture listener runs after the extension's: had the
        // extension held the send, it would have stopped the Enter there.
        const enter = enters.filter((e) => e.trusted).at(-1);
        assert.ok(enter, 'the trusted Enter reached the page (the extension did not stop it)');
        assert.deepEqual(resends, [], 'the extension did not re-send');
        assert.equal(sends[0].inKeydown, true, "the send happened in the Enter keydown's own task");
        // From the browser's creation of the keydown to the app taking the
        // text: the extension's listener, the editor's key handling and the
        // input delivery. The part before the page saw the event is all the
        // extension could have added.
        const total = sends[0].at - enter.t;
        const beforePage = enter.at - enter.t;
        tc.diagnostic(`${browser.name} ${editor.kind}: sent ${total.toFixed(1)} ms after the Enter was created, ${beforePage.toFixed(1)} ms of it before the page saw the event (${t.engine} engine)`);
        assert.ok(total >= 0 && total <= CLEAN_SEND_BUDGET_MS, `sent ${total.toFixed(1)} ms after the Enter keydown (budget ${CLEAN_SEND_BUDGET_MS.toFixed(1)} ms)`);
        assert.equal(enters.length, 1, 'one Enter keydown');
        await t.idle(200);
        assert.equal((await t.sent()).length, 1, 'sent once');
      },
    },
    {
      name: 'Shift+Enter inserts a newline and does not send, even with a key in the text',
      async run(t) {
        await t.type(`key ${AWS}`);
        await t.press('Shift+Enter');
        await t.type('next line');
        await t.idle();
        sameList(await t.sent(), [], 'Shift+Enter sends nothing');
        assert.equal(await t.panelOpen(), false, 'Shift+Enter opens no panel');
        sameText(await t.state(), `key ${AWS}\nnext line`, 'the newline is in the editor');
        // Enter is still checked.
        await t.press('Enter');
        await t.waitPanel('Enter after Shift+Enter opens the panel');
      },
    },
    {
      name: 'a key broken over two lines (Shift+Enter inside it) is still held on Enter',
      async run(t) {
        // A narrow terminal wraps a copied key; rich editors hold the two
        // parts in separate blocks or around a <br>.
        await t.type(`key ${AWS.slice(0, 12)}`);
        await t.press('Shift+Enter');
        await t.type(AWS.slice(12));
        await t.press('Enter');
        await t.waitPanel('the panel opens for the wrapped key');
        await t.idle();
        sameList(await t.sent(), [], 'nothing is sent while the panel is open');
      },
    },
  ];
  if (opts.ime) {
    warn.push(
      {
        name: 'Enter during an IME composition does not send and opens no panel',
        async run(t) {
          await t.type(`key ${AWS} `);
          await opts.ime(t);
          await t.idle();
          const composing = (await t.probe()).enters.find((e) => e.composing || e.keyCode === 229);
          assert.ok(composing && composing.trusted, 'the page saw a trusted Enter keydown inside the composition');
          sameList(await t.sent(), [], 'the composing Enter sent nothing');
          assert.equal(await t.panelOpen(), false, 'the composing Enter opened no panel');
          sameText(await t.state(), `key ${AWS} 日本`, 'the composition was committed');
          // After the composition, Enter is a send attempt again.
          await t.press('Enter');
          await t.waitPanel('Enter after the composition opens the panel');
        },
      },
    );
  }
  warn.push(
    {
      name: 'paste of a private key: the paste prompt; "Paste redacted" inserts the placeholder',
      async run(t) {
        // Several lines, as a key file is pasted: the line breaks must survive.
        await t.copy(`${SECRETS.privateKey}\nrotate it today`);
        await t.type('my key: ');
        await t.paste();
        await t.waitPanel('the paste panel to open');
        await checkPanel(t, { buttons: ['Cancel', 'Paste anyway', 'Paste redacted'], titleRule: 'PEM private key', preview: '-----BEGIN RSA PRIVATE KEY-----' });
        sameText(await t.state(), 'my key: ', 'nothing pasted while the panel is open');
        await t.choose('paste', 'paste-redacted');
        const expected = 'my key: [PRIVATE_KEY_1]\nrotate it today';
        await until(async () => (await t.state()) === expected, async () => `the composer to hold the placeholder (has ${JSON.stringify(mask(await t.state()))})`, { timeout: 5000 });
        noSecretIn(await t.state(), 'the composer');
        // The composer works on: the redacted prompt is sent by Enter.
        await t.press('Enter');
        sameList(await t.waitSent(1), [expected], 'the redacted paste is what is sent');
      },
    },
    {
      name: 'paste of a private key: "Cancel" inserts nothing',
      async run(t) {
        await t.copy(SECRETS.privateKey);
        await t.type('my key: ');
        await t.paste();
        await t.waitPanel('the paste panel to open');
        await t.choose('paste', 'cancel');
        assert.equal(await t.panelOpen(), false, 'the panel closed');
        await t.idle();
        sameText(await t.state(), 'my key: ', 'nothing was pasted');
        assert.equal(await t.composerFocused(), true, 'focus is back in the composer');
      },
    },
    {
      name: 'a clean paste goes through, with no panel',
      async run(t) {
        const notes = 'notes from the meeting:\nship on Friday';
        await t.copy(notes);
        await t.type('summarise: ');
        await t.eval(() => {
          window.__pw.pastes = [];
          // Capture on document: after the extension's capture listener on window.
          document.addEventListener('paste', (e) => window.__pw.pastes.push({ trusted: e.isTrusted }), true);
        });
        await t.paste();
        const expected = `summarise: ${notes}`;
        await until(async () => (await t.state()) === expected, async () => `the pasted text in the composer (has ${JSON.stringify(await t.state())})`, { timeout: 5000 });
        assert.equal(await t.panelOpen(), false, 'no panel');
        const pastes = await t.eval(() => window.__pw.pastes);
        // With the in-page engine the verdict is synchronous and the browser's
        // own paste goes ahead; with the background engine the extension has
        // to hold the paste for one round trip and inserts the text itself.
        if (t.engine === 'page') assert.equal(pastes.length, 1, 'the native paste reached the page (in-page engine)');
        t.nativePaste = pastes.length === 1;
        await t.press('Enter');
        sameList(await t.waitSent(1), [expected], 'the pasted text is sent as pasted');
      },
    },
    {
      name: 'send button, warn mode: the panel opens; "Send anyway" sends',
      async run(t) {
        await t.type(AWS_PROMPT);
        await t.clickSend();
        await t.waitPanel('the warn panel to open on the send button');
        await checkPanel(t, { buttons: ['Edit', 'Send anyway', 'Redact and send'] });
        await t.idle();
        sameList(await t.sent(), [], 'the click sent nothing yet');
        await t.choose('warn', 'send');
        sameList(await t.waitSent(1), [AWS_PROMPT], 'sent as typed after "Send anyway"');
      },
    },
  );
  runGroups(getBrowser, [
    { settings: 'warn (default)', options: {}, cases: warn },
    {
      settings: 'block',
      options: BLOCK,
      cases: [
        {
          name: 'block: Enter is held, stays held, and the text stays in the composer',
          async run(t) {
            await t.type(AWS_PROMPT);
            await t.press('Enter');
            await t.waitPanel('the block panel to open');
            await checkPanel(t, { buttons: ['Edit', 'Redact'] });
            await t.idle(600);
            sameList(await t.sent(), [], 'nothing is sent');
            // "Edit" closes the panel; another Enter is held again.
            await t.choose('block', 'edit');
            assert.equal(await t.panelOpen(), false);
            await t.press('Enter');
            await t.waitPanel('the block panel to open again');
            await t.press('Escape');
            await t.idle(500);
            sameList(await t.sent(), [], 'still nothing sent');
            sameText(await t.state(), AWS_PROMPT, 'the prompt is still in the composer');
          },
        },
        {
          name: 'block: "Redact" replaces the key in the composer and does not send',
          async run(t) {
            await t.type(AWS_PROMPT);
            await t.press('Enter');
            await t.waitPanel();
            await t.choose('block', 'redact');
            await until(async () => (await t.state()) === AWS_REDACTED, 'the composer to hold the redacted prompt', { timeout: 5000 });
            await t.idle();
            sameList(await t.sent(), [], 'block mode never sends by itself');
            // The redacted prompt is clean: Enter now sends it.
            await t.press('Enter');
            sameList(await t.waitSent(1), [AWS_REDACTED], 'the redacted prompt is sent on the next Enter');
          },
        },
        {
          name: 'send button, block mode: a click with a key in the composer does not send',
          async run(t) {
            await t.type(AWS_PROMPT);
            await t.clickSend();
            await t.waitPanel('the block panel to open on the send button');
            await t.idle(500);
            sameList(await t.sent(), [], 'the click sent nothing');
            sameText(await t.state(), AWS_PROMPT, 'the prompt is still in the composer');
          },
        },
      ],
    },
    {
      // One editor is enough here: the panel is the same everywhere.
      settings: 'warn, justification required',
      options: { requireJustification: true },
      editors: ['prosemirror'],
      cases: [
        {
          name: '"Send anyway" needs a typed reason; the reason is logged and the prompt sent unchanged',
          async run(t, { browser }) {
            await t.type(AWS_PROMPT);
            await t.press('Enter');
            await t.waitPanel();
            if (t.axPanel) {
              const p = await t.axPanel();
              const send = p.inside.find((n) => n.role === 'button' && n.name === 'Send anyway');
              assert.ok(send?.disabled, '"Send anyway" is disabled until a reason is typed');
              assert.ok(p.inside.some((n) => n.role === 'textbox' && n.focused), 'the reason field has focus');
            }
            const reason = 'customer asked for it';
            await t.type(reason);
            await t.choose('warn', 'send', { justification: true });
            sameList(await t.waitSent(1), [AWS_PROMPT], 'sent as typed once a reason was given');
            const log = JSON.parse(await browser.storageDump()).local.auditLog;
            const last = log.at(-1);
            assert.equal(last.outcome, 'overridden');
            assert.equal(last.justification, reason, 'the reason is in the audit log');
            assert.deepEqual(last.rules, ['aws-access-key-id']);
          },
        },
      ],
    },
    {
      settings: 'redact',
      options: REDACT,
      cases: [
        {
          name: 'redact mode: Enter sends the prompt with [AWS_ACCESS_KEY_1] in place of the key',
          async run(t) {
            await t.type(AWS_PROMPT);
            await t.press('Enter');
            const sent = await t.waitSent(1);
            sameList(sent, [AWS_REDACTED], 'the sent prompt has the placeholder');
            noSecretIn(sent[0], 'the sent prompt');
            assert.equal(await t.panelOpen(), false, 'no panel in redact mode');
            sameText(await t.state(), '', 'the editor is empty after the send');
          },
        },
      ],
    },
  ]);
}

/**
 * The engine fallback and the fail modes, for each editor.
 * @param {() => any} getBrowser
 * @param {{ failPanelTitle?: string }} opts the fail-closed panel's title, checked where the panel can be read
 */
export function engineSuite(getBrowser, { failPanelTitle } = {}) {
  runGroups(getBrowser, [
    {
      settings: 'forced background engine',
      options: {},
      hooks: { engine: 'background' },
      cases: [
        {
          name: 'forced background engine: warn panel and "Redact and send" behave the same',
          async run(t) {
            assert.equal(t.engine, 'background', 'pw:status reports the background engine');
            await t.type(AWS_PROMPT);
            await t.press('Enter');
            await t.waitPanel();
            await checkPanel(t, { buttons: ['Edit', 'Send anyway', 'Redact and send'] });
            await t.choose('warn', 'redact');
            const sent = await t.waitSent(1);
            sameList(sent, [AWS_REDACTED], 'placeholders sent');
          },
        },
      ],
    },
    {
      settings: 'forced background engine, redact mode',
      options: REDACT,
      hooks: { engine: 'background' },
      cases: [
        {
          name: 'forced background engine: redact mode sends placeholders',
          async run(t) {
            assert.equal(t.engine, 'background');
            await t.type(AWS_PROMPT);
            await t.press('Enter');
            sameList(await t.waitSent(1), [AWS_REDACTED], 'placeholders sent');
            assert.equal(await t.panelOpen(), false);
          },
        },
      ],
    },
    {
      settings: 'forced background engine, each scan answered 800 ms late',
      options: {},
      hooks: { engine: 'background', scanDelayMs: 800 },
      cases: [
        {
          name: 'a text edited while its send waits for the engine is not sent: the next send decides',
          async run(t) {
            await t.type('a perfectly clean prompt');
            await t.press('Enter');
            // The decision is pending; the user adds a key before it comes.
            await t.type(' AKIAZ7VRSQ5TBLN2MXQE');
            await t.idle(2000);
            sameList(await t.sent(), [], 'the held send is dropped once the text changed: nothing went out unchecked');
            await t.press('Enter');
            await t.waitPanel('the panel to open for the edited text', { timeout: 8000 });
            sameList(await t.sent(), [], 'the key is held');
          },
        },
      ],
    },
    {
      settings: 'engine unavailable, failMode closed',
      options: { failMode: 'closed' },
      hooks: { engine: 'unavailable' },
      cases: [
        {
          name: 'engine unavailable, failMode closed: the send is blocked with the fail-closed panel',
          async run(t) {
            assert.equal(t.engine, 'unavailable', 'pw:status reports the engine unavailable');
            await t.type('a perfectly clean prompt');
            await t.press('Enter');
            await t.waitPanel('the fail-closed panel to open');
            const p = await checkPanel(t, { titleRule: null, preview: null, buttons: ['OK'], title: failPanelTitle });
            if (p) assert.equal(p.role, 'alertdialog');
            await t.idle(500);
            sameList(await t.sent(), [], 'nothing sent while the engine is unavailable');
            await t.choose('fail-closed', 'ok');
            assert.equal(await t.panelOpen(), false);
            await t.idle();
            sameList(await t.sent(), [], 'OK does not send');
            sameText(await t.state(), 'a perfectly clean prompt', 'the prompt stays');
          },
        },
      ],
    },
    {
      settings: 'engine unavailable, failMode open',
      options: { failMode: 'open' },
      hooks: { engine: 'unavailable' },
      cases: [
        {
          name: 'engine unavailable, failMode open: the send goes through',
          async run(t) {
            assert.equal(t.engine, 'unavailable');
            await t.type(AWS_PROMPT);
            await t.press('Enter');
            sameList(await t.waitSent(1), [AWS_PROMPT], 'sent as typed (fail open)');
            assert.equal(await t.panelOpen(), false, 'no panel');
          },
        },
      ],
    },
  ]);
}
