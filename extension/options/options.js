/**
 * Options page: the user's settings under the organisation's policy, a test
 * box that runs the same engine on pasted text, and the activity log.
 * Values the managed policy sets are shown locked. Custom rules and the
 * whole document are validated by the engine before saving, with the
 * field and the reason shown next to the input.
 */
import init, { Scanner, Settings, checkPolicy, rules } from '../pkg/promptwarden.js';
import { ext } from '../shared/ext.js';
import { localize, t } from '../shared/i18n.js';
import { MSG } from '../shared/messages.js';

await init({ module_or_path: ext.runtime.getURL('pkg/promptwarden_bg.wasm') });
localize(document);

const ACTIONS = ['off', 'warn', 'block', 'redact'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

/** @param {string} tag @param {Record<string, string>} [attrs] @param {(Node | string)[]} [children] */
function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** @param {HTMLSelectElement} select @param {string[]} values @param {string} [empty] */
function fill(select, values, empty) {
  if (empty !== undefined) select.append(h('option', { value: '' }, [empty]));
  for (const v of values) select.append(h('option', { value: v }, [t(`value_${v}`) === `value_${v}` ? v : t(`value_${v}`)]));
}

const reply = await ext.runtime.sendMessage({ type: MSG.SETTINGS });
/**
 * What the engine resolved (the effective policy with every default, the
 * organisation's locks, the problems) and the user's own document.
 * @type {import('../pkg/promptwarden.js').SettingsView & { user: Record<string, any> }}
 */
const settings = reply?.settings ?? { policy: new Settings(null, null).view().policy, locked: [], issues: [], user: {}, userLocked: false };
const locked = new Set(settings.locked);
const isLocked = (/** @type {string} */ path) => locked.has('*') || locked.has(path) || locked.has(path.split('.')[0]);
/** The user's own document, edited in place and saved whole. */
const user = structuredClone(settings.user ?? {});
const effective = settings.policy;

// Engine or policy problems.
if (settings.issues.length || reply?.engineError) {
  $('issues').hidden = false;
  if (reply?.engineError) $('issue-list').append(h('li', { class: 'issue' }, [t('optionsEngineError', reply.engineError)]));
  for (const i of settings.issues) {
    $('issue-list').append(h('li', { class: 'issue' }, [`${t(i.source === 'managed' ? 'optionsFromManaged' : 'optionsFromUser')} ${i.path}: ${i.message}`]));
  }
}
if (locked.size) $('managed-note').hidden = false;

// Actions, severity and switches: bound by data-path.
fill($('cat-secret'), ACTIONS);
fill($('cat-pii'), ACTIONS);
fill($('cat-custom'), ACTIONS);
fill($('min-severity'), SEVERITIES);
fill($('cr-severity'), SEVERITIES);
fill($('cr-action'), ACTIONS.filter((a) => a !== 'off'), t('optionsCategoryDefault'));
const get = (/** @type {any} */ doc, /** @type {string} */ path) => path.split('.').reduce((o, k) => o?.[k], doc);
for (const el of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('[data-path]'))) {
  const path = el.getAttribute('data-path') ?? '';
  if (path === 'excludedSites' || path === 'allowlist') continue;
  const value = get(effective, path);
  if (el.type === 'checkbox') el.checked = !!value;
  else el.value = value;
  if (isLocked(path)) {
    el.disabled = true;
    el.title = t('optionsLocked');
    document.querySelector(`label[for="${el.id}"]`)?.classList.add('locked');
  }
}
$('excluded-sites').value = (user.excludedSites ?? []).join('\n');
$('allow-values').value = (user.allowlist ?? []).flatMap((e) => e.values ?? []).join('\n');
for (const [id, path] of [['excluded-sites', 'excludedSites'], ['allow-values', 'allowlist']]) {
  if (locked.has('*')) $(id).disabled = true;
  else if (isLocked(path)) $(id).title = t('optionsLockedAdds');
}

