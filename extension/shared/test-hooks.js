/**
 * Test hooks: none in a shipped build. `node extension/build.mjs
 * --test-hooks` builds a copy of the extension for the browser tests
 * (dist-test/) with extension/test/test-hooks.js in place of this module.
 */

/** @typedef {{ engine?: 'background' | 'unavailable', scanDelayMs?: number }} TestHooks */

/** @returns {Promise<TestHooks>} */
export async function readTestHooks() {
  return {};
}

/** Whether a storage change touches the hooks. */
export function isHooksChange(/** @type {Record<string, unknown>} */ _changes, /** @type {string} */ _area) {
  return false;
}
