// `make package`: the Chrome zip and the Firefox xpi carry the version from
// Cargo.toml and are reproducible: building twice gives the same bytes, so
// a store upload can be checked against a build from the tagged source.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ARCHIVES = ['dist/promptwarden-chrome.zip', 'dist/promptwarden-firefox.xpi'];

/** Builds from scratch: the archives are removed first, so an old file cannot pass for a new one. */
const build = () => {
  for (const f of ARCHIVES) rmSync(path.join(REPO, f), { force: true });
  execFileSync(process.execPath, [path.join(REPO, 'extension', 'build.mjs')], { cwd: REPO, stdio: 'pipe' });
  for (const f of ARCHIVES) assert.ok(existsSync(path.join(REPO, f)), `the build wrote ${f}`);
};
const digests = () =>
  Object.fromEntries(ARCHIVES.map((f) => [f, createHash('sha256').update(readFileSync(path.join(REPO, f))).digest('hex')]));

test('make package twice gives byte-identical archives with the Cargo.toml version', () => {
  assert.ok(existsSync(path.join(REPO, 'pkg', 'promptwarden_bg.wasm')), 'pkg/ is missing: run `make wasm` first');
  build();
  const first = digests();
  // Touch the sources: file times must not leak into the archives.
  const now = new Date();
  for (const f of ['extension/content/main.js', 'extension/manifest.base.json']) utimesSync(path.join(REPO, f), now, now);
  build();
  assert.deepEqual(digests(), first, 'the second build changed the archives');
  const version = readFileSync(path.join(REPO, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
  for (const browser of ['chrome', 'firefox']) {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'dist', browser, 'manifest.json'), 'utf8'));
    assert.equal(manifest.version, version, `${browser} manifest version`);
  }
  // The archives hold the manifest (stored entry names are plain text in a zip).
  for (const f of ARCHIVES) assert.ok(readFileSync(path.join(REPO, f)).includes('manifest.json'), `${f} holds manifest.json`);
});
