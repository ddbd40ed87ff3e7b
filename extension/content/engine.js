/**
 * The engine as the content script sees it: in the page when WebAssembly may
 * run there (a scan is then synchronous, so a clean prompt or paste is never
 * held back), else in the extension's background context by messaging.
 * Page CSPs decide: many chat apps forbid WebAssembly in the page, and some
 * browsers apply that to content scripts too. Both paths use the same module
 * and the same policy, so they find the same things.
 */

// The scanner-only module: pages never run policy resolution or the catalog listing.
import { initSync, loadVendors, Scanner } from '../../pkg/promptwarden_scan.js';
import { ext } from '../shared/ext.js';
import { ENGINE_PORT, MSG, PART_CHARS, PARTS_PORT } from '../shared/messages.js';
import { fetchVendorTable, installVendorTable } from '../shared/vendors.js';

/**
 * @typedef {object} Finding
 * @property {string} ruleId
 * @property {string} title the rule's title (the engine puts it on every finding)
 * @property {'secret' | 'pii' | 'custom'} category
 * @property {'low' | 'medium' | 'high' | 'critical'} severity
 * @property {'warn' | 'block' | 'redact'} action
 * @property {number} start UTF-16 offset
 * @property {number} end UTF-16 offset
 * @property {string} preview masked
 */

/** @typedef {{ findings: Finding[] }} Verdict */
/** @typedef {{ text: string, replacements: { placeholder: string, finding: Finding }[] }} Redacted */

/** Texts longer than this go to the background even when the page engine works: a scan there never blocks the page. */
export const SYNC_LIMIT = 256 * 1024;

/** @type {any} */
let local = null;
/** @type {'page' | 'background'} */
let mode = 'background';
/**
 * Starts the in-page engine; resolves to where scans will run.
 * @param {string} policyJson the effective policy
 * @param {{ forceBackground?: boolean }} [opts]
 */
export async function startEngine(policyJson, opts = {}) {
  if (opts.forceBackground) return mode;
  try {
    const vendors = fetchVendorTable();
    const response = await fetch(ext.runtime.getURL('pkg/promptwarden_scan_bg.wasm'));
    const module = await WebAssembly.compile(await response.arrayBuffer());
    initSync({ module });
    // The same rules as the background: the vendor table before the scanner.
    await installVendorTable(vendors, loadVendors);
    local = new Scanner(policyJson);
    mode = 'page';
  } catch {
    // The page's CSP forbids WebAssembly here (or the fetch was refused):
    // scans go to the background, which is always allowed to run it.
    local = null;
    mode = 'background';
  }
  return mode;
}

/** Rebuilds the in-page scanner after a settings change. */
export function updatePolicy(/** @type {string} */ policyJson) {
  if (local) {
    try {
      local = new Scanner(policyJson);
    } catch {
      local = null;
      mode = 'background';
    }
  }
}

/** Where scans run now. */
export function engineMode() {
  return mode;
}

/**
 * Scans synchronously when the page engine can and the text is small;
 * otherwise returns null and the caller goes asynchronous.
 * @param {string} text
 * @returns {Verdict | null}
 */
export function scanNow(text) {
  if (!local || text.length > SYNC_LIMIT) return null;
  return { findings: local.scanOnSite(text, site()) };
}

/** @typedef {{ msg: object, resolve: (reply: any) => void, port: chrome.runtime.Port | null, tries: number }} Request */

/** The port to the background (ENGINE_PORT), opened on first use and again after it closes. */
/** @type {chrome.runtime.Port | null} */
let port = null;
let lastId = 0;
/** @type {Map<number, Request>} */
const pending = new Map();
/**
 * How many times a request is sent at most. A port closes under a request when the
 * background stops (Chromium stops an idle service worker; a stopped one
 * can also be caught starting up); asking again on a new port wakes it. A
 * bound, so that a request that itself brings the background down cannot
 * loop; past it the request fails, and the caller's fail mode decides.
 */
const TRIES = 3;

/** @returns {chrome.runtime.Port} */
function openPort() {
  const p = ext.runtime.connect({ name: ENGINE_PORT });
  p.onMessage.addListener((reply) => {
    const req = pending.get(reply?.id);
    if (!req || req.port !== p) return;
    pending.delete(reply.id);
    req.resolve(reply);
  });
  p.onDisconnect.addListener(() => {
    if (port === p) port = null;
    for (const [id, req] of pending) {
      if (req.port !== p) continue;
      pending.delete(id);
      post(id, req);
    }
  });
  return p;
}

