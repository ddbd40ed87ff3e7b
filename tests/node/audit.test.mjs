// Audit delivery's parts without a browser: the event record (what is in
// it and what can never be), its OTLP/HTTP JSON encoding checked against
// the protobuf JSON mapping, the persisted bounded queue, and the delivery
// loop's decisions (retry, backoff, Retry-After, bad requests, batches)
// against a scripted collector. The browser suites (tests/browser/
// audit.*.test.mjs) run the same code for real against a collector process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BACKOFF, BATCH, Delivery, backoffMs, retryAfterMs } from '../../extension/background/audit/delivery.js';
import { SCHEMA_VERSION, WIRE_OUTCOMES, makeRecord } from '../../extension/background/audit/event.js';
import { HIDDEN, hideHeaderValues, keepHiddenHeaderValues } from '../../extension/background/audit/headers.js';
import { EVENT_NAME, SCOPE, exportRequest, partialSuccess, unixNano } from '../../extension/background/audit/otlp.js';
import { LIMITS, META_KEY, Queue } from '../../extension/background/audit/queue.js';
import { OUTCOMES as LOCAL_OUTCOMES, invalidReason } from '../../extension/shared/messages.js';
import { initSync, Settings } from '../../pkg/promptwarden.js';
import { OUTCOMES, RECORD_ATTRIBUTES, RESOURCE_ATTRIBUTES, eventsIn, otlpProblems } from '../browser/otlp-check.mjs';

initSync({ module: readFileSync(new URL('../../pkg/promptwarden_bg.wasm', import.meta.url)) });

const CATEGORIES = { 'github-pat': 'secret', 'aws-access-key-id': 'secret', email: 'pii', 'acme-ticket': 'custom' };
const SEVERITIES = { 'github-pat': 'critical', 'aws-access-key-id': 'critical', email: 'medium', 'acme-ticket': 'high' };
let ids = 0;
const ctx = {
  categoryOf: (id) => CATEGORIES[id] ?? 'custom',
  severityOf: (id) => SEVERITIES[id],
  app: 'claude',
  policyHash: '0123456789abcdef',
  now: () => 1_765_000_000_123,
  newId: () => `id-${++ids}`,
};
const RESOURCE = { 'service.name': 'promptwarden', 'service.version': '0.1.0', 'service.instance.id': 'install-1', 'user_agent.name': 'Chromium', 'user_agent.version': '156.0', 'promptwarden.audit.dropped': 0, 'promptwarden.audit.rejected': 0 };

// ---- the record ------------------------------------------------------------------

test('every local outcome has a documented wire outcome', () => {
  assert.deepEqual(Object.keys(WIRE_OUTCOMES).sort(), [...LOCAL_OUTCOMES].sort());
  for (const w of Object.values(WIRE_OUTCOMES)) assert.ok(OUTCOMES.includes(w.outcome), w.outcome);
  assert.equal(WIRE_OUTCOMES.overridden.outcome, 'sent-anyway');
  assert.equal(WIRE_OUTCOMES.pasted.overridden, true);
});

test('a record holds the documented metadata: categories and the highest severity from the rules, the justification only when typed', () => {
  const r = makeRecord({ site: 'claude.ai', rules: ['email', 'github-pat', 'email'], outcome: 'overridden', justification: 'ticket 42' }, ctx);
  assert.deepEqual(r, {
    id: r.id,
    time: 1_765_000_000_123,
    site: 'claude.ai',
    app: 'claude',
    outcome: 'sent-anyway',
    trigger: 'send',
    overridden: true,
    rules: ['email', 'github-pat'],
    categories: ['pii', 'secret'],
    severity: 'critical',
    justification: 'ticket 42',
    policyHash: '0123456789abcdef',
  });
  const plain = makeRecord({ site: 'x.example', rules: [], outcome: 'fail-closed' }, { ...ctx, app: undefined, policyHash: undefined });
  assert.deepEqual(Object.keys(plain).sort(), ['categories', 'id', 'outcome', 'overridden', 'rules', 'site', 'time']);
});

