/**
 * Effective settings: built-in defaults < the user's options < the managed
 * policy an organisation rolls out. A managed value is locked: the options
 * page shows it as set by the organisation, and the user's value for it is
 * ignored. An invalid managed entry is reported and dropped, never allowed
 * to switch protection off: the rest of the policy still applies.
 */

import { ext } from '../shared/ext.js';

/** Keys whose values are maps merged entry by entry. */
const MAP_KEYS = ['categories', 'rules'];
/** Keys whose values are lists: managed entries first, then the user's. */
const LIST_KEYS = ['customRules', 'allowlist', 'sites', 'excludedSites', 'disabledRules'];

/**
 * @typedef {{ path: string, message: string, source: 'managed' | 'user' }} Issue
 * @typedef {object} Settings
 * @property {Record<string, any>} policy the effective policy document
 * @property {string[]} locked paths the organisation sets (`failMode`, `categories.secret`, `rules.email`)
 * @property {Issue[]} issues problems found in either document
 * @property {Record<string, any>} managed the managed policy as received
 * @property {Record<string, any>} user the user's options as saved
 * @property {boolean} userLocked whether the organisation locked all user options
 */

/**
 * Keeps what is valid in `doc`, checking each top-level key (and each entry
 * of maps and lists) on its own, so one bad entry costs only itself.
 * @param {Record<string, any>} doc
 * @param {(doc: object) => { issues: { path: string, message: string }[] }} check the engine's lenient parser
 * @param {'managed' | 'user'} source
 * @returns {{ valid: Record<string, any>, issues: Issue[] }}
 */
export function sanitize(doc, check, source) {
  /** @type {Record<string, any>} */
  const valid = {};
  /** @type {Issue[]} */
  const issues = [];
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    return { valid, issues: [{ path: '$', message: 'the policy must be an object', source }] };
  }
  const customIds = Array.isArray(doc.customRules) ? doc.customRules.map((r) => r?.id).filter(Boolean) : [];
  const note = (/** @type {{ path: string, message: string }[]} */ list) => issues.push(...list.map((i) => ({ ...i, source })));
  for (const [key, value] of Object.entries(doc)) {
    // `rules`, `disabledRules` and allowlist entries may name custom rules
    // defined in the same document; check them with those rules present.
    const namesRules = key === 'rules' || key === 'disabledRules' || key === 'allowlist';
    const withCustom = (/** @type {object} */ d) =>
      namesRules ? { customRules: doc.customRules?.filter?.((r) => customIds.includes(r?.id)) ?? [], ...d } : d;
    const whole = check(withCustom({ [key]: value })).issues.filter((i) => i.path === key || i.path.startsWith(`${key}.`) || i.path.startsWith(`${key}[`));
    if (whole.length === 0) {
      valid[key] = value;
      continue;
    }
    if (MAP_KEYS.includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      const kept = {};
      for (const [k, v] of Object.entries(value)) {
        const own = check(withCustom({ [key]: { [k]: v } })).issues.filter((i) => i.path.startsWith(key));
        if (own.length === 0) kept[k] = v;
        else note(own);
      }
      valid[key] = kept;
    } else if (LIST_KEYS.includes(key) && Array.isArray(value)) {
      const kept = [];
      value.forEach((entry, index) => {
        const own = check(withCustom({ [key]: [entry] })).issues.filter((i) => i.path.startsWith(key));
        if (own.length === 0) kept.push(entry);
        else note(own.map((i) => ({ ...i, path: i.path.replace(`${key}[0]`, `${key}[${index}]`) })));
      });
      valid[key] = kept;
    } else {
      note(whole);
    }
  }
  return { valid, issues };
}

/**
 * Merges the user's options under the managed policy and lists what the
 * organisation locked.
 * @param {Record<string, any>} user
 * @param {Record<string, any>} managed
 */
export function merge(user, managed) {
  const userLocked = managed.lockUserOptions === true;
  /** @type {Record<string, any>} */
  const policy = userLocked ? {} : structuredClone(user);
  /** @type {string[]} */
  const locked = [];
  for (const [key, value] of Object.entries(managed)) {
    if (MAP_KEYS.includes(key)) {
      policy[key] = { ...(policy[key] ?? {}), ...value };
      for (const k of Object.keys(value)) locked.push(`${key}.${k}`);
    } else if (key === 'customRules') {
      const ids = new Set(value.map((r) => r.id));
      policy[key] = [...value, ...(policy[key] ?? []).filter((r) => !ids.has(r.id))];
      for (const id of ids) locked.push(`customRules.${id}`);
    } else if (LIST_KEYS.includes(key)) {
      const mine = policy[key] ?? [];
      policy[key] = key === 'allowlist' ? [...value, ...mine] : [...new Set([...value, ...mine])];
      locked.push(key);
    } else {
      policy[key] = value;
      locked.push(key);
    }
  }
  if (userLocked) locked.push('*');
  return { policy, locked, userLocked };
}

/**
 * @typedef {object} Stored
 * @property {Record<string, any>} managed the managed policy, {} when none
 * @property {Record<string, any>} userOptions
 * @property {Record<string, any>} testHooks
 */

/**
 * Reads what the settings are computed from. It needs no engine, so a
 * starting background runs it while the engine's module compiles; the
 * two areas are read at once, and local in one call.
 * @returns {Promise<Stored>}
 */
export async function readStored() {
  const [managed, local] = await Promise.all([
    ext.storage.managed.get().catch(() => ({})),
    ext.storage.local.get(['userOptions', 'testHooks']),
  ]);
  return { managed: managed ?? {}, userOptions: local.userOptions ?? {}, testHooks: local.testHooks ?? {} };
}

/**
 * Computes the settings from what was stored.
 * @param {Stored} stored
 * @param {(doc: object) => { issues: { path: string, message: string }[] }} check
 * @returns {Settings}
 */
export function settingsFrom({ managed, userOptions }, check) {
  const m = sanitize(managed, check, 'managed');
  const u = sanitize(userOptions, check, 'user');
  const { policy, locked, userLocked } = merge(u.valid, m.valid);
  return { policy, locked, issues: [...m.issues, ...u.issues], managed, user: userOptions, userLocked };
}
