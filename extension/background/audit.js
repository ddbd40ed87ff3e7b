/**
 * Counters and a bounded local event log. Metadata only: time, site, rule
 * ids, what happened, and the justification the user typed for an
 * override. Never prompt text, never a matched value.
 */

import { ext } from '../shared/ext.js';

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
 */

/** Storage writes are read-modify-write; run them one at a time. */
let queue = Promise.resolve();

/**
 * Records one event.
 * @param {{ site: string, rules: string[], outcome: string, justification?: string }} e
 * @param {(ruleId: string) => string} categoryOf
 * @param {number} retentionDays
 */
export function record(e, categoryOf, retentionDays) {
  queue = queue.then(async () => {
    const now = new Date();
    /** @type {AuditEvent} */
    const event = {
      time: now.toISOString(),
      site: e.site,
      rules: e.rules,
      outcome: e.outcome,
      overridden: e.outcome === 'overridden' || e.outcome === 'pasted',
    };
    if (e.justification) event.justification = e.justification;
    /** @type {{ auditLog?: any[], counters?: Record<string, any> }} */
    const { auditLog = [], counters = {} } = await ext.storage.local.get(['auditLog', 'counters']);
    const cutoff = now.getTime() - retentionDays * 86_400_000;
    const log = [...auditLog.filter((x) => Date.parse(x.time) >= cutoff), event].slice(-MAX_EVENTS);
    bump(counters, e, categoryOf);
    const session = /** @type {any} */ (await ext.storage.session?.get('counters').catch(() => ({})))?.counters ?? {};
    bump(session, e, categoryOf);
    await ext.storage.local.set({ auditLog: log, counters });
    await ext.storage.session?.set({ counters: session }).catch(() => {});
  });
  return queue;
}

/** @param {Record<string, any>} c */
function bump(c, /** @type {{ rules: string[], outcome: string }} */ e, /** @type {(id: string) => string} */ categoryOf) {
  c.byOutcome ??= {};
  c.byOutcome[e.outcome] = (c.byOutcome[e.outcome] ?? 0) + 1;
  c.byCategory ??= {};
  c.byRule ??= {};
  for (const id of e.rules) {
    const cat = categoryOf(id);
    c.byCategory[cat] = (c.byCategory[cat] ?? 0) + 1;
    c.byRule[id] = (c.byRule[id] ?? 0) + 1;
  }
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
