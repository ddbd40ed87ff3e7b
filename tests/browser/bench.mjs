// `make bench` (in-browser part): the wasm engine inside a real page, as
// the extension's in-page engine runs it, in Chromium and in Firefox ESR.
// Prints cold start, the first scan (rules compile lazily), warm 2 KB / 4 KB
// / 60 KB scans and a 10 MB paste of the labelled corpus (the figures kept
// from before), then pastes of 1 MB and 10 MB of mixed text and of prose and
// code (tests/bench/texts.mjs, the bytes the native bench scans): the first
// scan with a fresh scanner (its rules compile on the way) and the warm
// scans' median and best. Run with `node tests/browser/bench.mjs`; set
// PW_BENCH_BROWSERS=chromium or =firefox for one browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, FIREFOX, INSTALL, REPO, findGeckodriver } from './harness.mjs';
import { startServer } from '../../www/server.mjs';
import { corpusText } from '../corpus/text.mjs';
import { mixedBytes, proseAndCodeBytes } from '../bench/texts.mjs';

if (!existsSync(path.join(REPO, 'www', 'pkg', 'promptwarden_bg.wasm'))) {
  console.error('www/pkg is missing: run `make www` first');
  process.exit(1);
}
const mixed = mixedBytes();
if (!mixed) {
  console.error("the bench's prose and code are not in cargo's registry cache: run `cargo fetch`");
  process.exit(1);
}
const browsers = (process.env.PW_BENCH_BROWSERS ?? 'chromium,firefox').split(',');

/**
 * Runs in the page. `texts`: the corpus as the older figures used it
 * (prompts joined by blank lines, cut by UTF-16 length), and the base texts
 * of the pastes, cut by UTF-8 length as the native bench cuts them.
 */
async function inPage({ corpus, bases }) {
  const sized = (n) => {
    let s = corpus;
    while (s.length < n) s += corpus;
    return s.slice(0, n);
  };
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const sizedBytes = (text, n) => {
    const bytes = encoder.encode(text);
    const out = new Uint8Array(n);
    for (let at = 0; at < n; at += bytes.length) out.set(bytes.subarray(0, Math.min(bytes.length, n - at)), at);
    let cut = n;
    while (cut > 0 && (out[cut] & 0xc0) === 0x80) cut--;
    return decoder.decode(out.subarray(0, cut));
  };
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (p) => s[Math.min(s.length - 1, Math.round((s.length - 1) * p))];
    return { p50: at(0.5), p99: at(0.99), best: s[0] };
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
  // The pages' clocks are coarse (Chromium 0.1 ms, Firefox 1 ms without
  // cross-origin isolation): a 2 KB scan is timed as the mean of 50 in a row.
  const batches = [];
  for (let i = 0; i < 60; i++) {
    const s = performance.now();
    for (let j = 0; j < 50; j++) scanner.scan(p2k);
    batches.push((performance.now() - s) / 50);
  }
  const w2mean = stats(batches);
  const w4 = warm(sized(4096), 500);
  const w60 = warm(sized(60 * 1024), 100);
  const big = sized(10 * 1024 * 1024);
  t = performance.now();
  scanner.scan(big);
  const tenMb = performance.now() - t;
  const pastes = [];
  for (const [name, base] of bases) {
    for (const [size, runs] of [[1 << 20, 9], [10 << 20, 3]]) {
      const text = sizedBytes(base, size);
      const fresh = new m.Scanner();
      t = performance.now();
      fresh.scan(text);
      const first = performance.now() - t;
      fresh.free();
      pastes.push({ name, size, first, warm: warm(text, runs) });
    }
  }
  return { size: bytes.byteLength, fetchMs, compileMs, instantiateMs, buildMs, memInit, first2k, w2, w2mean, w4, w60, tenMb, pastes, memBig: exports.memory.buffer.byteLength };
}

