/**
 * Where the settings come from: the organisation's managed policy
 * (storage.managed, set by browser policy) and the user's own options
 * (storage.local). Only storage I/O lives here: the engine's `Settings`
 * parses, merges and locks them (defaults < user options < managed policy),
 * so the browsers and `promptwarden check-policy` enforce the same thing.
 */

import { ext } from '../shared/ext.js';

/**
 * @typedef {object} Stored
 * @property {Record<string, any>} managed the managed policy, {} when none
 * @property {Record<string, any>} userOptions the user's options as saved
 */

/**
 * Reads both documents at once. It needs no engine, so a starting
 * background runs it while the engine's module compiles.
 * @returns {Promise<Stored>}
 */
export async function readStored() {
  const [managed, local] = await Promise.all([
    ext.storage.managed.get().catch(() => ({})),
    ext.storage.local.get('userOptions'),
  ]);
  return { managed: managed ?? {}, userOptions: local.userOptions ?? {} };
}

/** Saves the user's options (the background rebuilds on the change). */
export function saveUserOptions(/** @type {Record<string, any>} */ options) {
  return ext.storage.local.set({ userOptions: options });
}

/**
 * The fail mode when the engine itself cannot load, and so cannot read
 * the policy: closed if either document asks for it. This is the one
 * reading of the policy outside the engine, and it only ever errs towards
 * refusing to send.
 * @param {Stored} stored
 * @returns {'open' | 'closed'}
 */
export function failModeWithoutEngine({ managed, userOptions }) {
  return managed?.failMode === 'closed' || userOptions?.failMode === 'closed' ? 'closed' : 'open';
}

/** Whether a storage change is one the settings are computed from. */
export function isSettingsChange(/** @type {Record<string, unknown>} */ changes, /** @type {string} */ area) {
  return area === 'managed' || (area === 'local' && 'userOptions' in changes);
}
