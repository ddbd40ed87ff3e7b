/**
 * Injected just before content.js on the pages that only `protectAllSites`
 * covers (background/registrations.js): the content script then waits for
 * the first use of an editable field before it asks for its settings, so
 * that the pages nobody types in never wake the background.
 */
/** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (globalThis))[Symbol.for('promptwarden.lazy')] = true;
