#!/usr/bin/env node
/**
 * Writes the PromptWarden enterprise deployment files from ONE policy
 * document, so the Windows registry files, macOS profiles, Linux policy
 * files, Google Admin console upload and Firefox policies.json can never say
 * different things.
 *
 *   node docs/deploy/generate.mjs                 # regenerate docs/deploy/*
 *   node docs/deploy/generate.mjs --out DIR       # write somewhere else
 *   node docs/deploy/generate.mjs --policy FILE   # use another policy document
 *   node docs/deploy/generate.mjs --firefox-install-url https://intranet.example/promptwarden.xpi
 *   node docs/deploy/generate.mjs --update-url URL           # Chrome (and Edge) update URL
 *   node docs/deploy/generate.mjs --edge-id ID --edge-update-url URL   # Edge Add-ons listing
 *
 * No dependencies: Node 20+ only. The output is deterministic (sorted keys
 * where order does not matter, profile UUIDs derived from fixed names, no
 * dates), so regenerating gives byte-identical files and
 * tests/deploy/deploy.test.mjs can check that the committed files are current.
 *
 * Inputs:
 *  - docs/deploy/policy.json: the policy; edit this, then rerun the script.
 *  - extension/managed_schema.json: the keys Chrome and Edge accept; the
 *    README's key table is generated from its titles and descriptions.
 *  - docs/deploy/keys.json: every key in order, with its built-in default and
 *    notes. This file and managed_schema.json are written by the engine
 *    (`promptwarden policy-keys`, run by `make docs`) from its one copy of
 *    the defaults, so nothing here restates them.
 *  - extension/manifest.chrome.json: its "key" fixes the Chrome extension id
 *    (computed here, and checked against the id the project documents).
 *  - extension/manifest.firefox.json: browser_specific_settings.gecko.id.
 */

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');

/** The Chrome extension id the README and the tests use; must match the manifest key. */
const EXPECTED_CHROME_ID = 'ibpdfnahcfommddfphhdppehnmobapbi';

/**
 * Install sources. Edit here or pass the flags shown above.
 *
 * - Chrome (and, by default, Edge) install from the Chrome Web Store: update
 *   URL https://clients2.google.com/service/update2/crx. A self-hosted CRX
 *   needs your own update manifest URL instead, and Chrome and Edge accept
 *   off-store force-installs only on managed devices (domain-joined, Entra
 *   ID-joined, MDM-enrolled, or enrolled in Chrome Enterprise Core).
 * - Firefox has no update-URL convention for force-installs: it downloads the
 *   XPI from `install_url`. The default below is a PLACEHOLDER
 *   (https://example.com/promptwarden-firefox.xpi): replace it with where you
 *   host the signed XPI (https://… or file:///…), or with the addons.mozilla.org
 *   URL https://addons.mozilla.org/firefox/downloads/latest/promptwarden@promptwarden.dev/latest.xpi
 *   once the add-on is listed there.
 */
const DEFAULT_SOURCES = {
  updateUrl: 'https://clients2.google.com/service/update2/crx',
  edgeUpdateUrl: null, // null: same as updateUrl (Edge installs Chrome Web Store extensions by their Chrome id)
  edgeId: null, // null: the Chrome id
  firefoxInstallUrl: 'https://example.com/promptwarden-firefox.xpi', // PLACEHOLDER: replace before deploying
};

/**
 * Namespace for the profile UUIDs: UUIDv5 (SHA-1) of fixed names, so a
 * regenerated profile keeps its identity and MDM treats it as an update.
 */
const UUID_NAMESPACE = uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'https://promptwarden.dev/deploy'); // RFC 4122 URL namespace

// ---------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const opts = { out: HERE, policy: join(HERE, 'policy.json'), ...DEFAULT_SOURCES };
  const flags = {
    '--out': 'out',
    '--policy': 'policy',
    '--update-url': 'updateUrl',
    '--edge-update-url': 'edgeUpdateUrl',
    '--edge-id': 'edgeId',
    '--firefox-install-url': 'firefoxInstallUrl',
  };
  for (let i = 0; i < argv.length; i++) {
    const name = flags[argv[i]];
    if (!name || i + 1 >= argv.length) {
      throw new Error(`usage: node docs/deploy/generate.mjs [${Object.keys(flags).map((f) => `${f} VALUE`).join('] [')}]`);
    }
    opts[name] = argv[++i];
  }
  opts.out = resolve(opts.out);
  opts.policy = resolve(opts.policy);
  return opts;
}

// ---------------------------------------------------------------------------
// Small helpers

/** Deep copy with object keys sorted (arrays keep their order). */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
  }
  return value;
}

/** Pretty JSON, sorted keys, LF, trailing newline. */
const json = (value) => `${JSON.stringify(sortKeys(value), null, 2)}\n`;