function report(browser, r) {
  const ms = (x) => `${x.toFixed(3)} ms`;
  console.log(`wasm engine in a ${browser} page`);
  console.log(`  .wasm fetched                  ${(r.size / 1024).toFixed(1)} KB in ${ms(r.fetchMs)} (localhost)`);
  console.log(`  compile + instantiate          ${ms(r.compileMs)} + ${ms(r.instantiateMs)}`);
  console.log(`  scanner build                  ${ms(r.buildMs)}`);
  console.log(`  first 2 KB scan (lazy compile) ${ms(r.first2k)}`);
  console.log(`  2 KB prompt                    p50 ${ms(r.w2.p50)}  p99 ${ms(r.w2.p99)}`);
  console.log(`  2 KB prompt, mean of 50        p50 ${ms(r.w2mean.p50)}  best ${ms(r.w2mean.best)}`);
  console.log(`  4 KB prompt                    p50 ${ms(r.w4.p50)}  p99 ${ms(r.w4.p99)}`);
  console.log(`  60 KB prompt                   p50 ${ms(r.w60.p50)}  p99 ${ms(r.w60.p99)}`);
  console.log(`  10 MB paste, labelled corpus   ${ms(r.tenMb)} (${(10.48576 / (r.tenMb / 1000)).toFixed(1)} MB/s)`);
  for (const p of r.pastes) {
    const label = `${p.size >> 20} MB paste, ${p.name}`.padEnd(30);
    const rate = (x) => `${(p.size / 1e6 / (x / 1000)).toFixed(1)} MB/s`;
    console.log(`  ${label} first ${ms(p.first)} (rules compile); warm median ${ms(p.warm.p50)}, best ${ms(p.warm.best)} (${rate(p.warm.best)})`);
  }
  console.log(`  wasm memory                    ${(r.memInit / 2 ** 20).toFixed(1)} MiB after init, ${(r.memBig / 2 ** 20).toFixed(1)} MiB after the pastes`);
}

const server = await startServer({ root: path.join(REPO, 'www') });
const url = `http://127.0.0.1:${server.port}/playground/`;
// The playground's CSP allows WebAssembly, as the extension's does.
const arg = {
  corpus: corpusText(),
  bases: [['mixed', mixed.toString('utf8')], ['prose and code', proseAndCodeBytes().toString('utf8')]],
};
let failed = false;
try {
  if (browsers.includes('chromium')) {
    if (!existsSync(CHROMIUM)) {
      console.error(INSTALL.chromium);
      failed = true;
    } else {
      const { chromium } = await import('playwright-core');
      const profile = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-bench-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      try {
        const page = await context.newPage();
        await page.goto(url);
        const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
        report(`Chromium (${version})`, await page.evaluate(inPage, arg));
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  }
  if (browsers.includes('firefox')) {
    const gecko = findGeckodriver();
    if (!existsSync(FIREFOX) || !gecko) {
      console.error(existsSync(FIREFOX) ? INSTALL.geckodriver : INSTALL.firefox);
      failed = true;
    } else {
      const { Builder } = await import('selenium-webdriver');
      const firefox = await import('selenium-webdriver/firefox.js');
      const options = new firefox.Options().setBinary(FIREFOX).addArguments('-headless');
      const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(new firefox.ServiceBuilder(gecko)).build();
      try {
        await driver.manage().setTimeouts({ script: 600_000, pageLoad: 20_000 });
        await driver.get(url);
        const version = (await driver.getCapabilities()).getBrowserVersion();
        const r = await driver.executeAsyncScript(
          `const done = arguments[arguments.length - 1];
           (${inPage.toString()})(arguments[0]).then((v) => done({ ok: true, v }), (e) => done({ ok: false, e: String(e && e.message || e) }));`,
          arg,
        );
        if (!r.ok) throw new Error(`in the Firefox page: ${r.e}`);
        report(`Firefox (${version})`, r.v);
      } finally {
        await driver.quit();
      }
    }
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
