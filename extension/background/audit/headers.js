/**
 * A user's own audit header values (when the organisation lets users name
 * a collector) never reach the options page: it gets them hidden, and the
 * stored values are put back when it saves.
 */

/**
 * What the engine shows in place of an audit header's value (the core's
 * HIDDEN_HEADER_VALUE; tests/node/audit.test.mjs checks they agree).
 */
export const HIDDEN = '********';

/**
 * The user's own options with their audit header values hidden, for the
 * options page: a user who may name their own collector sees the header
 * names, never the values.
 * @param {Record<string, any>} user
 */
export function hideHeaderValues(user) {
  const headers = user?.auditHeaders;
  if (!headers || typeof headers !== 'object') return user;
  return { ...user, auditHeaders: Object.fromEntries(Object.keys(headers).map((name) => [name, HIDDEN])) };
}

/**
 * Options saved from the options page, with each hidden header value put
 * back from what is stored (a header whose value was never stored is left
 * out rather than saved as the mask).
 * @param {Record<string, any>} saved
 * @param {Record<string, any>} stored
 */
export function keepHiddenHeaderValues(saved, stored) {
  const headers = saved?.auditHeaders;
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) return saved;
  /** @type {Record<string, unknown>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== HIDDEN) kept[name] = value;
    else if (typeof stored?.auditHeaders?.[name] === 'string') kept[name] = stored.auditHeaders[name];
  }
  return { ...saved, auditHeaders: kept };
}