/** RFC 4122 version 5 (SHA-1, name-based) UUID, upper case as Apple tools write them. */
function uuidV5(namespace, name) {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(Buffer.from(name, 'utf8')).digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`.toUpperCase();
}

/** Chrome's id for a manifest key: SHA-256 of the DER public key, first 16 bytes, nibbles as a–p. */
function chromeIdFromKey(base64Key) {
  const digest = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest().subarray(0, 16);
  return [...digest.toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

// ---------------------------------------------------------------------------
// Windows .reg
//
// Format: "Windows Registry Editor Version 5.00", UTF-16LE with a BOM, CRLF
// line ends: exactly what regedit.exe itself writes on export, so both
// `regedit /s` and `reg import` read it, and any text in the policy (a
// message in German, Japanese, with curly quotes…) arrives intact. The same
// header in an 8-bit file is read in the machine's ANSI code page, which
// mangles non-ASCII text.

const REG_HEADER = 'Windows Registry Editor Version 5.00';

/** A quoted .reg string; text with control characters is written as hex(1) (REG_SZ bytes). */
function regSz(name, s) {
  if (/[\u0000-\u001f\u007f]/.test(s)) return regHex(name, 1, Buffer.concat([Buffer.from(s, 'utf16le'), Buffer.alloc(2)]));
  return `${regName(name)}="${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const regName = (name) => `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function regDword(name, n) {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`${name}: ${n} does not fit a REG_DWORD`);
  return `${regName(name)}=dword:${n.toString(16).padStart(8, '0')}`;
}

/** REG_MULTI_SZ with one string (Firefox JSON-parses these). */
function regMultiSz(name, s) {
  return regHex(name, 7, Buffer.concat([Buffer.from(s, 'utf16le'), Buffer.alloc(4)]));
}

/** hex(n): bytes, wrapped like regedit does (lines ≤ 80 columns, `\` continuation, two-space indent). */
function regHex(name, type, bytes) {
  const lines = [];
  let line = `${regName(name)}=hex(${type}):`;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0'));
  hex.forEach((h, i) => {
    const last = i === hex.length - 1;
    const token = last ? h : `${h},`;
    if (line.length + token.length > 77 && !last) {
      lines.push(`${line}\\`);
      line = '  ';
    }
    line += token;
  });
  lines.push(line);
  return lines.join('\n');
}

/** Encodes .reg text: CRLF line ends, UTF-16LE with BOM. */
function regFile(text) {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')]);
}

/**
 * Chrome/Edge extension policy values. Strings are REG_SZ, booleans and
 * integers REG_DWORD; objects and lists are JSON text in one REG_SZ, which
 * Chromium's registry loader parses when the extension's schema says the
 * value is an object or array (components/policy/core/common/registry_dict.cc,
 * ConvertRegistryValue: "Dictionaries may be encoded as JSON strings"; the
 * list case falls through "to accept lists encoded as JSON strings").
 */
function chromiumValue(name, v) {
  switch (typeOf(v)) {
    case 'string':
      return regSz(name, v);
    case 'boolean':
      return regDword(name, v ? 1 : 0);
    case 'integer':
      return regDword(name, v);
    case 'number':
      return regSz(name, String(v)); // Chromium converts a numeric string for a "number" schema
    case 'object':
    case 'array':
      return regSz(name, JSON.stringify(sortKeys(v)));
    default:
      throw new Error(`${name}: cannot write ${typeOf(v)} to the registry`);
  }
}

/**
 * Firefox 3rdparty values. Firefox's GPO reader (WindowsGPOParser) turns
 * REG_SZ into a string, REG_DWORD into a number and JSON-parses REG_MULTI_SZ;
 * it knows nothing of the extension's schema. So booleans, objects and lists
 * go in REG_MULTI_SZ as JSON (a DWORD 1 would arrive as the number 1, not true).
 */
function firefoxValue(name, v) {
  switch (typeOf(v)) {
    case 'string':
      return regSz(name, v);
    case 'integer':
      if (v >= 0 && v <= 0xffffffff) return regDword(name, v);
      return regMultiSz(name, JSON.stringify(v));
    default:
      return regMultiSz(name, JSON.stringify(sortKeys(v)));
  }
}

/** Comment lines showing JSON that a hex value holds, so the file stays reviewable. */
const regComment = (name, v) => `; ${name} = ${JSON.stringify(sortKeys(v))}`;

