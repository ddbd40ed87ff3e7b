/**
 * Background entry (Chrome: module service worker; Firefox: event page).
 * Hosts the engine for pages whose CSP keeps WebAssembly out of the content
 * script, asks the engine for the effective settings, and keeps the audit
 * log. Listeners are registered synchronously at the top level, as MV3
 * requires for a worker woken by an event; they wait for the engine inside.
 */

import init, { Settings, rules } from '../pkg/promptwarden.js';
import { ruleNames } from '../shared/catalog.js';
import { ext } from '../shared/ext.js';
import { ENGINE_PORT, MAX_TEXT, MSG, PARTS_PORT, PART_CHARS, invalidReason } from '../shared/messages.js';
import { isHooksChange, readTestHooks } from '../shared/test-hooks.js';
import * as audit from './audit.js';
import { failModeWithoutEngine, isSettingsChange, readStored, saveUserOptions } from './settings.js';

/** @typedef {import('../shared/catalog.js').RuleNames} RuleNames */
/** @typedef {import('../shared/test-hooks.js').TestHooks} TestHooks */
/** @typedef {import('../pkg/promptwarden.js').SettingsView} SettingsView */

/**
 * What the background runs on: the engine's settings for the stored
 * documents, their view for the options page, and the scanner.
 * @typedef {object} State
 * @property {any} scanner
 * @property {Settings} settings
 * @property {SettingsView} view
 * @property {Record<string, any>} user the user's options as saved
 * @property {RuleNames | null} catalog
 * @property {TestHooks} testHooks
 * @property {number} startMs
 */

/** @type {State | null} */
let state = null;
/** @type {string | null} */
let engineError = null;
/** The fail mode to use while the engine cannot load (see failModeWithoutEngine). */
/** @type {'open' | 'closed'} */
let failModeNoEngine = 'open';
/** Bumped by every settings change; `built` says which one `state` reflects. */
let wanted = 0;
let built = -1;
/** @type {Promise<void> | null} */
let building = null;
/** @type {Promise<unknown> | null} */
let moduleReady = null;

/** Builds the scanner for the settings as they are now (one build at a time). */
function rebuild() {
  building ??= (async () => {
    const target = wanted;
    const t0 = performance.now();
    const first = state === null && engineError === null;
    try {
      // Storage is read while the module is fetched and compiled (the
      // larger part of a cold start); neither needs the other.
      const stored = readStored();
      const hooks = readTestHooks();
      stored.then((s) => (failModeNoEngine = failModeWithoutEngine(s)), () => {});
      moduleReady ??= init({ module_or_path: ext.runtime.getURL('pkg/promptwarden_bg.wasm') });
      await moduleReady;
      const { managed, userOptions } = await stored;
      const settings = new Settings(managed, userOptions);
      const scanner = settings.scanner();
      engineError = null;
      state = { scanner, settings, view: settings.view(), user: userOptions, catalog: null, testHooks: await hooks, startMs: performance.now() - t0 };
    } catch (e) {
      engineError = e instanceof Error ? e.message : String(e);
      state = null;
    } finally {
      built = target;
      building = null;
    }
    // Tabs that asked before keep the answer they got; after a change, they ask again.
    if (!first) notifyTabs();
  })();
  return building;
}

/** Tells every tab's content script that the settings changed. */
async function notifyTabs() {
  const tabs = await ext.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    ext.tabs.sendMessage(tab.id, { type: MSG.SETTINGS_CHANGED }).catch(() => {
      // No content script of ours in that tab.
    });
  }
}

/** The engine's catalog (`rules()`), converted from the module once. */
/** @type {{ id: string, title: string, category: string }[] | null} */
let builtIn = null;

/**
 * Rule categories (for the audit log), built the first time an event needs
 * them: converting the whole catalog costs a starting worker some 2.5 ms
 * that a clean prompt never needs.
 * @param {NonNullable<typeof state>} s
 * @returns {RuleNames}
 */
function catalogOf(s) {
  const catalog = (builtIn ??= rules());
  s.catalog ??= ruleNames(catalog, s.view.policy.customRules ?? []);
  return s.catalog;
}

/**
 * What a content script needs of each finding.
 * @param {any[]} findings
 */
function forPage(findings) {
  if (findings.length === 0) return findings;
  return findings.map((f) => ({
    ruleId: f.ruleId,
    title: f.title,
    category: f.category,
    severity: f.severity,
    action: f.action,
    start: f.start,
    end: f.end,
    preview: f.preview,
  }));
}

/** The engine for the current settings; waits for a rebuild a change asked for. */
async function ready() {
  while (built !== wanted) await rebuild();
  return state;
}

/**
 * @param {any} msg
 * @param {chrome.runtime.MessageSender} sender
 */