test('whatever else a message carries stays out of the record', () => {
  const r = makeRecord(
    /** @type {any} */ ({ site: 'claude.ai', rules: ['github-pat'], outcome: 'blocked', text: 'the prompt', preview: 'ghp_****', value: 'ghp_x', file: { kind: 'pdf', size: 1234, name: 'secret-plans.pdf' } }),
    ctx,
  );
  const json = JSON.stringify(r);
  for (const leak of ['the prompt', 'ghp_****', 'ghp_x', 'secret-plans']) assert.ok(!json.includes(leak), `${leak} is not in the record`);
  assert.deepEqual(r.file, { type: 'pdf', size: 1234 }, 'no name unless the policy sets auditFileNames');
  const named = makeRecord({ site: 'claude.ai', rules: [], outcome: 'file-attached', file: { kind: 'pdf', size: 1234, name: 'plans.pdf' } }, { ...ctx, fileNames: true });
  assert.deepEqual(named.file, { type: 'pdf', size: 1234, name: 'plans.pdf' });
});

test('ids are unique (collectors deduplicate by them)', () => {
  const seen = new Set();
  for (let i = 0; i < 1000; i++) seen.add(makeRecord({ site: 'a', rules: [], outcome: 'sent' }, { ...ctx, newId: undefined }).id);
  assert.equal(seen.size, 1000);
});

// ---- OTLP encoding ----------------------------------------------------------------

test('a batch encodes as a valid ExportLogsServiceRequest with the documented attributes', () => {
  const records = [
    makeRecord({ site: 'claude.ai', rules: ['github-pat'], outcome: 'blocked' }, ctx),
    makeRecord({ site: 'chatgpt.com', rules: ['email'], outcome: 'pasted', justification: 'customer asked', file: { kind: 'text', size: 12 } }, ctx),
    makeRecord({ site: 'gemini.google.com', rules: [], outcome: 'fail-open' }, ctx),
  ];
  const body = JSON.parse(JSON.stringify(exportRequest(records, RESOURCE)));
  assert.deepEqual(otlpProblems(body), []);
  const { events, problems } = eventsIn(body);
  assert.deepEqual(problems, []);
  assert.equal(events.length, 3);
  const [blocked, pasted, unchecked] = events;
  assert.deepEqual(blocked.scope, { name: SCOPE.name, version: SCHEMA_VERSION });
  assert.equal(blocked.eventName, EVENT_NAME);
  assert.equal(blocked.time, '1765000000123000000', 'nanoseconds as a decimal string (beyond 2^53)');
  assert.equal(blocked.severityNumber, 21);
  assert.equal(blocked.severityText, 'critical');
  assert.deepEqual(blocked.attributes['promptwarden.rule_ids'], ['github-pat']);
  assert.equal(pasted.attributes['promptwarden.justification'], 'customer asked');
  assert.equal(pasted.attributes['promptwarden.file.size'], 12);
  assert.equal(pasted.attributes['promptwarden.trigger'], 'paste');
  assert.equal(unchecked.severityNumber, 9);
  assert.equal(unchecked.severityText, undefined);
  assert.deepEqual(unchecked.attributes['promptwarden.rule_ids'], []);
  assert.equal(blocked.resource['service.instance.id'], 'install-1');
});

