// Checks an OTLP/HTTP JSON request body the way a strict receiver reads it:
// the ExportLogsServiceRequest message in the protobuf JSON mapping with
// OTLP's rules (lowerCamelCase field names, 64-bit integers as decimal
// strings, enums as integers, AnyValue with exactly one value), and then
// PromptWarden's event schema (docs/audit-events.md): which attributes a
// record and a resource may carry, and their types. Used by the browser
// tests on what the collector received and by the Node tests on the
// encoder's output. Returns problems as "path: what" strings.

/** Every attribute of a log record, with its AnyValue type (docs/audit-events.md, schema 1). */
export const RECORD_ATTRIBUTES = Object.freeze({
  'log.record.uid': 'string',
  'promptwarden.outcome': 'string',
  'promptwarden.trigger': 'string',
  'promptwarden.overridden': 'bool',
  'promptwarden.site': 'string',
  'promptwarden.app': 'string',
  'promptwarden.rule_ids': 'string[]',
  'promptwarden.categories': 'string[]',
  'promptwarden.severity': 'string',
  'promptwarden.justification': 'string',
  'promptwarden.file.type': 'string',
  'promptwarden.file.size': 'int',
  'promptwarden.file.name': 'string',
  'promptwarden.policy.hash': 'string',
});

/** Attributes every record has. */
export const REQUIRED_RECORD_ATTRIBUTES = Object.freeze(['log.record.uid', 'promptwarden.outcome', 'promptwarden.overridden', 'promptwarden.site', 'promptwarden.rule_ids', 'promptwarden.categories']);

/** Every resource attribute (the browser that sent the batch). */
export const RESOURCE_ATTRIBUTES = Object.freeze({
  'service.name': 'string',
  'service.version': 'string',
  'service.instance.id': 'string',
  'user_agent.name': 'string',
  'user_agent.version': 'string',
  'os.type': 'string',
  'user.email': 'string',
  'user.id': 'string',
  'promptwarden.audit.dropped': 'int',
  'promptwarden.audit.rejected': 'int',
});

export const REQUIRED_RESOURCE_ATTRIBUTES = Object.freeze(['service.name', 'service.version', 'service.instance.id', 'user_agent.name', 'user_agent.version', 'promptwarden.audit.dropped', 'promptwarden.audit.rejected']);

/** The outcomes a record may carry (docs/audit-events.md). */
export const OUTCOMES = Object.freeze(['sent', 'blocked', 'redacted', 'sent-anyway', 'cancelled', 'pasted-anyway', 'sent-unchecked', 'blocked-unchecked', 'reported-false-positive', 'attached-anyway']);

const FIELDS = {
  request: ['resourceLogs'],
  resourceLogs: ['resource', 'scopeLogs', 'schemaUrl'],
  resource: ['attributes', 'droppedAttributesCount', 'entityRefs'],
  scopeLogs: ['scope', 'logRecords', 'schemaUrl'],
  scope: ['name', 'version', 'attributes', 'droppedAttributesCount'],
  logRecord: ['timeUnixNano', 'observedTimeUnixNano', 'severityNumber', 'severityText', 'body', 'attributes', 'droppedAttributesCount', 'flags', 'traceId', 'spanId', 'eventName'],
};

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const decimal = /^-?\d+$/;
const unsigned = /^\d+$/;

/**
 * Problems with `body` (the parsed JSON) as an ExportLogsServiceRequest.
 * @param {unknown} body
 * @returns {string[]}
 */
