// An organisation's managed policy, delivered the way it is in production:
// Chromium reads a JSON file from its Linux policy directory
// (/etc/chromium/policies/managed/, `3rdparty.extensions.<id>`), Firefox ESR
// a policies.json (`policies.3rdparty.Extensions.<gecko id>`). Nothing is
// written to the extension's storage by the harness: what the extension
// does here comes from the browser's own policy mechanism.
//
//   node --test --test-concurrency=1 tests/browser/managed.test.mjs
//
// Runs as root (the browsers read policies only from directories under /etc,
// as they do in production; CI runs as root too). A policy file affects
// every browser on the machine, so each is in place only while its browser
// runs: written just before the launch, removed in after() (and on exit or
// SIGINT/SIGTERM should the file be cut short), a policies.json that was
// there before put back as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkPanel, noSecretIn } from './editor-suite.mjs';
import { CHROMIUM_POLICY, FIREFOX_POLICY, chromiumPolicy, chromiumUnderPolicy, firefoxPolicy, placeFile } from './policy-files.mjs';
import {
  EDITORS,
  FIREFOX,
  INSTALL,
  REPO,
  SECRETS,
  ensureBuilt,
  findGeckodriver,
  launchFirefox,
  mask,
  sameList,
  sameText,
  secretsIn,
  until,
} from './harness.mjs';