test('the checker used on the collector side refuses what a strict receiver would', () => {
  const good = JSON.parse(JSON.stringify(exportRequest([makeRecord({ site: 'a', rules: ['email'], outcome: 'blocked' }, ctx)], RESOURCE)));
  const mutate = (f) => {
    const copy = structuredClone(good);
    f(copy.resourceLogs[0].scopeLogs[0].logRecords[0], copy);
    return otlpProblems(copy);
  };
  assert.ok(mutate((l) => (l.timeUnixNano = 1765000000123000000)).length, 'a number for a 64-bit integer');
  assert.ok(mutate((l) => (l.severityNumber = 'SEVERITY_NUMBER_WARN')).length, 'an enum name');
  assert.ok(mutate((l) => (l.time_unix_nano = l.timeUnixNano)).length, 'a snake_case field');
  assert.ok(mutate((l) => (l.attributes[0].value = { stringValue: 'a', intValue: '1' })).length, 'two values in one AnyValue');
  assert.ok(mutate((l) => l.attributes.push({ key: l.attributes[0].key, value: { stringValue: 'again' } })).length, 'a repeated key');
  assert.ok(mutate((_, c) => (c.resourceLogs[0].scopeLogs[0].logRecords = [])).length, 'an empty envelope');
  assert.ok(eventsIn(JSON.parse(JSON.stringify(good).replace('promptwarden.site', 'promptwarden.prompt'))).problems.length, 'an undocumented attribute');
});

test('partial success: the rejected count is read, a body that is not the response counts as none', () => {
  assert.deepEqual(partialSuccess('{"partialSuccess":{"rejectedLogRecords":"3","errorMessage":"too old"}}'), { rejected: 3, message: 'too old' });
  assert.deepEqual(partialSuccess('{}'), { rejected: 0, message: '' });
  assert.deepEqual(partialSuccess('OK'), { rejected: 0, message: '' });
  assert.equal(unixNano(1), '1000000');
});

test('the schema document lists exactly the attributes, outcomes and limits the code uses', () => {
  const doc = readFileSync(new URL('../../docs/audit-events.md', import.meta.url), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `([a-z_]+\.[a-z_.]+)` \|/gm)].map((m) => m[1]));
  for (const k of [...Object.keys(RECORD_ATTRIBUTES), ...Object.keys(RESOURCE_ATTRIBUTES)]) assert.ok(documented.has(k), `docs/audit-events.md documents ${k}`);
  for (const k of documented) assert.ok(k in RECORD_ATTRIBUTES || k in RESOURCE_ATTRIBUTES, `${k} in the docs is in the schema`);
  for (const o of OUTCOMES) assert.ok(doc.includes(`\`${o}\``), `the docs name the outcome ${o}`);
  assert.ok(doc.includes(`${LIMITS.records.toLocaleString('en')} events`), 'the docs state the queue bound');
  assert.ok(doc.includes(`${BATCH.records} events`), 'the docs state the batch size');
  assert.ok(doc.includes(`Schema version ${SCHEMA_VERSION}`));
});

// ---- the queue --------------------------------------------------------------------

/** storage.local as the queue uses it, in memory, counting calls. */
function memoryStorage() {
  const data = new Map();
  const calls = { get: 0, set: 0, remove: 0 };
  return {
    data,
    calls,
    async get(keys) {
      calls.get++;
      const out = {};
      for (const k of [keys].flat()) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      calls.set++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      calls.remove++;
      for (const k of [keys].flat()) data.delete(k);
    },
  };
}

const rec = (n) => ({ id: `r${n}`, time: n, site: 's', outcome: 'blocked', overridden: false, rules: [], categories: [] });

test('the queue keeps order, survives a new instance on the same storage, and removes what was delivered', async () => {
  const storage = memoryStorage();
  const q = new Queue(storage);
  await Promise.all([1, 2, 3, 4, 5].map((n) => q.add(rec(n))));
  const again = new Queue(storage); // a restarted background
  const { records, upTo } = await again.peek(3, 1e9);
  assert.deepEqual(records.map((r) => r.id), ['r1', 'r2', 'r3']);
  await again.remove(upTo);
  assert.deepEqual((await again.peek(10, 1e9)).records.map((r) => r.id), ['r4', 'r5']);
  assert.deepEqual(await again.stats(), { queued: 2, chars: JSON.stringify(rec(4)).length * 2, dropped: 0 });
});

