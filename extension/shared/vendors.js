/**
 * The vendor table: hundreds of SaaS providers' key formats, which the
 * WebAssembly module leaves out of its code (it would not fit its size
 * budget) and loads as data: `pkg/vendors.json`, beside the module.
 * Every place that builds a scanner (the background, the in-page engine,
 * the options page, the playground) fetches it while the module compiles,
 * then hands it to the engine once, before the first Settings or Scanner.
 *
 * Without it the engine still scans, with the vendor rules absent: a
 * missing or refused file is not an error anyone could act on in a tab,
 * so it is not reported (the background logs nothing).
 */

import { ext } from './ext.js';

/** @type {Promise<string | null> | null} */
let fetched = null;
/** @type {Promise<number> | null} */
let installed = null;

/** The table's address: the file packaged with the extension, never the network. */
const TABLE_PATH = 'pkg/vendors.json';

/**
 * Starts fetching the table (once); resolves to its text, or null when it
 * cannot be had. It takes no address, so that no caller can point it
 * anywhere but the extension's own package.
 * @returns {Promise<string | null>}
 */
export function fetchVendorTable() {
  fetched ??= fetch(ext.runtime.getURL(TABLE_PATH)).then(
    (r) => (r.ok ? r.text() : null),
    () => null,
  );
  return fetched;
}

/**
 * Hands the table to the engine, once per module instance; resolves to
 * the number of vendor rules (0 without the table). Call after the module
 * is initialised and before building a Settings or a Scanner.
 * @param {Promise<string | null>} table what fetchVendorTable returned
 * @param {(json: string) => number} loadVendors the module's export
 * @returns {Promise<number>}
 */
export function installVendorTable(table, loadVendors) {
  installed ??= table.then((json) => {
    if (json === null) return 0;
    try {
      return loadVendors(json);
    } catch {
      return 0;
    }
  });
  return installed;
}
