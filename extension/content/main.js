/**
 * Content script entry, injected at document_start on the chat sites.
 *
 * The listeners are registered synchronously, in capture phase on window, so
 * they run before any handler the chat app attaches to its editor. They only
 * look at trusted events: the app's own synthetic events and our re-sends
 * pass through. A clean prompt is never held back: when the verdict for the
 * current text is known (scanned while typing, or synchronously by the
 * in-page engine) the event continues untouched.
 */

import sites from '../sites.json';
import { ext } from '../shared/ext.js';
import { t } from '../shared/i18n.js';
import { MSG } from '../shared/messages.js';
import { Overlay } from '../ui/overlay.js';
import { applyReplacements, insertText, readText } from './composers.js';
import * as engine from './engine.js';
import { Session } from './session.js';

/** @typedef {import('./engine.js').Verdict} Verdict */
/** @typedef {import('./engine.js').Finding} Finding */
/** @typedef {import('./session.js').Config} Config */
/** @typedef {import('./session.js').Decision} Decision */
/** @typedef {{ kind: 'enter' | 'click' | 'submit', button?: HTMLElement, form?: HTMLFormElement, ctrl?: boolean, meta?: boolean }} SendPath */

const SCAN_DELAY_MS = 150;

/**
 * Selectors for the composer and the send control: the page's app's hints
 * (from the background, once it answered) before the generic ones.
 */
let composerSelector = sites.generic.composer.join(', ');
let sendSelector = sites.generic.send.join(', ');

const overlay = new Overlay();
const session = new Session();
/** @type {HTMLElement | null} */
let lastComposer = null;
let composing = false;
/** @type {{ text: string, until: number } | null} */
let approved = null;
let scanTimer = 0;

session.onChange.push(() => {
  const app = session.config?.app;
  composerSelector = [...(app?.composer ?? []), ...sites.generic.composer].join(', ');
  sendSelector = [...(app?.send ?? []), ...sites.generic.send].join(', ');
  // What was typed while the settings were on their way shows now, not at
  // the next keystroke.
  if (session.state === 'ready' && lastComposer) scheduleScan(lastComposer);
  else overlay.setIndicator(lastComposer, 0);
});

/**
 * The composer an event happened in, if any: the nearest element on the
 * event's path matching a composer selector (open shadow roots included).
 * @param {Event} e
 * @returns {HTMLElement | null}
 */
function composerOf(e) {
  for (const node of e.composedPath()) {
    if (!(node instanceof HTMLElement)) continue;
    if (overlay.owns(node)) return null;
    if (node.matches(composerSelector) && (node.isContentEditable || node instanceof HTMLTextAreaElement)) return node;
  }
  return null;
}

/** The composer a send button belongs to: the one last used, else the page's first. */
function activeComposer() {
  if (lastComposer?.isConnected) return lastComposer;
  const found = /** @type {HTMLElement | null} */ (document.querySelector(composerSelector));
  return found;
}

/** @param {Event} e */
function sendButtonOf(e) {
  for (const node of e.composedPath()) {
    if (node instanceof HTMLElement && node.matches(sendSelector)) return node;
  }
  return null;
}

/** The site's send button near `composer`, for re-sending. */
function findSendButton(/** @type {HTMLElement | null} */ composer) {
  const scope = composer?.closest('form, fieldset') ?? document;
  const candidates = /** @type {HTMLElement[]} */ ([...scope.querySelectorAll(sendSelector)]);
  return candidates.find((b) => !(/** @type {HTMLButtonElement} */ (b).disabled) && b.getAttribute('aria-disabled') !== 'true') ?? null;
}

/** @param {string} outcome @param {Finding[]} findings @param {string} [justification] */
function audit(outcome, findings, justification) {
  const rules = [...new Set(findings.map((f) => f.ruleId))];
  ext.runtime.sendMessage({ type: MSG.EVENT, site: location.host, rules, outcome, justification }).catch(() => {});
}

/** Resolves after the editor has processed the last change. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/**
 * Sends again after we held the send back: the site's send button when it
 * has one (what a user would click; frameworks handle untrusted clicks),
 * else a synthetic Enter, else the form.
 * @param {HTMLElement} composer
 * @param {SendPath} how
 */
