/**
 * Content script entry, injected at document_start on the chat sites (the
 * manifest's built-in ones, and the ones a policy adds, see
 * background/registrations.js).
 *
 * The listeners are registered synchronously, in capture phase on window, so
 * they run before any handler the chat app attaches to its editor. They only
 * look at trusted events: the app's own synthetic events and our re-sends
 * pass through. A clean prompt is never held back: when the verdict for the
 * current text is known (scanned while typing, or synchronously by the
 * in-page engine) the event continues untouched. Which field is the
 * composer and which click is a send is composer-detect.js's question.
 */

import { generic } from '../sites.json';
import { ext } from '../shared/ext.js';
import { t } from '../shared/i18n.js';
import { MSG } from '../shared/messages.js';
import { Overlay } from '../ui/overlay.js';
import { MIN_REASON } from '../ui/panel.js';
import * as detect from './composer-detect.js';
import { applyReplacements, insertText, readText, selectSpan } from './composers.js';
import * as engine from './engine.js';
import { FileGuard } from './files.js';
import { Session } from './session.js';

/** @typedef {import('./engine.js').Verdict} Verdict */
/** @typedef {import('./engine.js').Finding} Finding */
/** @typedef {import('./session.js').Config} Config */
/** @typedef {import('./session.js').Decision} Decision */
/**
 * How a held send goes out again: the control clicked (and the element the
 * click landed on), the form submitted, or the keys pressed.
 * @typedef {{ kind: 'enter' | 'click' | 'submit', control?: Element, target?: Element, click?: MouseEventInit, form?: HTMLFormElement, ctrl?: boolean, meta?: boolean }} SendPath
 */

const SCAN_DELAY_MS = 150;

/** Set in the content scripts' world by the first copy of this script: a page never runs two. */
const RUNNING = Symbol.for('promptwarden.content');
/** Set by content-lazy.js on pages only protectAllSites covers. */
const LAZY = Symbol.for('promptwarden.lazy');

const overlay = new Overlay();
const session = new Session();
/** @type {HTMLElement | null} */
let lastComposer = null;
let composing = false;
/** @type {{ text: string, until: number } | null} */
let approved = null;
let scanTimer = 0;

detect.setHints(generic);
session.onChange.push(() => {
  // The page's hints (the policy entry's, the built-in app's) before the generic ones.
  const app = session.config?.app;
  detect.setHints({ composer: [...(app?.composer ?? []), ...generic.composer], send: [...(app?.send ?? []), ...generic.send] });
  // What was typed while the settings were on their way shows now, not at
  // the next keystroke.
  if (session.state === 'ready' && lastComposer) scheduleScan(lastComposer);
  else overlay.setFindings(lastComposer, '', []);
});

const ignore = (/** @type {Element} */ node) => overlay.owns(node);

/**
 * The composer an event happened in, if any (see composer-detect.js).
 * @param {Event} e
 */
function composerOf(e) {
  return detect.composerFrom(e.composedPath(), ignore);
}

/**
 * The composer and the send control of a click, if it is one: the control
 * is judged against the composer last used, else one with text near the
 * click.
 * @param {MouseEvent | PointerEvent} e
 */
function sendOf(e) {
  const path = e.composedPath();
  if (path.some((n) => /** @type {any} */ (n).nodeType === 1 && ignore(/** @type {Element} */ (n)))) return null;
  const composer = lastComposer?.isConnected ? lastComposer : detect.composerNear(path, readText);
  if (!composer) return null;
  const hit = detect.sendControlFor(path, composer);
  return hit ? { composer, ...hit } : null;
}

/** @param {string} outcome @param {Finding[]} findings @param {string} [justification] */
function audit(outcome, findings, justification) {
  const rules = [...new Set(findings.map((f) => f.ruleId))];
  ext.runtime.sendMessage({ type: MSG.EVENT, site: location.host, rules, outcome, justification }).catch(() => {});
}

/** @type {{ policy: string, messages: Map<string, string> } | null} */
let ruleMessages = null;

/**
 * What each custom rule of the effective policy says in the panel, by rule
 * id; read from the policy the background sent, once per policy.
 * @param {string} policy the effective policy, as JSON
 */
function customRuleMessages(policy) {
  if (ruleMessages?.policy !== policy) {
    const messages = new Map();
    try {
      for (const r of JSON.parse(policy).customRules ?? []) {
        if (typeof r?.id === 'string' && typeof r.message === 'string' && r.message.trim()) messages.set(r.id, r.message);
      }
    } catch {
      // No policy to read (no engine): the panel goes without the rules' words.
    }
    ruleMessages = { policy, messages };
  }
  return ruleMessages.messages;
}

