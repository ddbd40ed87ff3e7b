/**
 * The user's own exceptions, made from the page rather than the options
 * page: "Not sensitive: allow this value on this site" (an allowlist entry
 * holding a salted hash of the rule id and the value, never the value) and
 * "Pause on this site" (an excluded site). Both are changes to the user's
 * options; the engine parses and applies them like any other.
 */

import { ext } from '../shared/ext.js';
import { saveUserOptions } from './settings.js';

/** storage.local key of this profile's salt for value hashes. */
const SALT_KEY = 'valueSalt';

/**
 * This browser profile's salt for value hashes, made on first use: 32
 * random hex digits, kept in storage.local (never synced, never sent).
 * @returns {Promise<string>}
 */
async function salt() {
  const stored = /** @type {Record<string, unknown>} */ (await ext.storage.local.get(SALT_KEY))[SALT_KEY];
  if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const made = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  await ext.storage.local.set({ [SALT_KEY]: made });
  return made;
}

/** Writes are read-modify-write of one document: one at a time. */
let queue = Promise.resolve();

/** @param {() => Promise<void>} change */
function serially(change) {
  const run = queue.then(change);
  queue = run.catch(() => {});
  return run;
}

/**
 * Adds the hash of `value` (found by `ruleId`) to the user's allowlist for
 * `site`: in the entry for that site and this profile's salt, made when
 * there is none. Only the hash is stored.
 * @param {Record<string, any>} user the user's options as last read
 * @param {string} site the page's host
 * @param {string} ruleId
 * @param {string} value
 * @param {(salt: string, ruleId: string, value: string) => string} valueHash the engine's
 */
export function allowValue(user, site, ruleId, value, valueHash) {
  return serially(async () => {
    const s = await salt();
    const hash = valueHash(s, ruleId, value);
    /** @type {Record<string, any>} */
    const userOptions = (await ext.storage.local.get('userOptions')).userOptions ?? user;
    const allowlist = Array.isArray(userOptions.allowlist) ? [...userOptions.allowlist] : [];
    const i = allowlist.findIndex((e) => e && e.salt === s && Array.isArray(e.sites) && e.sites.length === 1 && e.sites[0] === site && !e.rules);
    const entry = i >= 0 ? { ...allowlist[i] } : { sites: [site], salt: s, hashes: [] };
    entry.hashes = [...new Set([...(entry.hashes ?? []), hash])];
    if (i >= 0) allowlist[i] = entry;
    else allowlist.push(entry);
    await saveUserOptions({ ...userOptions, allowlist });
  });
}

/**
 * Pauses protection on `site` (adds it to the user's excluded sites) or
 * resumes it (removes it).
 * @param {Record<string, any>} user the user's options as last read
 * @param {string} site a host
 * @param {boolean} paused
 */
export function pauseSite(user, site, paused) {
  return serially(async () => {
    /** @type {Record<string, any>} */
    const userOptions = (await ext.storage.local.get('userOptions')).userOptions ?? user;
    const excluded = Array.isArray(userOptions.excludedSites) ? userOptions.excludedSites.filter((x) => x !== site) : [];
    if (paused) excluded.push(site);
    await saveUserOptions({ ...userOptions, excludedSites: excluded });
  });
}
