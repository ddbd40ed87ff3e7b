// The enterprise deployment files in docs/deploy: current, well-formed, and
// all saying exactly what docs/deploy/policy.json says.
//
//   node --test tests/deploy/
//
// The Windows registry files are read back the way the browsers read them:
// a port of Chromium's registry-to-JSON conversion (RegistryDict::ConvertToJSON
// and ConvertRegistryValue in components/policy/core/common/registry_dict.cc)
// and of Firefox's (WindowsGPOParser registryToObject / readRegistryValue).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEPLOY = join(ROOT, 'docs', 'deploy');
const read = (name) => readFileSync(join(DEPLOY, name));
const readJson = (name) => JSON.parse(read(name).toString('utf8'));

const schema = JSON.parse(readFileSync(join(ROOT, 'extension', 'managed_schema.json'), 'utf8'));
const policy = readJson('policy.json');
const CHROME_ID = 'ibpdfnahcfommddfphhdppehnmobapbi';
const FIREFOX_ID = JSON.parse(readFileSync(join(ROOT, 'extension', 'manifest.firefox.json'), 'utf8')).browser_specific_settings.gecko.id;
const CWS = 'https://clients2.google.com/service/update2/crx';
const FIREFOX_PLACEHOLDER = 'https://example.com/promptwarden-firefox.xpi';

const GENERATED = [
  'README.md',
  'chrome-macos.mobileconfig',
  'chrome-windows.reg',
  'edge-macos.mobileconfig',
  'edge-windows.reg',
  'firefox-policies.json',
  'firefox-windows.reg',
  'google-admin-console.json',
  'linux-chrome.json',
  'linux-chromium.json',
  'linux-edge.json',
];
/** Not written by generate.mjs: the inputs, and keys.json, which the engine writes (tests/cli.rs keeps it current). */
const HAND_WRITTEN = ['.gitattributes', 'generate.mjs', 'policy.json', 'keys.json'];

// ---------------------------------------------------------------------------
// A validator for the JSON Schema subset the managed schema uses.

