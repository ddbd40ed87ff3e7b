/**
 * The in-page UI: a count indicator by the composer, marks over the
 * findings in its text, and the panel shown at send or paste time, a modal
 * dialog over a backdrop. Everything lives in a closed shadow root on a
 * host element of our own, so the page can neither read the findings nor
 * style or script the panel; all text goes in through textContent. If the
 * page removes the host, it is created again the next time it is needed.
 */

import { t } from '../shared/i18n.js';
import { SHADOW_MODE } from '../shared/test-hooks.js';
import { Highlights, visibleBox } from './highlights.js';
import { SAFE_CHOICE, buildPanel, fitChoices, h, shieldIcon } from './panel.js';
import { OVERLAY_CSS } from './styles.js';

/**
 * @typedef {import('../content/engine.js').Finding} Finding
 * @typedef {import('./panel.js').PanelOptions} PanelOptions
 * @typedef {import('./panel.js').PanelResult} PanelResult
 */

/**
 * The host element's own style, inline and !important so no page rule can
 * change it: out of the page's flow (fixed, zero-sized) whatever the page
 * makes of its body (a grid or flex container would otherwise give the host
 * a track of its own and squeeze the app), and reset (`all: initial`)
 * against inherited or targeted styles. The indicator and the panel inside
 * are fixed to the viewport in their own right.
 */
const HOST_STYLE = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  display: 'block',
  overflow: 'visible',
  'z-index': '2147483647',
};

/** What `all: initial !important` must leave open to a reader's style sheet. */
const TEXT_SPACING = ['line-height', 'letter-spacing', 'word-spacing'];

/** Space kept between the panel and the composer or the viewport's edge. */
const GAP = 8;

/**
 * The least room the panel takes beside the composer: its name, the title
 * and the choices, with the findings scrolling between them. With less
 * room on either side (a composer that fills the window) it goes over the
 * composer rather than lose its choices.
 */
const MIN_PANEL_HEIGHT = 120;

/** How often, at most, focus is taken back from the page while one panel is open. */
const MAX_FOCUS_RETURNS = 20;

export class Overlay {
  constructor() {
    /** @type {HTMLElement | null} */ this.host = null;
    /** @type {ShadowRoot | null} */ this.root = null;
    /** @type {HTMLElement | null} */ this.wrap = null;
    /** @type {HTMLElement | null} */ this.indicator = null;
    /** @type {HTMLElement | null} */ this.live = null;
    /** @type {HTMLElement | null} */ this.panel = null;
    /** @type {HTMLElement | null} */ this.backdrop = null;
    /** @type {HTMLElement | null} */ this.anchor = null;
    /** @type {Highlights | null} */ this.highlights = null;
    /** @type {((r: PanelResult) => void) | null} */ this.resolve = null;
    /** @type {(() => void) | null} */ this.release = null;
    this.count = 0;
    this.raf = 0;
    this.reposition = () => {
      cancelAnimationFrame(this.raf);
      this.raf = requestAnimationFrame(() => this.place());
    };
    window.addEventListener('scroll', this.reposition, { capture: true, passive: true });
    window.addEventListener('resize', this.reposition, { passive: true });
    // The marks follow the text as it is edited, before the next scan.
    window.addEventListener('input', (e) => {
      if (this.anchor && e.composedPath().includes(this.anchor)) {
        this.highlights?.follow();
        this.reposition();
      }
    }, { capture: true, passive: true });
    this.resized = typeof ResizeObserver === 'function' ? new ResizeObserver(this.reposition) : null;
  }

  /** Whether `node` is our host (events from inside the panel arrive retargeted to it). */
  owns(/** @type {EventTarget | null} */ node) {
    return !!this.host && node === this.host;
  }

