/**
 * Test hooks: none in a shipped build. `node extension/build.mjs
 * --test-hooks` builds a copy of the extension for the browser tests
 * (dist-test/) with extension/test/test-hooks.js in place of this module.
 */

/** @typedef {{ engine?: 'background' | 'unavailable', helloDelayMs?: number, scanDelayMs?: number }} TestHooks */

/**
 * The mode of the in-page UI's shadow root: closed, so that the page cannot
 * read the findings. The test build opens it for the tests that measure
 * the panel and the marks and run axe-core over them.
 * @type {ShadowRootMode}
 */
export const SHADOW_MODE = 'closed';

/** @returns {Promise<TestHooks>} */
export async function readTestHooks() {
  return {};
}

/** Whether a storage change touches the hooks. */
export function isHooksChange(/** @type {Record<string, unknown>} */ _changes, /** @type {string} */ _area) {
  return false;
}
