// Messages between the extension's contexts are validated before use: a
// malformed or oversized message is refused with a reason, never acted on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TEXT, MSG, invalidReason } from '../../extension/shared/messages.js';

test('well-formed messages pass', () => {
  assert.equal(invalidReason({ type: MSG.HELLO, site: 'claude.ai/' }), null);
  assert.equal(invalidReason({ type: MSG.SCAN, site: 'claude.ai/', text: 'hello' }), null);
  assert.equal(invalidReason({ type: MSG.EVENT, site: 'claude.ai', rules: ['github-pat'], outcome: 'overridden', justification: 'ticket 42' }), null);
  assert.equal(invalidReason({ type: MSG.SAVE_OPTIONS, options: {} }), null);
});

test('malformed messages are refused with a reason', () => {
  for (const bad of [
    null,
    'pw:scan',
    { type: 42 },
    { type: 'pw:unknown' },
    { type: MSG.SCAN, site: 'x' },
    { type: MSG.SCAN, site: 7, text: 'x' },
    { type: MSG.SCAN, site: 'x', text: 'a'.repeat(MAX_TEXT + 1) },
    { type: MSG.EVENT, site: 'x', rules: 'github-pat', outcome: 'sent' },
    { type: MSG.EVENT, site: 'x', rules: [], outcome: 'exfiltrated' },
    { type: MSG.EVENT, site: 'x', rules: [], outcome: 'sent', justification: 'j'.repeat(5000) },
    { type: MSG.SAVE_OPTIONS, options: [] },
  ]) {
    const reason = invalidReason(bad);
    assert.equal(typeof reason, 'string', `refused: ${JSON.stringify(bad)?.slice(0, 60)}`);
    assert.ok(reason.length > 0);
  }
});