  /** Creates (or re-attaches) the host, shadow root, marks layer, indicator and live region. */
  ensure() {
    if (this.host?.isConnected) return;
    if (!this.host) {
      this.host = document.createElement('div');
      this.host.setAttribute('data-promptwarden', '');
      for (const [name, value] of Object.entries(HOST_STYLE)) this.host.style.setProperty(name, value, 'important');
      // Except the text spacing, which a reader's own style sheet may widen
      // (WCAG 1.4.12); the panel's text inherits it from here.
      for (const name of TEXT_SPACING) this.host.style.setProperty(name, 'normal');
      this.root = this.host.attachShadow({ mode: SHADOW_MODE });
      const style = document.createElement('style');
      style.textContent = OVERLAY_CSS;
      this.wrap = h('div', { class: 'pw-root', lang: t('uiLang') });
      const marks = h('div', { class: 'marks', 'aria-hidden': 'true' });
      this.highlights = new Highlights(marks);
      this.indicator = h('div', { class: 'indicator', 'data-count': '0' });
      this.live = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
      this.wrap.append(marks, this.indicator, this.live);
      this.root.append(style, this.wrap);
    }
    // Beside <body>, not in it: out of reach of the body's own layout and of
    // a transform or `contain` on it (which would pin `fixed` to the body).
    document.documentElement.append(this.host);
  }

  /**
   * Shows what was found in the text of `composer`: the count by it and a
   * mark over each finding.
   * @param {HTMLElement | null} composer
   * @param {string} text what the composer held when it was scanned
   * @param {Finding[]} findings
   */
  setFindings(composer, text, findings) {
    this.ensure();
    if (composer !== this.anchor) {
      this.resized?.disconnect();
      if (composer) this.resized?.observe(composer);
    }
    this.anchor = composer;
    const count = findings.length;
    const changed = count !== this.count;
    this.count = count;
    const ind = /** @type {HTMLElement} */ (this.indicator);
    ind.replaceChildren(shieldIcon(), document.createTextNode(count > 0 ? String(count) : ''));
    ind.setAttribute('data-count', String(count));
    ind.title = count > 0 ? t('indicatorFindings', String(count)) : t('indicatorClean');
    ind.style.display = composer && count > 0 ? 'flex' : 'none';
    if (changed && this.live) this.live.textContent = count > 0 ? t('indicatorFindings', String(count)) : '';
    this.highlights?.set(composer, text, composer ? findings : []);
    this.place();
  }

  place() {
    const ind = this.indicator;
    if (ind && this.anchor?.isConnected && ind.style.display !== 'none') {
      const r = this.anchor.getBoundingClientRect();
      const w = ind.offsetWidth || 40;
      ind.style.left = `${Math.max(4, Math.min(window.innerWidth - w - 4, r.right - w - 6))}px`;
      ind.style.top = `${Math.max(4, Math.min(window.innerHeight - 24, r.bottom - 26))}px`;
    }
    this.highlights?.draw();
    if (this.panel) this.placePanel();
  }

  /**
   * Puts the panel above the composer or below it, wherever it fits (above
   * when both do, as chat composers sit low), never over the composer's
   * text; when neither side has room for it whole, on the roomier side with
   * its findings scrolling and its buttons in view.
   */
  placePanel() {
    const panel = /** @type {HTMLElement} */ (this.panel);
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    panel.style.maxHeight = `${vh - 2 * GAP}px`;
    fitChoices(panel);
    const natural = panel.offsetHeight;
    const pw = panel.offsetWidth;
    const box = this.anchor?.isConnected ? visibleBox(this.anchor) : null;
    let top;
    let room = vh - 2 * GAP;
    if (box && box.bottom > box.top) {
      const above = box.top - 2 * GAP;
      const below = vh - box.bottom - 2 * GAP;
      if (natural <= above) top = box.top - GAP - natural;
      else if (natural <= below) top = box.bottom + GAP;
      else if (Math.max(above, below) >= MIN_PANEL_HEIGHT) {
        room = Math.max(above, below);
        top = above >= below ? GAP : box.bottom + GAP;
      } else top = Math.max(GAP, vh - GAP - Math.min(natural, room));
    } else {
      top = Math.max(GAP, (vh - natural) / 2);
    }
    panel.style.maxHeight = `${room}px`;
    const left = box ? box.left : (vw - pw) / 2;
    panel.style.top = `${top}px`;
    panel.style.left = `${Math.max(GAP, Math.min(vw - pw - GAP, left))}px`;
  }

  /** Whether a panel is open. */
  get open() {
    return !!this.panel;
  }