function chromiumReg({ product, vendorKey, id, updateUrl, policy, verify }) {
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendorKey}`;
  const policyKey = `${base}\\3rdparty\\extensions\\${id}\\policy`;
  const lines = [
    REG_HEADER,
    '',
    `; PromptWarden for ${product} on Windows: force-install and managed policy.`,
    '; Generated by docs/deploy/generate.mjs from docs/deploy/policy.json; edit those, not this file.',
    `; Import from an elevated prompt:  reg import ${product === 'Google Chrome' ? 'chrome' : 'edge'}-windows.reg /reg:64`,
    `; Check at ${verify} ("Reload policies"): PromptWarden lists every key below with status OK.`,
    ';',
    '; Objects and lists are JSON text in a REG_SZ value: the browser parses them against the',
    '; extension\'s schema (extension/managed_schema.json). Booleans and whole numbers are REG_DWORD.',
    '',
    '; 1. Force-install. Value "1" must not already hold another extension: check with',
    `;    reg query "${base.replace('HKEY_LOCAL_MACHINE', 'HKLM')}\\ExtensionInstallForcelist"`,
    ';    and change "1" to an unused number if it does.',
    `[${base}\\ExtensionInstallForcelist]`,
    regSz('1', `${id};${updateUrl}`),
    '',
    '; 2. Remove the previous PromptWarden policy, so keys deleted from policy.json go away too.',
    `[-${policyKey}]`,
    '',
    '; 3. The policy.',
    `[${policyKey}]`,
  ];
  for (const [k, v] of Object.entries(sortKeys(policy))) lines.push(chromiumValue(k, v));
  return regFile(`${lines.join('\n')}\n`);
}

function firefoxReg({ id, installUrl, policy, extensionSettings }) {
  const base = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Mozilla\\Firefox';
  const extKey = `${base}\\3rdparty\\Extensions\\${id}`;
  const lines = [
    REG_HEADER,
    '',
    '; PromptWarden for Firefox on Windows (Group Policy registry form): force-install and managed policy.',
    '; Generated by docs/deploy/generate.mjs from docs/deploy/policy.json; edit those, not this file.',
    '; Import from an elevated prompt:  reg import firefox-windows.reg /reg:64   then restart Firefox.',
    '; Check at about:policies: ExtensionSettings and 3rdparty are Active, and the Errors tab is empty.',
    ';',
    '; Firefox reads REG_SZ as text, REG_DWORD as a number and REG_MULTI_SZ as JSON. Booleans, objects',
    '; and lists are therefore REG_MULTI_SZ holding JSON (shown in hex; the comment above each shows it).',
    '',
    '; 1. Force-install. WARNING: ExtensionSettings is ONE value for all extensions; importing this',
    ';    replaces any ExtensionSettings already set. If you use it, add the PromptWarden entry to yours.',
    `;    install_url: ${installUrl === DEFAULT_SOURCES.firefoxInstallUrl ? 'PLACEHOLDER - regenerate with --firefox-install-url pointing at your signed XPI.' : installUrl}`,
    `[${base}]`,
    regComment('ExtensionSettings', extensionSettings),
    regMultiSz('ExtensionSettings', JSON.stringify(sortKeys(extensionSettings))),
    '',
    '; 2. Remove the previous PromptWarden policy, so keys deleted from policy.json go away too.',
    `[-${extKey}]`,
    '',
    '; 3. The policy.',
    `[${extKey}]`,
  ];
  for (const [k, v] of Object.entries(sortKeys(policy))) {
    const line = firefoxValue(k, v);
    if (line.includes('=hex(')) lines.push(regComment(k, v));
    lines.push(line);
  }
  return regFile(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------
// macOS configuration profiles

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A value as plist XML lines, native types, keys sorted. */
function plist(value, indent) {
  const pad = '\t'.repeat(indent);
  switch (typeOf(value)) {
    case 'string':
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) throw new Error('plist strings cannot hold control characters');
      return [`${pad}<string>${xmlEscape(value)}</string>`];
    case 'integer':
      return [`${pad}<integer>${value}</integer>`];
    case 'number':
      return [`${pad}<real>${value}</real>`];
    case 'boolean':
      return [`${pad}<${value}/>`];
    case 'array':
      if (value.length === 0) return [`${pad}<array/>`];
      return [`${pad}<array>`, ...value.flatMap((v) => plist(v, indent + 1)), `${pad}</array>`];
    case 'object': {
      const keys = Object.keys(value).sort();
      if (keys.length === 0) return [`${pad}<dict/>`];
      return [`${pad}<dict>`, ...keys.flatMap((k) => [`${pad}\t<key>${xmlEscape(k)}</key>`, ...plist(value[k], indent + 1)]), `${pad}</dict>`];
    }
    default:
      throw new Error(`cannot write ${typeOf(value)} to a plist`);
  }
}

function mobileconfig({ browser, product, browserDomain, id, updateUrl, policy }) {
  for (const k of Object.keys(policy)) {
    if (k.startsWith('Payload')) throw new Error(`policy key ${k} would collide with the profile's own Payload keys`);
  }
  const ident = `dev.promptwarden.deploy.${browser}`;
  const extensionPayload = {
    ...policy,
    PayloadDisplayName: `PromptWarden policy (${product})`,
    PayloadIdentifier: `${ident}.extension-policy`,
    PayloadType: `${browserDomain}.extensions.${id}`,
    PayloadUUID: uuidV5(UUID_NAMESPACE, `${browser}/extension-policy`),
    PayloadVersion: 1,
  };
  const browserPayload = {
    ExtensionInstallForcelist: [`${id};${updateUrl}`],
    PayloadDisplayName: `Force-install PromptWarden (${product})`,
    PayloadIdentifier: `${ident}.forcelist`,
    PayloadType: browserDomain,
    PayloadUUID: uuidV5(UUID_NAMESPACE, `${browser}/forcelist`),
    PayloadVersion: 1,
  };
  const profile = {
    PayloadContent: [extensionPayload, browserPayload],
    PayloadDescription: `Installs PromptWarden in ${product} and sets its managed policy (preference domain ${browserDomain}.extensions.${id}). Generated by docs/deploy/generate.mjs from docs/deploy/policy.json.`,
    PayloadDisplayName: `PromptWarden for ${product}`,
    PayloadIdentifier: ident,
    PayloadOrganization: 'PromptWarden',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuidV5(UUID_NAMESPACE, `${browser}/profile`),
    PayloadVersion: 1,
  };
  // Keep the payload list in this order (policy first); keys inside are sorted.
  const body = plist(profile, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...body,
    '</plist>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// README

function schemaType(s) {
  let t = s.type;
  if (t === 'array' && s.items) t = `list of ${s.items.type === 'object' ? 'objects' : `${s.items.type}s`}`;
  if (t === 'object' && s.additionalProperties) t = `map of ${s.additionalProperties.type}s`;
  const bits = [t];
  const en = s.enum ?? s.additionalProperties?.enum ?? s.items?.enum;
  if (en) bits.push(`one of ${en.map((e) => `\`${e}\``).join(', ')}`);
  if (s.minimum !== undefined || s.maximum !== undefined) bits.push(`${s.minimum ?? '…'} to ${s.maximum ?? '…'}`);
  return bits.join(': ');
}

const md = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const shortJson = (v) => (v === null ? '(none)' : `\`${md(JSON.stringify(v))}\``);