export function otlpProblems(body) {
  const problems = [];
  const fields = (path, obj, kind) => {
    if (!isObject(obj)) return problems.push(`${path}: must be an object`) && false;
    for (const k of Object.keys(obj)) {
      if (!FIELDS[kind].includes(k)) problems.push(`${path}.${k}: not a field of ${kind} (snake_case and unknown names are wrong in OTLP JSON)`);
    }
    return true;
  };
  const anyValue = (path, v) => {
    if (!isObject(v)) return problems.push(`${path}: AnyValue must be an object`);
    const keys = Object.keys(v);
    if (keys.length !== 1) return problems.push(`${path}: AnyValue must hold exactly one value, has ${JSON.stringify(keys)}`);
    const [k] = keys;
    const x = v[k];
    switch (k) {
      case 'stringValue':
        return typeof x === 'string' || problems.push(`${path}.stringValue: must be a string`);
      case 'boolValue':
        return typeof x === 'boolean' || problems.push(`${path}.boolValue: must be a boolean`);
      case 'intValue':
        return (typeof x === 'string' && decimal.test(x)) || (Number.isSafeInteger(x)) || problems.push(`${path}.intValue: int64 must be a decimal string`);
      case 'doubleValue':
        return typeof x === 'number' || problems.push(`${path}.doubleValue: must be a number`);
      case 'bytesValue':
        return (typeof x === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(x)) || problems.push(`${path}.bytesValue: must be base64`);
      case 'arrayValue':
        if (!isObject(x) || !Array.isArray(x.values)) return problems.push(`${path}.arrayValue: must be { values: [...] }`);
        return x.values.forEach((e, i) => anyValue(`${path}.arrayValue.values[${i}]`, e));
      case 'kvlistValue':
        if (!isObject(x) || !Array.isArray(x.values)) return problems.push(`${path}.kvlistValue: must be { values: [...] }`);
        return keyValues(`${path}.kvlistValue.values`, x.values);
      default:
        return problems.push(`${path}: ${k} is not an AnyValue field`);
    }
  };
  const keyValues = (path, list) => {
    if (!Array.isArray(list)) return problems.push(`${path}: must be a list of KeyValue`);
    const seen = new Set();
    list.forEach((kv, i) => {
      const p = `${path}[${i}]`;
      if (!isObject(kv) || Object.keys(kv).some((k) => k !== 'key' && k !== 'value')) return problems.push(`${p}: KeyValue is { key, value }`);
      if (typeof kv.key !== 'string' || !kv.key) return problems.push(`${p}.key: must be a non-empty string`);
      if (seen.has(kv.key)) problems.push(`${p}.key: ${kv.key} appears twice`);
      seen.add(kv.key);
      anyValue(`${p}.value`, kv.value);
    });
  };
  const count = (path, v) => v === undefined || Number.isInteger(v) || problems.push(`${path}: must be an integer`);

  if (!fields('$', body, 'request')) return problems;
  const rl = /** @type {any} */ (body).resourceLogs;
  if (!Array.isArray(rl) || rl.length === 0) return [...problems, '$.resourceLogs: must be a non-empty list'];
  rl.forEach((r, i) => {
    const p = `$.resourceLogs[${i}]`;
    if (!fields(p, r, 'resourceLogs')) return;
    if (fields(`${p}.resource`, r.resource, 'resource')) {
      keyValues(`${p}.resource.attributes`, r.resource.attributes ?? []);
      count(`${p}.resource.droppedAttributesCount`, r.resource.droppedAttributesCount);
    }
    if (!Array.isArray(r.scopeLogs) || r.scopeLogs.length === 0) return problems.push(`${p}.scopeLogs: must be a non-empty list`);
    r.scopeLogs.forEach((s, j) => {
      const q = `${p}.scopeLogs[${j}]`;
      if (!fields(q, s, 'scopeLogs')) return;
      if (fields(`${q}.scope`, s.scope, 'scope')) {
        if (typeof s.scope.name !== 'string') problems.push(`${q}.scope.name: must be a string`);
        if (s.scope.version !== undefined && typeof s.scope.version !== 'string') problems.push(`${q}.scope.version: must be a string`);
      }
      if (!Array.isArray(s.logRecords) || s.logRecords.length === 0) return problems.push(`${q}.logRecords: must be a non-empty list (no empty envelopes)`);
      s.logRecords.forEach((l, k) => {
        const lp = `${q}.logRecords[${k}]`;
        if (!fields(lp, l, 'logRecord')) return;
        for (const t of ['timeUnixNano', 'observedTimeUnixNano']) {
          if (l[t] !== undefined && !(typeof l[t] === 'string' && unsigned.test(l[t]))) problems.push(`${lp}.${t}: fixed64 must be a decimal string`);
        }
        if (l.severityNumber !== undefined && !(Number.isInteger(l.severityNumber) && l.severityNumber >= 0 && l.severityNumber <= 24)) {
          problems.push(`${lp}.severityNumber: an enum is an integer from 0 to 24 in OTLP JSON`);
        }
        if (l.severityText !== undefined && typeof l.severityText !== 'string') problems.push(`${lp}.severityText: must be a string`);
        if (l.eventName !== undefined && typeof l.eventName !== 'string') problems.push(`${lp}.eventName: must be a string`);
        if (l.body !== undefined) anyValue(`${lp}.body`, l.body);
        keyValues(`${lp}.attributes`, l.attributes ?? []);
        count(`${lp}.droppedAttributesCount`, l.droppedAttributesCount);
        for (const id of ['traceId', 'spanId']) if (l[id] !== undefined && !/^[0-9a-fA-F]*$/.test(l[id])) problems.push(`${lp}.${id}: hex`);
      });
    });
  });
  return problems;
}

