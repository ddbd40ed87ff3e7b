/**
 * Test hooks for the browser tests' build only (dist-test/, made by
 * `node extension/build.mjs --test-hooks`); the shipped build has the
 * stub in extension/shared/test-hooks.js. The tests write `testHooks` to
 * storage.local to force the background engine path or an engine that
 * cannot load.
 */

import { ext } from '../shared/ext.js';

/** @typedef {{ engine?: 'background' | 'unavailable', scanDelayMs?: number }} TestHooks */

/** @returns {Promise<TestHooks>} */
export async function readTestHooks() {
  const { testHooks } = await ext.storage.local.get('testHooks');
  return testHooks ?? {};
}

/** Whether a storage change touches the hooks. */
export function isHooksChange(/** @type {Record<string, unknown>} */ changes, /** @type {string} */ area) {
  return area === 'local' && 'testHooks' in changes;
}
