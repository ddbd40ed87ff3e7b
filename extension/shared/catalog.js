/**
 * Rule titles (shown in the panel) and categories (kept in the audit log)
 * by rule id: the engine's built-in catalog, then the policy's custom
 * rules. The background and the in-page engine both need them.
 */

/**
 * @typedef {object} RuleNames
 * @property {Record<string, string>} titles
 * @property {Record<string, string>} categories
 */

/**
 * @param {{ id: string, title: string, category: string }[]} catalog what the engine's `rules()` returns
 * @param {{ id: string, title?: string }[]} customRules the effective policy's custom rules
 * @returns {RuleNames}
 */
export function ruleNames(catalog, customRules) {
  /** @type {Record<string, string>} */
  const titles = {};
  /** @type {Record<string, string>} */
  const categories = {};
  for (const r of catalog) {
    titles[r.id] = r.title;
    categories[r.id] = r.category;
  }
  for (const r of customRules) {
    titles[r.id] = r.title ?? r.id;
    categories[r.id] = 'custom';
  }
  return { titles, categories };
}
