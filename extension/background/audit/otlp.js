/**
 * Audit records as an OTLP/HTTP JSON request: an ExportLogsServiceRequest
 * in the protobuf JSON mapping OTLP uses (lowerCamelCase keys, 64-bit
 * integers as decimal strings, enums as numbers, attribute values as
 * AnyValue objects). docs/audit-events.md documents every field; the
 * browser tests parse what a collector receives against the same mapping.
 */

import { SCHEMA_VERSION } from './event.js';

/** @typedef {import('./event.js').AuditRecord} AuditRecord */
/** @typedef {string | number | boolean | string[]} AttributeValue */

/** The instrumentation scope of every record; its version is the event schema's. */
export const SCOPE = Object.freeze({ name: 'promptwarden.audit', version: SCHEMA_VERSION });

/** The OTLP event name of every record. */
export const EVENT_NAME = 'promptwarden.decision';

/**
 * OpenTelemetry severity numbers for the highest finding severity
 * (INFO = 9, WARN = 13, ERROR = 17, FATAL = 21); events without findings
 * (the engine could not load) are INFO.
 * @type {Record<string, number>}
 */
export const SEVERITY_NUMBERS = { low: 9, medium: 13, high: 17, critical: 21 };

/**
 * One attribute in OTLP's KeyValue form.
 * @param {string} key
 * @param {AttributeValue} value
 */
function kv(key, value) {
  return { key, value: anyValue(value) };
}

/** @param {AttributeValue} value */
function anyValue(value) {
  if (Array.isArray(value)) return { arrayValue: { values: value.map((v) => ({ stringValue: v })) } };
  if (typeof value === 'boolean') return { boolValue: value };
  // int64 travels as a decimal string in the JSON mapping.
  if (typeof value === 'number') return { intValue: String(Math.trunc(value)) };
  return { stringValue: value };
}

/** Milliseconds since the epoch as OTLP's fixed64 nanoseconds (a decimal string: it exceeds 2^53). */
export function unixNano(/** @type {number} */ ms) {
  return `${Math.trunc(ms)}000000`;
}

/**
 * One log record.
 * @param {AuditRecord} r
 */
export function logRecord(r) {
  /** @type {[string, AttributeValue | undefined][]} */
  const fields = [
    ['log.record.uid', r.id],
    ['promptwarden.outcome', r.outcome],
    ['promptwarden.trigger', r.trigger],
    ['promptwarden.overridden', r.overridden],
    ['promptwarden.site', r.site],
    ['promptwarden.app', r.app],
    ['promptwarden.rule_ids', r.rules],
    ['promptwarden.categories', r.categories],
    ['promptwarden.severity', r.severity],
    ['promptwarden.justification', r.justification],
    ['promptwarden.file.type', r.file?.type],
    ['promptwarden.file.size', r.file?.size],
    ['promptwarden.file.name', r.file?.name],
    ['promptwarden.policy.hash', r.policyHash],
  ];
  const time = unixNano(r.time);
  /** @type {Record<string, any>} */
  const record = {
    timeUnixNano: time,
    observedTimeUnixNano: time,
    severityNumber: SEVERITY_NUMBERS[r.severity ?? ''] ?? 9,
    body: { stringValue: `${r.outcome}: ${r.rules.length ? r.rules.join(', ') : 'no findings'} on ${r.site}` },
    eventName: EVENT_NAME,
    attributes: fields.filter(([, v]) => v !== undefined).map(([k, v]) => kv(k, /** @type {AttributeValue} */ (v))),
  };
  if (r.severity) record.severityText = r.severity;
  return record;
}

/**
 * The request body for a batch.
 * @param {AuditRecord[]} records
 * @param {Record<string, AttributeValue | undefined>} resource attributes describing this browser (undefined ones are left out)
 */
export function exportRequest(records, resource) {
  const attributes = Object.entries(resource)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => kv(k, /** @type {AttributeValue} */ (v)));
  return {
    resourceLogs: [
      {
        resource: { attributes },
        scopeLogs: [{ scope: { name: SCOPE.name, version: SCOPE.version }, logRecords: records.map(logRecord) }],
      },
    ],
  };
}

/**
 * How many records an ExportLogsServiceResponse says the collector
 * rejected (a partial success), and its message; zero for a full success
 * or a body that is not the JSON response (a proxy's "OK").
 * @param {string} body
 * @returns {{ rejected: number, message: string }}
 */
export function partialSuccess(body) {
  try {
    const p = JSON.parse(body)?.partialSuccess;
    const rejected = Number(p?.rejectedLogRecords ?? 0);
    return { rejected: Number.isSafeInteger(rejected) && rejected > 0 ? rejected : 0, message: typeof p?.errorMessage === 'string' ? p.errorMessage.slice(0, 300) : '' };
  } catch {
    return { rejected: 0, message: '' };
  }
}