test('removing what a peek read does not read it again, and the size stays exact even when the bound moved the head meanwhile', async () => {
  const size = (/** @type {number[]} */ ns) => ns.reduce((n, i) => n + JSON.stringify(rec(i)).length, 0);
  const storage = memoryStorage();
  const q = new Queue(storage);
  await Promise.all([1, 2, 3, 4].map((n) => q.add(rec(n))));
  const { upTo, span } = await q.peek(2, 1e9);
  const reads = storage.calls.get;
  await q.remove(upTo, span);
  assert.equal(storage.calls.get, reads, 'no second read of the records');
  assert.equal((await q.stats()).chars, size([3, 4]));
  const bounded = new Queue(memoryStorage(), { records: 3, chars: 1e9 });
  await Promise.all([1, 2, 3].map((n) => bounded.add(rec(n))));
  const first = await bounded.peek(2, 1e9);
  await bounded.add(rec(4)); // 1 dropped by the bound: 2 is still there
  await bounded.remove(first.upTo, first.span);
  assert.deepEqual(await bounded.stats(), { queued: 2, chars: size([3, 4]), dropped: 1 });
});

test('a burst is written in a few storage calls, not one per event', async () => {
  const storage = memoryStorage();
  const q = new Queue(storage);
  await Promise.all(Array.from({ length: 2000 }, (_, i) => q.add(rec(i))));
  assert.ok(storage.calls.set <= 82, `${storage.calls.set} writes for 2,000 events (25 a write)`);
  assert.equal((await q.stats()).queued, 2000);
});

test('the queue is bounded: past the limit the oldest go first and are counted', async () => {
  const storage = memoryStorage();
  const q = new Queue(storage, { records: 5, chars: 1e9 });
  for (let i = 1; i <= 8; i++) await q.add(rec(i));
  assert.deepEqual((await q.peek(10, 1e9)).records.map((r) => r.id), ['r4', 'r5', 'r6', 'r7', 'r8']);
  assert.equal((await q.stats()).dropped, 3);
  assert.equal([...storage.data.keys()].filter((k) => k.startsWith('auditQ:')).length, 5, 'dropped records leave storage');
  const byChars = new Queue(memoryStorage(), { records: 1000, chars: JSON.stringify(rec(1)).length * 3 });
  await Promise.all([1, 2, 3, 4, 5].map((n) => byChars.add(rec(n))));
  assert.deepEqual((await byChars.peek(10, 1e9)).records.map((r) => r.id), ['r3', 'r4', 'r5']);
  assert.equal((await byChars.stats()).dropped, 2);
  assert.deepEqual(LIMITS, { records: 10_000, chars: 4 * 1024 * 1024 });
});

test('peek stops near the size asked for, but always returns one record', async () => {
  const q = new Queue(memoryStorage());
  for (let i = 0; i < 10; i++) await q.add(rec(i));
  const size = JSON.stringify(rec(0)).length;
  assert.equal((await q.peek(10, size * 3)).records.length, 3);
  assert.equal((await q.peek(10, 1)).records.length, 1);
});

// ---- delivery --------------------------------------------------------------------

/**
 * A delivery against a scripted collector: `answers` are consumed in order
 * (a number is a status, an Error a network failure, an object
 * { status, headers, text } or a function of the post giving one), then 200.
 * @param {{ answers?: any[], target?: any, limits?: { records: number, chars: number } }} [options]
 */
