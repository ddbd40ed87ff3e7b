// Audit events delivered to an organisation's collector, for real: the
// policy comes from the browsers' own policy files under /etc (as in
// managed.test.mjs), the collector is an HTTPS server in its own process
// under a real-looking host name (collector.mjs), and the events come from
// what a user does on the fixture chat pages.
//
//   flock /tmp/pw-browser.lock node --test --test-concurrency=1 tests/browser/audit.test.mjs
//
// In each browser:
//  - holds, an override with its justification, a redaction and
//    cancellations arrive within seconds as valid OTLP/HTTP JSON (checked
//    field by field against the protobuf JSON mapping and the documented
//    schema), with the policy's headers;
//  - the options page says what the organisation receives, and shows no
//    header value;
//  - a collector that answers 503 at first gets every event once it
//    accepts, after backed-off retries;
//  - a collector that is down while the background is stopped and the
//    browser restarted on the same profile gets the events once it is back;
//  - 10,000 events in a burst, reported while the collector refuses them,
//    arrive in batches of at most 500 once it accepts, with no long task
//    on the chat page (nor, in Chromium, the options page that reported
//    them: in Firefox, which runs that page on the background's thread,
//    its stretches are a TODO test that reports them) and the queue within
//    its documented bound;
//  - a user's own collector is refused unless the organisation allows it;
//  - no byte of any request holds a secret, a personal value, an
//    8-character slice of one, or a piece of a prompt; in Chromium an
//    independent CDP monitor sees no request from the extension to anywhere
//    but the collector.
// Runs as root (policy files under /etc).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { COLLECTOR_HOST, startCollector } from './collector.mjs';
import { AWS_PROMPT } from './editor-suite.mjs';
import {
  CHROME_EXTENSION_ID,
  CHROMIUM,
  EDITORS,
  FIREFOX,
  INSTALL,
  REPO,
  SECRETS,
  ensureBuilt,
  findGeckodriver,
  launchChromium,
  launchFirefox,
  mask,
  sleep,
  until,
} from './harness.mjs';
import { LONG_TASK_BUDGET_MS, blockedStretches, watchBlockedStretches } from './huge-paste.mjs';
import { startNetmon } from './netmon.mjs';
import { eventsIn } from './otlp-check.mjs';
import { CHROMIUM_POLICY, FIREFOX_POLICY, chromiumPolicy, firefoxPolicy, placeFile } from './policy-files.mjs';