/** Sends `req` on the current port (opening one if needed), or fails it once out of tries. */
function post(/** @type {number} */ id, /** @type {Request} */ req) {
  if (req.tries >= TRIES) {
    req.resolve({ ok: false, error: 'engine unavailable' });
    return;
  }
  req.tries++;
  try {
    port ??= openPort();
    req.port = port;
    pending.set(id, req);
    port.postMessage({ ...req.msg, id });
  } catch {
    // The port was already closed (its onDisconnect not yet delivered), or
    // the extension was updated or removed under this page: connect throws
    // then, every time, and the tries run out.
    pending.delete(id);
    port = null;
    post(id, req);
  }
}

/**
 * Opens the engine port if it is closed, which starts a stopped background,
 * while the user is still typing: the first scan then finds the engine ready
 * instead of paying its cold start (tens of milliseconds) at send. Called on
 * the user's own activity in a composer, never on a timer: nothing keeps
 * the background alive that the user is not using.
 */
export function warm() {
  if (port || local) return;
  try {
    port = openPort();
  } catch {
    // The extension is gone; the next request says so.
  }
}

/**
 * Asks the background (HELLO, SCAN, REDACT) over the engine port.
 * Resolves to its reply, or to `{ ok: false, error }` when none came.
 * @param {{ type: MSG } & Record<string, unknown>} msg
 * @returns {Promise<any>}
 */
export function request(msg) {
  return new Promise((resolve) => post(++lastId, { msg, resolve, port: null, tries: 0 }));
}

/**
 * Lets the page run before we go on: resolves one task later, queued
 * behind what the page has waiting (its timers, input, rendering). Not
 * scheduler.yield(), whose continuation goes ahead of the page's own
 * tasks: in Firefox the parts of a 10 MB paste then kept the page's timers
 * waiting 240 ms. Not setTimeout(0), which browsers clamp to 4 ms a turn
 * once nested.
 */
export function yieldToPage() {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve(undefined);
    };
    port2.postMessage(null);
  });
}

/**
 * Asks the background about `text`: in one message when it is short, else
 * over a port in parts of PART_CHARS, one part a task, so that serializing
 * a huge paste never blocks the page for long (10 MB in one message was a
 * single task of 170 to 350 ms in Chromium).
 * @param {MSG} type MSG.SCAN or MSG.REDACT
 * @param {string} text
 * @returns {Promise<any>} the background's reply
 */
async function ask(type, text) {
  if (text.length <= PART_CHARS) return request({ type, text, site: site() });
  const port = ext.runtime.connect({ name: PARTS_PORT });
  /** @type {Promise<any>} */
  const reply = new Promise((resolve) => {
    port.onMessage.addListener((msg) => {
      resolve(msg);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => resolve({ ok: false, error: 'engine unavailable' }));
  });
  try {
    for (let at = 0; at < text.length; ) {
      let end = Math.min(at + PART_CHARS, text.length);
      // Never split a surrogate pair: a lone half would not survive the trip.
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      port.postMessage({ part: text.slice(at, end) });
      at = end;
      await yieldToPage();
    }
    port.postMessage({ done: true, op: type, site: site() });
  } catch {
    // The port closed under us (the background went away): the reply says so.
  }
  return reply;
}

/**
 * Scans anywhere; rejects only when no engine is available at all.
 * @param {string} text
 * @returns {Promise<Verdict>}
 */
export async function scan(text) {
  const now = scanNow(text);
  if (now) return now;
  const reply = await ask(MSG.SCAN, text);
  if (!reply?.ok) throw new Error(reply?.error ?? 'engine unavailable');
  return { findings: reply.findings };
}

/**
 * The text with every finding replaced by its placeholder.
 * @param {string} text
 * @returns {Promise<Redacted>}
 */
export async function redact(text) {
  if (local && text.length <= SYNC_LIMIT) return local.redact(text);
  const reply = await ask(MSG.REDACT, text);
  if (!reply?.ok) throw new Error(reply?.error ?? 'engine unavailable');
  if (typeof reply.redacted.text === 'string') return reply.redacted;
  // A long text's redaction comes back as replacements only (sending the
  // text back would cost the page what sending it did): splice them in.
  /** @type {Redacted['replacements']} */
  const replacements = reply.redacted.replacements;
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.finding.start) + r.placeholder;
    at = r.finding.end;
  }
  return { text: out + text.slice(at), replacements };
}

/** Host and path, for allowlist entries scoped to a site. */
export function site() {
  return location.host + location.pathname;
}