function rig({ answers = [], target = { url: 'https://otel.example/v1/logs', headers: { Authorization: 'Bearer t0ken' }, includeUser: false }, limits } = {}) {
  const storage = memoryStorage();
  const queue = new Queue(storage, limits);
  let now = 1_000_000;
  const posts = [];
  const alarms = [];
  const script = [...answers];
  const fetch = async (url, init) => {
    const body = JSON.parse(init.body);
    posts.push({ url, init, body, ids: body.resourceLogs[0].scopeLogs[0].logRecords.map((l) => l.attributes.find((a) => a.key === 'log.record.uid').value.stringValue) });
    let a = script.length ? script.shift() : 200;
    if (typeof a === 'function') a = a(posts.at(-1));
    if (a instanceof Error) throw a;
    const { status = a, headers = {}, text = status === 200 ? '{}' : 'error' } = typeof a === 'object' ? a : {};
    return { ok: status >= 200 && status < 300, status, headers: new Headers(headers), text: async () => text };
  };
  const d = new Delivery({
    queue,
    storage,
    fetch: /** @type {any} */ (fetch),
    alarms: { create: (name, info) => alarms.push({ name, ...info }), clear: async () => {} },
    resource: async () => ({ ...RESOURCE }),
    now: () => now,
    random: () => 1,
    timers: { set: () => 0, clear: () => {} },
  });
  return {
    d,
    queue,
    posts,
    alarms,
    storage,
    advance: (ms) => (now += ms),
    now: () => now,
    async add(n) {
      for (let i = 0; i < n; i++) await queue.add(makeRecord({ site: 'claude.ai', rules: ['email'], outcome: 'blocked' }, { ...ctx, newId: undefined }));
    },
    configure: async (/** @type {any} */ t = target) => {
      d.configure(t);
      await new Promise((r) => setTimeout(r, 10));
      await d.kick();
    },
  };
}

test('without a collector nothing is sent, whatever is queued', async () => {
  const r = rig();
  await r.add(3);
  r.d.configure(null);
  await r.d.kick();
  assert.equal(r.posts.length, 0);
});

test('a batch goes to the collector with its headers and JSON, and leaves the queue once accepted', async () => {
  const r = rig();
  await r.add(3);
  await r.configure();
  assert.equal(r.posts.length, 1);
  const [p] = r.posts;
  assert.equal(p.url, 'https://otel.example/v1/logs');
  assert.equal(p.init.method, 'POST');
  assert.equal(p.init.headers.Authorization, 'Bearer t0ken');
  assert.equal(p.init.headers['Content-Type'], 'application/json');
  assert.equal(p.init.redirect, 'error', 'credentials never follow a redirect');
  assert.equal(p.init.credentials, 'omit');
  assert.deepEqual(eventsIn(p.body).problems, []);
  assert.equal((await r.queue.stats()).queued, 0);
  const s = await r.d.status();
  assert.equal(s.delivered, 3);
  assert.equal(s.lastSuccess, r.now());
  assert.ok(!JSON.stringify(s).includes('t0ken'), 'the status never holds a header value');
});

test('503 and network errors back off exponentially (jittered), and nothing is lost or sent twice once the collector accepts', async () => {
  const r = rig({ answers: [503, new TypeError('Failed to fetch'), 503] });
  await r.add(4);
  await r.configure();
  assert.equal(r.posts.length, 1);
  let s = await r.d.status();
  assert.equal(s.failures, 1);
  assert.equal(s.nextAttempt - r.now(), backoffMs(1, () => 1));
  assert.ok(r.alarms.at(-1).when >= r.now() + 30_000, 'an alarm brings a stopped background back (never sooner than Chrome allows)');
  await r.d.kick();
  assert.equal(r.posts.length, 1, 'nothing before the backoff is over');
  for (const expected of [2, 3]) {
    r.advance(BACKOFF.maxMs);
    await r.d.kick();
    s = await r.d.status();
    assert.equal(s.failures, expected);
  }
  assert.match(s.lastError.message, /503/);
  r.advance(BACKOFF.maxMs);
  await r.d.kick();
  assert.equal(r.posts.length, 4);
  assert.deepEqual(r.posts[3].ids, r.posts[0].ids, 'the same events, same ids, in the same order');
  assert.equal((await r.queue.stats()).queued, 0);
  assert.equal((await r.d.status()).failures, 0);
});

test('backoff doubles from 1 s to at most 5 minutes with jitter between half and all of it', () => {
  assert.equal(backoffMs(1, () => 1), 1000);
  assert.equal(backoffMs(1, () => 0), 500);
  assert.equal(backoffMs(4, () => 1), 8000);
  assert.equal(backoffMs(40, () => 1), BACKOFF.maxMs);
  assert.equal(retryAfterMs('7', 0), 7000);
  assert.equal(retryAfterMs(new Date(60_000).toUTCString(), 0), 60_000);
  assert.equal(retryAfterMs('999999', 0), 60 * 60_000, 'capped at an hour');
  assert.equal(retryAfterMs('soon', 0), null);
});