const SUPPORTED = new Set(['type', 'properties', 'additionalProperties', 'items', 'enum', 'minimum', 'maximum', 'title', 'description']);
const jsonType = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** Problems of `value` against `s`, as "path: message" strings. */
function validate(s, value, path = '$') {
  const problems = [];
  const t = jsonType(value);
  const typeOk = s.type === t || (s.type === 'number' && t === 'integer');
  if (!typeOk) return [`${path}: expected ${s.type}, got ${t}`];
  if (s.enum && !s.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${s.enum.join(', ')}`);
  if (s.minimum !== undefined && value < s.minimum) problems.push(`${path}: ${value} < minimum ${s.minimum}`);
  if (s.maximum !== undefined && value > s.maximum) problems.push(`${path}: ${value} > maximum ${s.maximum}`);
  if (t === 'array' && s.items) value.forEach((v, i) => problems.push(...validate(s.items, v, `${path}[${i}]`)));
  if (t === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const sub = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (sub) problems.push(...validate(sub, v, `${path}.${k}`));
      else if (s.additionalProperties === false) problems.push(`${path}.${k}: not allowed`);
    }
  }
  return problems;
}

/** Every keyword the schema uses, so the validator above is known to cover it. */
function keywords(s, out = new Set()) {
  for (const [k, v] of Object.entries(s)) {
    out.add(k);
    if (k === 'properties') for (const p of Object.values(v)) keywords(p, out);
    if ((k === 'items' || k === 'additionalProperties') && typeof v === 'object') keywords(v, out);
  }
  return out;
}

// ---------------------------------------------------------------------------
// XML well-formedness and a plist reader.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(text, where) {
  assert.ok(!text.includes('<'), `raw < in text ${where}`);
  return text.replace(/&([^;]*);?/g, (m, name) => {
    assert.ok(m.endsWith(';'), `unterminated entity ${m} ${where}`);
    if (name in ENTITIES) return ENTITIES[name];
    const num = /^#(\d+)$/.exec(name) ?? /^#x([0-9a-fA-F]+)$/.exec(name);
    assert.ok(num, `unknown entity &${name}; ${where}`);
    return String.fromCodePoint(parseInt(num[1], name.startsWith('#x') ? 16 : 10));
  });
}

/** Parses an XML document into { name, attrs, children } (children: elements and strings); throws unless well-formed. */
function parseXml(xml) {
  let i = 0;
  const at = () => `at offset ${i}`;
  if (xml.startsWith('<?xml')) {
    i = xml.indexOf('?>') + 2;
    assert.ok(i > 1, 'unterminated XML declaration');
  }
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))[0].length;
      i += ws;
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        assert.ok(end > 0, `unterminated comment ${at()}`);
        i = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', i)) {
        const end = xml.indexOf('>', i);
        assert.ok(end > 0, `unterminated DOCTYPE ${at()}`);
        i = end + 1;
      } else return;
    }
  };
  const NAME = /^[A-Za-z_][\w.-]*/;
  function element() {
    assert.equal(xml[i], '<', `expected an element ${at()}`);
    i++;
    const name = NAME.exec(xml.slice(i))?.[0];
    assert.ok(name, `bad element name ${at()}`);
    i += name.length;
    const attrs = {};
    for (;;) {
      const m = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<&]*)"|'([^'<&]*)')/.exec(xml.slice(i));
      if (!m) break;
      assert.ok(!(m[1] in attrs), `duplicate attribute ${m[1]} ${at()}`);
      attrs[m[1]] = m[3] ?? m[4];
      i += m[0].length;
    }
    i += /^\s*/.exec(xml.slice(i))[0].length;
    if (xml.startsWith('/>', i)) {
      i += 2;
      return { name, attrs, children: [] };
    }
    assert.equal(xml[i], '>', `expected > in <${name}> ${at()}`);
    i++;
    const children = [];
    for (;;) {
      const lt = xml.indexOf('<', i);
      assert.ok(lt >= 0, `<${name}> is never closed`);
      if (lt > i) children.push(decodeText(xml.slice(i, lt), at()));
      i = lt;
      if (xml.startsWith('</', i)) {
        const close = new RegExp(`^</${name}\\s*>`).exec(xml.slice(i));
        assert.ok(close, `</${name}> expected ${at()}, found ${xml.slice(i, i + 20)}`);
        i += close[0].length;
        return { name, attrs, children };
      }
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        assert.ok(end > 0, `unterminated comment ${at()}`);
        i = end + 3;
        continue;
      }
      children.push(element());
    }
  }
  skipMisc();
  const root = element();
  skipMisc();
  assert.equal(i, xml.length, `content after the root element ${at()}`);
  return root;
}

/** A plist element as a JavaScript value. */
function plistValue(el) {
  const elements = el.children.filter((c) => typeof c !== 'string');
  const text = el.children.filter((c) => typeof c === 'string').join('');
  switch (el.name) {
    case 'dict': {
      assert.ok(elements.length % 2 === 0, 'a dict holds key/value pairs');
      const out = {};
      for (let k = 0; k < elements.length; k += 2) {
        assert.equal(elements[k].name, 'key', 'dict entries start with <key>');
        const key = elements[k].children.join('');
        assert.ok(!(key in out), `duplicate key ${key}`);
        out[key] = plistValue(elements[k + 1]);
      }
      assert.equal(text.trim(), '', 'no text between dict entries');
      return out;
    }
    case 'array':
      assert.equal(text.trim(), '', 'no text between array entries');
      return elements.map(plistValue);
    case 'string':
      return text;
    case 'integer':
      assert.match(text, /^-?\d+$/);
      return Number(text);
    case 'real':
      return Number(text);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`unexpected plist element <${el.name}>`);
  }
}

// ---------------------------------------------------------------------------
// .reg files: parse, then read back as Chromium and Firefox do.

/** Decodes a .reg file, checking the encoding regedit expects. */
function regText(buf, name) {
  assert.deepEqual([...buf.subarray(0, 2)], [0xff, 0xfe], `${name}: UTF-16LE byte-order mark`);
  const text = buf.subarray(2).toString('utf16le');
  assert.ok(Buffer.from(text, 'utf16le').equals(buf.subarray(2)), `${name}: valid UTF-16LE`);
  assert.ok(!/(^|[^\r])\n/.test(text), `${name}: every line ends in CRLF`);
  assert.ok(text.endsWith('\r\n'), `${name}: ends with a line break`);
  assert.ok(text.startsWith('Windows Registry Editor Version 5.00\r\n'), `${name}: header`);
  return text;
}

/** Parses .reg text into Map(lower-case key path → { path, values: Map(lower-case name → {name, type, data}) }), applying deletions in order. */
function parseReg(text) {
  const keys = new Map();
  const lines = text.split('\r\n');
  let current = null;
  for (let n = 1; n < lines.length; n++) {
    let line = lines[n];
    while (line.endsWith('\\') && /=hex/.test(line)) line = line.slice(0, -1) + lines[++n].trimStart();
    if (line === '' || line.startsWith(';')) continue;
    let m;
    if ((m = /^\[-(.+)\]$/.exec(line))) {
      const doomed = m[1].toLowerCase();
      for (const k of [...keys.keys()]) if (k === doomed || k.startsWith(`${doomed}\\`)) keys.delete(k);
      current = null;
    } else if ((m = /^\[(.+)\]$/.exec(line))) {
      const parts = m[1].split('\\');
      for (let d = 1; d <= parts.length; d++) {
        const path = parts.slice(0, d).join('\\');
        if (!keys.has(path.toLowerCase())) keys.set(path.toLowerCase(), { path, values: new Map() });
      }
      current = keys.get(m[1].toLowerCase());
    } else if ((m = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line))) {
      assert.ok(current, `value outside a key: ${line}`);
      const name = m[1].replace(/\\(.)/g, '$1');
      const data = m[2];
      let value;
      if ((m = /^"((?:[^"\\]|\\.)*)"$/.exec(data))) value = { type: 'REG_SZ', data: m[1].replace(/\\(.)/g, '$1') };
      else if ((m = /^dword:([0-9a-f]{8})$/.exec(data))) value = { type: 'REG_DWORD', data: parseInt(m[1], 16) };
      else if ((m = /^hex\((1|7)\):((?:[0-9a-f]{2},)*[0-9a-f]{2})$/.exec(data))) {
        const bytes = Buffer.from(m[2].split(',').map((h) => parseInt(h, 16)));
        const s = bytes.toString('utf16le');
        value = m[1] === '1' ? { type: 'REG_SZ', data: s.replace(/\0+$/, '') } : { type: 'REG_MULTI_SZ', data: s };
      } else throw new Error(`unsupported .reg data: ${data.slice(0, 40)}`);
      current.values.set(name.toLowerCase(), { name, ...value });
    } else {
      throw new Error(`unparsed .reg line: ${line.slice(0, 80)}`);
    }
  }
  return keys;
}

/** Subkeys of `path` as [name, key] pairs, in the registry's case-insensitive order. */
function subkeys(keys, path) {
  const prefix = `${path.toLowerCase()}\\`;
  return [...keys.entries()]
    .filter(([k]) => k.startsWith(prefix) && !k.slice(prefix.length).includes('\\'))
    .map(([, key]) => [key.path.split('\\').pop(), key])
    .sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
}

const schemaKind = (s) => s?.type; // 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean'

/** Port of Chromium's ConvertRegistryValue for REG_SZ (string) and REG_DWORD (integer) data. */
function chromiumConvertValue(v, s) {
  const data = v.type === 'REG_DWORD' ? v.data : v.type === 'REG_SZ' ? v.data : undefined;
  if (data === undefined) return undefined; // REG_MULTI_SZ and others are unsupported: logged and dropped
  if (!s) return data;
  const have = typeof data === 'number' ? 'integer' : 'string';
  if (have === schemaKind(s)) return data;
  const asInt = typeof data === 'string' && /^[+-]?\d+$/.test(data) ? Number(data) : undefined;
  switch (schemaKind(s)) {
    case 'boolean':
      if (typeof data === 'number') return data !== 0;
      return asInt === undefined ? undefined : asInt !== 0;
    case 'integer':
      return asInt;
    case 'number':
      return typeof data === 'number' ? data : Number.isFinite(Number(data)) && data.trim() !== '' ? Number(data) : undefined;
    case 'array':
    case 'object': {
      if (typeof data !== 'string') return undefined;
      let parsed;
      try {
        parsed = JSON.parse(data);
      } catch {
        return undefined;
      }
      return jsonType(parsed) === schemaKind(s) ? parsed : undefined;
    }
    default:
      return undefined;
  }
}

/** Port of Chromium's RegistryDict::ConvertToJSON. */
function chromiumConvertKey(keys, path, s) {
  const key = keys.get(path.toLowerCase());
  const kind = s ? schemaKind(s) : 'object';
  const sub = (name) => (s?.properties?.[name] ?? (typeof s?.additionalProperties === 'object' ? s.additionalProperties : undefined));
  if (kind === 'object') {
    const out = {};
    for (const v of key.values.values()) {
      const converted = chromiumConvertValue(v, sub(v.name));
      if (converted !== undefined) out[v.name] = converted;
    }
    for (const [name, k] of subkeys(keys, path)) out[name] = chromiumConvertKey(keys, k.path, sub(name));
    return out;
  }
  if (kind === 'array') {
    const numeric = (name) => /^[+-]?\d+$/.test(name);
    const out = [];
    for (const [name, k] of subkeys(keys, path)) if (numeric(name)) out.push(chromiumConvertKey(keys, k.path, s.items));
    const values = [...key.values.values()].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
    for (const v of values) {
      if (!numeric(v.name)) continue;
      const converted = chromiumConvertValue(v, s.items);
      if (converted !== undefined) out.push(converted);
    }
    return out;
  }
  return undefined;
}

/** Port of Firefox's WindowsGPOParser (registryToObject + readRegistryValue). */
function firefoxRegistryToObject(keys, path) {
  const key = keys.get(path.toLowerCase());
  const read = (v) => {
    if (v.type === 'REG_MULTI_SZ') return JSON.parse(v.data.replace(/\0/g, '\n'));
    return v.data; // REG_SZ text, REG_DWORD number
  };
  const values = [...key.values.values()]; // enumeration order: creation order, i.e. file order
  const children = subkeys(keys, path);
  if (values.length && values[0].name === '1') return values.map(read);
  const out = {};
  for (const v of values) out[v.name] = read(v);
  if (children.length && children[0][0] === '1') return children.map(([, k]) => firefoxRegistryToObject(keys, k.path));
  for (const [name, k] of children) out[name] = firefoxRegistryToObject(keys, k.path);
  return out;
}

// ---------------------------------------------------------------------------
// Tests

test('the committed files are what generate.mjs writes (run node docs/deploy/generate.mjs)', () => {
  const out = mkdtempSync(join(tmpdir(), 'promptwarden-deploy-'));
  try {
    const run = spawnSync(process.execPath, [join(DEPLOY, 'generate.mjs'), '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, `generate.mjs failed: ${run.stderr}`);
    assert.deepEqual(readdirSync(out).sort(), [...GENERATED].sort(), 'generate.mjs writes exactly the expected files');
    for (const name of GENERATED) {
      assert.ok(existsSync(join(DEPLOY, name)), `docs/deploy/${name} is missing: run node docs/deploy/generate.mjs`);
      assert.ok(readFileSync(join(out, name)).equals(read(name)), `docs/deploy/${name} is out of date: run node docs/deploy/generate.mjs`);
    }
    // A second run gives the same bytes (no dates, no random UUIDs).
    const again = mkdtempSync(join(tmpdir(), 'promptwarden-deploy-'));
    try {
      spawnSync(process.execPath, [join(DEPLOY, 'generate.mjs'), '--out', again]);
      for (const name of GENERATED) assert.ok(readFileSync(join(again, name)).equals(readFileSync(join(out, name))), `${name} is not deterministic`);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const stray = readdirSync(DEPLOY).filter((f) => !GENERATED.includes(f) && !HAND_WRITTEN.includes(f));
  assert.deepEqual(stray, [], 'docs/deploy holds only the generated files and their inputs');
});

test('every .json file parses; text files use LF only', () => {
  for (const name of readdirSync(DEPLOY)) {
    if (name.endsWith('.reg')) continue;
    const text = read(name).toString('utf8');
    assert.ok(!text.includes('\r'), `${name}: LF line ends only`);
    assert.ok(text.endsWith('\n'), `${name}: ends with a newline`);
    if (name.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(text), `${name} is not valid JSON`);
  }
});

test('the schema uses only what the validator checks, and the validator catches mistakes', () => {
  assert.equal(schema.type, 'object', 'Chrome requires a top-level object schema');
  assert.equal(schema.additionalProperties, undefined, 'Chrome rejects additionalProperties at the top level');
  const unsupported = [...keywords(schema)].filter((k) => !SUPPORTED.has(k));
  assert.deepEqual(unsupported, [], 'schema keywords the validator does not implement');
  assert.deepEqual(validate(schema, { failMode: 'sometimes' }).length, 1);
  assert.deepEqual(validate(schema, { auditRetentionDays: 0 }).length, 1);
  assert.deepEqual(validate(schema, { auditRetentionDays: 3651 }).length, 1);
  assert.deepEqual(validate(schema, { auditRetentionDays: 9.5 }).length, 1);
  assert.deepEqual(validate(schema, { rules: { 'github-pat': 'nuke' } }).length, 1);
  assert.deepEqual(validate(schema, { customRules: [{ id: 'x', keywords: 'ACME-' }] }).length, 1);
  assert.deepEqual(validate(schema, { allowOverride: 'yes' }).length, 1);
});

test('the example policy validates against extension/managed_schema.json and uses only its keys', () => {
  assert.deepEqual(validate(schema, policy), []);
  const unknown = Object.keys(policy).filter((k) => !(k in schema.properties));
  assert.deepEqual(unknown, [], 'policy.json keys missing from the schema');
  // What the deployment docs say the example shows.
  assert.equal(policy.categories.secret, 'block');
  assert.equal(policy.categories.pii, 'redact');
  assert.ok(policy.customRules.some((r) => r.pattern === 'ACME-[0-9]{6}' && r.keywords.includes('ACME-')));
  assert.ok(policy.allowlist.length >= 1);
  assert.equal(policy.requireJustification, true);
  assert.equal(policy.failMode, 'closed');
  assert.ok(policy.message && policy.helpUrl);
  assert.equal(policy.auditRetentionDays, 90);
  assert.ok(policy.excludedSites.length >= 1);
});

test('README.md documents every schema key, nested fields included', () => {
  const readme = read('README.md').toString('utf8');
  const missing = [];
  for (const [key, s] of Object.entries(schema.properties)) {
    if (!readme.includes(`| \`${key}\` |`)) missing.push(key);
    for (const field of Object.keys(s.properties ?? s.items?.properties ?? {})) {
      if (!readme.includes(`| \`${field}\` |`)) missing.push(`${key}.${field}`);
    }
  }
  assert.deepEqual(missing, [], 'keys with no row in the README key reference');
  for (const needle of ['chrome://policy', 'edge://policy', 'about:policies', 'reg import', 'sudo cp', '/etc/opt/chrome/policies/managed', '/etc/chromium/policies/managed', '/etc/opt/edge/policies/managed', 'Restart Firefox', 'lockUserOptions', CHROME_ID, FIREFOX_ID]) {
    assert.ok(readme.toLowerCase().includes(needle.toLowerCase()), `README mentions ${needle}`);
  }
});