/**
 * What the panel needs besides the findings: the policy's choices and who
 * made them, and what to do on "Report a false positive".
 * @param {HTMLElement} composer
 */
function panelSettings(composer) {
  const cfg = /** @type {Config} */ (session.config);
  const setBy = cfg.actionSetBy;
  // Who set a rule's action: its own entry, else its category's (the
  // background reads both from the core's locks).
  const byOrganisation = (/** @type {Finding} */ f) => (setBy?.rules[f.ruleId] ?? setBy?.categories[f.category]) === 'organisation';
  return {
    anchor: composer,
    allowOverride: cfg.allowOverride,
    requireJustification: cfg.requireJustification,
    message: cfg.message,
    ruleMessage: (/** @type {string} */ id) => customRuleMessages(cfg.policy).get(id) ?? null,
    helpUrl: cfg.helpUrl,
    auditCollector: !!cfg.auditCollector,
    site: location.host,
    byOrganisation,
    // The organisation's own block is not the user's to waive.
    canAllow: (/** @type {Finding} */ f) => !!cfg.valueExceptions && !(f.action === 'block' && byOrganisation(f)),
    onReport: (/** @type {Finding} */ f) => audit('false-positive', [f]),
  };
}

/**
 * "Not sensitive: allow this value on this site": the background stores
 * its salted hash in the user's options and rebuilds; the session then has
 * the new settings. Resolves to whether it was stored.
 * @param {string} text the text the finding is in
 * @param {Finding} f
 */
async function allowValue(text, f) {
  const reply = await ext.runtime.sendMessage({ type: MSG.ALLOW_VALUE, site: location.host, ruleId: f.ruleId, value: text.slice(f.start, f.end) }).catch(() => null);
  await session.reload();
  return !!reply?.ok;
}

/** Resolves after the editor has processed the last change. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/**
 * Sends again after we held the send back, the way the user did: the same
 * click again on the element it landed on (frameworks handle untrusted
 * clicks; the app's handler may sit on any ancestor, an unlabelled icon
 * included), else the app's send control, else the form, else a synthetic
 * Enter.
 * @param {HTMLElement} composer
 * @param {SendPath} how
 */
async function resend(composer, how) {
  await settle();
  approved = { text: readText(composer), until: Date.now() + 3000 };
  const clicked = [how.target, how.control].find((el) => el?.isConnected);
  if (how.kind === 'click' && clicked) {
    clicked.dispatchEvent(new MouseEvent('click', { ...how.click, bubbles: true, cancelable: true, composed: true }));
    return;
  }
  const button = detect.findSendControl(composer);
  if (button) {
    button.click();
    return;
  }
  if (how.kind === 'submit' && how.form?.isConnected) {
    how.form.requestSubmit();
    return;
  }
  composer.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true, ctrlKey: !!how.ctrl, metaKey: !!how.meta }),
  );
}

/**
 * Replaces every finding in the composer through the editor's own input
 * path and checks that none of the values is left.
 * @param {HTMLElement} composer
 * @param {string} text the text that was scanned
 * @returns {Promise<boolean>}
 */
async function redactComposer(composer, text) {
  const redacted = await engine.redact(text);
  const values = redacted.replacements.map((r) => text.slice(r.finding.start, r.finding.end));
  // The marks go first: every one of them is about to be replaced, and
  // placing hundreds of them again on the edited text held Chromium's page
  // for a further 250 to 400 ms after the editor's own paste.
  overlay.setFindings(composer, text, []);
  await applyReplacements(
    composer,
    redacted.replacements.map((r) => ({ start: r.finding.start, end: r.finding.end, placeholder: r.placeholder })),
  );
  await settle();
  const after = readText(composer);
  return values.every((v) => !after.includes(v));
}

/**
 * Asks the user (or applies the policy) once a send was held back.
 * @param {HTMLElement} composer
 * @param {string} text
 * @param {Verdict} verdict
 * @param {SendPath} how
 */