function keyTable(schema, keys, policy) {
  const rows = ['| Key | Type | What it does | Built-in default | In the example |', '|---|---|---|---|---|'];
  for (const { key, default: def, notes } of keys) {
    const s = schema.properties[key];
    const sentence = (t) => (/[.!?]$/.test(t) ? t : `${t}.`);
    const text = [s.title && `**${sentence(s.title)}**`, s.description && sentence(s.description[0].toUpperCase() + s.description.slice(1))].filter(Boolean).join(' ');
    const more = notes ? ` ${notes}` : '';
    const example = key in policy ? shortJson(policy[key]) : '(not set)';
    rows.push(`| \`${key}\` | ${schemaType(s)} | ${md(text + more)} | ${shortJson(def ?? null)} | ${example} |`);
  }
  return rows.join('\n');
}

function fieldTable(key, s) {
  const props = s.properties ?? s.items?.properties;
  if (!props) return '';
  const rows = [`| \`${key}\` field | Type |`, '|---|---|'];
  for (const [name, p] of Object.entries(props)) rows.push(`| \`${name}\` | ${schemaType(p)} |`);
  return rows.join('\n');
}

function readme({ schema, keys, policy, chromeId, edgeId, firefoxId, updateUrl, edgeUpdateUrl, firefoxInstallUrl }) {
  const placeholder = firefoxInstallUrl === DEFAULT_SOURCES.firefoxInstallUrl;
  const edgeSame = edgeId === chromeId;
  const nested = ['categories', 'customRules', 'allowlist'].map((k) => `\n${fieldTable(k, schema.properties[k])}\n`).join('');
  return `<!-- Generated by docs/deploy/generate.mjs from policy.json, extension/managed_schema.json and keys.json. Edit policy.json (or the engine's key table, then make docs) and rerun; do not edit this file. -->
# Deploying PromptWarden in an organisation

PromptWarden is force-installed and configured by browser policy: Group Policy or Intune on Windows, a configuration profile (Jamf, Intune, Kandji, any MDM) on macOS, policy files on Linux, the Google Admin console for ChromeOS and managed Chrome, and \`policies.json\` for Firefox everywhere. Every file here is generated from **one** policy document, [\`policy.json\`](policy.json), so the formats cannot drift apart.

| Extension | Id |
|---|---|
| Chrome | \`${chromeId}\` (fixed by the \`key\` in \`extension/manifest.chrome.json\`) |
| Edge | \`${edgeId}\`${edgeSame ? ' (the Chrome Web Store item, installed in Edge)' : ''} |
| Firefox | \`${firefoxId}\` |

## 1. Write your policy, check it, generate the files

1. Edit [\`policy.json\`](policy.json). It is an example: it blocks secrets, redacts personal data, warns on an internal project code \`ACME-\` followed by six digits (a custom rule), allowlists one address, asks for a reason before *Send anyway*, blocks sending if the engine cannot load (\`failMode: closed\`), shows your message and a link to your AI policy, keeps the audit log 90 days, stays out of one site, and locks the options page. Every key is explained in [the key reference](#key-reference). **Every key you set is locked for users; leave out what users may choose.**
2. Check it with the same engine the extension runs (build the command line once with \`cargo build --release\`):
   \`\`\`sh
   target/release/promptwarden check-policy docs/deploy/policy.json      # prints "ok" or every problem with its field path
   printf 'build ACME-123456 failed\\n' | target/release/promptwarden scan --policy docs/deploy/policy.json -
   \`\`\`
3. Regenerate every file, then run the checks:
   \`\`\`sh
   node docs/deploy/generate.mjs
   node --test tests/deploy/
   \`\`\`
   Options: \`--firefox-install-url URL\` (where Firefox downloads the signed XPI), \`--update-url URL\` (Chrome and Edge; default the Chrome Web Store, \`${updateUrl}\`), \`--edge-id ID --edge-update-url URL\` (if you install Edge from the Edge Add-ons store, whose item has its own id; its update URL is \`https://edge.microsoft.com/extensionwebstorebase/v1/crx\`), \`--out DIR\`, \`--policy FILE\`. For files you keep in version control, set your install URLs in \`DEFAULT_SOURCES\` at the top of \`generate.mjs\` instead of passing flags: the test regenerates with the defaults and compares byte for byte.
${placeholder ? `
> **Firefox install URL is a placeholder.** The Firefox files point at \`${firefoxInstallUrl}\`. Before deploying, regenerate with \`--firefox-install-url\` set to where you host the signed XPI (\`https://…\` or \`file:///…\`), or to \`https://addons.mozilla.org/firefox/downloads/latest/${firefoxId}/latest.xpi\` once the add-on is on addons.mozilla.org. Firefox reinstalls the extension whenever the XPI's version changes.
` : ''}
| File | For | Where it goes |
|---|---|---|
| \`chrome-windows.reg\` | Chrome, Windows | \`reg import\` (§2) |
| \`edge-windows.reg\` | Edge, Windows | \`reg import\` (§2) |
| \`firefox-windows.reg\` | Firefox, Windows (Group Policy registry form) | \`reg import\` (§3) |
| \`chrome-macos.mobileconfig\` | Chrome, macOS | MDM / Jamf / Intune (§4) |
| \`edge-macos.mobileconfig\` | Edge, macOS | MDM / Jamf / Intune (§4) |
| \`linux-chrome.json\` | Chrome, Linux | \`/etc/opt/chrome/policies/managed/\` (§5) |
| \`linux-chromium.json\` | Chromium, Linux | \`/etc/chromium/policies/managed/\` (§5) |
| \`linux-edge.json\` | Edge, Linux | \`/etc/opt/edge/policies/managed/\` (§5) |
| \`google-admin-console.json\` | ChromeOS and Chrome managed in the Google Admin console | upload (§6) |
| \`firefox-policies.json\` | Firefox on Windows, macOS, Linux | \`distribution/policies.json\` (§7) |

## How the settings combine

**Built-in defaults < the user's options < the managed policy.**

- A key the managed policy sets is **locked**: the options page shows it as set by your organisation and the user's own value for it is ignored. For \`categories\` and \`rules\` the lock is per entry (setting \`categories.secret\` leaves \`categories.pii\` to the user unless you set it too).
- For lists (\`customRules\`, \`allowlist\`, \`sites\`, \`excludedSites\`, \`disabledRules\`) your entries come first and cannot be removed, but users may **add** their own, and may set per-rule actions for rules you did not name. To stop that, set \`lockUserOptions: true\`: the whole options page becomes read-only and the user's saved options are ignored.
- **An invalid entry never switches protection off.** Each key, and each entry of a map or list, is checked on its own by the engine; a bad one is dropped and reported in the extension's options page (*Problems*: the field path, such as \`customRules[0].pattern\`, and the reason), and the rest of the policy still applies. Chrome and Edge also check each value against the extension's schema first: a value of the wrong type is shown with an error at \`chrome://policy\` / \`edge://policy\` and never reaches the extension. Run \`check-policy\` before rolling out so neither happens.
- Policy changes reach Chrome and Edge without a restart (they re-read policy periodically; *Reload policies* at \`chrome://policy\` applies it at once) and the extension rebuilds its settings when they arrive. **Firefox reads policy only at startup: restart Firefox after any change.**
- Force-installing matters: it keeps users from removing or disabling the extension. Chrome's documentation describes extension policy as being for policy-installed extensions, so deploy the install entry with the policy.

## 2. Chrome and Edge on Windows

\`chrome-windows.reg\` and \`edge-windows.reg\` write two things under \`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\` (\`…\\Microsoft\\Edge\` for Edge):

- \`ExtensionInstallForcelist\`, value \`1\` = \`${chromeId};${updateUrl}\`: installs PromptWarden and stops users removing it.
- \`3rdparty\\extensions\\<id>\\policy\`: one value per policy key. The file first deletes that key (\`[-…\\policy]\`), so a key you removed from \`policy.json\` disappears on the next import.

Steps:

1. See whether value \`1\` of the force-install list is already used (it would be replaced):
   \`\`\`bat
   reg query "HKLM\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist"
   reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist"
   \`\`\`
   If it is, open the \`.reg\` file in Notepad and change \`"1"=\` in the \`ExtensionInstallForcelist\` section to an unused number. If you already force-install extensions through the Chrome or Edge ADMX templates, add \`${chromeId};${updateUrl}\` there instead and delete that section from the file, or Group Policy will overwrite it at the next refresh.
2. From an elevated prompt (\`/reg:64\` writes the 64-bit view even from a 32-bit deployment agent):
   \`\`\`bat
   reg import chrome-windows.reg /reg:64
   reg import edge-windows.reg /reg:64
   \`\`\`
3. At scale: Group Policy Preferences → *Registry* items (the *Registry Wizard* can import from a machine where you ran the file), or an Intune *Platform script* / Win32 app that runs the \`reg import\` line. Intune's settings catalog covers Chrome's and Edge's own policies (including the force-install list) but not an extension's own keys.
4. Open \`chrome://policy\` or \`edge://policy\`, click *Reload policies*. \`ExtensionInstallForcelist\` shows under Chrome/Edge policies, and a **PromptWarden** section lists every key with status *OK*. \`chrome://extensions\` shows PromptWarden as *installed by your administrator*.

Notes:
- **Objects and lists are JSON text in a REG_SZ value** (\`categories\`, \`rules\`, \`customRules\`, \`allowlist\`, \`disabledRules\`, \`excludedSites\`, \`sites\`). Chromium's registry reader accepts two forms for them: numbered subkeys (the example on chromium.org), or JSON text in a string value, which it parses when the extension's schema says the value is an object or a list. The JSON form is used here because it is the same text as \`policy.json\`, a re-import replaces it whole, and it avoids a trap in the subkey form: list entries are read in text order of their value names, so \`10\` comes before \`2\`. Strings are REG_SZ; \`true\`/\`false\` and whole numbers are REG_DWORD (1/0 and the number).
- **Why UTF-16:** the \`.reg\` files are UTF-16LE with a byte-order mark and CRLF line ends, the format \`regedit\` itself exports for *Windows Registry Editor Version 5.00*, which \`reg import\` and \`regedit /s\` always read and which carries any text in your message unchanged. An 8-bit \`.reg\` file is read in the machine's ANSI code page and garbles non-ASCII characters. Notepad and PowerShell edit UTF-16 files without trouble; \`git diff\` shows them as binary.
- Per-user instead of per-machine: replace \`HKEY_LOCAL_MACHINE\` with \`HKEY_CURRENT_USER\`; machine policy wins where both are set.
- Chrome and Edge force-install extensions from outside their own store only on managed Windows devices (Active Directory- or Entra ID-joined, MDM-enrolled, or enrolled in Chrome Enterprise Core / the Edge management service). Chrome Web Store items install on any device with Chrome; **Edge treats the Chrome Web Store as outside its store**, so on unmanaged Edge devices, list PromptWarden in Edge Add-ons and regenerate with \`--edge-id\` and \`--edge-update-url\`.
- To remove: \`reg delete "HKLM\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${chromeId}" /f\` and delete the \`ExtensionInstallForcelist\` value you added (same under \`Microsoft\\Edge\`).

## 3. Firefox on Windows (Group Policy registry form)

\`firefox-windows.reg\` writes under \`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Mozilla\\Firefox\`:

- \`ExtensionSettings\` (REG_MULTI_SZ holding JSON): \`{"${firefoxId}": {"installation_mode": "force_installed", "install_url": "…"}}\`. **This is one value for all extensions: importing the file replaces any \`ExtensionSettings\` you already have.** If you use it (or the *Extension Management* setting of Mozilla's ADMX templates), add the PromptWarden entry to your own JSON instead and delete that section from the file.
- \`3rdparty\\Extensions\\${firefoxId}\`: one value per policy key. Firefox reads REG_SZ as text, REG_DWORD as a number and REG_MULTI_SZ as JSON, and applies no schema of the extension's, so strings are REG_SZ, whole numbers REG_DWORD, and \`true\`/\`false\`, objects and lists are REG_MULTI_SZ JSON (hex in the file; a comment above each shows the JSON).

Steps: \`reg import firefox-windows.reg /reg:64\` from an elevated prompt (or the same GPP / Intune routes as above), **restart Firefox**, then open \`about:policies\`: *Active* lists \`ExtensionSettings\` and \`3rdparty\`, and *Errors* is empty. \`about:addons\` lists PromptWarden without a *Remove* option.

Use either the registry or \`policies.json\` on a machine, not both: Firefox takes its policies from the first source that has any (the registry on Windows, the configuration profile on macOS, then \`policies.json\`), so registry policies hide \`policies.json\`.

## 4. macOS: configuration profiles

\`chrome-macos.mobileconfig\` and \`edge-macos.mobileconfig\` each hold two payloads:

- \`com.google.Chrome.extensions.${chromeId}\` (Edge: \`com.microsoft.Edge.extensions.${edgeId}\`): the policy keys as native plist types (dict, array, string, integer, true/false). This preference domain is where Chrome and Edge read an extension's policy on macOS; a \`3rdparty\` key inside \`com.google.Chrome\` is ignored there.
- \`com.google.Chrome\` (Edge: \`com.microsoft.Edge\`): \`ExtensionInstallForcelist\` = \`["${chromeId};${updateUrl}"]\`. If another profile already sets \`ExtensionInstallForcelist\` for the browser, only one of the two lists takes effect: add the entry to that profile and remove this payload from ours.

The profile UUIDs are derived from fixed names, so a regenerated profile replaces the installed one instead of adding a second.

- **Jamf Pro:** *Computers → Configuration Profiles → Upload*, choose the \`.mobileconfig\`, scope it, save.
- **Intune:** *Devices → macOS → Configuration → Create → Templates → Custom*, upload the \`.mobileconfig\`, deployment channel *Device channel*, assign.
- **Other MDMs (Kandji, Mosyle, Workspace ONE…):** upload it as a custom profile.
- Deploy through an MDM. Installing the file by hand (double-click, then approve it in System Settings) is fine for a test Mac, but Chrome and Edge force-install from outside their store only on MDM-managed Macs, and users can remove a profile they installed themselves.
- Menu names above move between releases of each MDM; the file itself is a standard configuration profile.

Check: \`chrome://policy\` / \`edge://policy\` → *Reload policies*: the PromptWarden section lists every key with status *OK*. On the Mac, *System Settings → General → Device Management* (*System Preferences → Profiles* on older macOS) lists the profile.

Firefox on macOS: use \`firefox-policies.json\` (§7), or put the same \`ExtensionSettings\` and \`3rdparty\` keys in a profile for the \`org.mozilla.firefox\` domain together with \`EnterprisePoliciesEnabled\` = true (see Mozilla's policy templates).

## 5. Linux: policy files

Copy the file for each browser into its managed-policy directory (any file name ending in \`.json\`; the directory may need creating):

\`\`\`sh
sudo install -d -m 755 /etc/opt/chrome/policies/managed /etc/chromium/policies/managed /etc/opt/edge/policies/managed
sudo cp docs/deploy/linux-chrome.json   /etc/opt/chrome/policies/managed/promptwarden.json
sudo cp docs/deploy/linux-chromium.json /etc/chromium/policies/managed/promptwarden.json
sudo cp docs/deploy/linux-edge.json     /etc/opt/edge/policies/managed/promptwarden.json
sudo chmod 644 /etc/opt/chrome/policies/managed/promptwarden.json /etc/chromium/policies/managed/promptwarden.json /etc/opt/edge/policies/managed/promptwarden.json
\`\`\`

Each file is \`{"ExtensionInstallForcelist": ["<id>;<update URL>"], "3rdparty": {"extensions": {"<id>": {…policy…}}}}\`. Keep the files writable only by root: whoever can write them controls the policy. If another file in the same directory already sets \`ExtensionInstallForcelist\`, only one of the two lists takes effect: add the PromptWarden entry to that file and delete the key from ours. Some distributions build Chromium to read another directory (\`/etc/chromium-browser/policies/managed/\` on some Debian/Ubuntu derivatives; the Ubuntu snap has its own): check the package's documentation. Chrome and Edge notice changed files by themselves; *Reload policies* at \`chrome://policy\` applies them at once and shows the PromptWarden section with every key.

For Firefox on Linux use \`firefox-policies.json\` (§7).

## 6. Google Admin console (ChromeOS, Chrome Enterprise Core)

1. *Devices → Chrome → Apps & extensions → Users & browsers* (or *Kiosks* / *Managed guest sessions*), pick the organisational unit.
2. *Add* (the yellow +) → *Add Chrome app or extension by ID* → \`${chromeId}\`, *From the Chrome Web Store*.
3. Set *Installation policy* to **Force install** (optionally *Force install + pin to browser toolbar*).
4. In *Policy for extensions*, paste the contents of \`google-admin-console.json\` (or upload it, where the console offers a file). It is the Admin console's format: each key maps to \`{"Value": …}\`. Save.
5. On a device: \`chrome://policy\` → *Reload policies*; PromptWarden lists every key with status *OK*.

## 7. Firefox: policies.json (Windows, macOS, Linux)

\`firefox-policies.json\` is \`{"policies": {"ExtensionSettings": {…force_installed…}, "3rdparty": {"Extensions": {"${firefoxId}": {…policy…}}}}}\`. Name it \`policies.json\` and place it:

| OS | Location |
|---|---|
| Windows | \`C:\\Program Files\\Mozilla Firefox\\distribution\\policies.json\` (create \`distribution\` next to \`firefox.exe\`) |
| macOS | \`/Applications/Firefox.app/Contents/Resources/distribution/policies.json\` (writing inside the app bundle works, but on macOS Mozilla's recommended route is a configuration profile, §4) |
| Linux | \`/etc/firefox/policies/policies.json\` (system-wide), or \`distribution/policies.json\` in the Firefox installation directory (for example \`/usr/lib/firefox-esr/distribution/\` on Debian) |

A machine has one \`policies.json\`: if you already deploy one, merge \`ExtensionSettings\` and \`3rdparty\` into it. **Restart Firefox**, then check \`about:policies\` (*Active*: \`ExtensionSettings\`, \`3rdparty\`; *Errors*: empty). Firefox keeps extension policy read-only in \`storage.managed\` and reads it only at startup.

## Key reference

Generated from \`extension/managed_schema.json\` (the schema Chrome and Edge validate against) and \`keys.json\` (defaults and notes), both written by the engine from its one copy of the defaults (\`promptwarden policy-keys\`). Rule ids: \`promptwarden rules\` or [docs/rules.md](../rules.md).

${keyTable(schema, keys, policy)}

Fields of the nested keys:
${nested}
\`failMode\`: with \`closed\`, if the engine cannot load (a broken update, a blocked WebAssembly module) the chat apps cannot send prompts and the panel says why; with \`open\` prompts go through with a visible notice.

## Troubleshooting

| Symptom | Cause |
|---|---|
| PromptWarden missing from \`chrome://policy\` | The extension is not installed, or the policy is under the wrong id or path. The \`3rdparty\` section only shows extensions that are installed. |
| A key shows *Error* at \`chrome://policy\` | Its value does not match the schema (wrong type, or a number out of range); Chrome drops it. |
| A key is listed under *Problems* in PromptWarden's options page | The engine rejected it (a bad regular expression, an unknown rule id, a site that is not a host name); the rest applies. \`check-policy\` shows the same message. |
| Firefox ignores a change | Firefox reads policy at startup: restart it. On Windows, registry policies hide \`policies.json\`. |
| \`about:policies\` shows an error for \`ExtensionSettings\` | The JSON is invalid, or \`install_url\` is missing or unreachable. |
`;
}

