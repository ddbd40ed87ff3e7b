/**
 * Messages between the content scripts, the popup, the options page and the
 * background engine host. Every receiver validates what it gets: a message
 * can come from any of our contexts, and from nowhere else (runtime messages
 * from web pages are not delivered without `externally_connectable`), but a
 * bug must not become a crash or a leak.
 */

/** @enum {string} */
export const MSG = {
  /** content → background: may I run here, and with what settings? */
  HELLO: 'pw:hello',
  /** content → background: findings for this text (engine fallback path). */
  SCAN: 'pw:scan',
  /** content → background: this text with every finding replaced. */
  REDACT: 'pw:redact',
  /** content → background: what the user did (audit, metadata only). */
  EVENT: 'pw:event',
  /** popup → content: protection status of this tab. */
  STATUS: 'pw:status',
  /** options/popup → background: effective settings, issues, locks. */
  SETTINGS: 'pw:settings',
  /** options → background: save user options. */
  SAVE_OPTIONS: 'pw:save-options',
  /** options/popup → background: counters and the audit log. */
  AUDIT: 'pw:audit',
  /** options → background: clear the audit log (when not locked). */
  CLEAR_AUDIT: 'pw:clear-audit',
  /** options/popup → background: whether events go to a collector, and how delivery goes. */
  AUDIT_STATUS: 'pw:audit-status',
  /** background → content: settings changed; rebuild. */
  SETTINGS_CHANGED: 'pw:settings-changed',
  /** popup → background: whether a page (host + path) is protected, and why. */
  SITE_STATUS: 'pw:site-status',
  /** content → background: "Not sensitive": allow this value on the sender's site (stored as a salted hash). */
  ALLOW_VALUE: 'pw:allow-value',
  /** popup → background: pause (or resume) protection on a site (the user's excluded sites). */
  PAUSE_SITE: 'pw:pause-site',
};

/**
 * Port name (content → background) for HELLO, SCAN and REDACT: one port a
 * tab, kept open while the background lives. Each request carries an `id`
 * (a positive integer) that its reply repeats; replies may come in any
 * order. In Chromium a runtime.sendMessage opens and closes a channel for
 * every message, which cost 2 to 4 ms a round trip on its own; a port
 * reuses one. When the background stops (an idle service worker, an event
 * page suspended) the port disconnects and the next request opens another.
 */
export const ENGINE_PORT = 'pw:engine';

/**
 * Port name (content → background) for a text too long for one message:
 * it arrives as parts of at most PART_CHARS characters, then
 * `{ done: true, op: MSG.SCAN | MSG.REDACT, site }`; one reply, as for
 * MSG.SCAN, except that a redaction comes back as its replacements only
 * (the caller splices them in).
 */
export const PARTS_PORT = 'pw:parts';

/**
 * Port name (content → background) for an attached file: `{ start: { name,
 * size, site } }`, then its bytes as base64 parts of at most
 * FILE_PART_CHARS characters (only the first 64 KiB when the file is over
 * the policy's size limit: enough to say what it is), then `{ done: true }`;
 * one reply `{ ok, file }` (see background/files.js). Base64 because
 * Chromium serializes port messages as JSON, where bytes do not survive.
 */
export const FILE_PORT = 'pw:file';

/** Base64 characters per file part (192 KiB of the file). */
export const FILE_PART_CHARS = 256 * 1024;

/** Bytes of a file over the size limit that are sent, to say what kind of file it is. */
export const FILE_HEAD_BYTES = 64 * 1024;

/**
 * Characters per part. Serializing a message costs the sending page's main
 * thread about 30 ms a megabyte in Chromium (10 MB in one message: one
 * task of 170 to 350 ms); a quarter megabyte is a few milliseconds.
 */
export const PART_CHARS = 256 * 1024;

/** Longest text accepted for scanning (characters): 16 Mi. */
export const MAX_TEXT = 16 * 1024 * 1024;

/** Actions a user can take in the panel, as the audit log records them. */
export const OUTCOMES = ['sent', 'blocked', 'redacted', 'overridden', 'edited', 'pasted', 'paste-redacted', 'paste-cancelled', 'fail-open', 'fail-closed', 'false-positive', 'file-attached', 'file-redacted', 'file-removed', 'file-blocked'];

const isString = (v, max = 4096) => typeof v === 'string' && v.length <= max;
const isStringList = (v, max = 1000) => Array.isArray(v) && v.length <= max && v.every((s) => isString(s, 200));

/**
 * Checks a message's shape. Returns the reason it is invalid, or null.
 * @param {any} msg
 * @returns {string | null}
 */
export function invalidReason(msg) {
  if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') return 'not a message';
  switch (msg.type) {
    case MSG.HELLO:
    case MSG.SITE_STATUS:
      return isString(msg.site, 2048) ? null : 'site must be a string';
    case MSG.SCAN:
    case MSG.REDACT:
      if (!isString(msg.site, 2048)) return 'site must be a string';
      return typeof msg.text === 'string' && msg.text.length <= MAX_TEXT ? null : 'text must be a string under the size limit';
    case MSG.EVENT:
      if (!isString(msg.site, 2048) || !isStringList(msg.rules) || !OUTCOMES.includes(msg.outcome)) return 'bad event';
      if (msg.justification !== undefined && !isString(msg.justification, 2000)) return 'justification too long';
      if (msg.file !== undefined) {
        const f = msg.file;
        if (!f || typeof f !== 'object' || !isString(f.kind, 40) || !Number.isSafeInteger(f.size) || f.size < 0) return 'bad file';
        if (f.name !== undefined && !isString(f.name, 1024)) return 'bad file';
      }
      return null;
    case MSG.ALLOW_VALUE:
      if (!isString(msg.site, 2048) || !isString(msg.ruleId, 200)) return 'site and ruleId must be strings';
      return typeof msg.value === 'string' && msg.value.length > 0 && msg.value.length <= 65_536 ? null : 'value must be a string of at most 64 Ki characters';
    case MSG.PAUSE_SITE:
      return isString(msg.site, 2048) && typeof msg.paused === 'boolean' ? null : 'site must be a string and paused a boolean';
    case MSG.SAVE_OPTIONS:
      return msg.options && typeof msg.options === 'object' && !Array.isArray(msg.options) ? null : 'options must be an object';
    case MSG.SETTINGS:
    case MSG.AUDIT:
    case MSG.CLEAR_AUDIT:
    case MSG.AUDIT_STATUS:
    case MSG.STATUS:
    case MSG.SETTINGS_CHANGED:
      return null;
    default:
      return `unknown message type ${JSON.stringify(msg.type).slice(0, 40)}`;
  }
}