test('429 with Retry-After waits what the collector asks', async () => {
  const r = rig({ answers: [{ status: 429, headers: { 'Retry-After': '7' } }] });
  await r.add(1);
  await r.configure();
  assert.equal((await r.d.status()).nextAttempt, r.now() + 7000);
  r.advance(6999);
  await r.d.kick();
  assert.equal(r.posts.length, 1);
  r.advance(1);
  await r.d.kick();
  assert.equal(r.posts.length, 2);
});

test('401, 404 and 415 mean a setting is wrong, not the events: they wait for the fix', async () => {
  const r = rig({ answers: [401, 404, 415] });
  await r.add(2);
  await r.configure();
  for (let i = 0; i < 2; i++) {
    r.advance(BACKOFF.maxMs);
    await r.d.kick();
  }
  assert.equal((await r.queue.stats()).queued, 2);
  r.advance(BACKOFF.maxMs);
  await r.d.kick();
  assert.equal((await r.d.status()).delivered, 2);
});

test('400 halves the batch until the one bad event is found; only it is dropped and counted', async () => {
  let bad = '';
  const r = rig({ answers: Array(40).fill((p) => (p.ids.includes(bad) ? { status: 400, text: '{"message":"bad record"}' } : 200)) });
  await r.add(8);
  bad = (await r.queue.peek(10, 1e9)).records[5].id;
  await r.configure();
  for (let i = 0; i < 5; i++) {
    r.advance(2000);
    await r.d.kick();
  }
  const delivered = r.posts.filter((p) => !p.ids.includes(bad)).flatMap((p) => p.ids);
  assert.equal(new Set(delivered).size, 7, 'the seven good events arrive');
  assert.equal(delivered.length, 7, 'each once');
  const s = await r.d.status();
  assert.equal(s.rejected, 1);
  assert.match(s.lastError.message, /400/);
  assert.equal((await r.queue.stats()).queued, 0);
  assert.ok(r.posts.length <= 10, `${r.posts.length} requests to find it`);
});

test('a partial success is not sent again; its rejected count is kept', async () => {
  const r = rig({ answers: [{ status: 200, text: '{"partialSuccess":{"rejectedLogRecords":"1","errorMessage":"timestamp too old"}}' }] });
  await r.add(3);
  await r.configure();
  await r.d.kick();
  assert.equal(r.posts.length, 1);
  const s = await r.d.status();
  assert.deepEqual([s.delivered, s.rejected], [2, 1]);
  assert.match(s.lastError.message, /timestamp too old/);
});

test('batches are bounded, and the dropped count rides with the next batch', async () => {
  const r = rig({ limits: { records: 1200, chars: 1e9 } });
  await r.add(1205);
  await r.configure();
  assert.deepEqual(r.posts.map((p) => p.ids.length), [BATCH.records, BATCH.records, 200]);
  const dropped = r.posts[0].body.resourceLogs[0].resource.attributes.find((a) => a.key === 'promptwarden.audit.dropped');
  assert.deepEqual(dropped.value, { intValue: '5' });
});

test('a new collector URL, or a new browser session, is tried at once; a woken background keeps its backoff', async () => {
  const r = rig({ answers: [503, 503] });
  await r.add(1);
  await r.configure();
  assert.equal(r.posts.length, 1);
  await r.configure(); // the same collector, a woken background
  assert.equal(r.posts.length, 1);
  await r.configure({ url: 'https://other.example/v1/logs', headers: {}, includeUser: false });
  assert.equal(r.posts.length, 2);
  await r.d.restart();
  await new Promise((res) => setTimeout(res, 10));
  assert.equal(r.posts.length, 3);
});

