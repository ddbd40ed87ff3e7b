/**
 * Marks over the findings in the composer's text: boxes drawn in our own
 * layer, above the page, that follow the text as it scrolls, wraps and
 * moves. The editor's DOM is never touched (editors own it and would undo
 * or send whatever we put there). Rich editors are measured through DOM
 * ranges over their text nodes; a textarea has no nodes inside, so its
 * text is laid out again in a hidden mirror with the textarea's metrics.
 */

import { kindOf, rangeOf, readText, textMap } from '../content/composers.js';

/** @typedef {import('../content/engine.js').Finding} Finding */
/** @typedef {{ left: number, top: number, right: number, bottom: number }} Box */

/** More marks than this are not drawn: past it they say nothing more. */
const MAX_MARKED = 500;

/** Texts longer than this get no marks: laying them out again costs more than they help. */
const MAX_TEXT = 100_000;

/** Textarea styles that decide where its characters land. */
const MIRRORED = [
  'box-sizing', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'font-feature-settings', 'font-kerning', 'font-variant-ligatures', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-indent', 'text-align', 'tab-size', 'direction', 'white-space', 'word-break',
  'overflow-wrap', 'text-rendering', 'hyphens',
];

/** @param {Box} a @param {Box} b @returns {Box} */
function intersect(a, b) {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

/**
 * The part of `el` that is on screen: its box cut by every ancestor that
 * clips its overflow, and by the viewport.
 * @param {HTMLElement} el
 * @returns {Box}
 */
export function visibleBox(el) {
  let box = /** @type {Box} */ (el.getBoundingClientRect());
  box = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    const cs = getComputedStyle(a);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || cs.contain.includes('paint')) box = intersect(box, a.getBoundingClientRect());
  }
  return intersect(box, { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
}

export class Highlights {
  /** @param {HTMLElement} layer a fixed, full-viewport, click-through element of ours */
  constructor(layer) {
    this.layer = layer;
    /** @type {HTMLElement | null} */ this.composer = null;
    this.text = '';
    /** @type {Finding[]} */ this.findings = [];
    /** @type {HTMLElement[]} */ this.marks = [];
    /** @type {HTMLElement | null} */ this.mirror = null;
    this.mirrorKey = '';
    this.mirrorText = '';
  }

  /**
   * Marks `findings` of `text` (what the composer held when it was scanned).
   * @param {HTMLElement | null} composer
   * @param {string} text
   * @param {Finding[]} findings
   */
  set(composer, text, findings) {
    this.composer = composer;
    this.text = text;
    this.findings = text.length <= MAX_TEXT ? findings.slice(0, MAX_MARKED) : [];
    this.draw();
  }

  clear() {
    this.set(null, '', []);
  }

  /**
   * The composer's text changed: marks on text that is still the same stay
   * (moved with it), marks on changed text go until the next scan.
   */
  follow() {
    if (!this.composer?.isConnected || this.findings.length === 0) return;
    const now = readText(this.composer);
    if (now === this.text) return this.draw();
    const old = this.text;
    let head = 0;
    const max = Math.min(now.length, old.length);
    while (head < max && now.charCodeAt(head) === old.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < max - head && now.charCodeAt(now.length - 1 - tail) === old.charCodeAt(old.length - 1 - tail)) tail++;
    const shift = now.length - old.length;
    const changedFrom = head;
    const changedTo = old.length - tail;
    this.findings = this.findings.flatMap((f) => {
      if (f.end <= changedFrom) return [f];
      if (f.start >= changedTo) return [{ ...f, start: f.start + shift, end: f.end + shift }];
      return [];
    });
    this.text = now;
    this.draw();
  }

  /** Where each finding is on screen now: its boxes, cut to what is visible. */
  rects() {
    const el = this.composer;
    if (!el?.isConnected || this.findings.length === 0) return [];
    const clip = visibleBox(el);
    if (clip.right <= clip.left || clip.bottom <= clip.top) return [];
    /** @type {{ finding: Finding, box: Box }[]} */
    const out = [];
    const push = (/** @type {Finding} */ finding, /** @type {Iterable<DOMRect>} */ rects, dx = 0, dy = 0) => {
      for (const r of rects) {
        if (r.width === 0 && r.height === 0) continue;
        const box = intersect({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy }, clip);
        if (box.right > box.left && box.bottom > box.top) out.push({ finding, box });
      }
    };
    if (kindOf(el) === 'textarea') {
      const spans = this.layoutMirror(/** @type {HTMLTextAreaElement} */ (el));
      spans.forEach((span, i) => push(this.findings[i], span.getClientRects(), -el.scrollLeft, -el.scrollTop));
    } else {
      const map = textMap(el);
      for (const f of this.findings) {
        const range = rangeOf(el, f.start, f.end, map);
        if (range) push(f, range.getClientRects());
      }
    }
    return out;
  }

  /** Redraws the marks where the text is now. */
  draw() {
    const placed = this.rects();
    while (this.marks.length < placed.length) {
      const mark = document.createElement('div');
      mark.className = 'mark';
      this.layer.append(mark);
      this.marks.push(mark);
    }
    this.marks.forEach((mark, i) => {
      const p = placed[i];
      if (!p) {
        mark.hidden = true;
        return;
      }
      mark.hidden = false;
      mark.dataset.severity = p.finding.severity;
      mark.dataset.rule = p.finding.ruleId;
      mark.style.left = `${p.box.left}px`;
      mark.style.top = `${p.box.top}px`;
      mark.style.width = `${p.box.right - p.box.left}px`;
      mark.style.height = `${p.box.bottom - p.box.top}px`;
    });
    if (this.mirror && (!this.composer || kindOf(this.composer) !== 'textarea')) {
      this.mirror.remove();
      this.mirror = null;
      this.mirrorKey = '';
    }
  }

  /**
   * Lays the textarea's text out again in a hidden copy at the same place,
   * with a span around each finding; returns the spans. The copy is rebuilt
   * only when the text, the findings or the textarea's size change.
   * @param {HTMLTextAreaElement} ta
   * @returns {HTMLElement[]}
   */
  layoutMirror(ta) {
    const r = ta.getBoundingClientRect();
    const key = `${this.text.length}:${this.findings.map((f) => `${f.start}-${f.end}`).join(',')}:${ta.clientWidth}x${ta.clientHeight}`;
    if (!this.mirror) {
      this.mirror = document.createElement('div');
      this.mirror.className = 'mirror';
      this.mirror.setAttribute('aria-hidden', 'true');
      this.layer.append(this.mirror);
    }
    const m = this.mirror;
    if (key !== this.mirrorKey || this.mirrorText !== this.text) {
      const cs = getComputedStyle(ta);
      for (const p of MIRRORED) m.style.setProperty(p, cs.getPropertyValue(p));
      m.style.borderStyle = 'solid';
      m.style.borderColor = 'transparent';
      // The width the text wraps at: the textarea's, without its scrollbar.
      const borders = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
      m.style.boxSizing = 'border-box';
      m.style.width = `${ta.clientWidth + borders}px`;
      // Anything after the last finding does not move it: leave it out.
      const parts = [];
      let at = 0;
      for (const f of this.findings) {
        parts.push(document.createTextNode(this.text.slice(at, f.start)));
        const span = document.createElement('span');
        span.textContent = this.text.slice(f.start, f.end);
        parts.push(span);
        at = f.end;
      }
      m.replaceChildren(...parts);
      this.mirrorKey = key;
      this.mirrorText = this.text;
    }
    m.style.left = `${r.left}px`;
    m.style.top = `${r.top}px`;
    return /** @type {HTMLElement[]} */ ([...m.children]);
  }
}