test('the Linux, Admin console and Firefox JSON files hold exactly the example policy', () => {
  for (const name of ['linux-chrome.json', 'linux-chromium.json', 'linux-edge.json']) {
    const doc = readJson(name);
    assert.deepEqual(Object.keys(doc).sort(), ['3rdparty', 'ExtensionInstallForcelist']);
    assert.deepEqual(doc.ExtensionInstallForcelist, [`${CHROME_ID};${CWS}`], name);
    assert.deepEqual(Object.keys(doc['3rdparty']), ['extensions']);
    assert.deepEqual(Object.keys(doc['3rdparty'].extensions), [CHROME_ID]);
    assert.deepEqual(doc['3rdparty'].extensions[CHROME_ID], policy, name);
  }
  const admin = readJson('google-admin-console.json');
  assert.deepEqual(Object.keys(admin).sort(), Object.keys(policy).sort());
  for (const [k, v] of Object.entries(admin)) {
    assert.deepEqual(Object.keys(v), ['Value'], `${k} is { "Value": … }`);
    assert.deepEqual(v.Value, policy[k], k);
  }
  const firefox = readJson('firefox-policies.json');
  assert.deepEqual(Object.keys(firefox), ['policies']);
  assert.deepEqual(Object.keys(firefox.policies).sort(), ['3rdparty', 'ExtensionSettings']);
  assert.deepEqual(firefox.policies.ExtensionSettings, { [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: FIREFOX_PLACEHOLDER } });
  assert.deepEqual(firefox.policies['3rdparty'], { Extensions: { [FIREFOX_ID]: policy } });
});

