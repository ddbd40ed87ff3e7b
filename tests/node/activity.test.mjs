// The options page's activity view reads the local audit log as actions: a
// block and the redaction chosen in its panel are one row; filters, counts
// and the 30-day series are computed on those rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FOLLOW_UP_MS, countActions, dayOf, filterActions, groupActions, perDay } from '../../extension/options/activity.js';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const at = (/** @type {number} */ ms) => new Date(T0 + ms).toISOString();
/** @returns {import('../../extension/background/audit/log.js').AuditEvent} */
const ev = (ms, site, rules, outcome, extra = {}) => ({ time: at(ms), site, rules, outcome, overridden: false, ...extra });

test('a block followed by the redaction of the same findings on the same site is one action', () => {
  const log = [
    ev(0, 'chatgpt.com', ['aws-access-key-id'], 'blocked'),
    ev(500, 'claude.ai', ['email'], 'overridden', { justification: 'ticket 7' }),
    ev(4000, 'chatgpt.com', ['aws-access-key-id'], 'redacted'),
  ];
  const actions = groupActions(log);
  assert.equal(actions.length, 2, JSON.stringify(actions));
  // Newest first: the override started later than the block.
  assert.deepEqual(actions.map((a) => a.outcomes), [['overridden'], ['blocked', 'redacted']]);
  assert.equal(actions[1].events.length, 2);
  assert.equal(actions[0].justification, 'ticket 7');
});

test('a block stays alone when what follows is another prompt: other rules, another outcome, or too late', () => {
  const cases = [
    [ev(0, 'a.com', ['email'], 'blocked'), ev(1000, 'a.com', ['iban'], 'redacted')],
    [ev(0, 'a.com', ['email'], 'blocked'), ev(1000, 'a.com', ['email'], 'blocked')],
    [ev(0, 'a.com', ['email'], 'blocked'), ev(FOLLOW_UP_MS + 1, 'a.com', ['email'], 'redacted')],
    // The next event on the site is a paste: the redaction after it is not the block's.
    [ev(0, 'a.com', ['email'], 'blocked'), ev(100, 'a.com', ['email'], 'paste-cancelled'), ev(200, 'a.com', ['email'], 'redacted')],
  ];
  for (const log of cases) {
    const actions = groupActions(log);
    assert.equal(actions.length, log.length, `not grouped: ${JSON.stringify(log.map((e) => [e.outcome, e.rules]))}`);
  }
});

test('filters match by outcome (any step), site and rule, and combine', () => {
  const actions = groupActions([
    ev(0, 'a.com', ['email'], 'blocked'),
    ev(10, 'a.com', ['email'], 'redacted'),
    ev(20, 'b.com', ['email', 'iban'], 'overridden'),
    ev(30, 'b.com', ['github-pat'], 'paste-cancelled'),
  ]);
  assert.equal(filterActions(actions, {}).length, 3);
  assert.equal(filterActions(actions, { outcome: 'redacted' }).length, 1);
  assert.equal(filterActions(actions, { outcome: 'blocked' }).length, 1);
  assert.equal(filterActions(actions, { site: 'b.com' }).length, 2);
  assert.equal(filterActions(actions, { rule: 'email' }).length, 2);
  assert.equal(filterActions(actions, { rule: 'email', site: 'b.com' }).length, 1);
  assert.equal(filterActions(actions, { rule: 'iban', outcome: 'paste-cancelled' }).length, 0);
});

test('counts are per action, most first', () => {
  const counts = countActions(
    groupActions([
      ev(0, 'a.com', ['email'], 'blocked'),
      ev(10, 'a.com', ['email'], 'redacted'),
      ev(20, 'b.com', ['email', 'iban'], 'overridden'),
      ev(30, 'b.com', ['iban'], 'overridden'),
      ev(40, 'b.com', ['iban'], 'sent'),
    ]),
  );
  assert.deepEqual(counts.site, [['b.com', 3], ['a.com', 1]]);
  assert.deepEqual(counts.rule, [['iban', 3], ['email', 2]]);
  assert.deepEqual(counts.outcome, [['overridden', 2], ['blocked', 1], ['redacted', 1], ['sent', 1]]);
});

test('the 30-day series has every day, ends today, and leaves out older actions', () => {
  const now = new Date(2026, 11, 7, 15, 0).getTime();
  const day = 86_400_000;
  const actions = [now, now - 1000, now - 3 * day, now - 29 * day, now - 30 * day, now - 90 * day].map((time) => ({ time, site: 's', rules: [], outcomes: ['sent'], events: [] }));
  const series = perDay(actions, now, 30);
  assert.equal(series.length, 30);
  assert.equal(series[29].day, dayOf(now));
  assert.equal(series[29].count, 2);
  assert.equal(series[26].count, 1);
  assert.equal(series[0].count, 1);
  assert.equal(series.reduce((n, d) => n + d.count, 0), 4);
  assert.equal(new Set(series.map((d) => d.day)).size, 30, 'no day twice');
});