async function resend(composer, how) {
  await settle();
  approved = { text: readText(composer), until: Date.now() + 3000 };
  const button = how.button?.isConnected ? how.button : findSendButton(composer);
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
  const result = await overlay.show({
    mode,
    findings,
    anchor: composer,
    allowOverride: cfg.allowOverride,
    requireJustification: cfg.requireJustification,
    message: cfg.message,
    helpUrl: cfg.helpUrl,
  });
  if (result.choice === 'redact') {
    const ok = await redactComposer(composer, text);
    audit('redacted', findings);
    if (ok && mode === 'warn') await resend(composer, how);
    else refreshIndicator(composer);
  } else if (result.choice === 'send' && mode === 'warn' && cfg.allowOverride) {
    if (cfg.requireJustification && !result.justification) return;
    audit('overridden', findings, result.justification);
    await resend(composer, how);
  } else if (mode === 'warn') {
    audit('edited', findings);
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
  onSendAttempt(e, composer, { kind: 'enter', ctrl: e.ctrlKey, meta: e.metaKey });
}

/** @param {MouseEvent} e */
function onClick(e) {
  if (!e.isTrusted) return;
  const button = sendButtonOf(e);
  if (!button) return;
  const composer = activeComposer();
  if (!composer) return;
  onSendAttempt(e, composer, { kind: 'click', button });
}

/** @param {SubmitEvent} e */
function onSubmit(e) {
  if (!e.isTrusted) return;
  const form = /** @type {HTMLFormElement} */ (e.target);
  const composer = /** @type {HTMLElement | null} */ (form.querySelector?.(composerSelector)) ?? null;
  if (!composer) return;
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
  const result = await overlay.show({
    mode: 'paste',
    findings,
    anchor: composer,
    allowOverride: cfg.allowOverride,
    requireJustification: cfg.requireJustification,
    message: cfg.message,
    helpUrl: cfg.helpUrl,
  });
  if (result.choice === 'paste-redacted') {
    const redacted = await engine.redact(text);
    insertText(composer, redacted.text);
    audit('paste-redacted', findings);
  } else if (result.choice === 'paste' && cfg.allowOverride && (!cfg.requireJustification || result.justification)) {
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
    overlay.setIndicator(composer, 0);
    return;
  }
  try {
    const v = await session.verdictFor(text);
    if (readText(composer) === text) overlay.setIndicator(composer, v.findings.length);
  } catch {
    // The background will answer next time; the send path decides anyway.
  }
}

function listen() {
  const opts = { capture: true };
  window.addEventListener('keydown', onKeyDown, opts);
  window.addEventListener('click', onClick, opts);
  window.addEventListener('submit', onSubmit, opts);
  window.addEventListener('paste', (e) => onIncoming(e, e.clipboardData), opts);
  window.addEventListener('drop', (e) => onIncoming(e, e.dataTransfer), opts);
  // Only the browser's own compositionstart counts: an Enter during a
  // composition is let through, so a page that dispatched a synthetic one
  // would otherwise switch the send check off. Any compositionend ends it
  // (that can only turn the check back on; requiring a trusted one left
  // the check off after the IME test's composition in Chromium).
  window.addEventListener('compositionstart', (e) => e.isTrusted && (composing = true), opts);
  window.addEventListener('compositionend', () => (composing = false), opts);
  window.addEventListener('focusin', (e) => {
    const c = composerOf(e);
    if (c) {
      lastComposer = c;
      if (session.protecting) engine.warm();
    }
  }, opts);
  window.addEventListener('input', (e) => {
    const c = composerOf(e);
    if (c) {
      lastComposer = c;
      if (session.protecting) engine.warm();
      scheduleScan(c);
    }
  }, opts);
  ext.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg?.type === MSG.STATUS) {
      const state = session.state;
      const engineMode = state === 'unavailable' ? 'unavailable' : engine.engineMode();
      reply({ state, protected: state === 'ready' || state === 'unavailable', site: location.host, engine: engineMode, count: overlay.count });
    } else if (msg?.type === MSG.SETTINGS_CHANGED) {
      // The background rebuilt (options saved, managed policy changed).
      session.reload();
    }
    return false;
  });
}

listen();