const messages = JSON.parse(readFileSync(path.join(REPO, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
const msg = (/** @type {string} */ key) => messages[key].message;
const schema = JSON.parse(readFileSync(path.join(REPO, 'extension', 'managed_schema.json'), 'utf8'));

/**
 * The organisation's policy: the keys of docs/deploy/policy.json and
 * managed_schema.json. Secrets are blocked, personal data is redacted,
 * email addresses (a rule-level action) warn and "Send anyway" needs a
 * typed reason, and the organisation's own ticket numbers are blocked.
 */
const POLICY = Object.freeze({
  categories: { secret: 'block', pii: 'redact' },
  rules: { email: 'warn' },
  customRules: [
    {
      id: 'acme-ticket',
      title: 'ACME support ticket',
      pattern: 'ACME-[0-9]{6}',
      keywords: ['ACME-'],
      severity: 'high',
      action: 'block',
    },
  ],
  allowOverride: true,
  requireJustification: true,
  message: 'ACME test policy: no credentials, customer data or ticket numbers in AI chat apps.',
  helpUrl: 'https://intranet.acme.example/policies/ai-use',
  auditRetentionDays: 90,
  unscannableFiles: 'block',
});

/** What a user might type, each with the value the policy acts on. Synthetic values. */
const AWS_PROMPT = `deploy with ${SECRETS.aws} please`;
const PHONE = '+44 7700 183 456';
const PHONE_PROMPT = `call the customer on ${PHONE} tomorrow`;
const PHONE_REDACTED = 'call the customer on [PHONE_1] tomorrow';
const TICKET = 'ACME-482913';
const TICKET_PROMPT = `summarise ticket ${TICKET} for me`;
const EMAIL = 'jane.roe.1984@gmail.com';
const EMAIL_PROMPT = `draft a reply to ${EMAIL} about the refund`;
const REASON = 'customer asked us to reply by email';
/** Values that are not secrets but must not be kept in the audit log either. */
const VALUES = { phone: PHONE, ticket: TICKET, email: EMAIL };

/**
 * What a user (or anything else with access to the extension's local
 * storage) tries in order to get around the policy: every locked value
 * switched to something weaker.
 */
const WEAKER_USER_OPTIONS = Object.freeze({
  categories: { secret: 'off', pii: 'off' },
  rules: { email: 'off' },
  customRules: [{ id: 'acme-ticket', pattern: 'NEVER-[0-9]{6}', keywords: ['NEVER-'], severity: 'low', action: 'warn' }],
  requireJustification: false,
  message: 'my own message',
});

/** The settings paths the options page must show locked. */
const LOCKED = ['categories.secret', 'categories.pii', 'rules.email', 'customRules.acme-ticket', 'allowOverride', 'requireJustification', 'message', 'helpUrl', 'auditRetentionDays', 'unscannableFiles'];

test('the test policy uses only keys the managed schema declares', () => {
  for (const key of Object.keys(POLICY)) assert.ok(key in schema.properties, `managed_schema.json declares ${key}`);
  for (const key of Object.keys(POLICY.customRules[0])) assert.ok(key in schema.properties.customRules.items.properties, `customRules[].${key} is declared`);
});

// ---- shared checks ---------------------------------------------------------------

/** The background's reply to a content script's hello for `site` (run in an extension page). */
async function hello(site) {
  const ext = globalThis.browser ?? globalThis.chrome;
  return ext.runtime.sendMessage({ type: 'pw:hello', site });
}

/** The managed storage area as the extension reads it, {} when there is none (run in an extension page). */
async function managedStorage() {
  const ext = globalThis.browser ?? globalThis.chrome;
  // Firefox rejects ("Managed storage manifest not found") when no policy names the extension.
  return ext.storage.managed.get().catch(() => ({}));
}

/** What the options page shows for the locked and the free controls (run in the options page). */
function optionsState() {
  const control = (id) => {
    const el = /** @type {HTMLInputElement | HTMLSelectElement} */ (document.getElementById(id));
    const label = document.querySelector(`label[for="${id}"]`);
    return {
      value: el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value,
      disabled: el.disabled,
      title: el.title,
      labelLocked: !!label?.classList.contains('locked'),
      lockMark: label ? getComputedStyle(label, '::after').content : '',
    };
  };
  // The rule table lists the first 200 rules; the filter finds the rest.
  const filter = /** @type {HTMLInputElement} */ (document.getElementById('rule-filter'));
  if (filter.value !== 'email') {
    filter.value = 'email';
    filter.dispatchEvent(new Event('input'));
  }
  const emailSelect = [...document.querySelectorAll('#rule-rows tr')].find((tr) => tr.querySelector('code')?.textContent === 'email')?.querySelector('select');
  const custom = [...document.querySelectorAll('#custom-rows tr')].map((tr) => ({
    id: tr.querySelector('code')?.textContent,
    locked: tr.classList.contains('locked'),
    removeDisabled: !!tr.querySelector('button')?.disabled,
    cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
  }));
  return {
    fresh: !window.__pwStale,
    ready: /** @type {HTMLSelectElement} */ (document.getElementById('cat-secret')).options.length > 0 && document.querySelectorAll('#rule-rows tr').length > 0,
    managedNote: !document.getElementById('managed-note').hidden,
    issues: document.getElementById('issues').hidden ? [] : [...document.querySelectorAll('#issue-list li')].map((li) => li.textContent),
    secret: control('cat-secret'),
    pii: control('cat-pii'),
    custom: control('cat-custom'),
    minSeverity: control('min-severity'),
    allowOverride: control('allow-override'),
    requireJustification: control('require-justification'),
    previewRules: control('preview-rules'),
    unscannableFiles: control('unscannable-files'),
    maxFileMegabytes: control('max-file-megabytes'),
    email: emailSelect ? { value: emailSelect.value, disabled: emailSelect.disabled } : null,
    customRules: custom,
  };
}

/**
 * The audit log as the options page renders it (run in the options page,
 * after a reload): per row the site, the rule ids and the outcomes (kept on
 * the row; the cells show titles and words), the justification, and the
 * outcome's words as shown.
 */
function auditRows() {
  return [...document.querySelectorAll('#audit-rows tr:not(.empty)')].map((tr) => {
    const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent);
    return [cells[1], tr.getAttribute('data-rules').split(',').join(', '), tr.getAttribute('data-outcomes'), cells[4], cells[3]];
  });
}

/** Asserts the managed storage area is the policy, with a message that says what to look at. */
function assertPolicyLoaded(managed, where) {
  assert.ok(
    managed && Object.keys(managed).length > 0,
    `storage.managed is empty: the browser did not load the policy from ${where} (a readable file? valid JSON? the right extension id?)`,
  );
  assert.deepEqual(managed, JSON.parse(JSON.stringify(POLICY)), `storage.managed holds the policy from ${where}`);
}

/**
 * Asserts the options page shows the policy's values locked and leaves the
 * rest to the user, or with `all` (lockUserOptions), locks the rest too.
 */
function assertLockedOptions(o, { all = false } = {}) {
  assert.deepEqual(o.issues, [], 'no policy issues are reported');
  assert.ok(o.managedNote, 'the "managed by your organisation" note is shown');
  /** @type {[string, string | boolean][]} */
  const expected = [['secret', 'block'], ['pii', 'redact'], ['allowOverride', true], ['requireJustification', true], ['unscannableFiles', 'block']];
  for (const [name, value] of expected) {
    const c = o[name];
    assert.equal(c.value, value, `${name} shows the organisation's value`);
    assert.equal(c.disabled, true, `${name} is disabled`);
    assert.equal(c.title, msg('optionsLocked'), `${name} says why ("${msg('optionsLocked')}")`);
    assert.equal(c.labelLocked, true, `${name}'s label is marked locked`);
    assert.ok(c.lockMark.includes('🔒'), `${name}'s label shows the lock (::after is ${c.lockMark})`);
  }
  // What the organisation leaves open stays the user's (so the locks above are specific),
  // unless it locks all user options.
  for (const name of ['custom', 'minSeverity', 'previewRules', 'maxFileMegabytes']) {
    assert.equal(o[name].disabled, all, all ? `${name} is locked too (lockUserOptions)` : `${name} is not set by the policy and stays editable`);
    assert.equal(o[name].labelLocked, all, `${name}'s label is ${all ? '' : 'not '}marked locked`);
  }
  assert.deepEqual(o.email, { value: 'warn', disabled: true }, "the email rule's action is the organisation's and locked");
  const ticket = o.customRules.find((r) => r.id === 'acme-ticket');
  assert.ok(ticket, `the organisation's custom rule is listed (rows: ${JSON.stringify(o.customRules.map((r) => r.id))})`);
  assert.equal(ticket.locked, true, 'the custom rule row is marked locked');
  assert.equal(ticket.removeDisabled, true, 'the custom rule cannot be removed');
  assert.ok(ticket.cells.includes(POLICY.customRules[0].pattern), "the row shows the organisation's pattern, not the user's");
  assert.equal(o.customRules.filter((r) => r.id === 'acme-ticket').length, 1, "the user's rule of the same id is not listed beside it");
}

/** Asserts the audit events: rules, outcome, justification, and no value from any prompt. */
function assertAudit(log, dump, expected) {
  const shown = JSON.stringify(log.map(({ rules, outcome, justification }) => ({ rules, outcome, justification })));
  for (const e of expected) {
    const hit = log.find((x) => x.outcome === e.outcome && JSON.stringify(x.rules) === JSON.stringify(e.rules) && x.justification === e.justification);
    assert.ok(hit, `the audit log has ${JSON.stringify(e)}; it has ${shown}`);
    assert.ok(hit.site && !hit.site.includes('/'), `the event names the site by host (${hit.site})`);
    assert.ok(!Number.isNaN(Date.parse(hit.time)), 'the event has a time');
  }
  assert.deepEqual(secretsIn(dump), [], 'no secret, nor an 8-character slice of one, is in the extension storage');
  noSecretIn(dump, 'the extension storage');
  for (const [name, value] of Object.entries(VALUES)) {
    assert.ok(!dump.includes(value), `the ${name} from the prompt is not stored (${mask(shown)})`);
  }
  for (const e of log) {
    const extra = Object.keys(e).filter((k) => !['time', 'site', 'rules', 'outcome', 'overridden', 'justification'].includes(k));
    assert.deepEqual(extra, [], 'audit events hold metadata only');
  }
}

/** The user's options as the background last read them (run in an extension page). */
async function storedUserOptions() {
  const ext = globalThis.browser ?? globalThis.chrome;
  return (await ext.runtime.sendMessage({ type: 'pw:settings' }))?.settings?.user;
}

/**
 * Writes user options (the weaker ones unless told) to local storage and
 * waits until the background has rebuilt with them; returns its hello reply.
 * @param {any} b the launched browser
 * @param {(items: object) => Promise<unknown>} write writes `items` to the extension's local storage
 * @param {object} [options] the user options document
 */
async function writeUserOptions(b, write, options = WEAKER_USER_OPTIONS) {
  await write({ userOptions: options });
  // Compared with sorted keys: Chromium's storage hands objects back with their keys sorted.
  const canon = (v) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
  await until(async () => canon(await b.extEval(storedUserOptions)) === canon(options), 'the background to rebuild after the user options were written', { timeout: 10_000, interval: 50 });
  return b.extEval(hello, 'settings.check/');
}

/** Asserts that a hello reply (what every content script gets) carries the policy, not the user's weaker values. */
function assertPolicyWins(reply) {
  const policy = JSON.parse(reply.policy);
  assert.equal(policy.categories.secret, 'block', 'secrets: the organisation\'s "block", not the user\'s "off"');
  assert.equal(policy.categories.pii, 'redact', 'personal data: the organisation\'s "redact"');
  assert.equal(policy.rules.email, 'warn', 'email: the organisation\'s "warn"');
  assert.deepEqual(policy.customRules.map((r) => [r.id, r.pattern, r.action]), [['acme-ticket', 'ACME-[0-9]{6}', 'block']], "only the organisation's acme-ticket rule");
  assert.equal(reply.requireJustification, true, 'a justification is still required');
  assert.equal(reply.allowOverride, true);
  assert.equal(reply.message, POLICY.message, "the organisation's message");
  assert.equal(reply.helpUrl, POLICY.helpUrl, "the organisation's help link");
}

/**
 * Chromium: a real mouse click on a control of the panel (in its closed
 * shadow root), found in the accessibility tree by role and name, at the
 * centre of its box.
 */
async function clickPanelControl(t, role, name) {
  const cdp = await t.cdp();
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const inside = [];
  const walk = (n) => {
    for (const id of n.childIds ?? []) {
      const c = byId.get(id);
      if (c) inside.push(c), walk(c);
    }
  };
  const dialog = nodes.find((n) => !n.ignored && n.role?.value === 'alertdialog');
  assert.ok(dialog, 'the panel is open');
  walk(dialog);
  const node = inside.find((n) => !n.ignored && n.role?.value === role && (name === undefined || n.name?.value === name));
  assert.ok(node?.backendDOMNodeId, `the panel has a ${role} ${name ?? ''} in the accessibility tree`);
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
  const [x1, y1, , , x3, y3] = model.border;
  await t.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** `promptwarden check-policy --managed … --user … --format json` on these documents. */
function checkPolicy(managed, user) {
  const bin = path.join(REPO, 'target', 'release', 'promptwarden');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-check-'));
  try {
    writeFileSync(path.join(dir, 'managed.json'), JSON.stringify(managed));
    writeFileSync(path.join(dir, 'user.json'), JSON.stringify(user));
    const run = spawnSync(bin, ['check-policy', '--managed', path.join(dir, 'managed.json'), '--user', path.join(dir, 'user.json'), '--format', 'json'], { encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, `check-policy failed (is target/release/promptwarden built? make build): ${run.stderr}`);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs in the options page: which of its controls are disabled, by the
 * policy path each edits; the rule selects of `ruleIds` (found with the
 * rule filter); the custom rules shown as the organisation's; the number
 * of problems listed.
 */
async function lockedInOptionsPage(ruleIds) {
  const controls = {};
  for (const el of /** @type {NodeListOf<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>} */ (document.querySelectorAll('[data-path]'))) {
    const p = el.getAttribute('data-path');
    if (p === 'excludedSites' || p === 'allowlist') continue; // lists: the user may add to them unless everything is locked
    controls[p] = el.disabled;
  }
  const rules = {};
  const filter = /** @type {HTMLInputElement} */ (document.getElementById('rule-filter'));
  for (const id of ruleIds) {
    filter.value = id;
    filter.dispatchEvent(new Event('input'));
    const row = [...document.querySelectorAll('#rule-rows tr')].find((tr) => tr.querySelector('code')?.textContent === id);
    if (row) rules[id] = row.querySelector('select').disabled;
  }
  const lockedCustomRules = [...document.querySelectorAll('#custom-rows tr.locked')].map((tr) => tr.querySelector('code').textContent);
  const issues = document.getElementById('issues').hidden ? 0 : document.querySelectorAll('#issue-list li').length;
  return { controls, rules, lockedCustomRules, issues };
}

/** Chromium: loads the options page in `page` and reads it once it has rendered. */
async function openOptions(page, b) {
  await page.goto(`${b.origin}options/options.html`);
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('cat-secret')).options.length > 0 && document.querySelectorAll('#rule-rows tr').length > 0);
  return page.evaluate(optionsState);
}

// ---- Chromium ----------------------------------------------------------------------

describe('Chromium: policy from /etc/chromium/policies/managed/', () => {
  const browser = chromiumUnderPolicy(POLICY);

  test('Chromium loaded the policy: chrome.storage.managed holds it, the settings lock it', async () => {
    const b = browser();
    assertPolicyLoaded(await b.swEval(managedStorage), CHROMIUM_POLICY);
    const { settings } = await b.extEval(async () => (globalThis.chrome).runtime.sendMessage({ type: 'pw:settings' }));
    assert.deepEqual(settings.issues, [], 'the extension found no issue in the policy');
    for (const p of LOCKED) assert.ok(settings.locked.includes(p), `${p} is locked (locked: ${settings.locked.join(', ')})`);
    assert.equal(settings.userLocked, false);
  });

  test('the options page shows the settings as set by the organisation, and its controls cannot change them', async () => {
    const b = browser();
    const page = await b.context.newPage();
    try {
      assertLockedOptions(await openOptions(page, b));
      // A user trying anyway: the browser refuses to change a disabled control.
      await assert.rejects(page.locator('#cat-secret').selectOption('off', { timeout: 500 }), /disabled|not enabled|Timeout/i, 'the secret action cannot be selected');
      await assert.rejects(page.locator('#require-justification').uncheck({ timeout: 500 }), /disabled|not enabled|Timeout/i, 'the justification switch cannot be unchecked');
      // Save writes only what the user may set: nothing the policy locks.
      await page.locator('#save').click();
      await until(() => page.evaluate(() => document.getElementById('save-status').className === 'ok'), async () => `the options to save (status: ${await page.evaluate(() => document.getElementById('save-status').textContent)})`);
      const { userOptions } = await b.swEval(() => chrome.storage.local.get('userOptions'));
      assert.ok(userOptions && !('secret' in (userOptions.categories ?? {})) && !('pii' in (userOptions.categories ?? {})), `the saved options leave the locked categories out: ${JSON.stringify(userOptions)}`);
      assert.ok(!('requireJustification' in userOptions) && !('allowOverride' in userOptions), `the saved options leave the locked switches out: ${JSON.stringify(userOptions)}`);
    } finally {
      await page.close();
    }
  });

  test('weaker values written straight into the user options do not weaken the policy', async () => {
    const b = browser();
    const reply = await writeUserOptions(b, (r) => b.swEval((x) => chrome.storage.local.set(x), r));
    assertPolicyWins(reply);
    // The options page still shows the organisation's values, and lists no user rule in place of theirs.
    const page = await b.context.newPage();
    try {
      assertLockedOptions(await openOptions(page, b));
    } finally {
      await page.close();
    }
    // The following tests run with these user options in place.
  });

  test('a secret is blocked: Enter sends nothing, the block panel shows the organisation\'s message and link, no "Send anyway"', async () => {
    const b = browser();
    const t = await b.open(EDITORS[0]);
    await t.type(AWS_PROMPT);
    await t.press('Enter');
    await t.waitPanel('the block panel to open');
    const p = await checkPanel(t, { title: msg('panelBlockTitle'), buttons: ['Edit', 'Redact'] });
    assert.equal(p.description, msg('panelBlockTextOrganisation'), 'the panel says the organisation decided');
    // "Not sensitive?" opens the report, but not "Allow this value": the organisation's block is not the user's to waive.
    await clickPanelControl(t, 'button', msg('panelNotSensitive'));
    const opened = await t.axPanel();
    assert.ok(opened.inside.some((n) => n.role === 'button' && n.name === msg('panelReport')), `"Report a false positive" is offered: ${mask(opened.text)}`);
    const allowWords = msg('panelAllowHere').split('$')[0];
    assert.ok(!opened.inside.some((n) => n.name.startsWith(allowWords)), `no "Allow this value" on what the organisation blocks: ${mask(opened.text)}`);
    assert.ok(p.text.includes(POLICY.message), `the panel shows the organisation's message: ${mask(p.text)}`);
    const link = p.inside.find((n) => n.role === 'link');
    assert.equal(link?.name, msg('panelHelpLink'), `the panel links to the organisation's policy: ${mask(p.text)}`);
    await t.idle(500);
    sameList(await t.sent(), [], 'nothing is sent');
    await t.press('Escape');
    await t.clickSend();
    await t.waitPanel('the block panel to open on the send button');
    await t.idle(300);
    sameList(await t.sent(), [], 'the send button sends nothing either');
    sameText(await t.state(), AWS_PROMPT, 'the prompt stays in the composer');
    await t.press('Escape');
  });

  test('personal data is redacted: the app receives the placeholder, never the number', async () => {
    const b = browser();
    const t = await b.open(EDITORS[1]);
    await t.type(PHONE_PROMPT);
    await t.press('Enter');
    const sent = await t.waitSent(1, 'the redacted prompt to be sent');
    sameList(sent, [PHONE_REDACTED], 'the app received the prompt with the placeholder');
    assert.ok(!sent[0].includes(PHONE), 'the phone number is not in what was sent');
    assert.equal(await t.panelOpen(), false, 'redact needs no panel');
  });

  test("the organisation's custom rule fires: a ticket number is blocked by acme-ticket", async () => {
    const b = browser();
    const t = await b.open(EDITORS[2]);
    await t.type(TICKET_PROMPT);
    await t.press('Enter');
    await t.waitPanel('the block panel to open for the ticket number');
    await checkPanel(t, { title: msg('panelBlockTitle'), buttons: ['Edit', 'Redact'], titleRule: POLICY.customRules[0].title, preview: null });
    await t.idle(500);
    sameList(await t.sent(), [], 'nothing is sent');
    sameText(await t.state(), TICKET_PROMPT, 'the prompt stays in the composer');
    await t.press('Escape');
  });

  test('"Send anyway" demands a typed justification; with one, the prompt goes out unchanged', async () => {
    const b = browser();
    const t = await b.open(EDITORS[3]);
    await t.type(EMAIL_PROMPT);
    await t.press('Enter');
    await t.waitPanel('the warn panel to open for the email address');
    const p = await checkPanel(t, { title: msg('panelWarnTitle'), titleRule: 'Email address', preview: null });
    const send = p.inside.find((n) => n.role === 'button' && n.name === msg('buttonSendAnyway'));
    assert.ok(send, `the panel offers "Send anyway" (allowOverride): ${mask(p.text)}`);
    assert.equal(send.disabled, true, '"Send anyway" is disabled until a reason is typed');
    assert.equal(p.focusedName, msg('buttonEdit'), 'the safe choice has focus');
    // A click on the disabled button sends nothing (it points to the reason field).
    await clickPanelControl(t, 'button', msg('buttonSendAnyway'));
    await t.idle(300);
    sameList(await t.sent(), [], 'a click on "Send anyway" without a reason sends nothing');
    assert.equal(await t.panelOpen(), true, 'the panel stays open');
    // The reason, then "Send anyway" by keyboard (it is in the Tab order now).
    await clickPanelControl(t, 'textbox');
    await t.type(REASON);
    const ready = await t.axPanel();
    assert.equal(ready.inside.find((n) => n.role === 'button' && n.name === msg('buttonSendAnyway'))?.disabled, false, '"Send anyway" is enabled once a reason is typed');
    await t.choose('warn', 'send', { justification: true });
    sameList(await t.waitSent(1), [EMAIL_PROMPT], 'sent as typed once a reason was given');
  });

  test('the audit log records each event with rule ids, action and justification, and no value from the prompts', async () => {
    const b = browser();
    const expected = [
      { rules: ['aws-access-key-id'], outcome: 'blocked' },
      { rules: ['phone-number'], outcome: 'redacted' },
      { rules: ['acme-ticket'], outcome: 'blocked' },
      { rules: ['email'], outcome: 'overridden', justification: REASON },
    ];
    const dump = await until(async () => {
      const d = await b.storageDump();
      return JSON.parse(d).local.auditLog?.some((e) => e.outcome === 'overridden') && d;
    }, 'the override to reach the audit log');
    assertAudit(JSON.parse(dump).local.auditLog, dump, expected);
    // The options page's activity view shows the same.
    const page = await b.context.newPage();
    try {
      await page.goto(`${b.origin}options/options.html`);
      await page.waitForFunction(() => document.querySelectorAll('#audit-rows tr').length > 0);
      const rows = await page.evaluate(auditRows);
      for (const e of expected) {
        assert.ok(
          rows.some(([, rules, outcomes, justification, words]) => rules === e.rules.join(', ') && outcomes.split(',').includes(e.outcome) && justification === (e.justification ?? '') && words && !words.includes(e.outcome)),
          `the activity view shows ${JSON.stringify(e)}, its outcome in words: ${JSON.stringify(rows)}`,
        );
      }
      const html = await page.content();
      noSecretIn(html, 'the options page');
      for (const [name, value] of Object.entries(VALUES)) assert.ok(!html.includes(value), `the ${name} is not on the options page`);
    } finally {
      await page.close();
    }
  });

  test('a policy changed while Chromium runs applies at once: lockUserOptions ignores the user options and locks the whole page', async () => {
    const b = browser();
    // A user choice the first policy leaves open, and that the background applies.
    const mine = { minSeverity: 'critical' };
    const before = JSON.parse((await writeUserOptions(b, (r) => b.swEval((x) => chrome.storage.local.set(x), r), mine)).policy);
    assert.equal(before.minSeverity, 'critical', "the user's minimum severity applies while the policy leaves it open");
    // The administrator tightens the policy; Chromium watches the directory and the extension hears storage.onChanged.
    writeFileSync(CHROMIUM_POLICY, chromiumPolicy({ ...POLICY, lockUserOptions: true }));
    const reply = await until(async () => {
      const r = await b.extEval(hello, 'settings.check/');
      return JSON.parse(r.policy).lockUserOptions === true && r;
    }, 'Chromium to reload the changed policy file and the background to rebuild', { timeout: 30_000, interval: 250 });
    const policy = JSON.parse(reply.policy);
    assert.equal(policy.minSeverity, 'medium', `the user's options are ignored: the default applies (minSeverity: ${policy.minSeverity})`);
    assert.equal(policy.categories.secret, 'block');
    const page = await b.context.newPage();
    try {
      const o = await openOptions(page, b);
      assertLockedOptions(o, { all: true });
      const free = await page.evaluate(() => [...document.querySelectorAll('#custom-form input, #custom-form select, #custom-form button, #excluded-sites, #allow-values')].filter((el) => !(/** @type {HTMLInputElement | HTMLSelectElement | HTMLButtonElement | HTMLTextAreaElement} */ (el).disabled)).map((el) => el.id || el.tagName));
      assert.deepEqual(free, [], 'the custom rule form and the site and allow lists are read-only');
    } finally {
      await page.close();
    }
  });

  // What an admin checks with the command line is what the options page
  // shows: for the test's policy (with a user document that sets some of
  // the same keys) and for the deployment docs' example policy.
  for (const [name, policy] of [
    ["the managed test's policy", POLICY],
    ["the deployment docs' example policy", JSON.parse(readFileSync(path.join(REPO, 'docs', 'deploy', 'policy.json'), 'utf8'))],
  ]) {
    test(`check-policy --managed prints what the options page shows as locked: ${name}`, async () => {
      const b = browser();
      const user = { categories: { secret: 'off', custom: 'block' }, minSeverity: 'low', rules: { 'github-pat': 'redact' } };
      writeFileSync(CHROMIUM_POLICY, chromiumPolicy(policy));
      await until(async () => {
        const { settings } = await b.extEval(async () => (globalThis.chrome).runtime.sendMessage({ type: 'pw:settings' }));
        return JSON.stringify(settings.policy.helpUrl) === JSON.stringify(policy.helpUrl) && settings.userLocked === (policy.lockUserOptions === true);
      }, 'Chromium to reload the policy file and the background to rebuild', { timeout: 30_000, interval: 250 });
      await writeUserOptions(b, (r) => b.swEval((x) => chrome.storage.local.set(x), r), user);
      const cli = checkPolicy(policy, user);
      const page = await b.context.newPage();
      try {
        await openOptions(page, b);
        const shown = await page.evaluate(lockedInOptionsPage, cli.locked.filter((p) => p.startsWith('rules.')).map((p) => p.slice('rules.'.length)).concat('github-pat'));
        const lockedByCli = (p) => cli.userLocked || cli.locked.some((l) => l === p || p.startsWith(`${l}.`));
        for (const [p, disabled] of Object.entries(shown.controls)) {
          assert.equal(disabled, lockedByCli(p), `${p}: the options page shows it ${disabled ? 'locked' : 'open'}, check-policy says ${lockedByCli(p) ? 'locked' : 'open'}`);
        }
        for (const [id, disabled] of Object.entries(shown.rules)) {
          assert.equal(disabled, lockedByCli(`rules.${id}`), `rules.${id}: options page ${disabled}, check-policy ${lockedByCli(`rules.${id}`)}`);
        }
        const cliRules = cli.locked.filter((p) => p.startsWith('customRules.')).map((p) => p.slice('customRules.'.length)).sort();
        assert.deepEqual(shown.lockedCustomRules.sort(), cliRules, 'the custom rules shown as the organisation\'s');
        assert.equal(shown.issues, cli.issues.length, 'as many problems listed as check-policy prints');
      } finally {
        await page.close();
      }
    });
  }
});

// ---- Firefox ESR -------------------------------------------------------------------

describe('Firefox ESR: policy from policies.json', () => {
  let b;
  let launchError;
  let removePolicy = () => {};
  const policyFile = FIREFOX_POLICY;
  /** @type {string | null} */
  let originalPolicies = null;
  before(async () => {
    try {
      assert.ok(existsSync(FIREFOX), INSTALL.firefox);
      assert.ok(findGeckodriver(), INSTALL.geckodriver);
      await ensureBuilt();
      originalPolicies = existsSync(policyFile) ? readFileSync(policyFile, 'utf8') : null;
      removePolicy = placeFile(policyFile, firefoxPolicy(POLICY));
      b = await launchFirefox({ injectSettings: false });
    } catch (e) {
      launchError = e;
    } finally {
      // Firefox has read policies.json at startup (it never reads it again):
      // the file goes now, so no other Firefox started on this machine meanwhile gets it.
      removePolicy();
    }
  });
  after(async () => {
    try {
      await b?.close();
    } finally {
      removePolicy();
    }
  });
  const browser = () => {
    if (launchError) throw launchError;
    return b;
  };

  test('Firefox loaded the policy: browser.storage.managed holds it', async () => {
    const b = browser();
    assertPolicyLoaded(await b.extEval(managedStorage), policyFile);
    const now = existsSync(policyFile) ? readFileSync(policyFile, 'utf8') : null;
    assert.ok(now === originalPolicies, `${policyFile} is back as it was before the launch`);
  });

  test('weaker user options do not weaken the policy', async () => {
    const b = browser();
    const reply = await writeUserOptions(b, (r) => b.extEval(async (x) => (globalThis.browser ?? globalThis.chrome).storage.local.set(x), r));
    assertPolicyWins(reply);
  });

  test('the options page shows the settings locked', async () => {
    const b = browser();
    // Reloaded, so that it renders the settings as they are after the user options were written.
    await b.extEval(() => {
      window.__pwStale = true;
      setTimeout(() => location.reload(), 0);
    });
    const o = await until(async () => {
      const s = await b.extEval(optionsState).catch(() => null);
      return s?.ready && s.fresh && s;
    }, 'the options page to render after the reload');
    assertLockedOptions(o);
  });

  test('a secret is blocked and personal data redacted on a fixture page', async () => {
    const b = browser();
    const t = await b.open(EDITORS[0]);
    await t.type(AWS_PROMPT);
    await t.press('Enter');
    await t.waitPanel('the block panel to open');
    await t.idle(500);
    sameList(await t.sent(), [], 'the secret is not sent');
    sameText(await t.state(), AWS_PROMPT, 'the prompt stays in the composer');
    await t.press('Escape');
    const u = await b.open(EDITORS[1]);
    await u.type(PHONE_PROMPT);
    await u.press('Enter');
    const sent = await u.waitSent(1, 'the redacted prompt to be sent');
    sameList(sent, [PHONE_REDACTED], 'the app received the placeholder');
    assert.equal(await u.panelOpen(), false);
    const dump = await b.storageDump();
    assertAudit(JSON.parse(dump).local.auditLog ?? [], dump, [
      { rules: ['aws-access-key-id'], outcome: 'blocked' },
      { rules: ['phone-number'], outcome: 'redacted' },
    ]);
  });
});
