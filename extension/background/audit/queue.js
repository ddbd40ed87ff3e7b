/**
 * The outbox: audit records waiting for the collector, persisted in the
 * extension's local storage before anything else happens to them, so that
 * a stopped service worker, a suspended event page, a browser restart or
 * hours offline lose nothing.
 *
 * Each record is its own storage key (`auditQ:<sequence>`, the record as
 * JSON text) and one small key (`auditQueue`) holds the sequence range,
 * the characters held and the count of records dropped. Adding or removing
 * touches only the records concerned, so a burst of 10,000 events costs
 * writes in proportion to itself, not to the queue. Records arriving
 * while a write is under way go out together in the next one.
 *
 * Bounded: past LIMITS the oldest records are dropped first and counted
 * (`dropped`, reported with every batch). Only the background uses it, so
 * one instance owns the keys; its operations run one at a time.
 */

/** @typedef {import('./event.js').AuditRecord} AuditRecord */

/**
 * The queue's bounds: 10,000 records (a heavy day of one user's events,
 * and the burst the tests send) or 4 Mi characters of JSON, whichever
 * comes first. A record is about 400 characters, up to some 2,500 with a
 * long justification; 4 Mi keeps the queue, the local log and the settings
 * well inside the 10 MB Chrome allows an extension's local storage.
 */
export const LIMITS = Object.freeze({ records: 10_000, chars: 4 * 1024 * 1024 });

export const META_KEY = 'auditQueue';
export const RECORD_PREFIX = 'auditQ:';

/** @typedef {{ head: number, tail: number, chars: number, dropped: number }} Meta */
/** @typedef {{ from: number, to: number, chars: number }} Span the records a peek read: sequence range and their size */

/**
 * @typedef {object} Storage the subset of storage.local the queue uses
 * @property {(keys: string | string[]) => Promise<Record<string, any>>} get
 * @property {(items: Record<string, any>) => Promise<void>} set
 * @property {(keys: string | string[]) => Promise<void>} remove
 */

/** Keys read or removed per storage call when dropping old records. */
const CHUNK = 500;

/**
 * Records per write. In Firefox the background shares one thread with every
 * extension page, so a single write of thousands of records would be a
 * long task in an open options page; a few dozen kilobytes is not.
 */
const WRITE_CHUNK = 25;

const key = (/** @type {number} */ seq) => `${RECORD_PREFIX}${seq}`;
const range = (/** @type {number} */ from, /** @type {number} */ to) => Array.from({ length: Math.max(0, to - from) }, (_, i) => key(from + i));

export class Queue {
  /** @type {Meta | null} */
  #meta = null;
  /** @type {Promise<unknown>} */
  #chain = Promise.resolve();
  /** @type {{ text: string, done: () => void, fail: (e: unknown) => void }[]} */
  #pending = [];
  #draining = false;

  /**
   * @param {Storage} storage
   * @param {{ records: number, chars: number }} [limits]
   */
  constructor(storage, limits = LIMITS) {
    this.storage = storage;
    this.limits = limits;
  }

