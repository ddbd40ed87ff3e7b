/**
 * The content script on the sites a policy adds. The manifest injects it
 * into the built-in chat apps; every other site an organisation or a user
 * lists (and, with `protectAllSites`, every https page) gets it through
 * `scripting.registerContentScripts`, kept in step with the settings after
 * every rebuild. The engine computes the registrations from its one site
 * syntax (`Settings.contentScripts()`); this module only applies them.
 *
 * Registrations persist across browser restarts (the browsers' default),
 * so a worker that starts and cannot load the engine leaves the last good
 * ones in place rather than dropping protection.
 */

import { ext } from '../shared/ext.js';

/** @typedef {import('../pkg/promptwarden.js').Registration} Registration */

/** Our registrations' ids carry this prefix. */
const PREFIX = 'pw-';

/**
 * Runs before the content script on pages the `lazy` registration covers:
 * it tells the content script to wait for the first use of an editable
 * field before asking for its settings.
 */
export const LAZY_FLAG_SCRIPT = 'content-lazy.js';

/** @param {Registration} r @returns {chrome.scripting.RegisteredContentScript} */
function toScript(r) {
  return {
    id: PREFIX + r.id,
    js: r.lazy ? [LAZY_FLAG_SCRIPT, 'content.js'] : ['content.js'],
    matches: r.matches,
    excludeMatches: r.excludeMatches,
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** What decides whether a registration must change. */
const shape = (/** @type {chrome.scripting.RegisteredContentScript} */ s) =>
  JSON.stringify([s.js ?? [], [...(s.matches ?? [])].sort(), [...(s.excludeMatches ?? [])].sort()]);

/** One sync at a time: a rebuild that lands meanwhile syncs after it. */
let queue = Promise.resolve();

/**
 * Registers, updates or removes our content scripts so that they are
 * exactly `wanted`. Resolves to the match patterns that are new, for which
 * open tabs may still lack the script.
 * @param {Registration[]} wanted
 * @returns {Promise<string[]>}
 */
export function syncRegistrations(wanted) {
  const run = queue.then(() => apply(wanted));
  queue = run.then(() => {}, () => {});
  return run;
}

/** @param {Registration[]} wanted */
async function apply(wanted) {
  const current = (await ext.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  const byId = new Map(current.map((s) => [s.id, s]));
  const scripts = wanted.map(toScript);
  const stale = current.filter((s) => !scripts.some((w) => w.id === s.id)).map((s) => s.id);
  if (stale.length) await ext.scripting.unregisterContentScripts({ ids: stale });
  const added = [];
  const fresh = [];
  const changed = [];
  for (const s of scripts) {
    const had = byId.get(s.id);
    if (!had) fresh.push(s);
    else if (shape(had) !== shape(s)) changed.push(s);
    else continue;
    if (!s.js?.includes(LAZY_FLAG_SCRIPT)) added.push(...(s.matches ?? []).filter((m) => !had?.matches?.includes(m)));
  }
  if (fresh.length) await ext.scripting.registerContentScripts(fresh);
  // Firefox's updateContentScripts keeps fields that the update leaves out;
  // a removed and re-added script is the same in both browsers.
  if (changed.length) {
    await ext.scripting.unregisterContentScripts({ ids: changed.map((s) => s.id) });
    await ext.scripting.registerContentScripts(changed);
  }
  return added;
}

/**
 * Injects the content script into open tabs on `patterns` (sites just
 * added): a registration applies to pages loaded after it, and the user's
 * open tab of a newly listed site should not wait for a reload. The script
 * ignores a second injection into the same page.
 * @param {string[]} patterns
 */
export async function injectIntoOpenTabs(patterns) {
  if (!patterns.length) return;
  const tabs = await ext.tabs.query({ url: patterns }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await ext.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] }).catch(() => {
      // A page we may not script (an error page, a restricted URL).
    });
  }
}
