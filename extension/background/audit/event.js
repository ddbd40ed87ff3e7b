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
 * @type {Record<string, { outcome: string, trigger?: 'send' | 'paste' | 'file', overridden: boolean }>}
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
  // Attachments: attached despite findings (or unread), a copy with the
  // values replaced attached instead, removed by the user, or removed by
  // the policy.
  'file-attached': { outcome: 'attached-anyway', trigger: 'file', overridden: true },
  'file-redacted': { outcome: 'redacted', trigger: 'file', overridden: false },
  'file-removed': { outcome: 'cancelled', trigger: 'file', overridden: false },
  'file-blocked': { outcome: 'blocked', trigger: 'file', overridden: false },
};

const SEVERITY_ORDER = ['low', 'medium', 'high', 'critical'];

/**
 * @typedef {object} AuditRecord what the queue keeps and otlp.js encodes
 * @property {string} id unique (UUID v4): collectors deduplicate by it
 * @property {number} time milliseconds since the epoch
 * @property {string} site the page's host (and port, if any)
 * @property {string} [app] the built-in chat app's id, when the site is one
 * @property {string} outcome see WIRE_OUTCOMES
 * @property {'send' | 'paste' | 'file'} [trigger]
 * @property {boolean} overridden
 * @property {string[]} rules rule ids, each once
 * @property {string[]} categories their categories, each once
 * @property {string} [severity] the highest severity among the rules
 * @property {string} [justification] what the user typed, when they did
 * @property {{ type: string, size: number, name?: string }} [file] an attachment's kind and size; its name only when the policy's `auditFileNames` is true (the background drops it otherwise)
 * @property {string} [policyHash] fingerprint of the managed policy
 */

/**
 * @typedef {object} EventContext
 * @property {(ruleId: string) => string} categoryOf
 * @property {(ruleId: string) => string | undefined} severityOf
 * @property {string | undefined} app
 * @property {string | undefined} policyHash
 * @property {boolean} [fileNames] whether the policy lets file names into events (`auditFileNames`)
 * @property {() => number} [now]
 * @property {() => string} [newId]
 */

/**
 * @param {{ site: string, rules: string[], outcome: string, justification?: string, file?: { kind: string, size: number, name?: string } }} msg a validated MSG.EVENT
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
  // A file's name only where the policy says names are not sensitive.
  if (msg.file) record.file = { type: msg.file.kind, size: msg.file.size, ...(ctx.fileNames && msg.file.name !== undefined && { name: msg.file.name }) };
  if (ctx.policyHash) record.policyHash = ctx.policyHash;
  return record;
}