const messages = JSON.parse(readFileSync(path.join(REPO, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
const msg = (/** @type {string} */ key) => messages[key].message;

/** The collector's credential: it may appear in the Authorization header of a request to the collector, nowhere else. */
const TOKEN = 'pw-collector-token-5d1f0c9e77a4';

/** What users type and paste (synthetic values), and the reason given for sending anyway. */
const PHONE = '+44 7700 183 456';
const EMAIL = 'jane.roe.1984@gmail.com';
const PHONE_PROMPT = `call the customer on ${PHONE} tomorrow`;
const EMAIL_PROMPT = `draft a reply to ${EMAIL} about the refund`;
const REASON = 'approved by the data owner, ticket SEC-7';
/** Values no request may hold, nor any 8-character slice of them. */
const VALUES = { ...SECRETS, phone: PHONE, email: EMAIL };
/** Texts typed or pasted: no request may hold a 10-character piece of one. */
const PROMPTS = [AWS_PROMPT, PHONE_PROMPT, EMAIL_PROMPT, SECRETS.privateKey];

/** The organisation's policy: secrets blocked, personal data warned with a required reason, phone numbers redacted. */
const BASE_POLICY = Object.freeze({
  categories: { secret: 'block', pii: 'warn' },
  rules: { 'phone-number': 'redact' },
  allowOverride: true,
  requireJustification: true,
});
/** The user's own collector credential, in the test that lets users name a collector. */
const USER_TOKEN = 'Bearer my-own';
const ALLOWED_AUTHORIZATION = [`Bearer ${TOKEN}`, USER_TOKEN];
const auditPolicy = (/** @type {{ url: string }} */ c) => ({ ...BASE_POLICY, auditEndpoint: c.url, auditHeaders: { Authorization: `Bearer ${TOKEN}`, 'X-Scope-OrgID': 'acme' } });

const BURST = 10_000;
const BATCH_LIMIT = 500;
const QUEUE_LIMITS = { records: 10_000, chars: 4 * 1024 * 1024 };

// ---- what the collector received ------------------------------------------------------

/**
 * Every event in every POST the collector accepted, with the request it
 * came in; fails on any request that is not valid OTLP or the schema.
 * @param {Awaited<ReturnType<typeof startCollector>>} c
 */
function received(c) {
  const out = [];
  for (const r of c.accepted()) {
    let events = parsed.get(r);
    if (!events) {
      const got = eventsIn(JSON.parse(r.body));
      assert.deepEqual(got.problems, [], `a request the collector accepted is valid OTLP/HTTP JSON in the documented schema`);
      events = got.events.map((e) => ({ ...e, request: r }));
      parsed.set(r, events);
    }
    out.push(...events);
  }
  return out;
}
/** Each accepted request's events, read once: the tests poll while 10,000 events arrive, on a machine the browser shares. */
const parsed = new WeakMap();

const idOf = (e) => e.attributes['log.record.uid'];
const hostOf = (site) => String(site).replace(/:\d+$/, '');

/** Waits until an accepted event matches `pred`; returns it. */
function arrival(c, pred, what, timeout = 5000) {
  const seen = () => received(c).map((e) => `${e.attributes['promptwarden.outcome']}@${hostOf(e.attributes['promptwarden.site'])}`);
  const tail = () => c.requests.slice(-6).map((r) => `${r.method} ${r.status}`);
  return until(() => received(c).find(pred), async () => `${what} to reach the collector (it has ${received(c).length} events: ${seen().slice(-8).join(', ')}; last requests ${tail().join(', ')})`, { timeout, interval: 50 });
}

/** The checks every accepted request passes: path, method, headers, origin. */
function assertRequestShape(r, origin) {
  assert.equal(r.method, 'POST');
  assert.equal(new URL(r.path, 'https://x').pathname, '/v1/logs', 'a base URL in the policy gets /v1/logs');
  assert.equal(r.headers.authorization, `Bearer ${TOKEN}`, "the policy's Authorization header");
  assert.equal(r.headers['x-scope-orgid'], 'acme', "the policy's other header");
  assert.match(String(r.headers['content-type']), /^application\/json/);
  assert.ok(String(r.headers.origin).startsWith(origin), `sent from the extension (${r.headers.origin})`);
  assert.equal(r.headers.cookie, undefined, 'no cookies');
}

/**
 * What no request may hold, by name (never the value): the secrets and
 * personal values and every 8-character slice of them, every 10-character
 * piece of a prompt, and the collector token outside the Authorization
 * header.
 */
function leaks(c) {
  const found = new Set();
  for (const r of c.requests) {
    const { authorization, ...rest } = r.headers;
    const bytes = `${r.method} ${r.path} ${JSON.stringify(rest)} ${r.body}`;
    if (authorization !== undefined && !ALLOWED_AUTHORIZATION.includes(String(authorization))) found.add('an unexpected Authorization header');
    if (bytes.includes(TOKEN)) found.add('the collector token outside the Authorization header');
    for (const [name, value] of Object.entries(VALUES)) {
      for (let i = 0; i + 8 <= value.length; i++) {
        const slice = value.slice(i, i + 8);
        if (bytes.includes(slice) || bytes.includes(JSON.stringify(slice).slice(1, -1))) found.add(`${name} (slice at ${i})`);
      }
    }
    PROMPTS.forEach((p, n) => {
      for (let i = 0; i + 10 <= p.length; i++) if (bytes.includes(p.slice(i, i + 10))) found.add(`prompt ${n} (piece at ${i})`);
    });
  }
  return [...found];
}

// ---- in the extension ---------------------------------------------------------------

/** Runs in an extension page: the delivery status the options page shows. */
async function deliveryStatus() {
  const ext = globalThis.browser ?? globalThis.chrome;
  return ext.runtime.sendMessage({ type: 'pw:audit-status' });
}

/** Runs in an extension page: the effective settings' problems. */
async function settingsIssues() {
  const ext = globalThis.browser ?? globalThis.chrome;
  return (await ext.runtime.sendMessage({ type: 'pw:settings' }))?.settings?.issues ?? [];
}

/** Runs in an extension page: one event as a content script reports it. */
async function reportEvent(site) {
  const ext = globalThis.browser ?? globalThis.chrome;
  return ext.runtime.sendMessage({ type: 'pw:event', site, rules: ['aws-access-key-id'], outcome: 'blocked' });
}

/**
 * Runs in the options page: reports `n` events as fast as content scripts
 * could (`inFlight` messages at a time), watching the queue's size as
 * it goes (and, with `bytes`, what local storage holds: Chrome counts it
 * in the browser process; Firefox would read the whole storage on the
 * extension's thread); progress and the largest queue seen in
 * window.__pwBurst. Does not wait for the end.
 */
function startBurst({ n, site, bytes, inFlight }) {
  const ext = globalThis.browser ?? globalThis.chrome;
  const burst = { sent: 0, done: false, maxQueued: 0, maxChars: 0, maxBytes: 0, error: null };
  /** @type {any} */ (window).__pwBurst = burst;
  (async () => {
    for (let i = 0; i < n; i += inFlight) {
      await Promise.all(Array.from({ length: Math.min(inFlight, n - i) }, () => ext.runtime.sendMessage({ type: 'pw:event', site, rules: ['aws-access-key-id'], outcome: 'blocked' })));
      burst.sent = Math.min(n, i + inFlight);
      const s = await ext.runtime.sendMessage({ type: 'pw:audit-status' });
      burst.maxQueued = Math.max(burst.maxQueued, s.queued);
      burst.maxChars = Math.max(burst.maxChars, s.chars);
      if (bytes) burst.maxBytes = Math.max(burst.maxBytes, (await ext.storage.local.getBytesInUse(null).catch(() => 0)) ?? 0);
    }
    burst.done = true;
  })().catch((e) => (burst.error = String(e?.message ?? e)));
  return true;
}

/** Runs in the options page: the burst's progress. */
const burstState = () => /** @type {any} */ (window).__pwBurst;

/** Runs in an extension page: how many queued records storage holds. */
async function queuedKeys() {
  const ext = globalThis.browser ?? globalThis.chrome;
  return Object.keys(await ext.storage.local.get(null)).filter((k) => k.startsWith('auditQ:')).length;
}

/** Runs in a page: records long tasks (Chromium's PerformanceObserver) into window.__pwLongTasks. */
function watchLongTasks() {
  const w = /** @type {any} */ (window);
  w.__pwLongTasks = [];
  new PerformanceObserver((list) => w.__pwLongTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
}

/** Runs in the options page (fresh): what the "Sent to your organisation" section shows. */
function auditSection() {
  const $ = (id) => document.getElementById(id);
  return {
    summary: $('audit-summary')?.textContent ?? '',
    fields: [...document.querySelectorAll('#audit-fields li')].map((li) => li.textContent),
    never: $('audit-never') && !$('audit-never').hidden ? $('audit-never').textContent : null,
    status: Object.fromEntries([...document.querySelectorAll('#audit-status-list dd')].map((dd) => [dd.getAttribute('data-status'), dd.textContent])),
    html: document.documentElement.outerHTML,
  };
}

// ---- the user's actions -----------------------------------------------------------

/**
 * On the four fixture editors: a secret blocked (held), a phone number
 * redacted by policy, an email sent anyway with a reason, an email send
 * cancelled, a private key paste cancelled. Each event must reach the
 * collector within seconds of the action. Returns what each should be.
 */
async function actOnEditors(b, c) {
  const expected = [];
  // The moment of the action that makes each event: set just before it,
  // since delivery can beat the test's own wait for what the page does.
  let since = 0;
  const act = () => (since = Date.now());
  const expect = async (e, what) => {
    const got = await arrival(c, (x) => x.request.at >= since && x.attributes['promptwarden.outcome'] === e.outcome && hostOf(x.attributes['promptwarden.site']) === e.host && (e.trigger === undefined || x.attributes['promptwarden.trigger'] === e.trigger), what);
    expected.push({ ...e, id: idOf(got), latency: got.request.at - since });
  };
  const t = await b.open(EDITORS[0]);
  await t.type(AWS_PROMPT);
  act();
  await t.press('Enter');
  await t.waitPanel('the block panel');
  await expect({ outcome: 'blocked', host: EDITORS[0].host, trigger: 'send', rules: ['aws-access-key-id'], categories: ['secret'], severity: 'critical', overridden: false }, 'the block (a held send)');
  await t.press('Escape');

  const u = await b.open(EDITORS[1]);
  await u.type(PHONE_PROMPT);
  act();
  await u.press('Enter');
  await u.waitSent(1, 'the redacted prompt to be sent');
  await expect({ outcome: 'redacted', host: EDITORS[1].host, trigger: 'send', rules: ['phone-number'], categories: ['pii'], overridden: false }, 'the redaction');

  const v = await b.open(EDITORS[2]);
  await v.type(EMAIL_PROMPT);
  await v.press('Enter');
  await v.waitPanel('the warn panel for the email address');
  // Focus starts on the safe choice; the reason field is before the choices.
  await v.focusReason('warn');
  await v.type(REASON);
  act();
  await v.choose('warn', 'send', { justification: true });
  await v.waitSent(1, 'the prompt to be sent anyway');
  await expect({ outcome: 'sent-anyway', host: EDITORS[2].host, trigger: 'send', rules: ['email'], categories: ['pii'], justification: REASON, overridden: true }, 'the override with its justification');

  const w = await b.open(EDITORS[3]);
  await w.type(EMAIL_PROMPT);
  await w.press('Enter');
  await w.waitPanel('the warn panel');
  act();
  await w.press('Escape');
  await expect({ outcome: 'cancelled', host: EDITORS[3].host, trigger: 'send', rules: ['email'], categories: ['pii'], overridden: false }, 'the cancelled send');

  const x = await b.open(EDITORS[0]);
  await x.copy(SECRETS.privateKey);
  await x.paste();
  await x.waitPanel('the paste panel');
  act();
  await x.press('Escape');
  await expect({ outcome: 'cancelled', host: EDITORS[0].host, trigger: 'paste', categories: ['secret'], overridden: false }, 'the cancelled paste');
  return expected;
}

/** Checks each expected event as the collector has it. */
function assertEvents(c, expected, { origin, browserName }) {
  const events = received(c);
  for (const e of expected) {
    const got = events.find((x) => idOf(x) === e.id);
    const a = got.attributes;
    const shown = JSON.stringify({ ...a, 'promptwarden.justification': a['promptwarden.justification'] ? '(text)' : undefined });
    assert.ok(e.latency < 5000, `${e.outcome} on ${e.host} arrived ${e.latency} ms after the action`);
    if (e.rules) assert.deepEqual(a['promptwarden.rule_ids'], e.rules, `rule ids of ${e.outcome}: ${shown}`);
    assert.ok(a['promptwarden.rule_ids'].length > 0, `${e.outcome} names its rules`);
    assert.deepEqual(a['promptwarden.categories'], e.categories, `categories: ${shown}`);
    assert.equal(a['promptwarden.overridden'], e.overridden);
    if (e.severity) assert.equal(a['promptwarden.severity'], e.severity);
    assert.equal(a['promptwarden.justification'], e.justification, `the justification is there exactly when typed: ${shown}`);
    assert.match(a['promptwarden.policy.hash'], /^[0-9a-f]{16}$/, 'the policy hash');
    assert.match(a['log.record.uid'], /^[0-9a-f-]{36}$/, 'a UUID for deduplication');
    assert.ok(Math.abs(Number(BigInt(got.time) / 1_000_000n) - got.request.at) < 10_000, 'timeUnixNano is the event time in nanoseconds');
    assert.equal(got.scope.name, 'promptwarden.audit');
    assert.equal(got.scope.version, '1');
    assert.equal(got.eventName, 'promptwarden.decision');
    assertRequestShape(got.request, origin);
    const r = got.resource;
    assert.equal(r['service.name'], 'promptwarden');
    assert.match(r['service.instance.id'], /^[0-9a-f-]{36}$/);
    assert.ok(r['user_agent.name'].toLowerCase().includes(browserName), `the browser: ${r['user_agent.name']}`);
    assert.match(r['user_agent.version'], /^\d+\./);
    assert.equal(r['user.email'], undefined, 'no account without auditIncludeUser');
  }
  const instances = new Set(events.map((e) => e.resource['service.instance.id']));
  assert.equal(instances.size, 1, 'one install id for every event of this browser');
}

/** The options page's section, with the collector named and no header value. */
function assertTransparency(section, c) {
  assert.equal(section.summary, msg('auditSummary').replace('$HOST$', `${COLLECTOR_HOST}:${c.port}`));
  assert.deepEqual(section.fields, ['auditFieldWhen', 'auditFieldRules', 'auditFieldOutcome', 'auditFieldJustification', 'auditFieldBrowser', 'auditFieldPolicy'].map(msg));
  assert.equal(section.never, msg('auditNever'));
  for (const k of ['auditStatusLastSuccess', 'auditStatusQueued', 'auditStatusDropped', 'auditStatusRejected']) assert.ok(k in section.status, `the status shows ${k}`);
  assert.notEqual(section.status.auditStatusLastSuccess, msg('auditStatusNever'), 'a delivery has happened');
  assert.equal(section.status.auditStatusQueued, '0');
  assert.ok(!section.html.includes(TOKEN), 'the options page never shows the header value');
}

/** The 503-then-accept check, shared: every event arrives after backed-off retries. */
async function assertRetriesThenAccepts(b, c) {
  const before = new Set(received(c).map(idOf));
  const failed = c.requests.length;
  await c.failNext(3, 503);
  const t = await b.open(EDITORS[0]);
  await t.type(AWS_PROMPT);
  await t.press('Enter');
  await t.waitPanel('the block panel');
  await t.press('Escape');
  const u = await b.open(EDITORS[3]);
  await u.type(EMAIL_PROMPT);
  await u.press('Enter');
  await u.waitPanel('the warn panel');
  await u.press('Escape');
  const fresh = await until(() => {
    const ids = received(c).map(idOf).filter((id) => !before.has(id));
    return ids.length >= 2 && ids;
  }, async () => `both events to arrive once the collector accepts (requests: ${c.requests.slice(failed).map((r) => `${r.method} ${r.status}`).join(', ')})`, { timeout: 30_000, interval: 100 });
  const posts = c.requests.slice(failed).filter((r) => r.method === 'POST');
  const refused = posts.filter((r) => r.status === 503);
  assert.equal(refused.length, 3, 'the collector refused three deliveries');
  const refusedIds = new Set(refused.flatMap((r) => eventsIn(JSON.parse(r.body)).events.map(idOf)));
  for (const id of refusedIds) assert.ok(fresh.includes(id), 'every event of a refused delivery arrived later');
  assert.equal(new Set(fresh).size, 2, 'two events, after deduplication by id');
  // Backed off: not sent again at once (1 s, then 2 s, then 4 s, each at least half of it).
  const times = posts.slice(0, 4).map((r) => r.at);
  for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] >= 400, `attempt ${i + 1} came ${times[i] - times[i - 1]} ms after the one before`);
  // The collector has the events before the extension has read its answer.
  const status = await until(async () => {
    const st = await b.extEval(deliveryStatus);
    return st.queued === 0 && st.failures === 0 && st;
  }, async () => `the queue to be empty and the failures forgotten once accepted (${JSON.stringify(await b.extEval(deliveryStatus))})`, { timeout: 5000, interval: 100 });
  assert.match(status.lastError.message, /503/, 'the status remembers the last error for an admin');
}

/**
 * Where the burst is sent from: an extension page. In Chromium the
 * control page (a tab behind the chat page: only the browser's long-task
 * entries are measured there); in Firefox an options page in a window of
 * its own, so that neither page is a background tab (Firefox slows the
 * timers of those, and the timer probe would see that).
 */
async function burstSender(b, chromium) {
  if (chromium) return { eval: b.extEval, close: async () => {} };
  const { driver } = b;
  const back = await driver.getWindowHandle();
  await driver.switchTo().newWindow('window');
  const own = await driver.getWindowHandle();
  await driver.get(`${b.origin}options/options.html`);
  await driver.switchTo().window(back);
  const run = async (fn, arg) => {
    await driver.switchTo().window(own);
    try {
      return await driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg ?? null);
    } finally {
      await driver.switchTo().window(back);
    }
  };
  return {
    eval: run,
    async close() {
      await driver.switchTo().window(own);
      await driver.close();
      await driver.switchTo().window(back);
    },
  };
}

/**
 * The burst, shared: 10,000 events reported while the collector is down
 * (so that the queue really holds them all), then the collector back:
 * every one arrives, in batches of at most 500, the queue never past its
 * bound, and no long task on the chat page or the page that sent them.
 */
async function assertBurst(b, c, { chromium }) {
  const site = 'burst.acme-corp.example';
  const t = await b.open(EDITORS[0]);
  const sender = await burstSender(b, chromium);
  try {
    await t.eval(watchBlockedStretches, LONG_TASK_BUDGET_MS);
    if (chromium) {
      await t.eval(watchLongTasks);
      await sender.eval(watchLongTasks);
    } else {
      await sender.eval(watchBlockedStretches, LONG_TASK_BUDGET_MS);
    }
    // The collector refuses everything while the burst is reported, so the
    // queue really holds all of it; its Retry-After keeps the extension
    // asking every 2 s (rather than backing off for longer than the test).
    await c.failNext(1e9, 503, { 'Retry-After': '2' });
    const startCount = c.requests.length;
    const t0 = Date.now();
    // Reports arrive from 100 tabs at once. Not in Firefox: there the page
    // that sends them runs on the background's own thread, and would time
    // its own 100 messages and answers (0.4 to 0.9 ms each there, measured) as much as
    // the background's work; 20 at once still outpace any user.
    await sender.eval(startBurst, { n: BURST, site, bytes: chromium, inFlight: chromium ? 100 : 20 });
    const burst = await until(async () => {
      const st = await sender.eval(burstState);
      if (st.error) throw new Error(st.error);
      return st.done && st;
    }, 'the burst to be reported', { timeout: 60_000, interval: 500 });
    const fillSeconds = ((Date.now() - t0) / 1000).toFixed(1);
    const queued = await sender.eval(deliveryStatus);
    assert.equal(queued.queued, BURST, `all ${BURST} events wait in the queue while the collector is down`);
    assert.equal(queued.dropped, 0, 'none dropped: the queue holds 10,000');
    assert.ok(burst.maxQueued <= QUEUE_LIMITS.records && queued.chars <= QUEUE_LIMITS.chars, `within the bound: ${burst.maxQueued} events, ${queued.chars} characters`);
    if (chromium) assert.ok(burst.maxBytes < 8 * 1024 * 1024, `local storage stayed well inside Chrome's 10 MB (at most ${burst.maxBytes} bytes)`);
    await c.failNext(0, 503);
    const t1 = Date.now();
    const ids = await until(() => {
      const got = new Set(received(c).filter((e) => e.attributes['promptwarden.site'] === site).map(idOf));
      return got.size >= BURST && got;
    }, async () => `all ${BURST} events to arrive (${new Set(received(c).filter((e) => e.attributes['promptwarden.site'] === site).map(idOf)).size} so far)`, { timeout: 60_000, interval: 500 });
    const drainSeconds = ((Date.now() - t1) / 1000).toFixed(1);
    assert.equal(ids.size, BURST);
    const posts = c.requests.slice(startCount).filter((r) => r.method === 'POST' && r.status === 200);
    const sizes = posts.map((r) => eventsIn(JSON.parse(r.body)).events.length);
    const chat = await t.eval(blockedStretches);
    const rawSent = chromium ? [] : await sender.eval(blockedStretches);
    const sent = chromium ? await sender.eval(() => /** @type {any} */ (window).__pwLongTasks) : rawSent.map((x) => x.duration);
    console.log(`# ${b.name}: ${BURST} events queued in ${fillSeconds} s (storage at most ${burst.maxBytes || '?'} bytes, queue ${queued.chars} characters), delivered ${drainSeconds} s after the collector came back in ${posts.length} requests (largest ${Math.max(...sizes)}); over ${LONG_TASK_BUDGET_MS} ms: chat page ${JSON.stringify(chat.map((x) => x.duration))}, sender ${JSON.stringify(sent)}`);
    assert.ok(Math.max(...sizes) <= BATCH_LIMIT, `batches of at most ${BATCH_LIMIT} (largest ${Math.max(...sizes)})`);
    assert.ok(posts.length >= BURST / BATCH_LIMIT, `${posts.length} requests`);
    const last = eventsIn(JSON.parse(posts.at(-1).body)).events[0].resource;
    assert.equal(last['promptwarden.audit.dropped'], 0, 'nothing was dropped');
    if (chromium) {
      // The browser's own measure of a task that kept a page from
      // answering (the timer probe on the chat page, logged above, also
      // counts time the machine gave to other processes).
      assert.deepEqual(await t.eval(() => /** @type {any} */ (window).__pwLongTasks), [], 'no long task on the chat page');
      assert.deepEqual(sent, [], 'no long task on the options page that reported them');
    } else {
      assert.deepEqual(chat, [], `no stretch over ${LONG_TASK_BUDGET_MS} ms on the chat page`);
    }
    await until(async () => (await sender.eval(queuedKeys)) === 0, 'the queue to leave storage once delivered', { timeout: 10_000, interval: 250 });
    return { sent };
  } finally {
    await c.failNext(0, 503);
    await sender.close();
  }
}

/** Events the extension queues while the collector is down (status shows the failure). */
async function blockWhileDown(b, c) {
  await c.stop();
  const t = await b.open(EDITORS[0]);
  await t.type(AWS_PROMPT);
  await t.press('Enter');
  await t.waitPanel('the block panel');
  await t.press('Escape');
  const s = await until(async () => {
    const st = await b.extEval(deliveryStatus);
    return st.queued >= 1 && st.lastError && st.failures >= 1 && st;
  }, 'the event to wait in the queue after a failed delivery', { timeout: 10_000, interval: 100 });
  assert.match(s.lastError.message, /could not reach the collector/);
  return Date.now();
}

// ---- Chromium ------------------------------------------------------------------------

describe('Chromium: audit events to the collector named by /etc/chromium/policies/managed/', () => {
  let b;
  let c;
  let netmon;
  let launchError;
  let removePolicy = () => {};
  const profile = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-audit-chromium-'));
  const writePolicy = (policy) => writeFileSync(CHROMIUM_POLICY, chromiumPolicy(policy));
  const launch = async () => {
    // A relaunch writes its own port here; an old file would send the monitor to a closed one.
    rmSync(path.join(profile, 'DevToolsActivePort'), { force: true });
    b = await launchChromium({ injectSettings: false, extraHosts: [COLLECTOR_HOST], profile });
    netmon = await startNetmon(b.profile);
  };
  /** Requests from extension contexts, over every launch. */
  const extensionRequests = [];
  const keepNetmon = async () => {
    if (!netmon) return;
    extensionRequests.push(...netmon.requests.filter((r) => r.targetUrl.startsWith('chrome-extension://')));
    await netmon.close();
    netmon = null;
  };
  before(async () => {
    try {
      assert.ok(existsSync(CHROMIUM), INSTALL.chromium);
      await ensureBuilt();
      c = await startCollector();
      removePolicy = placeFile(CHROMIUM_POLICY, '{}');
      writePolicy(auditPolicy(c));
      await launch();
      await until(async () => (await b.extEval(deliveryStatus))?.configured, 'the background to read the collector from the policy', { timeout: 15_000, interval: 100 });
    } catch (e) {
      launchError = e;
    }
  });
  after(async () => {
    await keepNetmon().catch(() => {});
    try {
      await b?.close();
    } finally {
      removePolicy();
      await c?.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
  const browser = () => {
    if (launchError) throw launchError;
    return b;
  };
  const origin = `chrome-extension://${CHROME_EXTENSION_ID}`;

  test('holds, an override with its justification, a redaction and cancellations arrive within seconds as valid OTLP with the policy’s headers', async () => {
    const expected = await actOnEditors(browser(), c);
    assertEvents(c, expected, { origin, browserName: 'chrom' });
    const preflights = c.requests.filter((r) => r.method === 'OPTIONS');
    // With access to every site (for sites added by policy) Chromium sends
    // the extension's requests without a CORS preflight; any there is must
    // come from the extension and carry no credentials.
    assert.ok(preflights.every((r) => r.headers.origin === origin && !r.headers.authorization), 'CORS preflights, if any, from the extension and without credentials');
  });

  test('the options page says what the organisation receives, and shows no header value', async () => {
    const b = browser();
    const page = await b.context.newPage();
    try {
      await page.goto(`${b.origin}options/options.html`);
      await page.waitForFunction(() => !document.getElementById('audit-status').hidden);
      assertTransparency(await page.evaluate(auditSection), c);
    } finally {
      await page.close();
    }
  });

  test('a collector that answers 503 at first gets every event once it accepts, after backed-off retries', async () => {
    await assertRetriesThenAccepts(browser(), c);
  });

  test(`${BURST.toLocaleString('en')} events in a burst arrive in bounded batches, without a long task and within the queue's bound`, async () => {
    await assertBurst(browser(), c, { chromium: true });
  });

  test('the collector is down while the service worker is stopped and the browser restarted on the same profile: the events arrive once it is back', async () => {
    const since = await blockWhileDown(browser(), c);
    await b.stopWorker();
    await keepNetmon();
    await b.close();
    await launch();
    // Down for a while after the restart too: the event waits.
    await sleep(3000);
    assert.ok((await b.extEval(deliveryStatus)).queued >= 1, 'still queued after the restart');
    await c.start();
    const got = await arrival(c, (e) => e.request.at > since && e.attributes['promptwarden.outcome'] === 'blocked' && hostOf(e.attributes['promptwarden.site']) === EDITORS[0].host, 'the event from before the restart', 60_000);
    assert.ok(Number(BigInt(got.time) / 1_000_000n) < since, 'it is the event from before the restart (its own time)');
    await until(async () => (await b.extEval(deliveryStatus)).queued === 0, 'the queue to empty', { timeout: 10_000 });
  });

  test('a user’s own collector is refused unless the organisation allows it; with no collector nothing is sent', async () => {
    const b = browser();
    writePolicy(BASE_POLICY);
    await until(async () => (await b.extEval(deliveryStatus))?.configured === false, 'Chromium to reload the policy without a collector', { timeout: 30_000, interval: 250 });
    const userUrl = `${c.url}/v1/logs?tenant=me`;
    await b.swEval((o) => chrome.storage.local.set({ userOptions: o }), { auditEndpoint: userUrl, auditHeaders: { Authorization: USER_TOKEN } });
    const issues = await until(async () => {
      const list = await b.extEval(settingsIssues);
      return list.some((i) => i.path === 'auditEndpoint') && list;
    }, 'the user’s collector to be reported');
    const issue = issues.find((i) => i.path === 'auditEndpoint');
    assert.equal(issue.source, 'user');
    assert.match(issue.message, /allowUserAuditEndpoint/);
    const count = c.requests.length;
    await b.extEval(reportEvent, 'chat.deepseek.com');
    await sleep(3000);
    assert.equal(c.requests.length, count, 'no request at all: the user’s collector is refused and the policy names none');
    assert.equal((await b.extEval(deliveryStatus)).configured, false);
    // The organisation allows it: the user's collector gets the next event, with the user's header.
    writePolicy({ ...BASE_POLICY, allowUserAuditEndpoint: true });
    await until(async () => (await b.extEval(deliveryStatus))?.url === userUrl, 'Chromium to reload the policy that allows it', { timeout: 30_000, interval: 250 });
    await b.extEval(reportEvent, 'chat.deepseek.com');
    const r = await until(() => c.accepted().find((x) => x.path.includes('tenant=me')), 'the event at the user’s collector', { timeout: 10_000 });
    assert.equal(r.headers.authorization, USER_TOKEN);
    // Back to the organisation's collector for what follows.
    await b.swEval(() => chrome.storage.local.remove('userOptions'));
    writePolicy(auditPolicy(c));
    await until(async () => (await b.extEval(deliveryStatus))?.url === `${c.url}/v1/logs`, 'the organisation’s collector again', { timeout: 30_000, interval: 250 });
  });

  test('no byte of any request holds a secret, a personal value, a slice of one or a piece of a prompt; the extension reached nothing but the collector', async () => {
    browser();
    assert.ok(c.requests.length > 10, 'the suite made requests to check');
    assert.deepEqual(leaks(c), [], 'what no request may hold');
    await keepNetmon();
    const elsewhere = extensionRequests.filter((r) => !r.url.startsWith('chrome-extension://') && !r.url.startsWith(`https://${COLLECTOR_HOST}:${c.port}/`));
    assert.deepEqual(elsewhere.map((r) => `${r.targetType} ${mask(r.url)}`), [], 'the extension made no request but to the collector');
    assert.ok(extensionRequests.some((r) => r.url.startsWith(`https://${COLLECTOR_HOST}`)), 'the monitor saw the deliveries');
  });
});

// ---- Firefox ESR ------------------------------------------------------------------------

describe('Firefox ESR: audit events to the collector named by policies.json', () => {
  let b;
  let c;
  let launchError;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-audit-firefox-'));
  /** Firefox reads policies.json once, at startup: the file is there only for each launch. */
  const launch = async (policy) => {
    const remove = placeFile(FIREFOX_POLICY, firefoxPolicy(policy));
    try {
      b = await launchFirefox({ injectSettings: false, extraHosts: [COLLECTOR_HOST], profile });
    } finally {
      remove();
    }
    await until(async () => (await b.extEval(deliveryStatus))?.configured === !!policy.auditEndpoint, 'the background to read the policy', { timeout: 15_000, interval: 100 });
  };
  before(async () => {
    try {
      assert.ok(existsSync(FIREFOX), INSTALL.firefox);
      assert.ok(findGeckodriver(), INSTALL.geckodriver);
      await ensureBuilt();
      c = await startCollector();
      await launch(auditPolicy(c));
    } catch (e) {
      launchError = e;
    }
  });
  after(async () => {
    try {
      await b?.close();
    } finally {
      await c?.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
  const browser = () => {
    if (launchError) throw launchError;
    return b;
  };
  const origin = 'moz-extension://';

  test('holds, an override with its justification, a redaction and cancellations arrive within seconds as valid OTLP with the policy’s headers', async () => {
    const expected = await actOnEditors(browser(), c);
    assertEvents(c, expected, { origin, browserName: 'firefox' });
  });

  test('the options page says what the organisation receives, and shows no header value', async () => {
    const b = browser();
    await b.extEval(() => setTimeout(() => location.reload(), 0));
    const section = await until(async () => {
      const s = await b.extEval(auditSection).catch(() => null);
      return s && s.status.auditStatusQueued !== undefined && s;
    }, 'the options page to render its audit section');
    assertTransparency(section, c);
  });

  test('a collector that answers 503 at first gets every event once it accepts, after backed-off retries', async () => {
    await assertRetriesThenAccepts(browser(), c);
  });

  /** What the options page that reported the burst measured (Firefox runs it on the background's thread). */
  let senderStretches = null;
  test(`${BURST.toLocaleString('en')} events in a burst arrive in bounded batches, without a stretch on the chat page and within the queue's bound`, async () => {
    senderStretches = (await assertBurst(browser(), c, { chromium: false })).sent;
  });

  test(
    `the options page that reported the burst had no stretch over ${LONG_TASK_BUDGET_MS} ms`,
    {
      todo: 'Firefox runs the background on the thread of every extension page: its work during a 10,000-event burst still shows there as stretches of 50-170 ms (1 to 30 of them in our runs, more under load), cause not pinned down; the chat page, in its own process, has none',
    },
    () => {
      assert.ok(senderStretches, 'the burst ran');
      assert.deepEqual(senderStretches, [], `no stretch over ${LONG_TASK_BUDGET_MS} ms on the options page that reported them`);
    },
  );

  test('the collector is down while the event page is suspended and Firefox restarted on the same profile: the events arrive once it is back', async () => {
    const since = await blockWhileDown(browser(), c);
    await b.stopBackground();
    await b.close();
    await launch(auditPolicy(c));
    await sleep(3000);
    assert.ok((await b.extEval(deliveryStatus)).queued >= 1, 'still queued after the restart');
    await c.start();
    const got = await arrival(c, (e) => e.request.at > since && e.attributes['promptwarden.outcome'] === 'blocked' && hostOf(e.attributes['promptwarden.site']) === EDITORS[0].host, 'the event from before the restart', 60_000);
    assert.ok(Number(BigInt(got.time) / 1_000_000n) < since, 'it is the event from before the restart');
  });

  test('a user’s own collector is refused when the organisation does not allow it', async () => {
    await browser().close();
    await launch(BASE_POLICY);
    const count = c.requests.length;
    await b.extEval(async (o) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ userOptions: o }), { auditEndpoint: `${c.url}/v1/logs?tenant=me` });
    const issues = await until(async () => {
      const list = await b.extEval(settingsIssues);
      return list.some((i) => i.path === 'auditEndpoint') && list;
    }, 'the user’s collector to be reported');
    assert.match(issues.find((i) => i.path === 'auditEndpoint').message, /allowUserAuditEndpoint/);
    await b.extEval(reportEvent, 'chat.deepseek.com');
    await sleep(3000);
    assert.equal(c.requests.length, count, 'no request at all');
  });

  test('no byte of any request holds a secret, a personal value, a slice of one or a piece of a prompt', () => {
    browser();
    assert.ok(c.requests.length > 10, 'the suite made requests to check');
    assert.deepEqual(leaks(c), [], 'what no request may hold');
  });
});
