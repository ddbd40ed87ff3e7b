/**
 * Verdicts of recently scanned texts, so that the same text (typed, then
 * sent; pasted, then sent) is not scanned twice. Held in the content
 * script's memory only, never stored, and dropped when the settings change.
 *
 * Long texts are not hashed: the first Map lookup of a fresh 10 MB string
 * cost Firefox 27 ms on the page's main thread (the hash of every
 * character), on top of the paste that brought it. The last long text is
 * kept apart and compared with ===, which checks the length first and then
 * the characters, only when another text of that length comes.
 */

/** @typedef {import('./engine.js').Verdict} Verdict */

/** Texts longer than this (characters) skip the hash map. */
export const HASHED_LIMIT = 64 * 1024;

export class VerdictCache {
  /** @param {number} size how many short texts to keep */
  constructor(size) {
    this.size = size;
    /** @type {Map<string, Verdict>} in order of last use */
    this.short = new Map();
    /** @type {{ text: string, verdict: Verdict } | null} */
    this.long = null;
  }

  /** @param {string} text @returns {Verdict | undefined} */
  get(text) {
    if (text.length > HASHED_LIMIT) return this.long?.text === text ? this.long.verdict : undefined;
    return this.short.get(text);
  }

  /** @param {string} text @param {Verdict} verdict */
  set(text, verdict) {
    if (text.length > HASHED_LIMIT) {
      this.long = { text, verdict };
      return;
    }
    this.short.delete(text);
    this.short.set(text, verdict);
    if (this.short.size > this.size) this.short.delete(/** @type {string} */ (this.short.keys().next().value));
  }

  clear() {
    this.short.clear();
    this.long = null;
  }
}
