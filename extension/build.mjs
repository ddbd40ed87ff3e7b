/**
 * Builds the extension for each browser from one source tree:
 *   dist/chrome/, dist/firefox/ (unpacked), dist/promptwarden-chrome.zip,
 *   dist/promptwarden-firefox.xpi
 * `node extension/build.mjs` (after `make wasm`, which fills pkg/).
 *
 * `--test-hooks` builds the same into dist-test/ for the browser tests,
 * with extension/test/test-hooks.js in place of the shipped stub
 * (shared/test-hooks.js), so that tests can force the engine's fallback
 * paths; nothing in dist/ reads test hooks.
 *
 * Everything but the content script ships as written (ES modules). The
 * content script is bundled with esbuild because MV3 cannot load a content
 * script as a module, and the alternative, a dynamic import(), is
 * asynchronous: the capture listeners must be in place at document_start,
 * before the chat app registers its own.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './build/zip.mjs';
import { builtinMatchPatterns, initSync } from '../pkg/promptwarden.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const testHooks = process.argv.includes('--test-hooks');
const dist = join(root, testHooks ? 'dist-test' : 'dist');

// The engine owns the site syntax: it turns the catalog's sites into match patterns.
initSync({ module: readFileSync(join(root, 'pkg', 'promptwarden_bg.wasm')) });

/** The crate version is the product version. */
function version() {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const m = cargo.match(/^version\s*=\s*"([^"]+)"/m);
  if (!m) throw new Error('no version in Cargo.toml');
  return m[1];
}

/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(join(here, file), 'utf8'));

/** @param {string} browser */
function manifest(browser) {
  const base = readJson('manifest.base.json');
  const own = readJson(`manifest.${browser}.json`);
  /** @type {string[]} */
  const matches = builtinMatchPatterns();
  const m = { ...base, ...own, version: version() };
  delete m.$comment;
  m.content_scripts = base.content_scripts.map((cs) => ({ ...cs, matches }));
  m.web_accessible_resources = base.web_accessible_resources.map((r) => ({ ...r, matches: [...new Set(matches.map(origin))] }));
  return m;
}

/** `*://huggingface.co/chat*` → `*://huggingface.co/*` (resources take origins). */
function origin(/** @type {string} */ pattern) {
  return pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');
}

/** Resolves the content script's imports of the wasm packages (scanner, file extraction) to pkg/ at the repository root. */
const pkgResolver = {
  name: 'pkg',
  setup(b) {
    b.onResolve({ filter: /pkg\/promptwarden(_extract|_scan)?\.js$/ }, (args) => ({ path: join(root, 'pkg', args.path.split('/').pop()) }));
  },
};

/** @param {string} dir @returns {string[]} */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

async function buildBrowser(/** @type {'chrome' | 'firefox'} */ browser) {
  const out = join(dist, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const dir of ['background', 'shared', 'ui', 'popup', 'options', '_locales', 'icons']) {
    cpSync(join(here, dir), join(out, dir), { recursive: true });
  }
  if (testHooks) cpSync(join(here, 'test', 'test-hooks.js'), join(out, 'shared', 'test-hooks.js'));
  cpSync(join(here, 'managed_schema.json'), join(out, 'managed_schema.json'));
  mkdirSync(join(out, 'pkg'));
  // The engine for the extension's own contexts; the scanner alone, which
  // content scripts fetch (bundled glue, so only its .wasm); and file
  // extraction, a module of its own that loads only when a file arrives.
  for (const f of ['promptwarden.js', 'promptwarden_bg.wasm', 'promptwarden_scan_bg.wasm', 'promptwarden_extract.js', 'promptwarden_extract_bg.wasm']) {
    cpSync(join(root, 'pkg', f), join(out, 'pkg', f));
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest(browser), null, 2)}\n`);
  await build({
    entryPoints: [join(here, 'content', 'main.js')],
    outfile: join(out, 'content.js'),
    bundle: true,
    format: 'iife',
    target: ['chrome116', 'firefox140'],
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    // The package's default loader uses import.meta.url; we pass the module ourselves.
    logOverride: { 'empty-import-meta': 'silent' },
    plugins: [pkgResolver],
  });
  const entries = files(out).map((p) => ({ path: relative(out, p).split(sep).join('/'), data: readFileSync(p) }));
  writeFileSync(join(dist, browser === 'chrome' ? 'promptwarden-chrome.zip' : 'promptwarden-firefox.xpi'), zip(entries));
}

for (const b of ['chrome', 'firefox']) await buildBrowser(/** @type {any} */ (b));
const d = relative(root, dist);
console.log(`built ${d}/chrome, ${d}/firefox, ${d}/promptwarden-chrome.zip, ${d}/promptwarden-firefox.xpi (version ${version()})`);
