// The content script's verdict cache answers only for the very same text: a
// verdict reused for a different text would let what it holds through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HASHED_LIMIT, VerdictCache } from '../../extension/content/verdict-cache.js';

/** @typedef {import('../../extension/content/engine.js').Verdict} Verdict */

/** @type {Verdict} */
const clean = { findings: [] };
/** @type {Verdict} */
const withKey = {
  findings: [{ ruleId: 'aws-access-key-id', title: 'AWS access key ID', category: 'secret', severity: 'critical', action: 'warn', start: 0, end: 20, preview: 'AKIA****' }],
};

test('a long text gets its verdict back; one differing in its last character does not', () => {
  const cache = new VerdictCache(4);
  const body = 'x'.repeat(HASHED_LIMIT * 4);
  cache.set(`${body}a`, withKey);
  assert.equal(cache.get(`${body}a`), withKey, 'the same text, built again');
  assert.equal(cache.get(`${body}b`), undefined, 'same length, last character differs');
  assert.equal(cache.get(body), undefined, 'one character shorter');
  cache.set(`${body}b`, clean);
  assert.equal(cache.get(`${body}b`), clean);
  assert.equal(cache.get(`${body}a`), undefined, 'only the last long text is kept');
});

test('short texts: past the size, the one set longest ago goes', () => {
  const cache = new VerdictCache(2);
  cache.set('one', clean);
  cache.set('two', withKey);
  cache.set('one', clean); // set again: now the newest
  cache.set('three', clean);
  assert.equal(cache.get('two'), undefined, 'the oldest went');
  assert.equal(cache.get('one'), clean);
  assert.equal(cache.get('three'), clean);
});

test('a text at the limit stays in the map beside a long one; clear() forgets both', () => {
  const cache = new VerdictCache(2);
  const atLimit = 'y'.repeat(HASHED_LIMIT);
  const long = 'y'.repeat(HASHED_LIMIT + 1);
  cache.set(atLimit, clean);
  cache.set(long, withKey);
  assert.equal(cache.get(atLimit), clean);
  assert.equal(cache.get(long), withKey);
  cache.clear();
  assert.equal(cache.get(atLimit), undefined);
  assert.equal(cache.get(long), undefined);
});
