/**
 * Delivery of the outbox (queue.js) to the organisation's collector:
 * batches POSTed as OTLP/HTTP JSON, at least once, in order.
 *
 * - A batch leaves the queue only when the collector accepted it (2xx).
 *   A collector that partly rejects it (OTLP's partialSuccess) has still
 *   taken it: the rejected count is recorded, nothing is sent again.
 * - Network errors, timeouts, 429, every 5xx and the 4xx that mean a
 *   setting is wrong rather than the data (401, 403, 404, 415, …) are
 *   retried with exponential backoff and jitter, or after the collector's
 *   Retry-After: the events wait until the setting is fixed.
 * - Only 400, 413 and 422 say the request itself is bad: the batch is
 *   halved until the one record at fault is found, and that one is dropped
 *   and counted (`rejected`).
 * - The backoff survives the background: its state is in storage, and an
 *   alarm brings a stopped service worker or a suspended event page back
 *   for the next attempt (timers die with them; an alarm does not). Chrome
 *   fires packed extensions' alarms at most every 30 s, so a timer covers
 *   shorter waits while the background lives.
 * - Without a collector in the policy nothing here makes a request.
 */

import { exportRequest, partialSuccess } from './otlp.js';

/** @typedef {import('./queue.js').Queue} Queue */
/** @typedef {import('../../pkg/promptwarden.js').AuditDelivery} Target */

/** Records per request, and about the most JSON one may carry (OTLP asks clients to stay far below 20 MiB). */
export const BATCH = Object.freeze({ records: 500, chars: 1024 * 1024 });

/** Backoff: 1 s doubling to at most 5 minutes, each wait drawn between half and all of it. */
export const BACKOFF = Object.freeze({ firstMs: 1000, maxMs: 5 * 60_000 });

/** A Retry-After longer than this is taken as this: a collector cannot park a fleet's events for a day. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** A request that has not answered after this long is given up and retried. */
export const TIMEOUT_MS = 30_000;

/** After a record was dropped as bad, the next request waits this long (a collector that refuses everything is not flooded). */
const AFTER_DROP_MS = 1000;

export const ALARM = 'pw-audit-delivery';
export const STATUS_KEY = 'auditDelivery';
/** Chrome's floor for packed extensions' alarms. */
const ALARM_FLOOR_MS = 30_000;

/** Statuses that say the request itself is wrong. */
const BAD_REQUEST = new Set([400, 413, 422]);

/**
 * @typedef {object} Status what the options page shows an admin
 * @property {string} [url] the collector the backoff applies to
 * @property {number} [lastSuccess] time of the last accepted batch
 * @property {number} [lastAttempt]
 * @property {{ time: number, message: string }} [lastError]
 * @property {number} failures consecutive failed attempts
 * @property {number} nextAttempt not before this time (0: now)
 * @property {number} delivered records accepted since install
 * @property {number} rejected records the collector refused as bad, since install
 */

/**
 * The delay after `failures` consecutive failures, jittered.
 * @param {number} failures at least 1
 * @param {() => number} random
 */
export function backoffMs(failures, random = Math.random) {
  const full = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.min(30, failures - 1));
  return Math.round(full * (0.5 + random() * 0.5));
}

/**
 * A Retry-After header in milliseconds (delta-seconds or an HTTP date), or null.
 * @param {string | null} value
 * @param {number} now
 */
export function retryAfterMs(value, now) {
  if (!value) return null;
  const trimmed = value.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  return Number.isFinite(ms) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms)) : null;
}

export class Delivery {
  /** @type {Target | null} */
  #target = null;
  /** @type {Promise<void> | null} */
  #running = null;
  #again = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #timer;
  /** Halved on a bad request until the record at fault is alone; doubled back on success. */
  /** @type {number} */
  #batchLimit = BATCH.records;
  /** @type {Status | null} */
  #status = null;
  /** A browser start seen before the settings named a collector. */
  #newSession = false;

