/**
 * The content script's one session: what the background said about this
 * page, and the one decision every way text (or, later, a file) reaches the
 * chat app goes through.
 *
 * States:
 * - `loading`: the settings are on their way; nothing passes unchecked.
 * - `off`: the policy does not protect this page; everything passes.
 * - `ready`: the engine answers; clean text passes, findings are decided.
 * - `unavailable`: no engine could load; the policy's fail mode decides.
 *
 * The background pushes SETTINGS_CHANGED after every rebuild; the session
 * then asks again and moves to the state the new settings give.
 */

import { MSG } from '../shared/messages.js';
import * as engine from './engine.js';
import { VerdictCache } from './verdict-cache.js';

/** @typedef {import('./engine.js').Verdict} Verdict */
/** @typedef {'loading' | 'off' | 'ready' | 'unavailable'} State */
/** @typedef {'send' | 'paste' | 'drop'} Origin */

/**
 * What the background says on hello.
 * @typedef {object} Config
 * @property {boolean} enabled whether the policy protects this page
 * @property {string} policy the effective policy, as JSON
 * @property {boolean} allowOverride
 * @property {boolean} requireJustification
 * @property {string | null} message
 * @property {string | null} helpUrl
 * @property {'open' | 'closed'} failMode
 * @property {{ composer: string[], send: string[] } | null} app the built-in app's selector hints
 * @property {string | null} engineError
 * @property {{ engine?: 'background' | 'unavailable' }} [testHooks] only in the test build
 */

/**
 * The outcome of a decision.
 * @typedef {{ action: 'allow' }
 *   | { action: 'fail-open' }
 *   | { action: 'fail-closed' }
 *   | { action: 'findings', verdict: Verdict }} Decision
 */

const CACHE_SIZE = 16;

/** When the background cannot be reached at all: the safest reading of a policy we could not fetch. */
const UNREACHABLE = /** @type {Config} */ ({
  enabled: true,
  policy: '{}',
  allowOverride: false,
  requireJustification: false,
  message: null,
  helpUrl: null,
  failMode: 'closed',
  app: null,
  engineError: 'no reply from the extension',
});

export class Session {
  constructor() {
    /** @type {State} */
    this.state = 'loading';
    /** @type {Config | null} */
    this.config = null;
    this.verdicts = new VerdictCache(CACHE_SIZE);
    this.engineStarted = false;
    /** @type {(() => void)[]} */
    this.onChange = [];
    /** @type {Promise<void>} */
    this.ready = this.load();
  }

  /** Asks the background for this page's settings and moves to the state they give. */
  async load() {
    /** @type {Config} */
    let cfg;
    try {
      cfg = await engine.request({ type: MSG.HELLO, site: engine.site() });
      if (!cfg || /** @type {any} */ (cfg).ok === false) throw new Error('no reply');
    } catch {
      cfg = UNREACHABLE;
    }
    const unavailable = cfg === UNREACHABLE || !!cfg.engineError || cfg.testHooks?.engine === 'unavailable';
    this.verdicts.clear();
    this.config = cfg;
    this.state = !cfg.enabled ? 'off' : unavailable ? 'unavailable' : 'ready';
    if (this.state === 'ready' && !this.engineStarted) {
      // The in-page engine starts beside the background path and takes over once it runs.
      this.engineStarted = true;
      engine.startEngine(cfg.policy, { forceBackground: cfg.testHooks?.engine === 'background' });
    } else if (this.state === 'ready') {
      engine.updatePolicy(cfg.policy);
    }
    for (const f of this.onChange) f();
  }

  /** The settings changed: ask again (decisions wait for the new answer). */
  reload() {
    this.state = 'loading';
    this.ready = this.load();
    return this.ready;
  }

  /** Whether the page is protected (as far as known: loading counts as protected). */
  get protecting() {
    return this.state !== 'off';
  }

  /**
   * The decision for `text` right now, without waiting, or null when it
   * needs the engine's answer (loading, or a text not scanned yet).
   * @param {string} text
   * @returns {Decision | null}
   */
  decideNow(text) {
    switch (this.state) {
      case 'off':
        return { action: 'allow' };
      case 'unavailable':
        return this.config?.failMode === 'open' ? { action: 'fail-open' } : { action: 'fail-closed' };
      case 'ready': {
        const verdict = this.verdictNow(text);
        if (!verdict) return null;
        return verdict.findings.length ? { action: 'findings', verdict } : { action: 'allow' };
      }
      default:
        return null;
    }
  }

  /**
   * The decision for `text` arriving by `origin`: waits for the settings
   * and the engine as needed. Never rejects: an engine that fails now
   * falls to the policy's fail mode.
   * @param {string} text
   * @param {Origin} _origin how the text arrives (decisions are the same today; files will differ)
   * @returns {Promise<Decision>}
   */
  async decide(text, _origin) {
    await this.ready;
    if (this.state !== 'ready') return /** @type {Decision} */ (this.decideNow(text));
    try {
      const verdict = await this.verdictFor(text);
      return verdict.findings.length ? { action: 'findings', verdict } : { action: 'allow' };
    } catch {
      return this.config?.failMode === 'open' ? { action: 'fail-open' } : { action: 'fail-closed' };
    }
  }

  /**
   * The verdict for `text` without waiting: cached, or scanned synchronously
   * by the in-page engine. Null when we would have to wait.
   * @param {string} text
   * @returns {Verdict | null}
   */
  verdictNow(text) {
    const cached = this.verdicts.get(text);
    if (cached) return cached;
    const v = engine.scanNow(text);
    if (v) this.verdicts.set(text, v);
    return v;
  }

  /** @param {string} text @returns {Promise<Verdict>} */
  async verdictFor(text) {
    const now = this.verdictNow(text);
    if (now) return now;
    const v = await engine.scan(text);
    this.verdicts.set(text, v);
    return v;
  }
}