// ---- privacy: every outcome, every byte --------------------------------------------

/** Synthetic values the engine catches (never real credentials), and the prompts that carry them. */
const PRIVATE = Object.freeze({
  awsKeyId: 'AKIAZ7VRSQ5TBLN2MXQE',
  awsSecret: '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',
  email: 'jane.roe.1984@gmail.com',
  phone: '+44 7700 183 456',
});
const PRIVATE_PROMPTS = [
  `deploy with ${PRIVATE.awsKeyId} and aws_secret_access_key = "${PRIVATE.awsSecret}"`,
  `mail ${PRIVATE.email} or call ${PRIVATE.phone} about the overdue invoice`,
];
const TYPED_REASON = 'approved by the data owner, ticket SEC-7';

/**
 * Everything no byte may contain, by name (never the value): each value,
 * every 8-character slice of it (also as JSON escapes it), its masked
 * previews, its SHA-256/SHA-1/MD5 in hex and base64, and every
 * 10-character piece of a prompt.
 * @param {{ value: string, name: string }[]} values
 * @param {string[]} previews
 */
function forbidden(values, previews) {
  /** @type {[string, string][]} */
  const out = [];
  for (const { name, value } of values) {
    for (let i = 0; i + 8 <= value.length; i++) {
      const slice = value.slice(i, i + 8);
      out.push([`${name}, slice at ${i}`, slice], [`${name}, JSON-escaped slice at ${i}`, JSON.stringify(slice).slice(1, -1)]);
    }
    for (const algo of ['sha256', 'sha1', 'md5']) {
      for (const enc of /** @type {const} */ (['hex', 'base64', 'base64url'])) out.push([`${name}, ${algo} ${enc}`, createHash(algo).update(value).digest(enc).slice(0, 16)]);
    }
  }
  // A preview is masked, yet still the value's shape and ends: never sent either.
  for (const p of new Set(previews)) if (/[^*•]/.test(p)) out.push([`a masked preview (${p.length} characters)`, p]);
  PRIVATE_PROMPTS.forEach((p, n) => {
    for (let i = 0; i + 10 <= p.length; i++) out.push([`prompt ${n}, piece at ${i}`, p.slice(i, i + 10)]);
  });
  return out;
}

