// `make bench` (wasm part): the engine as the extension runs it, in V8.
// Prints module size, cold start, first and warm scan times, and the wasm
// memory after init and after a 10 MB scan. Run with `node tests/node/bench.mjs`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { initSync, Scanner } from '../../pkg/promptwarden.js';
import { corpusText } from '../corpus/text.mjs';

const root = new URL('../../', import.meta.url);
const wasmBytes = readFileSync(new URL('pkg/promptwarden_bg.wasm', root));


const sized = (text, n) => {
  let s = text;
  while (s.length < n) s += text;
  return s.slice(0, n);
};

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.round((s.length - 1) * p))];
  return { p50: at(0.5), p99: at(0.99) };
};
const ms = (x) => `${x.toFixed(3)} ms`;

let t = performance.now();
const module = new WebAssembly.Module(wasmBytes);
const compileMs = performance.now() - t;
t = performance.now();
const exports = initSync({ module });
const instantiateMs = performance.now() - t;
const memory = exports.memory;

t = performance.now();
const scanner = new Scanner();
const buildMs = performance.now() - t;
const memAfterInit = memory.buffer.byteLength;

const text = corpusText();
const p2k = sized(text, 2048);
const p60k = sized(text, 60 * 1024);
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
const w2 = warm(p2k, 2000);
const w60 = warm(p60k, 200);
const w4 = warm(sized(text, 4096), 1000);

const big = sized(text, 10 * 1024 * 1024);
t = performance.now();
scanner.scan(big);
const tenMb = performance.now() - t;
const memAfterBig = memory.buffer.byteLength;

console.log('wasm engine in Node', process.version, '(V8)');
console.log(`  .wasm size                     ${(wasmBytes.length / 1024).toFixed(1)} KB raw, ${(gzipSync(wasmBytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip -9`);
console.log(`  compile + instantiate          ${ms(compileMs)} + ${ms(instantiateMs)}`);
console.log(`  scanner build                  ${ms(buildMs)}`);
console.log(`  first 2 KB scan (lazy compile) ${ms(first2k)}`);
console.log(`  2 KB prompt                    p50 ${ms(w2.p50)}  p99 ${ms(w2.p99)}`);
console.log(`  4 KB prompt                    p50 ${ms(w4.p50)}  p99 ${ms(w4.p99)}`);
console.log(`  60 KB prompt                   p50 ${ms(w60.p50)}  p99 ${ms(w60.p99)}`);
console.log(`  10 MB paste                    ${ms(tenMb)} (${(10 / (tenMb / 1000)).toFixed(1)} MB/s)`);
console.log(`  wasm memory                    ${(memAfterInit / 1048576).toFixed(1)} MiB after init, ${(memAfterBig / 1048576).toFixed(1)} MiB after the 10 MB scan`);

// File extraction: its own module, loaded when the first file arrives, then
// extraction plus scanning per format (tests/files/bench: the labelled
// corpus written by each tool) and for a 20 MB text file.
{
  const extractWasm = readFileSync(new URL('pkg/promptwarden_extract_bg.wasm', root));
  const extract = await import('../../pkg/promptwarden_extract.js');
  let t0 = performance.now();
  const extractExports = extract.initSync({ module: new WebAssembly.Module(extractWasm) });
  const loadMs = performance.now() - t0;
  console.log('file extraction module in Node (loaded on the first file)');
  console.log(`  .wasm size                     ${(extractWasm.length / 1024).toFixed(1)} KB raw, ${(gzipSync(extractWasm, { level: 9 }).length / 1024).toFixed(1)} KB gzip -9`);
  console.log(`  compile + instantiate          ${ms(loadMs)}`);
  /** @type {[string, Uint8Array][]} */
  const inputs = ['docx', 'xlsx', 'pptx', 'odt', 'pdf', 'zip'].map((ext) => [
    `corpus.${ext}`,
    readFileSync(new URL(`tests/files/bench/corpus.${ext}`, root)),
  ]);
  inputs.push(['20 MB .txt', new TextEncoder().encode(sized(text, 20 * 1024 * 1024))]);
  for (const [name, bytes] of inputs) {
    const runs = bytes.length > 1 << 20 ? 5 : 30;
    let chars = 0;
    const extractOnly = [];
    const total = [];
    for (let i = 0; i < runs; i++) {
      let s = performance.now();
      const file = extract.extractFile(name, bytes, undefined);
      extractOnly.push(performance.now() - s);
      for (const segment of file.segments) scanner.scan(segment.text);
      total.push(performance.now() - s);
      chars = file.segments.reduce((n, seg) => n + seg.text.length, 0);
    }
    const sorted = [...total].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * 0.95))];
    const p50 = stats(total).p50;
    console.log(
      `  ${name.padEnd(12)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB file, ${(chars / 1024).toFixed(0).padStart(6)} K chars: ` +
        `extract ${ms(stats(extractOnly).p50)}, extract + scan ${ms(p50)} p50 ${ms(p95)} p95, ${(chars / 1e6 / (p50 / 1000)).toFixed(1)} M chars/s`,
    );
  }
  console.log(`  wasm memory of the extraction module after the 20 MB file: ${(extractExports.memory.buffer.byteLength / 1048576).toFixed(1)} MiB`);
}