// Per-rule actions.
const catalog = rules();
const ruleActions = { ...(user.rules ?? {}) };
function renderRules() {
  const filter = $('rule-filter').value.trim().toLowerCase();
  const rows = catalog
    .filter((r) => !filter || r.id.includes(filter) || r.title.toLowerCase().includes(filter))
    .slice(0, 200)
    .map((r) => {
      const select = h('select', { 'aria-label': `${r.title}: ${t('optionsRuleAction')}` });
      fill(/** @type {HTMLSelectElement} */ (select), ACTIONS, t('optionsCategoryDefault'));
      const lockedHere = isLocked(`rules.${r.id}`);
      /** @type {HTMLSelectElement} */ (select).value = (lockedHere ? effective.rules?.[r.id] : ruleActions[r.id]) ?? '';
      if (lockedHere) {
        /** @type {HTMLSelectElement} */ (select).disabled = true;
        select.title = t('optionsLocked');
      }
      select.addEventListener('change', () => {
        const v = /** @type {HTMLSelectElement} */ (select).value;
        if (v) ruleActions[r.id] = v;
        else delete ruleActions[r.id];
      });
      return h('tr', {}, [h('td', {}, [h('code', {}, [r.id])]), h('td', {}, [r.title]), h('td', {}, [t(`severity_${r.severity}`)]), h('td', {}, [select])]);
    });
  $('rule-rows').replaceChildren(...rows);
}
$('rule-filter').addEventListener('input', renderRules);
renderRules();

// Custom rules: the organisation's (locked) and the user's own. A user rule
// with the id of one of the organisation's never runs (the managed rule
// replaces it), so it is not listed either, nor saved again.
const customRules = (user.customRules ?? []).filter((r) => !locked.has(`customRules.${r.id}`));
function renderCustom() {
  const organisations = (effective.customRules ?? []).filter((/** @type {any} */ r) => locked.has(`customRules.${r.id}`));
  const rows = [
    ...organisations.map((/** @type {any} */ r) => [r, true]),
    ...customRules.map((r) => [r, locked.has('*')]),
  ].map(([r, isManaged]) => {
    const remove = h('button', { type: 'button' }, [t('optionsRemove')]);
    if (isManaged) /** @type {HTMLButtonElement} */ (remove).disabled = true;
    remove.addEventListener('click', () => {
      customRules.splice(customRules.indexOf(r), 1);
      renderCustom();
    });
    return h('tr', { class: isManaged ? 'locked' : '' }, [h('td', {}, [h('code', {}, [r.id])]), h('td', {}, [h('code', {}, [r.pattern])]), h('td', {}, [r.action ?? t('optionsCategoryDefault')]), h('td', {}, [remove])]);
  });
  $('custom-rows').replaceChildren(...rows);
}
renderCustom();
if (locked.has('*')) for (const el of $('custom-form').elements) el.disabled = true;
$('custom-form').addEventListener('submit', (/** @type {SubmitEvent} */ e) => {
  e.preventDefault();
  /** @type {Record<string, any>} */
  const rule = { id: $('cr-id').value.trim(), pattern: $('cr-pattern').value, severity: $('cr-severity').value };
  const keywords = $('cr-keywords').value.split(',').map((k) => k.trim()).filter(Boolean);
  if (keywords.length) rule.keywords = keywords;
  if ($('cr-action').value) rule.action = $('cr-action').value;
  // The engine checks the rule exactly as it will run it.
  const { issues } = checkPolicy({ customRules: [rule] });
  if (issues.length) {
    $('cr-error').textContent = issues.map((i) => `${i.path.replace('customRules[0].', '')}: ${i.message}`).join('; ');
    return;
  }
  $('cr-error').textContent = '';
  customRules.push(rule);
  renderCustom();
  /** @type {HTMLFormElement} */ (e.target).reset();
});

