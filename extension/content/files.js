/**
 * Attached files: the three ways a file reaches a chat app (the `change`
 * of a file input, a drop, a paste) are held in capture phase on window,
 * before any handler of the app runs, and only when the browser itself
 * made the event (trusted). The app's copy is taken away at once (the
 * input is emptied; the drop or paste stops here), the files go to the
 * engine host to be read and scanned, and the app then gets the same
 * `File` objects the way it would have (the input's files and an
 * input/change event; a re-dispatched drop or paste), or, for files the
 * user removed or the policy blocks, nothing.
 *
 * Inputs the app creates and never attaches to the document fire their
 * `change` on the input alone, out of reach of window: page-world.js
 * (run in the page's own world) places such an input in a hidden holder
 * of ours just before its picker opens, so that its events pass window.
 */

import { ext } from '../shared/ext.js';
import { t } from '../shared/i18n.js';
import { FILE_HEAD_BYTES, FILE_PART_CHARS, FILE_PORT, MSG } from '../shared/messages.js';
import { yieldToPage } from './engine.js';

/** @typedef {import('./session.js').Session} Session */
/** @typedef {import('./session.js').Config} Config */
/** @typedef {import('../ui/overlay.js').Overlay} Overlay */
/** @typedef {import('../ui/panel.js').PanelFile} PanelFile */
/** @typedef {import('../background/files.js').FileVerdict} FileVerdict */
/** @typedef {'allow' | 'warn' | 'block'} FileAction */
/** @typedef {{ file: File, action: FileAction, verdict: FileVerdict | null }} Checked */

/** Bytes per part: FILE_PART_CHARS of base64. */
const PART_BYTES = (FILE_PART_CHARS / 4) * 3;
/** Past this, the user is told the file is being checked. */
const PROGRESS_AFTER_MS = 300;
/** The holder page-world.js puts detached file inputs in. */
const HOLDER = 'data-promptwarden-files';

/**
 * The page's own constructors: in Firefox, objects a content script makes
 * are invisible to the page's scripts (Xray), so a DataTransfer or event
 * the app must read is made from the page's window.
 */
const pageWindow = /** @type {any} */ (window).wrappedJSObject ?? window;
/** @param {object} init @returns {any} */
function pageInit(init) {
  const clone = /** @type {any} */ (globalThis).cloneInto;
  return typeof clone === 'function' ? clone(init, window, { wrapReflectors: true }) : init;
}

/** A DataTransfer (of the page's realm) holding `files`. */
function transferOf(/** @type {File[]} */ files) {
  const dt = new pageWindow.DataTransfer();
  for (const f of files) dt.items.add(f);
  return dt;
}

/** Base64 of `bytes`, in pieces small enough for String.fromCharCode. */
function base64(/** @type {Uint8Array} */ bytes) {
  const native = /** @type {any} */ (bytes).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, /** @type {any} */ (bytes.subarray(i, i + 0x8000)));
  return btoa(bin);
}

/**
 * Sends `file` to the engine host and resolves to its verdict: the whole
 * file when within the policy's limit, else its head only.
 * @param {File} file
 * @param {number} maxBytes
 * @returns {Promise<{ ok: true, file: FileVerdict } | { ok: false, error: string }>}
 */
async function askHost(file, maxBytes) {
  const port = ext.runtime.connect({ name: FILE_PORT });
  /** @type {Promise<any>} */
  const reply = new Promise((resolve) => {
    port.onMessage.addListener((msg) => resolve(msg));
    port.onDisconnect.addListener(() => resolve({ ok: false, error: 'engine unavailable' }));
  });
  try {
    port.postMessage({ start: { name: file.name, size: file.size, site: location.host + location.pathname } });
    const blob = file.size > maxBytes ? file.slice(0, FILE_HEAD_BYTES) : file;
    for (let at = 0; at < blob.size; at += PART_BYTES) {
      const bytes = new Uint8Array(await blob.slice(at, at + PART_BYTES).arrayBuffer());
      port.postMessage({ part: base64(bytes) });
      await yieldToPage();
    }
    port.postMessage({ done: true });
  } catch (e) {
    // The file could not be read (moved, unreadable) or the port closed.
    port.disconnect();
    return { ok: false, error: String(/** @type {any} */ (e)?.message ?? e) };
  }
  return reply;
}