test('every outcome, through every delivery path: no byte sent or queued holds a value, a slice, a preview, a hash or a prompt', async () => {
  const scanner = new Settings(null, null).scanner();
  /** @type {{ ruleId: string, category: string, severity: string, preview: string }[]} */
  const findings = PRIVATE_PROMPTS.flatMap((p) => scanner.scan(p));
  const found = new Set(findings.map((f) => f.ruleId));
  for (const id of ['aws-access-key-id', 'aws-secret-access-key', 'email', 'phone-number']) assert.ok(found.has(id), `the engine finds ${id} in the test prompts`);
  const engine = {
    ...ctx,
    categoryOf: (id) => findings.find((f) => f.ruleId === id)?.category ?? 'custom',
    severityOf: (id) => findings.find((f) => f.ruleId === id)?.severity,
    newId: undefined,
  };
  // Every network outcome the delivery handles: refused, unreachable,
  // rate-limited, a bad request (bisected), a partial success, then accepted.
  const r = rig({
    answers: [503, new TypeError('Failed to fetch'), { status: 429, headers: { 'Retry-After': '1' } }, { status: 400, text: 'bad' }, { status: 200, text: '{"partialSuccess":{"rejectedLogRecords":"1"}}' }],
    target: { url: 'https://otel.example/v1/logs', headers: { Authorization: 'Bearer t0ken', 'X-Scope-OrgID': 'acme' }, includeUser: false },
  });
  for (const outcome of LOCAL_OUTCOMES) {
    PRIVATE_PROMPTS.forEach((prompt, n) => {
      const mine = scanner.scan(prompt);
      // What a content script reports, plus everything a careless one
      // might add: none of it may reach the record.
      const msg = /** @type {any} */ ({
        type: 'pw:event',
        site: 'chat.deepseek.com',
        rules: mine.map((f) => f.ruleId),
        outcome,
        text: prompt,
        prompt,
        previews: mine.map((f) => f.preview),
        preview: mine[0].preview,
        value: Object.values(PRIVATE)[n],
        match: { value: Object.values(PRIVATE)[n], start: 0 },
        findings: mine,
      });
      if (outcome === 'overridden' || outcome === 'pasted') msg.justification = TYPED_REASON;
      if (outcome.startsWith('paste') || outcome.startsWith('file')) msg.file = { kind: 'csv', size: 2048, name: `${PRIVATE.email}.csv`, text: prompt };
      assert.equal(invalidReason(msg), null, 'the background accepts the message');
      r.queue.add(makeRecord(msg, engine));
    });
  }
  const events = LOCAL_OUTCOMES.length * PRIVATE_PROMPTS.length;
  await r.configure();
  for (let i = 0; i < 12 && (await r.queue.stats()).queued; i++) {
    r.advance(BACKOFF.maxMs);
    await r.d.kick();
  }
  assert.equal((await r.queue.stats()).queued, 0, 'everything was delivered or, once, rejected');
  const kinds = new Set(r.posts.map((p) => p.init.body));
  assert.ok(r.posts.length >= 6 && kinds.size >= 2, `${r.posts.length} requests`);

  // Every byte of every request, the one credential header aside (the
  // policy's own value, allowed there and only there), and of storage.
  const sent = r.posts.map((p) => {
    const { Authorization, ...rest } = p.init.headers;
    assert.equal(Authorization, 'Bearer t0ken');
    return `${p.url}\n${JSON.stringify(rest)}\n${p.init.body}`;
  });
  const stored = JSON.stringify([...r.storage.data]);
  const all = [...sent, stored].join('\n');
  // The capture sees what it should: every wire outcome and the reason the user typed.
  for (const w of Object.values(WIRE_OUTCOMES)) assert.ok(sent.some((b) => b.includes(`"${w.outcome}"`)), `an event with outcome ${w.outcome} was sent`);
  assert.ok(sent.some((b) => b.includes(TYPED_REASON)), 'the justification is sent');
  const ids = new Set(r.posts.flatMap((p) => p.ids));
  assert.equal(ids.size, events, 'every event was sent');
  const values = Object.entries(PRIVATE).map(([name, value]) => ({ name, value }));
  const leaked = forbidden(values, findings.map((f) => f.preview)).filter(([, s]) => all.includes(s)).map(([name]) => name);
  assert.deepEqual([...new Set(leaked)], [], 'nothing private in any request or in the queue');
  // The check itself can fail: a body with one slice of one value in it is caught.
  const planted = `{"note":"${PRIVATE.awsSecret.slice(9, 17)}"}`;
  assert.ok(forbidden(values, []).some(([, s]) => planted.includes(s)), 'the check finds a planted slice');
});

// ---- header values ------------------------------------------------------------------

test('the JavaScript mask is the engine’s, and a saved mask puts the stored value back', () => {
  const view = new Settings({ auditEndpoint: 'https://o.example', auditHeaders: { Authorization: 'Bearer s3cret' } }, null).view();
  assert.equal(view.policy.auditHeaders.Authorization, HIDDEN);
  const stored = { auditEndpoint: 'https://mine.example', auditHeaders: { Authorization: 'Bearer mine', 'X-Tenant': 'acme' } };
  const shown = hideHeaderValues(stored);
  assert.deepEqual(shown.auditHeaders, { Authorization: HIDDEN, 'X-Tenant': HIDDEN });
  const saved = keepHiddenHeaderValues({ ...shown, auditHeaders: { Authorization: HIDDEN, 'X-Tenant': 'globex', 'X-New': HIDDEN } }, stored);
  assert.deepEqual(saved.auditHeaders, { Authorization: 'Bearer mine', 'X-Tenant': 'globex' });
  assert.ok(META_KEY);
});
