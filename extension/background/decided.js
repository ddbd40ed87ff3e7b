/**
 * Who decided what happens to a finding: the panel says "Your organisation
 * blocks…" only when the organisation's managed policy set that action, and
 * "Your settings block…" otherwise. Read from the core's resolved view: the
 * effective policy and the paths the organisation locked.
 */

/**
 * @typedef {import('../pkg/promptwarden.js').SettingsView} SettingsView
 * @typedef {import('../content/session.js').ActionSetBy} ActionSetBy
 */

/**
 * Who set each rule entry's action (`rules`, and custom rules that carry
 * their own action) and each category's. A finding's action comes from its
 * rule's entry when there is one, else from its category: look it up in
 * that order.
 * @param {SettingsView} view
 * @returns {ActionSetBy}
 */
export function actionSetBy(view) {
  const locked = new Set(view.locked);
  const everything = locked.has('*');
  /** @param {string} path */
  const byOrg = (path) => everything || locked.has(path) || locked.has(path.split('.')[0]);
  /** @type {ActionSetBy} */
  const out = { rules: {}, categories: {} };
  for (const rule of view.policy.customRules ?? []) {
    if (rule.action) out.rules[rule.id] = byOrg(`customRules.${rule.id}`) ? 'organisation' : 'user';
  }
  for (const id of Object.keys(view.policy.rules ?? {})) {
    out.rules[id] = byOrg(`rules.${id}`) ? 'organisation' : 'user';
  }
  for (const category of ['secret', 'pii', 'custom']) {
    out.categories[category] = byOrg(`categories.${category}`) ? 'organisation' : 'user';
  }
  return out;
}
