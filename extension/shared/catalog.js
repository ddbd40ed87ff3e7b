/**
 * Rule titles (shown in the panel), categories (kept in the audit log) and
 * severities (sent with audit events) by rule id: the engine's built-in catalog, then the policy's custom
 * rules. The background and the in-page engine both need them.
 */

/**
 * @typedef {object} RuleNames
 * @property {Record<string, string>} titles
 * @property {Record<string, string>} categories
 * @property {Record<string, string>} severities
 */

/**
 * @param {{ id: string, title: string, category: string, severity?: string }[]} catalog what the engine's `rules()` returns
 * @param {{ id: string, title?: string, severity?: string }[]} customRules the effective policy's custom rules
 * @returns {RuleNames}
 */
export function ruleNames(catalog, customRules) {
  /** @type {Record<string, string>} */
  const titles = {};
  /** @type {Record<string, string>} */
  const categories = {};
  /** @type {Record<string, string>} */
  const severities = {};
  for (const r of catalog) {
    titles[r.id] = r.title;
    categories[r.id] = r.category;
    if (r.severity) severities[r.id] = r.severity;
  }
  for (const r of customRules) {
    titles[r.id] = r.title ?? r.id;
    categories[r.id] = 'custom';
    severities[r.id] = r.severity ?? 'high';
  }
  return { titles, categories, severities };
}
