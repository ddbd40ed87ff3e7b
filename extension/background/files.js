/**
 * Attached files, checked in the background (the engine host): the bytes
 * arrive over FILE_PORT, the extraction module (loaded with the first
 * file, never before) turns them into text, the scanner checks each part,
 * and the reply says what is in the file and where. Extraction and
 * scanning never run on the chat page's thread, so a 20 MB file costs the
 * page only the reading and sending of its bytes, one part a task.
 *
 * What a file that cannot be read gets (`unscannableFiles`,
 * `unsupportedFiles`) and the action for key files (`key-file`) come from
 * the engine's settings; nothing here reads the policy's meaning itself.
 */

import { HEAD_BYTES, extractText, locator } from '../shared/file-text.js';
import { FILE_PART_CHARS } from '../shared/messages.js';

/** @typedef {import('../pkg/promptwarden_extract.js').FileLocation} FileLocation */
/** @typedef {'allow' | 'warn' | 'block'} FileAction */

/**
 * Where in a file something is: its part (zip entry, sheet, page, slide,
 * header…) and, for findings, the line or cell.
 * @typedef {FileLocation & { line?: number, cell?: string }} FileWhere
 */

/**
 * A finding in a file, as the content script shows it (masked preview only).
 * @typedef {object} FileFinding
 * @property {string} ruleId
 * @property {string} title
 * @property {string} category
 * @property {string} severity
 * @property {'warn' | 'block' | 'redact'} action
 * @property {string} preview masked
 * @property {FileWhere} where
 */

/**
 * The background's answer about one file.
 * @typedef {object} FileVerdict
 * @property {string} kind text, docx, xlsx, pdf, zip, key, image…
 * @property {FileFinding[]} findings
 * @property {{ where: FileLocation, reason: string, detail: string, action: FileAction }[]} unread parts (or the whole file) that could not be read and whose policy action is not `allow`
 * @property {string} [redacted] for a text file with findings and nothing unread: its text with every finding replaced by its placeholder, for "Attach redacted copy"
 */

/**
 * The settings this module needs from the background's state.
 * @typedef {object} FilePolicy
 * @property {{ scanOnSite: (text: string, site: string) => any[], redactOnSite: (text: string, site: string) => { text: string, replacements: { finding: any }[] } }} scanner
 * @property {FileAction} unscannable
 * @property {FileAction} unsupported
 * @property {number} maxBytes
 * @property {'off' | 'warn' | 'block' | 'redact'} keyFileAction
 */

/** Key files are reported under this rule id (the core's `key-file`). */
const KEY_FILE_RULE = 'key-file';

/**
 * Longest text a redacted copy is offered for. The copy travels back to
 * the chat page in one message, and the page's thread parses it: 2 Mi
 * characters take a few milliseconds there, a 20 MB log a long task. The
 * files people redact (an `.env`, a config, a customer list) are far
 * smaller; a larger one can still be removed or attached anyway.
 */
export const REDACTED_COPY_MAX_CHARS = 2 * 1024 * 1024;

/**
 * Extracts and scans one file.
 * @param {Uint8Array} bytes the file, or its head when it is over the limit
 * @param {{ name: string, size: number, site: string }} meta
 * @param {FilePolicy} p
 * @returns {Promise<FileVerdict>}
 */
