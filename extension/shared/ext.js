/**
 * The WebExtension API object: `browser` in Firefox (promise-based), else
 * `chrome` (promise-based in MV3 for everything we call).
 * @type {typeof chrome}
 */
export const ext = /** @type {any} */ (globalThis).browser ?? globalThis.chrome;