/**
 * "Attach redacted copy": a file of the page's realm with the same name,
 * type and date, holding the redacted text (as UTF-8, whatever the
 * original's encoding).
 * @param {File} file
 * @param {string} text
 * @returns {File}
 */
function redactedCopy(file, text) {
  return new pageWindow.File(pageInit([text]), file.name, pageInit({ type: file.type || 'text/plain', lastModified: file.lastModified }));
}

/** The strongest of the actions a verdict calls for. */
function actionOf(/** @type {FileVerdict} */ v) {
  const all = [...v.findings.map((f) => (f.action === 'block' ? 'block' : 'warn')), ...v.unread.map((u) => u.action)];
  return all.includes('block') ? 'block' : all.includes('warn') ? 'warn' : 'allow';
}

export class FileGuard {
  /**
   * @param {Session} session
   * @param {Overlay} overlay
   * @param {() => HTMLElement | null} anchor the composer the panel sits by
   */
  constructor(session, overlay, anchor) {
    this.session = session;
    this.overlay = overlay;
    this.anchor = anchor;
    /** Inputs whose files we took and are deciding on. */
    /** @type {WeakSet<HTMLInputElement>} */
    this.holding = new WeakSet();
  }

  /** Registers the capture-phase listeners; call before the page's scripts run. */
  listen() {
    const opts = { capture: true };
    window.addEventListener('input', (e) => this.onInputEvent(e), opts);
    window.addEventListener('change', (e) => this.onInputEvent(e), opts);
    window.addEventListener('drop', (e) => this.onDrop(e), opts);
    window.addEventListener('paste', (e) => this.onPaste(e), opts);
  }

  /**
   * `input` then `change` of a file input: the first one takes the files
   * (the input is emptied, so the app cannot read them meanwhile); both
   * stop here.
   * @param {Event} e
   */
  onInputEvent(e) {
    if (!e.isTrusted) return;
    const input = e.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    if (this.session.state === 'off') return this.release(input);
    e.stopImmediatePropagation();
    if (this.holding.has(input)) return;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return this.release(input);
    this.holding.add(input);
    input.value = '';
    this.decide(files, e.type).then((allowed) => {
      this.holding.delete(input);
      this.release(input);
      if (allowed.length === 0) return;
      input.files = transferOf(allowed).files;
      input.dispatchEvent(new pageWindow.Event('input', pageInit({ bubbles: true, composed: true })));
      input.dispatchEvent(new pageWindow.Event('change', pageInit({ bubbles: true })));
    });
  }

  /** Takes a detached input back out of our holder (page-world.js put it there). */
  release(/** @type {HTMLInputElement} */ input) {
    if (input.parentElement?.hasAttribute(HOLDER)) input.remove();
  }

  /** @param {DragEvent} e */
  onDrop(e) {
    const files = e.isTrusted ? [...(e.dataTransfer?.files ?? [])] : [];
    if (files.length === 0 || this.session.state === 'off') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = e.composedPath()[0];
    const at = { clientX: e.clientX, clientY: e.clientY, screenX: e.screenX, screenY: e.screenY };
    this.decide(files, 'drop').then((allowed) => {
      if (allowed.length === 0 || !(target instanceof Node) || !target.isConnected) return;
      const init = pageInit({ bubbles: true, cancelable: true, composed: true, ...at, dataTransfer: transferOf(allowed) });
      target.dispatchEvent(new pageWindow.DragEvent('drop', init));
    });
  }

  /** @param {ClipboardEvent} e */
  onPaste(e) {
    const files = e.isTrusted ? [...(e.clipboardData?.files ?? [])] : [];
    if (files.length === 0 || this.session.state === 'off') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = e.composedPath()[0];
    this.decide(files, 'paste').then((allowed) => {
      if (allowed.length === 0 || !(target instanceof Node) || !target.isConnected) return;
      const init = pageInit({ bubbles: true, cancelable: true, composed: true, clipboardData: transferOf(allowed) });
      target.dispatchEvent(new pageWindow.ClipboardEvent('paste', init));
    });
  }