  /** Runs `fn` after every operation before it. */
  #serial(/** @type {() => Promise<any>} */ fn) {
    const run = this.#chain.then(fn);
    this.#chain = run.catch(() => {});
    return run;
  }

  async #load() {
    if (!this.#meta) {
      const stored = (await this.storage.get(META_KEY))[META_KEY];
      this.#meta = { head: 0, tail: 0, chars: 0, dropped: 0, ...stored };
    }
    return /** @type {Meta} */ (this.#meta);
  }

  /**
   * Adds a record; resolves once it is in storage.
   * @param {AuditRecord} record
   * @returns {Promise<void>}
   */
  add(record) {
    return new Promise((done, fail) => {
      this.#pending.push({ text: JSON.stringify(record), done, fail });
      if (!this.#draining) {
        this.#draining = true;
        this.#serial(() => this.#drain());
      }
    });
  }

  /** Writes what was added since the last write (up to WRITE_CHUNK records a call). */
  async #drain() {
    // More at once than the queue may hold: the oldest never reach storage.
    const overflow = Math.max(0, this.#pending.length - this.limits.records);
    const skipped = this.#pending.splice(0, overflow);
    const batch = this.#pending.splice(0, WRITE_CHUNK);
    if (this.#pending.length) this.#serial(() => this.#drain());
    else this.#draining = false;
    if (skipped.length) {
      const meta = await this.#load().catch(() => null);
      if (meta) meta.dropped += skipped.length;
      for (const p of skipped) p.done();
    }
    try {
      const meta = await this.#load();
      /** @type {Record<string, string>} */
      const items = {};
      for (const { text } of batch) {
        items[key(meta.tail++)] = text;
        meta.chars += text.length;
      }
      await this.storage.set({ ...items, [META_KEY]: { ...meta } });
      await this.#trim(meta);
      for (const p of batch) p.done();
    } catch (e) {
      this.#meta = null; // read again: the write may not have happened
      for (const p of batch) p.fail(e);
    }
  }

  /** Drops the oldest records while the queue is past its limits. */
  async #trim(/** @type {Meta} */ meta) {
    while (meta.tail - meta.head > this.limits.records || (meta.chars > this.limits.chars && meta.tail > meta.head)) {
      const keys = range(meta.head, Math.min(meta.tail, meta.head + CHUNK));
      const stored = await this.storage.get(keys);
      const gone = [];
      for (const k of keys) {
        if (meta.tail - meta.head <= this.limits.records && meta.chars <= this.limits.chars) break;
        meta.chars -= stored[k]?.length ?? 0;
        meta.head++;
        if (stored[k] !== undefined) meta.dropped++;
        gone.push(k);
      }
      await this.storage.remove(gone);
      await this.storage.set({ [META_KEY]: { ...meta } });
    }
  }

  /**
   * The oldest records, up to `max` of them and about `maxChars` of JSON
   * (at least one). `upTo` and `span` are what to pass to remove() once
   * they are delivered.
   * @param {number} max
   * @param {number} maxChars
   * @returns {Promise<{ records: AuditRecord[], upTo: number, chars: number, span: Span }>}
   */
  peek(max, maxChars) {
    return this.#serial(async () => {
      const meta = await this.#load();
      const keys = range(meta.head, Math.min(meta.tail, meta.head + max));
      const stored = keys.length ? await this.storage.get(keys) : {};
      /** @type {AuditRecord[]} */
      const records = [];
      let chars = 0;
      let upTo = meta.head;
      /** @type {Span} */
      const span = { from: meta.head, to: meta.head, chars: 0 };
      for (const k of keys) {
        const text = stored[k];
        if (typeof text === 'string') {
          if (records.length > 0 && chars + text.length > maxChars) break;
          span.chars += text.length;
          try {
            records.push(JSON.parse(text));
            chars += text.length;
          } catch {
            // Not ours to send: skipped, and removed with the batch.
          }
        }
        upTo = Number(k.slice(RECORD_PREFIX.length)) + 1;
      }
      span.to = upTo;
      return { records, upTo, chars, span };
    });
  }

  /**
   * Removes every record before sequence `upTo` (from peek).
   * @param {number} upTo
   * @param {Span} [span] what peek read: when it is still the head of the
   *   queue, its size is known and the records are not read a second time
   *   (in Firefox, reading 500 records is a stretch on every extension page)
   */
  remove(upTo, span) {
    return this.#serial(async () => {
      const meta = await this.#load();
      if (upTo <= meta.head) return; // already dropped by the bound meanwhile
      const keys = range(meta.head, Math.min(upTo, meta.tail));
      if (span && span.from === meta.head && span.to === upTo) {
        meta.chars -= span.chars;
      } else {
        const stored = await this.storage.get(keys);
        for (const k of keys) meta.chars -= stored[k]?.length ?? 0;
      }
      meta.head = Math.min(upTo, meta.tail);
      if (meta.head === meta.tail) meta.chars = 0;
      await this.storage.remove(keys);
      await this.storage.set({ [META_KEY]: { ...meta } });
    });
  }

  /** How many records wait, their size, and how many were dropped since install. */
  stats() {
    return this.#serial(async () => {
      const meta = await this.#load();
      return { queued: meta.tail - meta.head, chars: meta.chars, dropped: meta.dropped };
    });
  }
}