/** Builds the user's document from the form. */
function collect() {
  /** @type {Record<string, any>} */
  const doc = {};
  const categories = {};
  for (const c of ['secret', 'pii', 'custom']) if (!isLocked(`categories.${c}`)) categories[c] = $(`cat-${c}`).value;
  doc.categories = categories;
  if (!isLocked('minSeverity')) doc.minSeverity = $('min-severity').value;
  for (const [id, key] of [['allow-override', 'allowOverride'], ['require-justification', 'requireJustification'], ['preview-rules', 'previewRules']]) {
    if (!isLocked(key)) doc[key] = $(id).checked;
  }
  if (Object.keys(ruleActions).length) doc.rules = { ...ruleActions };
  if (customRules.length) doc.customRules = customRules;
  const lines = (/** @type {string} */ id) => $(id).value.split('\n').map((s) => s.trim()).filter(Boolean);
  const excluded = lines('excluded-sites');
  if (excluded.length) doc.excludedSites = excluded;
  const values = lines('allow-values');
  if (values.length) doc.allowlist = [{ values }];
  return doc;
}

$('save').addEventListener('click', async () => {
  const doc = collect();
  const { issues } = checkPolicy(doc);
  if (issues.length) {
    $('save-status').textContent = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    $('save-status').className = 'issue';
    return;
  }
  const r = await ext.runtime.sendMessage({ type: MSG.SAVE_OPTIONS, options: doc });
  $('save-status').textContent = r?.ok ? t('optionsSaved') : (r?.error ?? t('optionsSaveFailed'));
  $('save-status').className = r?.ok ? 'ok' : 'issue';
});

// Test box: the effective policy, in this page's own engine.
let tester = null;
try {
  tester = new Scanner(JSON.stringify(effective));
} catch (e) {
  $('test-results').replaceChildren(h('li', { class: 'issue' }, [String(e?.message ?? e)]));
}
const titles = Object.fromEntries(catalog.map((r) => [r.id, r.title]));
/** @type {ReturnType<typeof setTimeout> | undefined} */
let testTimer;
$('test-text').addEventListener('input', () => {
  clearTimeout(testTimer);
  testTimer = setTimeout(() => {
    if (!tester) return;
    const findings = tester.scan($('test-text').value);
    $('test-results').replaceChildren(
      ...(findings.length
        ? findings.map((f) => h('li', {}, [h('strong', {}, [titles[f.ruleId] ?? f.ruleId]), ` · ${t(`severity_${f.severity}`)} · ${f.action} · `, h('code', {}, [f.preview])]))
        : [h('li', { class: 'ok' }, [t('optionsTestClean')])]),
    );
  }, 120);
});

// Activity log.
async function renderAudit() {
  const audit = await ext.runtime.sendMessage({ type: MSG.AUDIT });
  const rows = (audit?.log ?? []).slice().reverse().map((e) =>
    h('tr', {}, [h('td', {}, [new Date(e.time).toLocaleString()]), h('td', {}, [e.site]), h('td', {}, [e.rules.join(', ')]), h('td', {}, [e.outcome]), h('td', {}, [e.justification ?? ''])]),
  );
  $('audit-rows').replaceChildren(...rows);
  return audit;
}
await renderAudit();
$('export').addEventListener('click', async () => {
  const audit = await ext.runtime.sendMessage({ type: MSG.AUDIT });
  const blob = new Blob([JSON.stringify({ exported: new Date().toISOString(), counters: audit.counters, events: audit.log }, null, 2)], { type: 'application/json' });
  const a = h('a', { href: URL.createObjectURL(blob), download: 'promptwarden-activity.json' });
  a.click();
  URL.revokeObjectURL(/** @type {HTMLAnchorElement} */ (a).href);
});
if (isLocked('auditRetentionDays')) $('clear').disabled = true;
$('clear').addEventListener('click', async () => {
  await ext.runtime.sendMessage({ type: MSG.CLEAR_AUDIT });
  await renderAudit();
});
