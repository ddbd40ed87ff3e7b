/**
 * Text out of attached files, for scanning with the engine: the same Rust
 * extraction as `promptwarden scan` (text in any common encoding, Word,
 * Excel, PowerPoint, OpenDocument, PDF, zip archives of those; key files by
 * type), as a WebAssembly module of its own.
 *
 * Nothing is fetched or compiled until the first file arrives: importing
 * this module costs only the small JavaScript glue. The module never throws
 * on a file's content; a file that cannot be read comes back with
 * `unscannable` set (encrypted, corrupt, too large, unsupported).
 *
 * Usage (engine host or a content script where WebAssembly may run):
 *   const file = await extractText(await blob.arrayBuffer(), blob.name);
 *   for (const segment of file.segments) {
 *     const at = locator(segment);
 *     for (const f of scanner.scan(segment.text)) show(segment.location, at(f.start), f);
 *   }
 */

import initExtract, { extractFile } from '../pkg/promptwarden_extract.js';
import { ext } from './ext.js';

/** @typedef {import('../pkg/promptwarden_extract.js').FileText} FileText */
/** @typedef {import('../pkg/promptwarden_extract.js').FileSegment} FileSegment */
/** @typedef {import('../pkg/promptwarden_extract.js').FileLimits} FileLimits */
/** @typedef {{ line: number, column: number, cell?: string }} FilePosition */

/** Largest file read by default (bytes); the extraction module's own default too. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Bytes of an oversized file that are read to say what kind of file it is. */
const HEAD_BYTES = 64 * 1024;

/** @type {Promise<unknown> | null} */
let loading = null;

/**
 * Fetches and compiles the extraction module once.
 * @param {any} [source] what wasm-bindgen's init accepts (URL, Response, bytes, WebAssembly.Module); default: the extension's copy
 */
function load(source) {
  loading ??= initExtract({ module_or_path: source ?? ext.runtime.getURL('pkg/promptwarden_extract_bg.wasm') }).catch((e) => {
    loading = null; // a later file may try again
    throw e;
  });
  return loading;
}

/** Whether the extraction module has been loaded (for tests and diagnostics). */
export function extractorLoaded() {
  return loading !== null;
}

/**
 * The text of a file. Rejects only when the extraction module cannot load.
 * @param {ArrayBuffer | Uint8Array} bytes the file's content
 * @param {string} name the file name (recognises `id_rsa`, `.ppk` and other key files without magic bytes)
 * @param {{ limits?: FileLimits, wasm?: any }} [opts] `wasm`: where to load the module from (Node tests)
 * @returns {Promise<FileText>}
 */
export async function extractText(bytes, name, opts = {}) {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const maxInput = opts.limits?.maxInput ?? MAX_FILE_BYTES;
  await load(opts.wasm);
  if (data.byteLength > maxInput) {
    // Only the head goes into the module, to say what the file is: a
    // 200 MB file must not grow the module's memory by 200 MB.
    const head = extractFile(name, data.subarray(0, HEAD_BYTES), { ...opts.limits, maxInput: 0 });
    const mib = (n) => Math.floor(n / 1048576);
    return {
      kind: head.kind,
      unscannable: { reason: 'too-large', detail: `${mib(data.byteLength)} MiB, over the ${mib(maxInput)} MiB limit` },
      segments: [],
      keys: [],
      skipped: [],
    };
  }
  return extractFile(name, data, opts.limits);
}

/** `B7` for column 2, row 7. */
export function cellName(/** @type {number} */ col, /** @type {number} */ row) {
  let letters = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/**
 * Positions in a segment, as the CLI reports them: 1-based line and column
 * (columns count characters); in a spreadsheet the line is the cell's row,
 * the column counts from the cell's start, and `cell` names it.
 * @param {FileSegment} segment
 * @returns {(at: number) => FilePosition} from a UTF-16 offset (a finding's `start`)
 */
export function locator(segment) {
  const { text } = segment;
  /** @type {number[]} */
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const cells = segment.cells ?? [];
  /** @type {number[]} */
  const cellStarts = [];
  for (let i = 0; i + 2 < cells.length; i += 3) cellStarts.push(cells[i]);
  /** Index of the last element of `starts` that is ≤ at (starts ascending, starts[0] ≤ at). */
  const last = (/** @type {number[]} */ starts, /** @type {number} */ at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const chars = (/** @type {number} */ from, /** @type {number} */ to) => [...text.slice(from, to)].length;
  return (at) => {
    const line = last(lineStarts, at);
    if (cellStarts.length > 0 && cellStarts[0] <= at) {
      const c = last(cellStarts, at);
      const [start, row, col] = cells.slice(c * 3, c * 3 + 3);
      const linesInCell = line - last(lineStarts, start);
      return { line: row + linesInCell, column: chars(Math.max(start, lineStarts[line]), at) + 1, cell: cellName(col, row) };
    }
    return { line: line + 1, column: chars(lineStarts[line], at) + 1 };
  };
}