  /**
   * @param {object} io
   * @param {Queue} io.queue
   * @param {{ get(keys: string): Promise<Record<string, any>>, set(items: Record<string, any>): Promise<void> }} io.storage
   * @param {typeof fetch} io.fetch
   * @param {{ create(name: string, info: { when: number }): any, clear(name: string): any }} io.alarms
   * @param {(target: Target) => Promise<Record<string, any>>} io.resource the OTLP resource attributes for this browser
   * @param {() => number} [io.now]
   * @param {() => number} [io.random]
   * @param {{ set(fn: () => void, ms: number): any, clear(handle: any): void }} [io.timers]
   */
  constructor({ queue, storage, fetch, alarms, resource, now = Date.now, random = Math.random, timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h) } }) {
    this.timers = timers;
    this.queue = queue;
    this.storage = storage;
    this.fetch = fetch;
    this.alarms = alarms;
    this.resource = resource;
    this.now = now;
    this.random = random;
  }

  /**
   * The collector from the current settings (null: none, so no request).
   * @param {Target | null} target
   */
  configure(target) {
    this.#target = target;
    if (!target) {
      this.timers.clear(this.#timer);
      Promise.resolve(this.alarms.clear(ALARM)).catch(() => {});
      return;
    }
    // A collector at another URL, or a new browser session, is worth
    // trying at once; otherwise a woken background keeps the backoff.
    const fresh = this.#newSession;
    this.#newSession = false;
    this.#loadStatus()
      .then((s) => (s.url === target.url && !fresh ? null : this.#saveStatus({ ...s, url: target.url, failures: 0, nextAttempt: 0 })))
      .then(() => this.kick(), () => this.kick());
  }

  /**
   * Delivers what is queued, unless waiting out a backoff. Resolves when
   * this round is over (the next attempt, if any, is scheduled).
   * @returns {Promise<void>}
   */
  kick() {
    if (!this.#target) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#run()
      .catch(() => {})
      .finally(() => {
        this.#running = null;
        if (this.#again) {
          this.#again = false;
          this.kick();
        }
      });
    return this.#running;
  }

  /**
   * A new browser session: the network may be back, so the backoff starts
   * over (once the settings name a collector: without one, nothing here
   * even writes to storage).
   */
  async restart() {
    if (!this.#target) {
      this.#newSession = true;
      return;
    }
    const s = await this.#loadStatus();
    await this.#saveStatus({ ...s, failures: 0, nextAttempt: 0 });
    this.kick();
  }

  async #loadStatus() {
    if (!this.#status) {
      const stored = (await this.storage.get(STATUS_KEY))[STATUS_KEY];
      this.#status = { failures: 0, nextAttempt: 0, delivered: 0, rejected: 0, ...stored };
    }
    return /** @type {Status} */ (this.#status);
  }

  async #saveStatus(/** @type {Status} */ s) {
    this.#status = s;
    await this.storage.set({ [STATUS_KEY]: s });
  }

  /** What the options page shows: this status and the queue's. */
  async status() {
    const [s, q] = await Promise.all([this.#loadStatus(), this.queue.stats()]);
    // The URL is shown to users (where their records go); the headers never.
    return { ...s, ...q, configured: !!this.#target, url: this.#target?.url ?? null };
  }

  /** Waits until `when`: a timer while this background lives, an alarm in case it does not. */
  #schedule(/** @type {number} */ when) {
    this.timers.clear(this.#timer);
    this.#timer = this.timers.set(() => this.kick(), Math.max(0, when - this.now()));
    Promise.resolve(this.alarms.create(ALARM, { when: Math.max(when, this.now() + ALARM_FLOOR_MS) })).catch(() => {});
  }

  async #run() {
    for (;;) {
      const target = this.#target;
      if (!target) return;
      const status = await this.#loadStatus();
      if (status.nextAttempt > this.now()) return this.#schedule(status.nextAttempt);
      const { records, upTo, span } = await this.queue.peek(this.#batchLimit, BATCH.chars);
      if (records.length === 0) {
        if (upTo > 0) await this.queue.remove(upTo, span); // only unreadable leftovers
        this.timers.clear(this.#timer);
        await this.alarms.clear(ALARM);
        return;
      }
      // If this background stops mid-request, the alarm tries again.
      this.#schedule(this.now() + ALARM_FLOOR_MS);
      const { dropped } = await this.queue.stats();
      const resource = { ...(await this.resource(target)), 'promptwarden.audit.dropped': dropped, 'promptwarden.audit.rejected': status.rejected };
      const body = JSON.stringify(exportRequest(records, resource));
      const outcome = await this.#post(target, body);
      const now = this.now();
      const next = { ...status, lastAttempt: now };
      if (outcome.ok) {
        const partial = partialSuccess(outcome.text);
        await this.queue.remove(upTo, span);
        this.#batchLimit = Math.min(BATCH.records, this.#batchLimit * 2);
        next.failures = 0;
        next.nextAttempt = 0;
        next.lastSuccess = now;
        next.delivered += records.length - partial.rejected;
        next.rejected += partial.rejected;
        if (partial.rejected) next.lastError = { time: now, message: `the collector rejected ${partial.rejected} of ${records.length} events: ${partial.message}` };
        await this.#saveStatus(next);
        continue;
      }
      if (outcome.status !== undefined && BAD_REQUEST.has(outcome.status)) {
        next.lastError = { time: now, message: `HTTP ${outcome.status} from the collector: ${outcome.text.slice(0, 200)}` };
        if (records.length > 1) {
          this.#batchLimit = Math.ceil(records.length / 2);
        } else {
          await this.queue.remove(upTo, span);
          next.rejected += 1;
          next.nextAttempt = now + AFTER_DROP_MS;
        }
        await this.#saveStatus(next);
        continue;
      }
      next.failures += 1;
      next.nextAttempt = now + (outcome.retryAfter ?? backoffMs(next.failures, this.random));
      next.lastError = { time: now, message: outcome.message ?? '' };
      await this.#saveStatus(next);
      return this.#schedule(next.nextAttempt);
    }
  }

  /**
   * One POST.
   * @param {Target} target
   * @param {string} body
   * @returns {Promise<{ ok: boolean, status?: number, text: string, message?: string, retryAfter?: number | null }>}
   */
  async #post(target, body) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    try {
      const res = await this.fetch(target.url, {
        method: 'POST',
        headers: { ...target.headers, 'Content-Type': 'application/json' },
        body,
        credentials: 'omit',
        cache: 'no-store',
        // A redirect would carry the credentials to another URL: refused,
        // and the error names the fix.
        redirect: 'error',
        referrerPolicy: 'no-referrer',
        signal: abort.signal,
      });
      const text = await res.text().catch(() => '');
      if (res.ok) return { ok: true, text };
      const retryAfter = retryAfterMs(res.headers.get('Retry-After'), this.now());
      return { ok: false, status: res.status, text, retryAfter, message: `HTTP ${res.status} from the collector${text ? `: ${text.slice(0, 200)}` : ''}` };
    } catch (e) {
      const why = abort.signal.aborted
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : 'could not reach the collector (offline, DNS, TLS, a redirect, or no CORS answer for this extension: see docs/audit-events.md)';
      return { ok: false, text: '', retryAfter: null, message: `${why}${e instanceof Error && e.message ? ` [${e.message}]` : ''}` };
    } finally {
      clearTimeout(timer);
    }
  }
}
