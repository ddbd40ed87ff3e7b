/**
 * Background entry (Chrome: module service worker; Firefox: event page).
 * Hosts the engine for pages whose CSP keeps WebAssembly out of the content
 * script, asks the engine for the effective settings, keeps the audit
 * log and delivers it to the organisation's collector when the policy
 * names one. Listeners are registered synchronously at the top level, as MV3
 * requires for a worker woken by an event; they wait for the engine inside.
 */

import init, { Settings, loadVendors, rules, valueHash } from '../pkg/promptwarden.js';
import { fetchVendorTable, installVendorTable } from '../shared/vendors.js';
import { ruleNames } from '../shared/catalog.js';
import { ext } from '../shared/ext.js';
import { ENGINE_PORT, FILE_PORT, MAX_TEXT, MSG, PARTS_PORT, PART_CHARS, invalidReason } from '../shared/messages.js';
import { isHooksChange, readTestHooks } from '../shared/test-hooks.js';
import * as audit from './audit/index.js';
import { injectIntoOpenTabs, syncRegistrations } from './registrations.js';
import { actionSetBy } from './decided.js';
import { allowValue, pauseSite } from './exceptions.js';
import { serveFile } from './files.js';
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
 * @property {import('../pkg/promptwarden.js').AuditDelivery | null} delivery the collector, with its headers; null for none
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
      const vendors = fetchVendorTable();
      await moduleReady;
      await installVendorTable(vendors, loadVendors);
      const { managed, userOptions } = await stored;
      const settings = new Settings(managed, userOptions);
      const scanner = settings.scanner();
      engineError = null;
      const delivery = settings.auditDelivery();
      state = { scanner, settings, view: settings.view(), user: userOptions, catalog: null, testHooks: await hooks, startMs: performance.now() - t0, delivery };
      audit.configure(delivery);
      // The sites the policy adds get the content script on their next page
      // load (and open tabs of newly added ones at once). Off the hello's
      // path: nothing waits for it.
      syncRegistrations(settings.contentScripts()).then(injectIntoOpenTabs).catch(() => {});
    } catch (e) {
      engineError = e instanceof Error ? e.message : String(e);
      state = null;
      // No engine, no reading of the policy: no collector either.
      audit.configure(null);
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

/** After a change to the user's options: replies once the engine runs on them. */
async function settled() {
  wanted++;
  await ready();
  return { ok: true };
}

/** The engine for the current settings; waits for a rebuild a change asked for. */
async function ready() {
  while (built !== wanted) await rebuild();
  return state;
}

/**
 * @param {any} msg
 * @param {chrome.runtime.MessageSender} sender
 * @returns {Promise<Record<string, any>>}
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
        return { enabled: true, policy: '{}', allowOverride: false, requireJustification: false, message: null, helpUrl: null, failMode: failModeNoEngine, app: null, files: { maxBytes: MIB * 50 }, engineError, engineStartMs: null };
      }
      const policy = s.view.policy;
      const protection = s.settings.protection(msg.site);
      if (s.testHooks.helloDelayMs) await new Promise((r) => setTimeout(r, s.testHooks.helloDelayMs));
      return {
        enabled: protection.protected,
        reason: protection.reason,
        appName: protection.app?.name ?? null,
        protectionReason: protection.reason,
        policy: s.settings.policyJson(),
        allowOverride: policy.allowOverride,
        requireJustification: policy.requireJustification,
        message: policy.message ?? null,
        helpUrl: policy.helpUrl ?? null,
        failMode: policy.failMode,
        app: { composer: protection.composer, send: protection.send },
        files: { maxBytes: policy.maxFileMegabytes * MIB },
        testHooks: s.testHooks,
        engineError: null,
        engineStartMs: s.startMs,
        actionSetBy: actionSetBy(s.view),
        auditCollector: typeof policy.auditEndpoint === 'string' && policy.auditEndpoint !== '',
        valueExceptions: policy.allowValueExceptions !== false && !s.view.userLocked,
        // The organisation's own sites stay protected whatever the user excludes.
        sitePause: policy.allowSitePause !== false && !s.view.userLocked && protection.reason !== 'organisation',
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
      // A file's name is recorded only where the policy says names are not sensitive.
      if (msg.file?.name !== undefined && !s?.view.policy.auditFileNames) msg = { ...msg, file: { kind: msg.file.kind, size: msg.file.size } };
      await audit.record(msg, {
        categoryOf: (id) => (s ? catalogOf(s).categories[id] : undefined) ?? 'custom',
        severityOf: (id) => (s ? catalogOf(s).severities[id] : undefined),
        retentionDays: s?.view.policy.auditRetentionDays ?? 30,
        app: s?.settings.protection(msg.site).app?.id,
        policyHash: s?.view.policyHash,
        fileNames: !!s?.view.policy.auditFileNames,
        deliver: !!s?.delivery,
      });
      return { ok: true };
    }
    case MSG.SETTINGS:
      return { ok: !!s, settings: s ? { ...s.view, user: audit.hideHeaderValues(s.user) } : null, engineError };
    case MSG.SITE_STATUS: {
      if (!s) return { ok: false, error: engineError ?? 'engine unavailable' };
      const p = s.settings.protection(msg.site);
      return { ok: true, protected: p.protected, reason: p.reason, appName: p.app?.name ?? null, userLocked: s.view.userLocked };
    }
    case MSG.SAVE_OPTIONS:
      if (s?.view.userLocked) return { ok: false, error: 'locked by your organisation' };
      await saveUserOptions(audit.keepHiddenHeaderValues(msg.options, s?.user ?? {}));
      return { ok: true };
    case MSG.ALLOW_VALUE: {
      // The site is the sender's own: a content script cannot allow values elsewhere.
      const site = sender.url ? new URL(sender.url).host : '';
      if (!s || !site || s.view.policy.allowValueExceptions === false || s.view.userLocked) return { ok: false, error: 'not allowed by your organisation' };
      await allowValue(s.user, site, msg.ruleId, msg.value, valueHash);
      return settled();
    }
    case MSG.PAUSE_SITE:
      if (!s || s.view.policy.allowSitePause === false || s.view.userLocked) return { ok: false, error: 'not allowed by your organisation' };
      await pauseSite(s.user, msg.site, msg.paused);
      return settled();
    case MSG.AUDIT:
      return { ok: true, ...(await audit.read()) };
    case MSG.AUDIT_STATUS:
      return { ok: true, ...(await audit.status()), includeUser: !!s?.delivery?.includeUser };
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
  else if (port.name === FILE_PORT) serveFile(port, filePolicy);
  else port.disconnect();
});

const MIB = 1024 * 1024;

/** What checking a file needs of the current settings; null without an engine. */
async function filePolicy() {
  const s = await ready();
  if (!s || s.testHooks.engine === 'unavailable') return null;
  const policy = s.view.policy;
  return {
    scanner: s.scanner,
    unscannable: policy.unscannableFiles,
    unsupported: policy.unsupportedFiles,
    maxBytes: policy.maxFileMegabytes * MIB,
    keyFileAction: /** @type {any} */ (s.settings.keyFileAction()),
  };
}

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

// Audit delivery: an alarm brings a stopped background back for the next
// attempt; a browser start begins a new backoff. Both only kick the
// delivery, which waits for the settings (and sends nothing without a
// collector).
ext.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === audit.ALARM) audit.kick();
});
ext.runtime.onStartup.addListener(() => {
  audit.restart();
});

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
