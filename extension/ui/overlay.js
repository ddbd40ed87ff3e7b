/**
 * The in-page UI: a count indicator by the composer and the panel shown at
 * send or paste time. Everything lives in a closed shadow root on a host
 * element of our own, so the page can neither read the findings nor style
 * or script the panel; all text goes in through textContent. If the page
 * removes the host, it is created again the next time it is needed.
 */

import { t } from '../shared/i18n.js';
import { OVERLAY_CSS } from './styles.js';

/**
 * @typedef {import('../content/engine.js').Finding} Finding
 * @typedef {'warn' | 'block' | 'paste' | 'fail-closed'} PanelMode
 * @typedef {{ choice: 'redact' | 'send' | 'edit' | 'paste-redacted' | 'paste' | 'cancel' | 'ok', justification?: string }} PanelResult
 * @typedef {object} PanelOptions
 * @property {PanelMode} mode
 * @property {Finding[]} findings
 * @property {HTMLElement | null} anchor the composer
 * @property {boolean} allowOverride
 * @property {boolean} requireJustification
 * @property {string | null} [message] the organisation's message
 * @property {string | null} [helpUrl] the organisation's AI policy page
 */

const SVG = 'http://www.w3.org/2000/svg';

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

/** @param {string} tag @param {Record<string, string>} [attrs] @param {(Node | string)[]} [children] */
function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

function shieldIcon() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'shield');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M8 1 2 3.5V8c0 3.3 2.6 6.1 6 7 3.4-.9 6-3.7 6-7V3.5L8 1Z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

export class Overlay {
  constructor() {
    /** @type {HTMLElement | null} */ this.host = null;
    /** @type {ShadowRoot | null} */ this.root = null;
    /** @type {HTMLElement | null} */ this.indicator = null;
    /** @type {HTMLElement | null} */ this.live = null;
    /** @type {HTMLElement | null} */ this.panel = null;
    /** @type {HTMLElement | null} */ this.anchor = null;
    /** @type {((r: PanelResult) => void) | null} */ this.resolve = null;
    this.count = 0;
    this.raf = 0;
    this.reposition = () => {
      cancelAnimationFrame(this.raf);
      this.raf = requestAnimationFrame(() => this.place());
    };
    window.addEventListener('scroll', this.reposition, { capture: true, passive: true });
    window.addEventListener('resize', this.reposition, { passive: true });
  }

  /** Whether `node` is our host (events from inside the panel arrive retargeted to it). */
  owns(/** @type {EventTarget | null} */ node) {
    return !!this.host && node === this.host;
  }

  /** Creates (or re-attaches) the host, shadow root, indicator and live region. */
  ensure() {
    if (this.host?.isConnected) return;
    if (!this.host) {
      this.host = document.createElement('div');
      this.host.setAttribute('data-promptwarden', '');
      for (const [name, value] of Object.entries(HOST_STYLE)) this.host.style.setProperty(name, value, 'important');
      this.root = this.host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = OVERLAY_CSS;
      const wrap = h('div', { class: 'pw-root' });
      this.indicator = h('div', { class: 'indicator', 'data-count': '0' });
      this.live = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
      wrap.append(this.indicator, this.live);
      this.root.append(style, wrap);
      this.wrap = wrap;
    }
    // Beside <body>, not in it: out of reach of the body's own layout and of
    // a transform or `contain` on it (which would pin `fixed` to the body).
    document.documentElement.append(this.host);
  }

  /**
   * Shows the count of findings in the text of `composer`.
   * @param {HTMLElement | null} composer
   * @param {number} count
   */
  setIndicator(composer, count) {
    this.ensure();
    this.anchor = composer;
    const changed = count !== this.count;
    this.count = count;
    const ind = /** @type {HTMLElement} */ (this.indicator);
    ind.replaceChildren(shieldIcon(), document.createTextNode(count > 0 ? String(count) : ''));
    ind.setAttribute('data-count', String(count));
    ind.title = count > 0 ? t('indicatorFindings', String(count)) : t('indicatorClean');
    ind.style.display = composer && count > 0 ? 'flex' : 'none';
    if (changed && this.live) this.live.textContent = count > 0 ? t('indicatorFindings', String(count)) : '';
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
    if (this.panel) this.placePanel();
  }

  placePanel() {
    const panel = /** @type {HTMLElement} */ (this.panel);
    const r = this.anchor?.isConnected ? this.anchor.getBoundingClientRect() : null;
    const ph = panel.offsetHeight;
    const pw = panel.offsetWidth;
    let top = r ? r.top - ph - 8 : (window.innerHeight - ph) / 2;
    if (r && top < 8) top = Math.min(r.bottom + 8, window.innerHeight - ph - 8);
    const left = r ? r.left : (window.innerWidth - pw) / 2;
    panel.style.top = `${Math.max(8, top)}px`;
    panel.style.left = `${Math.max(8, Math.min(window.innerWidth - pw - 8, left))}px`;
  }

  /** Whether a panel is open. */
  get open() {
    return !!this.panel;
  }

