// `make bench` (in-browser part): the wasm engine inside a real Chromium
// page, as the extension's in-page engine runs it. Prints cold start, the
// first scan (rules compile lazily), warm 2 KB / 4 KB / 60 KB scans, a
// 10 MB paste, and the engine's memory. Run with `node tests/browser/bench.mjs`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, INSTALL, REPO } from './harness.mjs';
import { startServer } from '../../www/server.mjs';
import { corpusText } from '../corpus/text.mjs';

if (!existsSync(CHROMIUM)) {
  console.error(INSTALL.chromium);
  process.exit(1);
}
if (!existsSync(path.join(REPO, 'www', 'pkg', 'promptwarden_bg.wasm'))) {
  console.error('www/pkg is missing: run `make www` first');
  process.exit(1);
}


const { chromium } = await import('playwright-core');
const server = await startServer({ root: path.join(REPO, 'www') });
const profile = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await context.newPage();
  // The playground's CSP allows WebAssembly, as the extension's does.
  await page.goto(`http://127.0.0.1:${server.port}/playground/`);
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  const r = await page.evaluate(async (text) => {
    const sized = (n) => {
      let s = text;
      while (s.length < n) s += text;
      return s.slice(0, n);
    };
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const at = (p) => s[Math.min(s.length - 1, Math.round((s.length - 1) * p))];
      return { p50: at(0.5), p99: at(0.99) };
    };
    let t = performance.now();
    const bytes = await (await fetch('/pkg/promptwarden_bg.wasm', { cache: 'no-store' })).arrayBuffer();
    const fetchMs = performance.now() - t;
    t = performance.now();
    const module = await WebAssembly.compile(bytes);
    const compileMs = performance.now() - t;
    // The server's /pkg/ is www/pkg, a copy of pkg/: typed from there (a
    // specifier in a variable, because the checker cannot resolve a URL path).
    const url = '/pkg/promptwarden.js';
    /** @type {typeof import('../../pkg/promptwarden.js')} */
    const m = await import(url);
    t = performance.now();
    const exports = await m.default({ module_or_path: module });
    const instantiateMs = performance.now() - t;
    t = performance.now();
    const scanner = new m.Scanner();
    const buildMs = performance.now() - t;
    const memInit = exports.memory.buffer.byteLength;
    const p2k = sized(2048);
    t = performance.now();
    scanner.scan(p2k);
    const first2k = performance.now() - t;
    const warm = (input, n) => {
      scanner.scan(input);
      const times = [];
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        scanner.scan(input);
        times.push(performance.now() - s);
      }
      return stats(times);
    };
    const w2 = warm(p2k, 1000);
    const w4 = warm(sized(4096), 500);
    const w60 = warm(sized(60 * 1024), 100);
    const big = sized(10 * 1024 * 1024);
    t = performance.now();
    scanner.scan(big);
    const tenMb = performance.now() - t;
    return { size: bytes.byteLength, fetchMs, compileMs, instantiateMs, buildMs, memInit, first2k, w2, w4, w60, tenMb, memBig: exports.memory.buffer.byteLength };
  }, corpusText());
  const ms = (x) => `${x.toFixed(3)} ms`;
  console.log(`wasm engine in a Chromium page (${version})`);
  console.log(`  .wasm fetched                  ${(r.size / 1024).toFixed(1)} KB in ${ms(r.fetchMs)} (localhost)`);
  console.log(`  compile + instantiate          ${ms(r.compileMs)} + ${ms(r.instantiateMs)}`);
  console.log(`  scanner build                  ${ms(r.buildMs)}`);
  console.log(`  first 2 KB scan (lazy compile) ${ms(r.first2k)}`);
  console.log(`  2 KB prompt                    p50 ${ms(r.w2.p50)}  p99 ${ms(r.w2.p99)}`);
  console.log(`  4 KB prompt                    p50 ${ms(r.w4.p50)}  p99 ${ms(r.w4.p99)}`);
  console.log(`  60 KB prompt                   p50 ${ms(r.w60.p50)}  p99 ${ms(r.w60.p99)}`);
  console.log(`  10 MB paste                    ${ms(r.tenMb)} (${(10.48576 / (r.tenMb / 1000)).toFixed(1)} MB/s)`);
  console.log(`  wasm memory                    ${(r.memInit / 2 ** 20).toFixed(1)} MiB after init, ${(r.memBig / 2 ** 20).toFixed(1)} MiB after the 10 MB scan`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