test('the .mobileconfig files are well-formed plists with the policy as native types', () => {
  const uuids = new Set();
  for (const [name, domain] of [['chrome-macos.mobileconfig', 'com.google.Chrome'], ['edge-macos.mobileconfig', 'com.microsoft.Edge']]) {
    const xml = read(name).toString('utf8');
    const root = parseXml(xml);
    assert.equal(root.name, 'plist');
    assert.equal(root.attrs.version, '1.0');
    const roots = root.children.filter((c) => typeof c !== 'string');
    assert.equal(roots.length, 1, 'one top-level dict');
    const profile = plistValue(roots[0]);
    assert.equal(profile.PayloadType, 'Configuration');
    assert.equal(profile.PayloadScope, 'System');
    assert.equal(profile.PayloadContent.length, 2);
    const [ext, browser] = profile.PayloadContent;
    assert.equal(ext.PayloadType, `${domain}.extensions.${CHROME_ID}`, name);
    const keys = Object.fromEntries(Object.entries(ext).filter(([k]) => !k.startsWith('Payload')));
    assert.deepEqual(keys, policy, `${name}: the extension payload holds exactly the policy, with native types`);
    for (const key of Object.keys(policy)) assert.ok(xml.includes(`<key>${key}</key>`), `${name} contains ${key}`);
    assert.equal(browser.PayloadType, domain);
    assert.deepEqual(browser.ExtensionInstallForcelist, [`${CHROME_ID};${CWS}`]);
    for (const p of [profile, ext, browser]) {
      assert.match(p.PayloadUUID, /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/, 'a version-5 UUID');
      assert.ok(!uuids.has(p.PayloadUUID), 'UUIDs are unique');
      uuids.add(p.PayloadUUID);
      assert.equal(p.PayloadVersion, 1);
      assert.ok(p.PayloadIdentifier && p.PayloadDisplayName);
    }
  }
  // Cross-check with Python's plistlib where Python is installed (plutil is macOS-only).
  const py = spawnSync('python3', ['-c', 'import plistlib,sys,json\nfor f in sys.argv[1:]: print(json.dumps(plistlib.load(open(f,"rb"))["PayloadContent"][0], sort_keys=True))', join(DEPLOY, 'chrome-macos.mobileconfig'), join(DEPLOY, 'edge-macos.mobileconfig')], { encoding: 'utf8' });
  if (py.status === 0) {
    for (const line of py.stdout.trim().split('\n')) {
      const payload = JSON.parse(line);
      assert.deepEqual(Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload'))), policy, 'plistlib reads the same policy');
    }
  }
});

test('Chrome and Edge read the .reg files back as exactly the policy (Chromium registry conversion)', () => {
  for (const [name, vendor] of [['chrome-windows.reg', 'Google\\Chrome'], ['edge-windows.reg', 'Microsoft\\Edge']]) {
    const text = regText(read(name), name);
    const keys = parseReg(text);
    const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
    const policyPath = `${base}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
    assert.ok(keys.has(policyPath.toLowerCase()), `${name}: ${policyPath}`);
    const values = keys.get(policyPath.toLowerCase()).values;
    for (const key of Object.keys(policy)) assert.ok(values.has(key.toLowerCase()), `${name} contains ${key}`);
    assert.deepEqual(chromiumConvertKey(keys, policyPath, schema), policy, `${name}: what ${vendor} publishes to storage.managed`);
    assert.deepEqual(validate(schema, chromiumConvertKey(keys, policyPath, schema)), []);
    // Objects and lists are JSON in REG_SZ; booleans and integers REG_DWORD.
    for (const v of values.values()) {
      const t = jsonType(policy[v.name]);
      assert.equal(v.type, t === 'boolean' || t === 'integer' ? 'REG_DWORD' : 'REG_SZ', `${name}: ${v.name}`);
    }
    const forcelist = keys.get(`${base}\\ExtensionInstallForcelist`.toLowerCase());
    assert.ok(forcelist, `${name}: ExtensionInstallForcelist`);
    assert.deepEqual(chromiumConvertKey(keys, forcelist.path, { type: 'array', items: { type: 'string' } }), [`${CHROME_ID};${CWS}`]);
    assert.ok(text.includes(`[-${policyPath}]`), `${name} clears the previous policy first`);
  }
});

test('Firefox reads firefox-windows.reg back as exactly the policy (WindowsGPOParser)', () => {
  const text = regText(read('firefox-windows.reg'), 'firefox-windows.reg');
  const keys = parseReg(text);
  const base = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Mozilla\\Firefox';
  const policies = firefoxRegistryToObject(keys, base);
  assert.deepEqual(Object.keys(policies).sort(), ['3rdparty', 'ExtensionSettings']);
  assert.deepEqual(policies.ExtensionSettings, { [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: FIREFOX_PLACEHOLDER } });
  assert.deepEqual(policies['3rdparty'], { Extensions: { [FIREFOX_ID]: policy } });
  const values = keys.get(`${base}\\3rdparty\\Extensions\\${FIREFOX_ID}`.toLowerCase()).values;
  for (const key of Object.keys(policy)) assert.ok(values.has(key.toLowerCase()), `firefox-windows.reg contains ${key}`);
  assert.ok(text.includes(`[-${base}\\3rdparty\\Extensions\\${FIREFOX_ID}]`), 'clears the previous policy first');
});

test('target/release/promptwarden check-policy accepts docs/deploy/policy.json', () => {
  const bin = join(ROOT, 'target', 'release', process.platform === 'win32' ? 'promptwarden.exe' : 'promptwarden');
  if (!existsSync(bin)) {
    const build = spawnSync('cargo', ['build', '--release', '--locked', '--bin', 'promptwarden'], { cwd: ROOT, encoding: 'utf8', timeout: 20 * 60 * 1000 });
    assert.ok(existsSync(bin), `${bin} is missing and building it failed; run: cargo build --release --locked\n${build.stderr ?? build.error ?? ''}`);
  }
  const run = spawnSync(bin, ['check-policy', join(DEPLOY, 'policy.json')], { encoding: 'utf8' });
  assert.equal(run.status, 0, `check-policy failed:\n${run.stdout}${run.stderr}`);
});

test('the extension keeps every entry of the managed policy, and the README defaults match the engine', async () => {
  const pkg = join(ROOT, 'pkg', 'promptwarden.js');
  assert.ok(existsSync(pkg), 'pkg/ is not built: run make wasm (make test-node builds it)');
  const { initSync, Settings } = await import(pkg);
  initSync({ module: readFileSync(join(ROOT, 'pkg', 'promptwarden_bg.wasm')) });
  const view = new Settings(policy, { excludedSites: ['chatgpt.com'] }).view();
  assert.deepEqual(view.issues, [], 'the extension reports no problem in the managed policy');
  assert.equal(view.userLocked, policy.lockUserOptions === true);
  if (view.userLocked) assert.ok(view.locked.includes('*'));
  for (const key of Object.keys(policy)) {
    if (key === 'disabledRules') continue; // folded into `rules` by the engine
    assert.ok(view.locked.some((l) => l === key || l.startsWith(`${key}.`)), `${key} is locked`);
  }

  // The README's "Built-in default" column, against the engine's defaults.
  const defaults = new Settings(null, null).view().policy;
  const readme = read('README.md').toString('utf8');
  for (const key of Object.keys(schema.properties)) {
    if (key === 'disabledRules') continue;
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
    assert.ok(row, `README has a row for ${key}`);
    const cells = row.split(' | ');
    const shown = cells[cells.length - 2];
    if (defaults[key] === undefined) {
      assert.equal(shown, '(none)', `README default for ${key}`);
    } else {
      assert.deepEqual(JSON.parse(shown.slice(1, -1).replace(/\\\|/g, '|')), defaults[key], `README default for ${key}`);
    }
  }
});