// ---------------------------------------------------------------------------
// Main

export function generate(opts) {
  const schema = JSON.parse(readFileSync(join(ROOT, 'extension', 'managed_schema.json'), 'utf8'));
  const keys = JSON.parse(readFileSync(join(HERE, 'keys.json'), 'utf8'));
  const chromeManifest = JSON.parse(readFileSync(join(ROOT, 'extension', 'manifest.chrome.json'), 'utf8'));
  const firefoxManifest = JSON.parse(readFileSync(join(ROOT, 'extension', 'manifest.firefox.json'), 'utf8'));
  const policy = JSON.parse(readFileSync(opts.policy, 'utf8'));

  const chromeId = chromeIdFromKey(chromeManifest.key);
  if (chromeId !== EXPECTED_CHROME_ID) {
    throw new Error(`extension/manifest.chrome.json's key gives id ${chromeId}, not ${EXPECTED_CHROME_ID}: update the docs and EXPECTED_CHROME_ID`);
  }
  const firefoxId = firefoxManifest.browser_specific_settings?.gecko?.id;
  if (!firefoxId) throw new Error('extension/manifest.firefox.json has no browser_specific_settings.gecko.id');
  const edgeId = opts.edgeId ?? chromeId;
  const updateUrl = opts.updateUrl;
  const edgeUpdateUrl = opts.edgeUpdateUrl ?? updateUrl;
  const firefoxInstallUrl = opts.firefoxInstallUrl;

  if (!policy || typeOf(policy) !== 'object') throw new Error(`${opts.policy}: the policy must be a JSON object`);
  for (const [k, v] of Object.entries(policy)) {
    const s = schema.properties[k];
    if (!s) throw new Error(`${opts.policy}: ${k} is not a policy key (see extension/managed_schema.json)`);
    const t = typeOf(v);
    if (!(t === s.type || (s.type === 'number' && t === 'integer'))) throw new Error(`${opts.policy}: ${k} must be ${s.type}, not ${t}`);
  }

  const extensionSettings = { [firefoxId]: { installation_mode: 'force_installed', install_url: firefoxInstallUrl } };
  const linux = (id, url) => json({ ExtensionInstallForcelist: [`${id};${url}`], '3rdparty': { extensions: { [id]: policy } } });

  /** @type {Record<string, string | Buffer>} */
  const files = {
    'chrome-windows.reg': chromiumReg({ product: 'Google Chrome', vendorKey: 'Google\\Chrome', id: chromeId, updateUrl, policy, verify: 'chrome://policy' }),
    'edge-windows.reg': chromiumReg({ product: 'Microsoft Edge', vendorKey: 'Microsoft\\Edge', id: edgeId, updateUrl: edgeUpdateUrl, policy, verify: 'edge://policy' }),
    'firefox-windows.reg': firefoxReg({ id: firefoxId, installUrl: firefoxInstallUrl, policy, extensionSettings }),
    'chrome-macos.mobileconfig': mobileconfig({ browser: 'chrome', product: 'Google Chrome', browserDomain: 'com.google.Chrome', id: chromeId, updateUrl, policy }),
    'edge-macos.mobileconfig': mobileconfig({ browser: 'edge', product: 'Microsoft Edge', browserDomain: 'com.microsoft.Edge', id: edgeId, updateUrl: edgeUpdateUrl, policy }),
    'linux-chrome.json': linux(chromeId, updateUrl),
    'linux-chromium.json': linux(chromeId, updateUrl),
    'linux-edge.json': linux(edgeId, edgeUpdateUrl),
    'google-admin-console.json': json(Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, { Value: v }]))),
    'firefox-policies.json': json({ policies: { ExtensionSettings: extensionSettings, '3rdparty': { Extensions: { [firefoxId]: policy } } } }),
    'README.md': readme({ schema, keys, policy, chromeId, edgeId, firefoxId, updateUrl, edgeUpdateUrl, firefoxInstallUrl }),
  };
  return files;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const files = generate(opts);
  mkdirSync(opts.out, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(opts.out, name), content);
  const where = relative(process.cwd(), opts.out) || '.';
  console.log(`wrote ${Object.keys(files).length} files to ${where}`);
  if (opts.firefoxInstallUrl === DEFAULT_SOURCES.firefoxInstallUrl) {
    console.log(`note: the Firefox install_url is the placeholder ${opts.firefoxInstallUrl}; pass --firefox-install-url before deploying`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`generate.mjs: ${e.message}`);
    process.exit(1);
  }
}