  /**
   * Shows the panel and resolves with the user's choice.
   * @param {PanelOptions} o
   * @returns {Promise<PanelResult>}
   */
  show(o) {
    this.close({ choice: o.mode === 'paste' ? 'cancel' : 'edit' });
    this.ensure();
    this.anchor = o.anchor;
    const returnFocus = o.anchor;
    const titleId = 'pw-title';
    const descId = 'pw-desc';
    const panel = h('div', { class: 'panel', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': descId, tabindex: '-1' });
    const heading = {
      warn: t('panelWarnTitle'),
      block: t('panelBlockTitle'),
      paste: t('panelPasteTitle'),
      'fail-closed': t('panelFailClosedTitle'),
    }[o.mode];
    const explain = {
      warn: t('panelWarnText'),
      block: t('panelBlockText'),
      paste: t('panelPasteText'),
      'fail-closed': t('panelFailClosedText'),
    }[o.mode];
    panel.append(h('h2', { id: titleId }, [heading]), h('p', { id: descId }, [explain]));
    if (o.findings.length) {
      const list = h('ul', { class: 'findings', 'aria-label': t('panelFindingsLabel') });
      for (const f of o.findings) {
        list.append(
          h('li', {}, [
            h('span', { class: `sev ${f.severity}` }, [t(`severity_${f.severity}`)]),
            h('span', { class: 'what' }, [f.title ?? f.ruleId, ' ', h('code', {}, [f.preview])]),
          ]),
        );
      }
      panel.append(list);
    }
    if (o.message) panel.append(h('p', { class: 'org' }, [o.message]));
    if (o.helpUrl && /^https?:\/\//.test(o.helpUrl)) {
      panel.append(h('p', {}, [h('a', { href: o.helpUrl, target: '_blank', rel: 'noopener noreferrer' }, [t('panelHelpLink')])]));
    }

    /** @type {HTMLTextAreaElement | null} */
    let reason = null;
    const overridable = o.allowOverride && (o.mode === 'warn' || o.mode === 'paste');
    if (overridable && o.requireJustification) {
      reason = /** @type {HTMLTextAreaElement} */ (h('textarea', { maxlength: '500' }));
      panel.append(h('label', { class: 'justify' }, [t('panelJustifyLabel'), reason]));
    }

    const actions = h('div', { class: 'actions' });
    /** @type {HTMLButtonElement | null} */
    let override = null;
    /** @param {string} label @param {PanelResult['choice']} choice @param {string} [cls] */
    const button = (label, choice, cls = '') => {
      const b = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: cls, 'data-choice': choice }, [label]));
      b.addEventListener('click', () => this.close({ choice, justification: reason?.value.trim() || undefined }));
      actions.append(b);
      return b;
    };
    if (o.mode === 'warn') {
      button(t('buttonEdit'), 'edit');
      if (overridable) override = button(t('buttonSendAnyway'), 'send', 'danger');
      button(t('buttonRedactSend'), 'redact', 'primary');
    } else if (o.mode === 'block') {
      button(t('buttonEdit'), 'edit');
      button(t('buttonRedact'), 'redact', 'primary');
    } else if (o.mode === 'paste') {
      button(t('buttonCancel'), 'cancel');
      if (overridable) override = button(t('buttonPasteAnyway'), 'paste', 'danger');
      button(t('buttonPasteRedacted'), 'paste-redacted', 'primary');
    } else {
      button(t('buttonOk'), 'ok', 'primary');
    }
    if (reason && override) {
      const gated = override;
      const text = reason;
      const gate = () => (gated.disabled = text.value.trim().length < 3);
      gate();
      text.addEventListener('input', gate);
    }
    panel.append(actions);

    panel.addEventListener('keydown', (e) => {
      // A held Enter from the send attempt must not press a button.
      if (e.repeat) {
        e.preventDefault();
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        this.close({ choice: o.mode === 'paste' ? 'cancel' : o.mode === 'fail-closed' ? 'ok' : 'edit' });
      } else if (e.key === 'Tab') {
        const focusable = [...panel.querySelectorAll('button:not(:disabled), textarea, a[href]')];
        const i = focusable.indexOf(/** @type {any} */ (this.root?.activeElement));
        const next = e.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : (i + 1) % focusable.length;
        e.preventDefault();
        /** @type {HTMLElement} */ (focusable[next]).focus();
      }
    });

    /** @type {HTMLElement} */ (this.wrap).append(panel);
    this.panel = panel;
    this.placePanel();
    // Focus the panel itself, not a button: the keystroke that tried to
    // send must not choose for the user. Tab reaches the buttons.
    (reason ?? panel).focus();
    // An editor that commits its own selection a frame after a click or
    // a paste (Lexical) takes focus back to the composer under the open
    // panel, and the keyboard user types into the prompt instead of
    // choosing. For a moment after opening, focus that lands back on the
    // composer returns to the panel (focus moved anywhere else is left
    // alone). Measured: 10 of 10 runs of security.test.mjs clean, against
    // about one in six before.
    const keepFocus = () => {
      if (this.panel === panel && document.activeElement === o.anchor && !this.root?.activeElement) (reason ?? panel).focus();
    };
    requestAnimationFrame(() => requestAnimationFrame(keepFocus));
    setTimeout(keepFocus, 150);
    return new Promise((resolve) => {
      this.resolve = (result) => {
        if (returnFocus?.isConnected) returnFocus.focus();
        resolve(result);
      };
    });
  }

  /**
   * Brings an open panel back in front of the user: re-attaches the host
   * when the page removed it, and gives the panel (or its reason field)
   * focus again.
   */
  reveal() {
    if (!this.panel) return;
    this.ensure();
    this.placePanel();
    /** @type {HTMLElement} */ (this.panel.querySelector('textarea') ?? this.panel).focus();
  }

  /** Closes the panel with `result` (the pending promise resolves with it). */
  close(/** @type {PanelResult} */ result) {
    if (!this.panel) return;
    this.panel.remove();
    this.panel = null;
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