async function handle(msg, sender) {
  const bad = invalidReason(msg);
  if (bad) return { ok: false, error: bad };
  // Only our own pages and content scripts talk to us.
  if (sender.id !== ext.runtime.id) return { ok: false, error: 'not ours' };
  const s = await ready();
  switch (msg.type) {
    case MSG.HELLO: {
      if (!s) {
        // No engine, so no reading of the policy: protect, and fail as the
        // documents ask (closed if either says so).
        return { enabled: true, policy: '{}', allowOverride: false, requireJustification: false, message: null, helpUrl: null, failMode: failModeNoEngine, app: null, engineError, engineStartMs: null };
      }
      const policy = s.view.policy;
      const protection = s.settings.protection(msg.site);
      return {
        enabled: protection.protected,
        policy: s.settings.policyJson(),
        allowOverride: policy.allowOverride,
        requireJustification: policy.requireJustification,
        message: policy.message ?? null,
        helpUrl: policy.helpUrl ?? null,
        failMode: policy.failMode,
        app: protection.app ? { composer: protection.app.composer, send: protection.app.send } : null,
        testHooks: s.testHooks,
        engineError: null,
        engineStartMs: s.startMs,
      };
    }
    case MSG.SCAN:
      if (!s || s.testHooks.engine === 'unavailable') return { ok: false, error: engineError ?? 'engine unavailable' };
      if (s.testHooks.scanDelayMs) await new Promise((r) => setTimeout(r, s.testHooks.scanDelayMs));
      return { ok: true, findings: forPage(s.scanner.scanOnSite(msg.text, msg.site)) };
    case MSG.REDACT:
      if (!s || s.testHooks.engine === 'unavailable') return { ok: false, error: engineError ?? 'engine unavailable' };
      return { ok: true, redacted: s.scanner.redact(msg.text) };
    case MSG.EVENT: {
      const retention = s?.view.policy.auditRetentionDays ?? 30;
      await audit.record(msg, (id) => (s ? catalogOf(s).categories[id] : undefined) ?? 'custom', retention);
      return { ok: true };
    }
    case MSG.SETTINGS:
      return { ok: !!s, settings: s ? { ...s.view, user: s.user } : null, engineError };
    case MSG.SAVE_OPTIONS:
      if (s?.view.userLocked) return { ok: false, error: 'locked by your organisation' };
      await saveUserOptions(msg.options);
      return { ok: true };
    case MSG.AUDIT:
      return { ok: true, ...(await audit.read()) };
    case MSG.CLEAR_AUDIT:
      await audit.clear();
      return { ok: true };
    default:
      return { ok: false, error: 'unsupported' };
  }
}

ext.runtime.onMessage.addListener((msg, sender, reply) => {
  handle(msg, sender).then(reply, (e) => reply({ ok: false, error: String(e?.message ?? e) }));
  return true; // reply asynchronously
});

ext.runtime.onConnect.addListener((port) => {
  if (port.sender?.id !== ext.runtime.id) port.disconnect();
  else if (port.name === ENGINE_PORT) serveEngine(port);
  else if (port.name === PARTS_PORT) serveParts(port);
  else port.disconnect();
});

/** What a tab may ask on its engine port. */
const ENGINE_REQUESTS = new Set([MSG.HELLO, MSG.SCAN, MSG.REDACT]);

/** Posts on a port that may have closed meanwhile (the tab navigated away). */
function postTo(/** @type {chrome.runtime.Port} */ port, /** @type {object} */ msg) {
  try {
    port.postMessage(msg);
  } catch {
    // Nobody is left to read it.
  }
}

/**
 * A tab's requests on its engine port (see ENGINE_PORT), answered like
 * runtime messages, each reply carrying its request's id.
 * @param {chrome.runtime.Port} port
 */
function serveEngine(port) {
  port.onMessage.addListener((msg) => {
    const id = msg?.id;
    if (!Number.isSafeInteger(id) || id <= 0) return; // a reply could not be matched to it
    if (!ENGINE_REQUESTS.has(msg.type)) {
      postTo(port, { id, ok: false, error: 'unsupported' });
      return;
    }
    handle(msg, /** @type {any} */ (port.sender)).then(
      (reply) => postTo(port, { ...reply, id }),
      (e) => postTo(port, { id, ok: false, error: String(e?.message ?? e) }),
    );
  });
}

/**
 * A long text from a content script, in parts (see PARTS_PORT): joined
 * here, then answered like one MSG.SCAN / MSG.REDACT message. A redaction
 * goes back as its replacements only; the content script splices them.
 * @param {chrome.runtime.Port} port
 */
function serveParts(port) {
  /** @type {string[]} */
  let parts = [];
  let size = 0;
  const fail = (/** @type {string} */ error) => {
    parts = [];
    port.postMessage({ ok: false, error });
    port.disconnect();
  };
  port.onMessage.addListener((msg) => {
    if (typeof msg?.part === 'string' && msg.part.length <= PART_CHARS) {
      size += msg.part.length;
      if (size > MAX_TEXT) return fail('text must be a string under the size limit');
      parts.push(msg.part);
      return;
    }
    if (msg?.done !== true || (msg.op !== MSG.SCAN && msg.op !== MSG.REDACT)) return fail('bad part');
    const text = parts.join('');
    parts = [];
    handle({ type: msg.op, text, site: msg.site }, /** @type {any} */ (port.sender)).then(
      (reply) => {
        if (msg.op === MSG.REDACT && reply.ok) reply = { ok: true, redacted: { replacements: reply.redacted.replacements } };
        port.postMessage(reply);
      },
      (e) => port.postMessage({ ok: false, error: String(e?.message ?? e) }),
    );
  });
}

// Settings changed (options saved, managed policy updated): rebuild; the
// rebuild tells open tabs.
ext.storage.onChanged.addListener((changes, area) => {
  if (isSettingsChange(changes, area) || isHooksChange(changes, area)) {
    wanted++;
    rebuild();
  }
});

wanted++;
rebuild();
