/**
 * One audit event for the organisation's collector, built from what a
 * content script reported (MSG.EVENT) and what the background knows
 * (rule categories and severities, the policy's fingerprint). Its fields
 * are the schema in docs/audit-events.md; OTLP encoding is otlp.js's job.
 *
 * What goes in is metadata a content script already chose to report: rule
 * ids, the outcome, the user's typed justification. There is no field for
 * prompt text, a matched value or its masked preview, so none can slip in.
 */

/** The schema's version: the OTLP scope version of every record. */
export const SCHEMA_VERSION = '1';

/**
 * What each local outcome (OUTCOMES in shared/messages.js) is on the wire:
 * the outcome a security team reads, the path the text took, and whether
 * the user went past a warning.
 * @type {Record<string, { outcome: string, trigger?: 'send' | 'paste', overridden: boolean }>}
 */
export const WIRE_OUTCOMES = {
  sent: { outcome: 'sent', trigger: 'send', overridden: false },
  blocked: { outcome: 'blocked', trigger: 'send', overridden: false },
  redacted: { outcome: 'redacted', trigger: 'send', overridden: false },
  overridden: { outcome: 'sent-anyway', trigger: 'send', overridden: true },
  edited: { outcome: 'cancelled', trigger: 'send', overridden: false },
  pasted: { outcome: 'pasted-anyway', trigger: 'paste', overridden: true },
  'paste-redacted': { outcome: 'redacted', trigger: 'paste', overridden: false },
  'paste-cancelled': { outcome: 'cancelled', trigger: 'paste', overridden: false },
  // The engine could not load: the policy's fail mode decided, unchecked.
  // A fail-closed refusal happens on sends and pastes alike, so it names
  // neither.
  'fail-open': { outcome: 'sent-unchecked', trigger: 'send', overridden: false },
  'fail-closed': { outcome: 'blocked-unchecked', overridden: false },
  // "Report a false positive" in the panel: the rule and the site, which
  // the organisation may want to tune; nothing was sent or stopped.
  'false-positive': { outcome: 'reported-false-positive', overridden: false },
};

const SEVERITY_ORDER = ['low', 'medium', 'high', 'critical'];

/**
 * @typedef {object} AuditRecord what the queue keeps and otlp.js encodes
 * @property {string} id unique (UUID v4): collectors deduplicate by it
 * @property {number} time milliseconds since the epoch
 * @property {string} site the page's host (and port, if any)
 * @property {string} [app] the built-in chat app's id, when the site is one
 * @property {string} outcome see WIRE_OUTCOMES
 * @property {'send' | 'paste'} [trigger]
 * @property {boolean} overridden
 * @property {string[]} rules rule ids, each once
 * @property {string[]} categories their categories, each once
 * @property {string} [severity] the highest severity among the rules
 * @property {string} [justification] what the user typed, when they did
 * @property {{ type: string, size: number }} [file] reserved for attachments
 * @property {string} [policyHash] fingerprint of the managed policy
 */

/**
 * @typedef {object} EventContext
 * @property {(ruleId: string) => string} categoryOf
 * @property {(ruleId: string) => string | undefined} severityOf
 * @property {string | undefined} app
 * @property {string | undefined} policyHash
 * @property {() => number} [now]
 * @property {() => string} [newId]
 */

/**
 * @param {{ site: string, rules: string[], outcome: string, justification?: string, file?: { type: string, size: number } }} msg a validated MSG.EVENT
 * @param {EventContext} ctx
 * @returns {AuditRecord}
 */
export function makeRecord(msg, ctx) {
  const wire = WIRE_OUTCOMES[msg.outcome];
  const rules = [...new Set(msg.rules)];
  const categories = [...new Set(rules.map(ctx.categoryOf))];
  let rank = -1;
  for (const id of rules) rank = Math.max(rank, SEVERITY_ORDER.indexOf(ctx.severityOf(id) ?? ''));
  /** @type {AuditRecord} */
  const record = {
    id: (ctx.newId ?? (() => crypto.randomUUID()))(),
    time: (ctx.now ?? Date.now)(),
    site: msg.site,
    outcome: wire.outcome,
    overridden: wire.overridden,
    rules,
    categories,
  };
  if (ctx.app) record.app = ctx.app;
  if (wire.trigger) record.trigger = wire.trigger;
  if (rank >= 0) record.severity = SEVERITY_ORDER[rank];
  if (msg.justification) record.justification = msg.justification;
  if (msg.file) record.file = { type: msg.file.type, size: msg.file.size };
  if (ctx.policyHash) record.policyHash = ctx.policyHash;
  return record;
}
