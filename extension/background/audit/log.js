/**
 * Counters and a bounded local event log, for the user's own activity
 * view and export. Metadata only: time, site, rule ids, what happened, and
 * the justification the user typed for an override. Never prompt text,
 * never a matched value.
 *
 * An event after a quiet spell is written at once; in a burst, writes
 * start at most every WRITE_INTERVAL_MS and take every event that arrived
 * meanwhile: a few read-modify-writes of the log, not one per event (each
 * rewrites up to MAX_EVENTS entries, and every extension context listening
 * to storage changes receives the old and the new log).
 */

import { ext } from '../../shared/ext.js';

/** Most events kept, whatever the retention. */
export const MAX_EVENTS = 1000;

/**
 * @typedef {object} AuditEvent
 * @property {string} time ISO 8601
 * @property {string} site host name
 * @property {string[]} rules rule ids
 * @property {string} outcome what happened (see OUTCOMES in shared/messages.js)
 * @property {boolean} overridden whether the user sent or pasted despite findings
 * @property {string} [justification] the user's reason for an override
 * @property {{ kind: string, size: number, name?: string }} [file] an attached file's type and size (its name only when `auditFileNames` is true), never its content
 */

/** The least time between the starts of two writes. */
export const WRITE_INTERVAL_MS = 250;
/** When the last write started. */
let lastWrite = -Infinity;

/** Storage writes are read-modify-write; run them one at a time. */
let queue = Promise.resolve();
/** @type {{ event: AuditEvent, categories: string[], done: () => void }[]} */
let pending = [];
let retention = 30;

/**
 * Records one event.
 * @param {{ site: string, rules: string[], outcome: string, justification?: string, file?: { kind: string, size: number, name?: string } }} e
 * @param {(ruleId: string) => string} categoryOf
 * @param {number} retentionDays
 * @returns {Promise<void>}
 */
export function record(e, categoryOf, retentionDays) {
  /** @type {AuditEvent} */
  const event = {
    time: new Date().toISOString(),
    site: e.site,
    rules: e.rules,
    outcome: e.outcome,
    overridden: e.outcome === 'overridden' || e.outcome === 'pasted' || e.outcome === 'file-attached',
  };
  if (e.justification) event.justification = e.justification;
  if (e.file) event.file = e.file;
  retention = retentionDays;
  return new Promise((done) => {
    pending.push({ event, categories: e.rules.map(categoryOf), done });
    if (pending.length === 1) {
      const wait = lastWrite + WRITE_INTERVAL_MS - Date.now();
      const start = () => (queue = queue.then(write, write));
      if (wait > 0) setTimeout(start, wait);
      else start();
    }
  });
}

/** Writes every pending event in one read-modify-write. */
async function write() {
  lastWrite = Date.now();
  const batch = pending;
  pending = [];
  try {
    /** @type {{ auditLog?: any[], counters?: Record<string, any> }} */
    const { auditLog = [], counters = {} } = await ext.storage.local.get(['auditLog', 'counters']);
    const cutoff = Date.now() - retention * 86_400_000;
    const log = [...auditLog.filter((x) => Date.parse(x.time) >= cutoff), ...batch.map((b) => b.event)].slice(-MAX_EVENTS);
    const session = /** @type {any} */ (await ext.storage.session?.get('counters').catch(() => ({})))?.counters ?? {};
    for (const { event, categories } of batch) {
      bump(counters, event, categories);
      bump(session, event, categories);
    }
    await ext.storage.local.set({ auditLog: log, counters });
    await ext.storage.session?.set({ counters: session }).catch(() => {});
  } finally {
    for (const b of batch) b.done();
  }
}

/** @param {Record<string, any>} c @param {AuditEvent} e @param {string[]} categories */
function bump(c, e, categories) {
  c.byOutcome ??= {};
  c.byOutcome[e.outcome] = (c.byOutcome[e.outcome] ?? 0) + 1;
  c.byCategory ??= {};
  c.byRule ??= {};
  e.rules.forEach((id, i) => {
    c.byCategory[categories[i]] = (c.byCategory[categories[i]] ?? 0) + 1;
    c.byRule[id] = (c.byRule[id] ?? 0) + 1;
  });
}

/** Counters (all time and this browser session) and the log. */
export async function read() {
  /** @type {{ auditLog?: any[], counters?: Record<string, any> }} */
  const { auditLog = [], counters = {} } = await ext.storage.local.get(['auditLog', 'counters']);
  const session = /** @type {any} */ (await ext.storage.session?.get('counters').catch(() => ({})))?.counters ?? {};
  return { log: auditLog, counters, session };
}

/** Clears the log and counters. */
export function clear() {
  queue = queue.then(() => ext.storage.local.set({ auditLog: [], counters: {} }));
  return queue;
}
