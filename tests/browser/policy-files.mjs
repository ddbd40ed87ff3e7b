// Policy files where the browsers read them in production, for the tests
// that deliver a managed policy for real (managed.test.mjs, sites.test.mjs).
// A policy file affects every browser on the machine, so each is in place
// only while its browser runs: written just before the launch, removed
// after (and on exit or SIGINT/SIGTERM should the run be cut short), a
// file that was there before put back as it was. Run as root, under the
// browser-test lock.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { CHROME_EXTENSION_ID, CHROMIUM, GECKO_ID, INSTALL, ensureBuilt, launchChromium } from './harness.mjs';

/**
 * Writes `content` to `file`, creating missing directories, and returns a
 * function that undoes exactly that: the file removed (or the previous file
 * put back) and the directories it created removed again if empty. The undo
 * runs once, whichever of after(), exit or a signal comes first.
 */
export function placeFile(file, content) {
  const created = [];
  for (let dir = path.dirname(file); !existsSync(dir); dir = path.dirname(dir)) created.unshift(dir);
  const backup = `${file}.promptwarden-test-backup`;
  try {
    for (const dir of created) mkdirSync(dir);
    // A backup left by an earlier run that was killed outright is the original.
    if (existsSync(file) && !existsSync(backup)) renameSync(file, backup);
    writeFileSync(file, content, { mode: 0o644 });
  } catch (e) {
    throw new Error(`cannot write the policy file ${file} (${e.code ?? e.message}): run the browser tests as root, as CI does`);
  }
  let done = false;
  const undo = () => {
    if (done) return;
    done = true;
    rmSync(file, { force: true });
    if (existsSync(backup)) renameSync(backup, file);
    for (const dir of created.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // not empty: someone else put something there meanwhile
      }
    }
    process.off('exit', undo);
  };
  process.on('exit', undo);
  return undo;
}

// A run cut short by the test runner's timeout or Ctrl+C still removes the files.
for (const [signal, code] of /** @type {const} */ ([['SIGINT', 130], ['SIGTERM', 143]])) {
  process.once(signal, () => process.exit(code));
}

/** Chromium's (Debian's /usr/bin/chromium) directory of mandatory policies, watched while it runs. */
export const CHROMIUM_POLICY = '/etc/chromium/policies/managed/promptwarden-test.json';

/**
 * Firefox on Linux reads the system-wide /etc/firefox/policies/policies.json
 * ("SysConfD" in EnterprisePoliciesParent.sys.mjs) and, only when that file
 * does not exist, <install dir>/distribution/policies.json. Both work with
 * Debian's firefox-esr 153 (checked by hand; /etc/firefox-esr/policies/ is
 * not read). The test uses /etc/firefox/: it is what Mozilla documents for
 * Linux, what a fleet's configuration management writes, and it wins over a
 * distribution/ file. Firefox reads it once, at startup.
 */
export const FIREFOX_POLICY = '/etc/firefox/policies/policies.json';

/** Chromium's policy file content giving the extension `policy`. */
export const chromiumPolicy = (/** @type {object} */ policy) => JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } }, null, 2);

/** Firefox's policies.json content giving the extension `policy` (and any browser policies in `extra`). */
export const firefoxPolicy = (/** @type {object} */ policy, /** @type {object} */ extra = {}) =>
  JSON.stringify({ policies: { ...extra, '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }, null, 2);

/**
 * In the enclosing describe(): Chromium with the shipped extension and
 * `policy` in its managed policy file, for all its tests (one browser per
 * suite), the file removed again after. Returns the accessor the tests
 * call: the browser, or the launch error thrown in each test.
 * @param {object} policy
 * @returns {() => Awaited<ReturnType<typeof launchChromium>>}
 */
export function chromiumUnderPolicy(policy) {
  /** @type {Awaited<ReturnType<typeof launchChromium>> | undefined} */
  let b;
  /** @type {unknown} */
  let launchError;
  let removePolicy = () => {};
  before(async () => {
    try {
      assert.ok(existsSync(CHROMIUM), INSTALL.chromium);
      // Build before the policy is in place: the file is there only while our browser runs.
      await ensureBuilt();
      removePolicy = placeFile(CHROMIUM_POLICY, chromiumPolicy(policy));
      b = await launchChromium({ injectSettings: false });
    } catch (e) {
      launchError = e;
    }
  });
  after(async () => {
    try {
      await b?.close();
    } finally {
      removePolicy();
    }
    assert.ok(!existsSync(CHROMIUM_POLICY), `${CHROMIUM_POLICY} was removed`);
  });
  return () => {
    if (launchError || !b) throw launchError ?? new Error('Chromium was not launched');
    return b;
  };
}