async function act(composer, text, verdict, how) {
  const cfg = /** @type {Config} */ (session.config);
  const { findings } = verdict;
  const actions = new Set(findings.map((f) => f.action));
  if (!actions.has('block') && !actions.has('warn')) {
    // Every finding is set to `redact`: replace them and send, no questions.
    if (await redactComposer(composer, text)) {
      audit('redacted', findings);
      await resend(composer, how);
      return;
    }
  }
  const mode = actions.has('block') ? 'block' : 'warn';
  if (mode === 'block') audit('blocked', findings);
  // The marks show what the panel lists, whatever the last scan while typing saw.
  overlay.setFindings(composer, text, findings);
  const result = await overlay.show({ mode, findings, ...panelSettings(composer) });
  if (result.choice === 'allow-value' && result.finding) {
    await allowValue(text, result.finding);
    return carryOutSend(composer, text, await session.decide(text, 'send'), how);
  }
  if (result.choice === 'redact') {
    const ok = await redactComposer(composer, text);
    audit('redacted', findings);
    if (ok && mode === 'warn') await resend(composer, how);
    else refreshIndicator(composer);
  } else if (result.choice === 'send' && mode === 'warn' && cfg.allowOverride) {
    if (cfg.requireJustification && (result.justification?.length ?? 0) < MIN_REASON) return;
    audit('overridden', findings, result.justification);
    await resend(composer, how);
  } else {
    if (mode === 'warn') audit('edited', findings);
    // "Edit" puts the selection on the first finding, ready to be retyped.
    const first = findings.reduce((a, b) => (b.start < a.start ? b : a));
    if (result.select && readText(composer) === text) selectSpan(composer, first.start, first.end);
  }
}

/**
 * Goes ahead with a held send as `decision` says.
 * @param {HTMLElement} composer
 * @param {string} text the text the decision was made on
 * @param {Decision} decision
 * @param {SendPath} how
 */
async function carryOutSend(composer, text, decision, how) {
  switch (decision.action) {
    case 'allow':
      return resend(composer, how);
    case 'fail-open':
      overlay.notice(t('noticeFailOpen'));
      audit('fail-open', []);
      return resend(composer, how);
    case 'fail-closed':
      audit('fail-closed', []);
      return overlay.show({ mode: 'fail-closed', findings: [], anchor: composer, allowOverride: false, requireJustification: false });
    case 'findings':
      return act(composer, text, decision.verdict, how);
  }
}

/**
 * The decision at send time.
 * @param {Event} e
 * @param {HTMLElement} composer
 * @param {SendPath} how
 */
function onSendAttempt(e, composer, how) {
  if (overlay.open) {
    // A second Enter while the panel is up must not slip through; and if
    // the page removed the panel or took its focus, it comes back.
    e.preventDefault();
    e.stopImmediatePropagation();
    overlay.reveal();
    return;
  }
  const text = readText(composer);
  if (!text.trim()) return;
  if (approved && approved.text === text && Date.now() < approved.until) {
    approved = null;
    return;
  }
  const now = session.decideNow(text);
  if (now?.action === 'allow') return;
  if (now?.action === 'fail-open') {
    overlay.notice(t('noticeFailOpen'));
    return;
  }
  e.preventDefault();
  e.stopImmediatePropagation();
  (async () => {
    const decision = now ?? (await session.decide(text, 'send'));
    // Edited while we waited: this decision is about another text, and a
    // re-send would send the new one unchecked. The next send decides.
    if (readText(composer) !== text) return;
    return carryOutSend(composer, text, decision, how);
  })();
}

/** @param {KeyboardEvent} e */
function onKeyDown(e) {
  if (!e.isTrusted || e.key !== 'Enter') return;
  // Enter that confirms an IME candidate is not a send.
  if (e.isComposing || e.keyCode === 229 || composing) return;
  const withModifier = e.ctrlKey || e.metaKey;
  if (e.shiftKey && !withModifier) return;
  if (e.altKey) return;
  const composer = composerOf(e);
  if (!composer) return;
  lastComposer = composer;
  session.start();
  onSendAttempt(e, composer, { kind: 'enter', ctrl: e.ctrlKey, meta: e.metaKey });
}

/** The parts of a click to repeat when we send it again. */
function clickInit(/** @type {MouseEvent} */ e) {
  const { clientX, clientY, screenX, screenY, button, ctrlKey, shiftKey, altKey, metaKey, detail } = e;
  return { clientX, clientY, screenX, screenY, button, ctrlKey, shiftKey, altKey, metaKey, detail };
}

/** @param {MouseEvent} e */
function onClick(e) {
  if (!e.isTrusted) return;
  const send = sendOf(e);
  if (!send) return;
  session.start();
  onSendAttempt(e, send.composer, { kind: 'click', control: send.control, target: send.target, click: clickInit(e) });
}

