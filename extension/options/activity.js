/**
 * The activity log as a person reads it: one row per thing they did, rows
 * filtered by outcome, site or rule, counts, and events per day. Pure
 * functions over the stored log (background/audit/log.js), so that the
 * grouping is tested in Node; activity-view.js draws them.
 */

/**
 * @typedef {import('../background/audit/log.js').AuditEvent} AuditEvent
 * @typedef {object} Action one row: what the user did about one prompt, paste or file
 * @property {number} time when it started (ms since the epoch)
 * @property {string} site
 * @property {string[]} rules rule ids, each once
 * @property {string[]} outcomes what happened, in order (`blocked`, then `redacted`)
 * @property {string} [justification]
 * @property {{ kind: string, size: number, name?: string }} [file]
 * @property {AuditEvent[]} events the log entries it stands for
 */

/**
 * How long after a block its redaction still counts as the same action. The
 * panel stays open until the user chooses, so this bounds a user thinking,
 * not the engine.
 */
export const FOLLOW_UP_MS = 10 * 60_000;

/** Outcomes that end a blocked prompt's panel with an event of their own. */
const FOLLOWS_BLOCK = new Set(['redacted']);

const sameRules = (/** @type {string[]} */ a, /** @type {string[]} */ b) => a.length === b.length && a.every((r) => b.includes(r));

/**
 * Groups the log (oldest first) into actions, newest first. A block records
 * an event when its panel opens, and the redaction the user then chooses
 * records another: the two are one action when the next event on that site,
 * within FOLLOW_UP_MS, is that redaction for the same rules.
 * @param {AuditEvent[]} log
 * @returns {Action[]}
 */
export function groupActions(log) {
  /** @type {Action[]} */
  const actions = [];
  const used = new Set();
  for (let i = 0; i < log.length; i++) {
    if (used.has(i)) continue;
    const e = log[i];
    const time = Date.parse(e.time);
    /** @type {Action} */
    const action = { time, site: e.site, rules: [...new Set(e.rules)], outcomes: [e.outcome], events: [e] };
    if (e.justification) action.justification = e.justification;
    if (e.file) action.file = e.file;
    if (e.outcome === 'blocked') {
      const j = log.findIndex((n, k) => k > i && !used.has(k) && n.site === e.site);
      const next = log[j];
      if (next && FOLLOWS_BLOCK.has(next.outcome) && Date.parse(next.time) - time <= FOLLOW_UP_MS && sameRules(next.rules, e.rules)) {
        used.add(j);
        action.outcomes.push(next.outcome);
        action.events.push(next);
      }
    }
    actions.push(action);
  }
  return actions.reverse();
}

/**
 * The actions that match every filter given (an empty filter matches all).
 * @param {Action[]} actions
 * @param {{ outcome?: string, site?: string, rule?: string }} filter
 */
export function filterActions(actions, { outcome = '', site = '', rule = '' }) {
  return actions.filter((a) => (!outcome || a.outcomes.includes(outcome)) && (!site || a.site === site) && (!rule || a.rules.includes(rule)));
}

/**
 * Actions per outcome, site and rule, each sorted by count (most first). An
 * action counts once under each outcome, site and rule it has.
 * @param {Action[]} actions
 * @returns {{ outcome: [string, number][], site: [string, number][], rule: [string, number][] }}
 */
export function countActions(actions) {
  /** @type {Record<'outcome' | 'site' | 'rule', Map<string, number>>} */
  const by = { outcome: new Map(), site: new Map(), rule: new Map() };
  const bump = (/** @type {Map<string, number>} */ m, /** @type {string} */ k) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of actions) {
    for (const o of new Set(a.outcomes)) bump(by.outcome, o);
    bump(by.site, a.site);
    for (const r of a.rules) bump(by.rule, r);
  }
  const sorted = (/** @type {Map<string, number>} */ m) => [...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return { outcome: sorted(by.outcome), site: sorted(by.site), rule: sorted(by.rule) };
}

/** A local calendar day as `YYYY-MM-DD`. */
export function dayOf(/** @type {number} */ ms) {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Actions per local day over the `days` days that end today, oldest first,
 * days without any included.
 * @param {Action[]} actions
 * @param {number} now
 * @param {number} [days]
 * @returns {{ day: string, count: number }[]}
 */
export function perDay(actions, now, days = 30) {
  const out = [];
  const today = new Date(now);
  for (let i = days - 1; i >= 0; i--) {
    // Calendar arithmetic (not 24 h steps), so daylight-saving days are not skipped or doubled.
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i);
    out.push({ day: dayOf(d.getTime()), count: 0 });
  }
  const index = new Map(out.map((d, i) => [d.day, i]));
  for (const a of actions) {
    const i = index.get(dayOf(a.time));
    if (i !== undefined) out[i].count++;
  }
  return out;
}

/** The message key for an outcome's words (message names allow no `-`). */
export const outcomeKey = (/** @type {string} */ outcome) => `outcome_${outcome.replaceAll('-', '_')}`;