  /**
   * Checks `files` and asks the user where the policy says so. Resolves to
   * the files the app may have (in their order); never rejects.
   * @param {File[]} files
   * @param {string} _origin
   * @returns {Promise<File[]>}
   */
  async decide(files, _origin) {
    const progress = setTimeout(() => this.overlay.notice(t('noticeCheckingFiles')), PROGRESS_AFTER_MS);
    try {
      await this.session.ready;
      const cfg = /** @type {Config} */ (this.session.config);
      if (this.session.state === 'off') return files;
      if (this.session.state === 'unavailable') return this.failed(cfg, files);
      /** @type {Checked[]} */
      const checked = [];
      for (const file of files) {
        const reply = await askHost(file, cfg.files?.maxBytes ?? 50 * 1024 * 1024);
        if (!reply.ok) return this.failed(cfg, files);
        checked.push({ file, verdict: reply.file, action: actionOf(reply.file) });
      }
      clearTimeout(progress);
      return await this.ask(cfg, checked);
    } catch {
      return this.failed(/** @type {Config} */ (this.session.config), files);
    } finally {
      clearTimeout(progress);
    }
  }

  /**
   * No engine could check the files: the policy's fail mode decides.
   * @param {Config | null} cfg
   * @param {File[]} files
   */
  async failed(cfg, files) {
    if (cfg?.failMode === 'open') {
      this.overlay.notice(t('noticeFailOpen'));
      this.audit('fail-open', []);
      return files;
    }
    this.audit('fail-closed', []);
    await this.overlay.show({ mode: 'fail-closed', findings: [], anchor: this.anchor(), allowOverride: false, requireJustification: false });
    return [];
  }

  /**
   * The panel for the files the policy has something to say about.
   * @param {Config} cfg
   * @param {Checked[]} checked
   * @returns {Promise<File[]>}
   */
  async ask(cfg, checked) {
    const flagged = checked.filter((c) => c.action !== 'allow');
    if (flagged.length === 0) return checked.map((c) => c.file);
    const mode = flagged.some((c) => c.action === 'block') ? 'file-block' : 'file-warn';
    /** @type {PanelFile[]} */
    const panelFiles = flagged.map((c) => ({
      name: c.file.name,
      kind: /** @type {FileVerdict} */ (c.verdict).kind,
      size: c.file.size,
      findings: /** @type {FileVerdict} */ (c.verdict).findings,
      unread: /** @type {FileVerdict} */ (c.verdict).unread,
    }));
    const fileCopy = flagged.every((c) => c.verdict?.redacted !== undefined);
    const result = await this.overlay.show({
      mode,
      findings: [],
      files: panelFiles,
      fileCopy,
      anchor: this.anchor(),
      allowOverride: cfg.allowOverride,
      requireJustification: cfg.requireJustification,
      message: cfg.message,
      helpUrl: cfg.helpUrl,
    });
    const attach = result.choice === 'attach' && mode === 'file-warn' && cfg.allowOverride && (!cfg.requireJustification || !!result.justification);
    const copy = result.choice === 'attach-redacted' && fileCopy;
    for (const c of flagged) {
      const outcome = attach ? 'file-attached' : copy ? 'file-redacted' : mode === 'file-block' ? 'file-blocked' : 'file-removed';
      this.audit(outcome, /** @type {FileVerdict} */ (c.verdict).findings.map((f) => f.ruleId), c, attach ? result.justification : undefined);
    }
    if (copy) return checked.map((c) => (c.action === 'allow' ? c.file : redactedCopy(c.file, /** @type {string} */ (c.verdict?.redacted))));
    return attach ? checked.map((c) => c.file) : checked.filter((c) => c.action === 'allow').map((c) => c.file);
  }

  /**
   * An audit event: rule ids, the file's type and size; its name goes to
   * the background, which keeps it only when `auditFileNames` says so.
   * @param {string} outcome
   * @param {string[]} rules
   * @param {Checked} [c]
   * @param {string} [justification]
   */
  audit(outcome, rules, c, justification) {
    const file = c ? { kind: c.verdict?.kind ?? 'unknown', size: c.file.size, name: c.file.name } : undefined;
    ext.runtime.sendMessage({ type: MSG.EVENT, site: location.host, rules: [...new Set(rules)], outcome, justification, file }).catch(() => {});
  }
}