/**
 * A press on a send control, before its click: apps that send on
 * pointerdown or mousedown would otherwise send before the click is
 * judged. When the text is known to hold a finding (or cannot be checked
 * and the policy fails closed) the press goes no further; the click that
 * follows opens the panel. Otherwise it goes on, and a text not yet
 * scanned starts scanning, so that the click finds its verdict ready.
 * @param {MouseEvent} e
 */
function onPress(e) {
  if (!e.isTrusted || e.button !== 0) return;
  const send = sendOf(e);
  if (!send) return;
  session.start();
  const text = readText(send.composer);
  if (!text.trim()) return;
  const now = session.decideNow(text);
  if (now?.action === 'findings' || now?.action === 'fail-closed') {
    e.preventDefault();
    e.stopImmediatePropagation();
  } else if (!now && session.state === 'ready') {
    session.verdictFor(text).catch(() => {});
  }
}

/** @param {SubmitEvent} e */
function onSubmit(e) {
  if (!e.isTrusted) return;
  const form = /** @type {HTMLFormElement} */ (e.target);
  const composer = detect.composerInForm(form, lastComposer, readText);
  if (!composer) return;
  session.start();
  onSendAttempt(e, composer, { kind: 'submit', form });
}

/**
 * Paste and drop: the text is checked before it lands in the composer.
 * @param {ClipboardEvent | DragEvent} e
 * @param {DataTransfer | null} data
 */
function onIncoming(e, data) {
  if (!e.isTrusted || !data) return;
  const composer = composerOf(e);
  if (!composer) return;
  session.start();
  // Off for this site: do not even read the text (on a 10 MB clipboard
  // getData alone blocks the page for some 80 ms).
  if (session.state === 'off') return;
  const text = data.getData('text/plain');
  if (!text) return;
  lastComposer = composer;
  const now = session.decideNow(text);
  if (now?.action === 'allow' || now?.action === 'fail-open') return; // the native paste goes ahead
  e.preventDefault();
  e.stopImmediatePropagation();
  (async () => {
    const decision = now ?? (await session.decide(text, e.type === 'drop' ? 'drop' : 'paste'));
    await carryOutPaste(composer, text, decision);
    scheduleScan(composer);
  })();
}

/**
 * Lands a held paste as `decision` says, asking the user about findings.
 * @param {HTMLElement} composer
 * @param {string} text
 * @param {Decision} decision
 */
async function carryOutPaste(composer, text, decision) {
  const cfg = /** @type {Config} */ (session.config);
  if (decision.action === 'allow' || decision.action === 'fail-open') return insertText(composer, text);
  if (decision.action === 'fail-closed') {
    audit('fail-closed', []);
    return overlay.show({ mode: 'fail-closed', findings: [], anchor: composer, allowOverride: false, requireJustification: false });
  }
  const { findings } = decision.verdict;
  const result = await overlay.show({ mode: 'paste', findings, ...panelSettings(composer) });
  if (result.choice === 'allow-value' && result.finding) {
    await allowValue(text, result.finding);
    return carryOutPaste(composer, text, await session.decide(text, 'paste'));
  }
  if (result.choice === 'paste-redacted') {
    const redacted = await engine.redact(text);
    insertText(composer, redacted.text);
    audit('paste-redacted', findings);
  } else if (result.choice === 'paste' && cfg.allowOverride && (!cfg.requireJustification || (result.justification?.length ?? 0) >= MIN_REASON)) {
    insertText(composer, text);
    audit('pasted', findings, result.justification);
  } else {
    audit('paste-cancelled', findings);
  }
}

/** Scans the composer a moment after the user stops typing. */
function scheduleScan(/** @type {HTMLElement} */ composer) {
  clearTimeout(scanTimer);
  scanTimer = window.setTimeout(() => refreshIndicator(composer), SCAN_DELAY_MS);
}

/** @param {HTMLElement} composer */
async function refreshIndicator(composer) {
  if (session.state !== 'ready' || !composer.isConnected) return;
  const text = readText(composer);
  if (!text.trim()) {
    overlay.setFindings(composer, text, []);
    return;
  }
  try {
    const v = await session.verdictFor(text);
    if (readText(composer) === text) overlay.setFindings(composer, text, v.findings);
  } catch {
    // The background will answer next time; the send path decides anyway.
  }
}

