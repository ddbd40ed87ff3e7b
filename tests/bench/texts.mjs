// The benchmark texts of examples/bench.rs, built the same way here so that
// the wasm figures (Node, Chromium, Firefox) and the native ones describe the
// same bytes:
// - the labelled corpus (tests/corpus/*.jsonl), each prompt followed by a
//   blank line;
// - prose and code: the Markdown and Rust sources of five dependencies at the
//   versions in Cargo.lock, read from cargo's registry cache (nothing of them
//   is committed here), or null when the cache does not have them;
// - mixed: the two interleaved, one byte of corpus to four of prose and code.
// Texts are UTF-8 Buffers; `sized` repeats one to a byte length and cuts it
// at a character boundary, as the Rust bench does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = new URL('../../', import.meta.url);

/** @returns {Buffer} every prompt of tests/corpus/*.jsonl followed by "\n\n", in file order */
export function corpusBytes() {
  const dir = new URL('tests/corpus/', REPO);
  const parts = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean)) {
      parts.push(JSON.parse(line).text, '\n\n');
    }
  }
  return Buffer.from(parts.join(''), 'utf8');
}

/** @param {string} dir @param {Buffer[]} out */
function collect(dir, out) {
  for (const name of readdirSync(dir).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.md') || name.endsWith('.rs')) out.push(readFileSync(p), Buffer.from('\n'));
  }
}

/** @returns {Buffer | null} the locked dependencies' *.md and *.rs files, if cargo's cache has them */
export function proseAndCodeBytes() {
  const home = process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo');
  const lock = readFileSync(new URL('Cargo.lock', REPO), 'utf8');
  const src = path.join(home, 'registry', 'src');
  if (!existsSync(src)) return null;
  const out = [];
  for (const name of ['regex-syntax', 'regex-automata', 'aho-corasick', 'memchr', 'serde_json']) {
    const m = lock.match(new RegExp(`name = "${name}"\\nversion = "([^"]+)"`));
    if (!m) return null;
    const dir = readdirSync(src).map((r) => path.join(src, r, `${name}-${m[1]}`)).find((d) => existsSync(d));
    if (!dir) return null;
    collect(dir, out);
  }
  const text = Buffer.concat(out);
  return text.length > 1 << 20 ? text : null;
}

/** The largest character boundary of `buf` at or below `i`. */
function floorChar(buf, i) {
  while (i > 0 && i < buf.length && (buf[i] & 0xc0) === 0x80) i--;
  return i;
}

/**
 * Paragraphs of `corpus` and of `other` interleaved, one byte of corpus to
 * `ratio` bytes of `other` (examples/bench.rs `interleave`).
 * @param {Buffer} corpus @param {Buffer} other @param {number} ratio
 */
export function interleave(corpus, other, ratio) {
  const out = [];
  const sep = Buffer.from('\n\n');
  let rest = other;
  let at = 0;
  for (;;) {
    const next = corpus.indexOf(sep, at);
    const para = corpus.subarray(at, next < 0 ? corpus.length : next);
    out.push(para, sep);
    const take = floorChar(rest, Math.min(para.length * ratio, rest.length));
    const nl = rest.indexOf(0x0a, take);
    const cut = nl < 0 ? rest.length : nl + 1;
    out.push(rest.subarray(0, cut));
    rest = rest.subarray(cut);
    if (next < 0) break;
    at = next + 2;
  }
  return Buffer.concat(out);
}

/** @returns {Buffer | null} the mixed text, or null without prose and code */
export function mixedBytes() {
  const other = proseAndCodeBytes();
  return other && interleave(corpusBytes(), other, 4);
}

/**
 * `text` repeated to `len` bytes, cut at a character boundary, as a string.
 * @param {Buffer} text @param {number} len
 */
export function sized(text, len) {
  const copies = Math.ceil(len / text.length);
  const all = Buffer.concat(Array(copies).fill(text));
  return all.subarray(0, floorChar(all, len)).toString('utf8');
}