/** An AnyValue as a plain value and its schema type name. */
export function plain(/** @type {any} */ v) {
  if ('stringValue' in v) return { type: 'string', value: v.stringValue };
  if ('boolValue' in v) return { type: 'bool', value: v.boolValue };
  if ('intValue' in v) return { type: 'int', value: Number(v.intValue) };
  if ('doubleValue' in v) return { type: 'double', value: v.doubleValue };
  if ('arrayValue' in v) {
    const items = v.arrayValue.values.map(plain);
    return { type: items.every((x) => x.type === 'string') ? 'string[]' : 'array', value: items.map((x) => x.value) };
  }
  return { type: 'other', value: v };
}

/** KeyValue list → { key: plain value } with problems for undocumented keys, wrong types or missing ones. */
export function attributes(/** @type {any[]} */ list, /** @type {Record<string, string>} */ schema, /** @type {readonly string[]} */ required, /** @type {string} */ path, /** @type {string[]} */ problems) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const kv of list ?? []) {
    const { type, value } = plain(kv.value);
    if (!(kv.key in schema)) problems.push(`${path}: ${kv.key} is not in the documented schema`);
    else if (schema[kv.key] !== type && !(schema[kv.key] === 'string[]' && type === 'array' && value.length === 0)) problems.push(`${path}: ${kv.key} is ${type}, documented as ${schema[kv.key]}`);
    out[kv.key] = value;
  }
  for (const k of required) if (!(k in out)) problems.push(`${path}: ${k} is missing`);
  return out;
}

/**
 * Every event in a request, as plain objects, checked against the event
 * schema; `problems` gets both OTLP and schema problems.
 * @param {unknown} body
 */
export function eventsIn(body) {
  const problems = otlpProblems(body);
  /** @type {{ resource: Record<string, any>, scope: any, time: string, severityNumber: number, severityText?: string, body?: string, eventName?: string, attributes: Record<string, any> }[]} */
  const events = [];
  if (problems.length) return { events, problems };
  for (const [i, r] of /** @type {any} */ (body).resourceLogs.entries()) {
    const resource = attributes(r.resource.attributes, RESOURCE_ATTRIBUTES, REQUIRED_RESOURCE_ATTRIBUTES, `resourceLogs[${i}].resource`, problems);
    for (const s of r.scopeLogs) {
      for (const [k, l] of s.logRecords.entries()) {
        const attrs = attributes(l.attributes, RECORD_ATTRIBUTES, REQUIRED_RECORD_ATTRIBUTES, `logRecords[${k}]`, problems);
        if (!OUTCOMES.includes(attrs['promptwarden.outcome'])) problems.push(`logRecords[${k}]: outcome ${attrs['promptwarden.outcome']} is not documented`);
        events.push({ resource, scope: s.scope, time: l.timeUnixNano, severityNumber: l.severityNumber, severityText: l.severityText, body: l.body?.stringValue, eventName: l.eventName, attributes: attrs });
      }
    }
  }
  return { events, problems };
}