/** A composer the user is in: remember it, start the session, and the engine while they type. */
function using(/** @type {HTMLElement} */ composer) {
  lastComposer = composer;
  session.start();
  if (session.protecting) engine.warm();
}

/**
 * Windows whose events we listen to: this page's, and those of same-origin
 * frames in it (an event in a frame never reaches the page's window, and
 * the content script does not run in frames of its own). Elements of
 * frames belong to other realms: nothing on the event paths uses
 * `instanceof` or this page's `document`.
 * @type {WeakSet<Window>}
 */
const listened = new WeakSet();

/**
 * Listens in `frame`'s window if it is same-origin (a cross-origin frame
 * is another site: the extension runs there only if that site is
 * protected, with its own content script).
 * @param {Element} frame
 */
function adoptFrame(frame) {
  if (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME') return;
  try {
    const win = /** @type {HTMLIFrameElement} */ (frame).contentWindow;
    if (win && win.document) listenIn(/** @type {Window & typeof globalThis} */ (win));
  } catch {
    // cross-origin
  }
}

/**
 * The capture-phase listeners, in `win`.
 * @param {Window & typeof globalThis} win
 */
function listenIn(win) {
  if (listened.has(win)) return;
  listened.add(win);
  const opts = { capture: true };
  win.addEventListener('keydown', onKeyDown, opts);
  win.addEventListener('pointerdown', onPress, opts);
  win.addEventListener('mousedown', onPress, opts);
  win.addEventListener('click', onClick, opts);
  win.addEventListener('submit', onSubmit, opts);
  win.addEventListener('paste', (e) => onIncoming(e, e.clipboardData), opts);
  win.addEventListener('drop', (e) => onIncoming(e, e.dataTransfer), opts);
  // Only the browser's own compositionstart counts: an Enter during a
  // composition is let through, so a page that dispatched a synthetic one
  // would otherwise switch the send check off. Any compositionend ends it
  // (that can only turn the check back on; requiring a trusted one left
  // the check off after the IME test's composition in Chromium).
  win.addEventListener('compositionstart', (e) => e.isTrusted && (composing = true), opts);
  win.addEventListener('compositionend', () => (composing = false), opts);
  win.addEventListener('focusin', (e) => {
    const c = composerOf(e);
    if (c) using(c);
  }, opts);
  win.addEventListener('input', (e) => {
    const c = composerOf(e);
    if (c) {
      using(c);
      scheduleScan(c);
    }
  }, opts);
  // A frame's document is new at each load: listen in it once loaded
  // (load events of frames pass the page's window in capture phase), and
  // when focus moves into a frame (the window loses focus to it) in case
  // it was loaded before us.
  win.addEventListener('load', (e) => e.target && adoptFrame(/** @type {Element} */ (e.target)), opts);
  win.addEventListener('blur', (e) => {
    if (e.target !== win) return;
    setTimeout(() => {
      const active = win.document.activeElement;
      if (active) adoptFrame(active);
    }, 0);
  });
}

/** The composer files are attached beside, for the panel's place: the last one used. */
function activeComposer() {
  return lastComposer?.isConnected ? lastComposer : null;
}

function listen() {
  // Files first: a paste or drop that carries files is theirs, not the text path's.
  new FileGuard(session, overlay, activeComposer).listen();
  listenIn(window);
  ext.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg?.type === MSG.STATUS) {
      const answer = () => {
        const state = session.state;
        const engineMode = state === 'unavailable' ? 'unavailable' : engine.engineMode();
        const cfg = session.config;
        reply({
          state,
          protected: state === 'ready' || state === 'unavailable',
          site: location.host,
          engine: engineMode,
          count: overlay.count,
          reason: cfg?.reason ?? null,
          appName: cfg?.appName ?? null,
          canPause: !!cfg?.sitePause,
          paused: cfg?.protectionReason === 'excluded-by-user',
        });
      };
      // A lazy page that was never typed in asks now, and answers once it
      // knows; a page already asking says so at once (loading).
      if (session.started) answer();
      else session.start().then(answer);
      return true;
    } else if (msg?.type === MSG.SETTINGS_CHANGED) {
      // The background rebuilt (options saved, managed policy changed).
      session.reload();
    }
    return false;
  });
}

const flags = /** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (globalThis));
if (!flags[RUNNING]) {
  flags[RUNNING] = true;
  listen();
  if (!flags[LAZY]) session.start();
}
