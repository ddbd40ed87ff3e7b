// addons-linter, through web-ext (a pinned devDependency), over the Firefox
// build: no errors; warnings are allowed and printed.
//
//   node --test tests/browser/lint.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FIREFOX_DIR, REPO, ensureBuilt } from './harness.mjs';

const WEB_EXT = path.join(REPO, 'node_modules', '.bin', 'web-ext');

test('web-ext lint reports no errors for dist/firefox', async (t) => {
  assert.ok(existsSync(WEB_EXT), 'web-ext is missing: install the dev dependencies with `npm ci`');
  await ensureBuilt();
  const { stdout, stderr, code } = await new Promise((resolve) => {
    execFile(
      WEB_EXT,
      ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'],
      // No update check (update-notifier would ask the npm registry).
      { cwd: REPO, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? error.code : 0 }),
    );
  });
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    assert.fail(`web-ext lint did not print a JSON report (exit ${code}): ${stderr || stdout}`);
  }
  const line = (m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}${m.description ? ` — ${m.description}` : ''}`;
  for (const w of report.warnings) t.diagnostic(`warning: ${line(w)}`);
  for (const n of report.notices) t.diagnostic(`notice: ${line(n)}`);
  assert.deepEqual(report.errors.map(line), [], 'web-ext lint errors');
  assert.equal(report.summary.errors, 0);
  assert.equal(report.metadata.id, 'promptwarden@promptwarden.dev', 'linted the built add-on');
  assert.equal(code, 0, `web-ext exited with ${code}`);
});
