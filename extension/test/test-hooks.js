/**
 * Test hooks for the browser tests' build only (dist-test/, made by
 * `node extension/build.mjs --test-hooks`); the shipped build has the
 * stub in extension/shared/test-hooks.js. The tests write `testHooks` to
 * storage.local to force the background engine path or an engine that
 * cannot load; the content script's bundle takes SHADOW_MODE from here.
 */

import { ext } from '../shared/ext.js';

/**
 * `engine`: force the background engine or an engine that cannot load;
 * `helloDelayMs`: the background answers a content script's hello that
 * much later (a browser still starting), so that tests can type before the
 * page has its settings; `scanDelayMs`: the background answers each scan
 * that much later (a slow engine).
 * @typedef {{ engine?: 'background' | 'unavailable', helloDelayMs?: number, scanDelayMs?: number }} TestHooks
 */

/** Open in the test build: tests read the panel and the marks. @type {ShadowRootMode} */
export const SHADOW_MODE = 'open';

/** @returns {Promise<TestHooks>} */
export async function readTestHooks() {
  const { testHooks } = await ext.storage.local.get('testHooks');
  return testHooks ?? {};
}

/** Whether a storage change touches the hooks. */
export function isHooksChange(/** @type {Record<string, unknown>} */ changes, /** @type {string} */ area) {
  return area === 'local' && 'testHooks' in changes;
}