  /**
   * Shows the panel, a modal dialog: a backdrop takes the page's clicks
   * (a click there is the safe choice), focus starts on the safe choice and
   * stays in the panel, Escape is the safe choice. Resolves with the choice.
   * @param {PanelOptions} o
   * @returns {Promise<PanelResult>}
   */
  show(o) {
    this.close({ choice: SAFE_CHOICE[o.mode] });
    this.ensure();
    if (o.anchor !== this.anchor) this.resized?.disconnect();
    if (o.anchor) this.resized?.observe(o.anchor);
    this.anchor = o.anchor;
    const returnFocus = o.anchor;
    const safe = { choice: SAFE_CHOICE[o.mode], select: false };
    const { panel, safe: safeButton } = buildPanel(o, (result) => this.close(result));
    const backdrop = h('div', { class: 'backdrop' });
    backdrop.addEventListener('mousedown', (e) => e.preventDefault());
    backdrop.addEventListener('click', () => this.close(safe));
    backdrop.addEventListener('wheel', (e) => e.preventDefault(), { passive: false });

    panel.addEventListener('keydown', (e) => {
      // A held Enter from the send attempt must not press a button.
      if (e.repeat && e.key === 'Enter') {
        e.preventDefault();
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.close(safe);
      } else if (e.key === 'Tab') {
        const focusable = /** @type {HTMLElement[]} */ ([...panel.querySelectorAll('button, textarea, a[href]')]).filter((el) => el.offsetParent !== null);
        const i = focusable.indexOf(/** @type {any} */ (this.root?.activeElement));
        const next = e.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : (i + 1) % focusable.length;
        e.preventDefault();
        focusable[next]?.focus();
      }
    });

    const wrap = /** @type {HTMLElement} */ (this.wrap);
    wrap.append(backdrop, panel);
    this.panel = panel;
    this.backdrop = backdrop;
    this.placePanel();
    safeButton.focus();
    /** @type {HTMLElement} */
    let lastFocus = safeButton;
    panel.addEventListener('focusin', () => {
      const active = /** @type {HTMLElement | null} */ (this.root?.activeElement ?? null);
      if (active) lastFocus = active;
    });
    // Focus stays in the dialog: an editor that commits its own selection
    // a frame after a click or a paste (Lexical), or an app that focuses
    // its composer on any key, takes it back to the composer under the
    // open panel, and the keyboard user would type into the prompt instead
    // of choosing. Bounded, so that a page that insists cannot start a
    // focus fight.
    let returns = 0;
    const keep = (/** @type {FocusEvent} */ e) => {
      if (this.panel !== panel || this.owns(e.target) || returns >= MAX_FOCUS_RETURNS) return;
      returns++;
      lastFocus.focus();
    };
    window.addEventListener('focusin', keep, true);
    const keepSoon = () => {
      if (this.panel === panel && !this.root?.activeElement) lastFocus.focus();
    };
    requestAnimationFrame(() => requestAnimationFrame(keepSoon));
    setTimeout(keepSoon, 150);
    this.release = () => window.removeEventListener('focusin', keep, true);
    return new Promise((resolve) => {
      this.resolve = (result) => {
        if (returnFocus?.isConnected) returnFocus.focus();
        resolve(result);
      };
    });
  }

  /**
   * Brings an open panel back in front of the user: re-attaches the host
   * when the page removed it, and gives the panel focus again.
   */
  reveal() {
    if (!this.panel) return;
    this.ensure();
    this.placePanel();
    if (!this.root?.activeElement) /** @type {HTMLElement | null} */ (this.panel.querySelector('button[data-choice]'))?.focus();
  }

  /** Closes the panel with `result` (the pending promise resolves with it). */
  close(/** @type {PanelResult} */ result) {
    if (!this.panel) return;
    this.release?.();
    this.release = null;
    this.panel.remove();
    this.backdrop?.remove();
    this.panel = null;
    this.backdrop = null;
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.(result);
  }

  /** A short, non-modal notice in the live region and indicator title. */
  notice(/** @type {string} */ text) {
    this.ensure();
    if (this.live) this.live.textContent = text;
    if (this.indicator) this.indicator.title = text;
  }
}