export async function checkFile(bytes, meta, p) {
  const x = await extractText(bytes, meta.name, { limits: { maxInput: p.maxBytes }, size: meta.size });
  /** @type {FileFinding[]} */
  const findings = [];
  // A plain text file (one segment, the whole file) is scanned by
  // redacting it: the same findings, and the copy "Attach redacted copy"
  // hands the app, from one scan.
  const plain = x.kind === 'text' && x.segments.length === 1 && x.segments[0].text.length <= REDACTED_COPY_MAX_CHARS;
  /** @type {string | undefined} */
  let redacted;
  for (const segment of x.segments) {
    let found;
    if (plain) {
      const r = p.scanner.redactOnSite(segment.text, meta.site);
      found = r.replacements.map((rep) => rep.finding);
      redacted = r.text;
    } else {
      found = p.scanner.scanOnSite(segment.text, meta.site);
    }
    if (found.length === 0) continue;
    const at = locator(segment);
    for (const f of found) {
      const pos = at(f.start);
      findings.push({
        ruleId: f.ruleId,
        title: f.title,
        category: f.category,
        severity: f.severity,
        action: f.action,
        preview: f.preview,
        where: { ...segment.location, line: pos.line, ...(pos.cell ? { cell: pos.cell } : {}) },
      });
    }
  }
  // A key file is a finding of its own unless a secret rule already found
  // the key in its text (an unencrypted OpenSSH key), as in the CLI.
  if (p.keyFileAction !== 'off') {
    for (const key of x.keys) {
      const same = (/** @type {FileFinding} */ f) => f.category === 'secret' && (f.where.entry ?? '') === (key.location.entry ?? '');
      if (findings.some(same)) continue;
      findings.push({ ruleId: KEY_FILE_RULE, title: '', category: 'secret', severity: 'critical', action: p.keyFileAction, preview: key.kind, where: { ...key.location } });
    }
  }
  const actionFor = (/** @type {string} */ reason) => (reason === 'unsupported' ? p.unsupported : p.unscannable);
  const unread = [
    ...(x.unscannable ? [{ where: {}, reason: x.unscannable.reason, detail: x.unscannable.detail }] : []),
    ...x.skipped.map((s) => ({ where: s.location, reason: s.reason, detail: s.detail })),
  ]
    .map((u) => ({ ...u, action: actionFor(u.reason) }))
    .filter((u) => u.action !== 'allow');
  // A key file is the secret as a whole: a copy of it with placeholders
  // would be no use to anyone, and a key found by type has no span to
  // replace.
  const copyable = redacted !== undefined && findings.length > 0 && unread.length === 0 && x.keys.length === 0;
  return { kind: x.kind, findings, unread, ...(copyable ? { redacted } : {}) };
}

/** One base64 part as bytes. */
function decode(/** @type {string} */ b64) {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Serves one file on a FILE_PORT port.
 * @param {chrome.runtime.Port} port
 * @param {() => Promise<FilePolicy | null>} policyNow the settings, or null when no engine runs
 */
export function serveFile(port, policyNow) {
  /** @type {{ name: string, size: number, site: string } | null} */
  let meta = null;
  /** @type {Uint8Array[]} */
  let parts = [];
  let received = 0;
  const reply = (/** @type {object} */ msg) => {
    parts = [];
    try {
      port.postMessage(msg);
      port.disconnect();
    } catch {
      // The tab went away.
    }
  };
  port.onMessage.addListener(async (msg) => {
    if (msg?.start && !meta) {
      const { name, size, site } = msg.start;
      const ok = typeof name === 'string' && name.length <= 1024 && Number.isSafeInteger(size) && size >= 0 && typeof site === 'string' && site.length <= 2048;
      if (!ok) return reply({ ok: false, error: 'bad file start' });
      meta = { name, size, site };
      return;
    }
    if (typeof msg?.part === 'string' && msg.part.length <= FILE_PART_CHARS && meta) {
      let part;
      try {
        part = decode(msg.part);
      } catch {
        return reply({ ok: false, error: 'bad file part' });
      }
      received += part.length;
      if (received > meta.size) return reply({ ok: false, error: 'more bytes than the file has' });
      parts.push(part);
      return;
    }
    if (msg?.done !== true || !meta) return reply({ ok: false, error: 'bad file message' });
    const p = await policyNow();
    if (!p) return reply({ ok: false, error: 'engine unavailable' });
    // The whole file, or, for one over the limit, its head only.
    const whole = received === meta.size;
    if (!whole && !(meta.size > p.maxBytes && received <= HEAD_BYTES)) return reply({ ok: false, error: 'the file did not arrive whole' });
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    parts = [];
    try {
      reply({ ok: true, file: await checkFile(bytes, meta, p) });
    } catch (e) {
      reply({ ok: false, error: String(/** @type {any} */ (e)?.message ?? e) });
    }
  });
}
