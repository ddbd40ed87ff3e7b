// What the browser tests (tests/browser/) install on a page's `window` from
// page.evaluate / addInitScript, to read back later from Node. Nothing in the
// extension or the fixture apps sets these. Type-checking only (make lint).
export {};

/** A span of time on the page's clock (performance.now()), in milliseconds. */
interface Stretch {
  start: number;
  duration: number;
}

declare global {
  interface Window {
    /** harness.mjs installProbe(): Enter keydowns, sends and re-sends the page saw. */
    __pw: {
      enters: { t: number; at: number; trusted: boolean; composing: boolean; keyCode: number }[];
      sends: { at: number; inKeydown: boolean }[];
      resends: string[];
      inKeydown: boolean;
      /** editor-suite.mjs: the paste events that reached the page. */
      pastes?: { trusted: boolean }[];
    };
    /** huge-paste.mjs measureRead(): how long the page's own getData took, or null before the paste. */
    __pwRead: { ms: number; length: number } | null;
    /** huge-paste.mjs watchBlockedStretches(): the stretches the main thread was busy. */
    __pwBlocked: { stretches: Stretch[]; running: boolean };
    /** managed.test.mjs: set on the options page before a reload, to tell a fresh page from a stale one. */
    __pwStale: boolean;
    /** security.test.mjs: the observer that strips the extension's host element. */
    __pwStrip: MutationObserver;
    /** security.test.mjs: long tasks seen since the page loaded, their observer, and when the measured part began. */
    __pwLong: Stretch[];
    __pwLongObs: PerformanceObserver;
    __pwLongFrom: number;
    /** fixtures.test.mjs: CSP violations and every keydown, recorded from page start. */
    __cspViolations: string[];
    __keydowns: { key: string; keyCode: number; isComposing: boolean; isTrusted: boolean }[];
    /** fixtures.test.mjs: set by an inline script if the page's CSP failed to refuse it. */
    __inlineRan: boolean;
  }
}
