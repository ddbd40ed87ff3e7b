/**
 * Options page: the user's settings under the organisation's policy, a test
 * box that runs the engine on the settings as they are being edited, where
 * PromptWarden runs, and the activity log. Values the managed policy sets
 * are shown locked. Edits stay on the page, marked as unsaved, until Save;
 * the engine (in this page, on the same managed policy the background
 * reads) answers for the draft, so the page holds no policy logic.
 */
import init, { Settings, checkPolicy, loadVendors, rules } from '../pkg/promptwarden.js';
import { ruleNames } from '../shared/catalog.js';
import { ext } from '../shared/ext.js';
import { localize, t } from '../shared/i18n.js';
import { MSG } from '../shared/messages.js';
import { ruleTitle } from '../shared/rule-titles.js';
import { fetchVendorTable, installVendorTable } from '../shared/vendors.js';
import { mountActivity } from './activity-view.js';
import { collectAudit, renderAuditSection } from './audit.js';
import { SEVERITIES, mountCustomRules } from './custom-rules.js';
import { $, fill, h, valueWord } from './dom.js';
import { mountRuleList } from './rule-list.js';
import { mountSiteCheck, renderBuiltinApps, renderSiteLists } from './sites.js';

document.documentElement.lang = t('uiLang');
localize(document);
const vendors = fetchVendorTable();
await init({ module_or_path: ext.runtime.getURL('pkg/promptwarden_bg.wasm') });
await installVendorTable(vendors, loadVendors);

const ACTIONS = ['off', 'warn', 'block', 'redact'];
const FILE_ACTIONS = ['allow', 'warn', 'block'];

const [reply, managed] = await Promise.all([
  ext.runtime.sendMessage({ type: MSG.SETTINGS }),
  // The same document the background reads (background/settings.js), so that
  // the page's engine resolves the draft exactly as the background will.
  ext.storage.managed.get().catch(() => ({})),
]);
/**
 * What the engine resolved (the effective policy with every default, the
 * organisation's locks, the problems) and the user's own document.
 * @type {import('../pkg/promptwarden.js').SettingsView & { user: Record<string, any> }}
 */
const settings = reply?.settings ?? { ...new Settings(null, null).view(), user: {} };
const locked = new Set(settings.locked);
const isLocked = (/** @type {string} */ path) => locked.has('*') || locked.has(path) || locked.has(path.split('.')[0]);
/** The user's own document as saved (header values hidden by the background). */
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

// Actions, severity, switches and the file keys: bound by data-path.
fill($('cat-secret'), ACTIONS);
fill($('cat-pii'), ACTIONS);
fill($('cat-custom'), ACTIONS);
fill($('min-severity'), SEVERITIES);
fill($('unscannable-files'), FILE_ACTIONS);
fill($('unsupported-files'), FILE_ACTIONS);
const LISTS = ['sites', 'excludedSites', 'allowlist'];
const get = (/** @type {any} */ doc, /** @type {string} */ path) => path.split('.').reduce((o, k) => o?.[k], doc);
/** @type {HTMLInputElement[]} */
const bound = [];
for (const el of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('[data-path]'))) {
  const path = el.getAttribute('data-path') ?? '';
  if (LISTS.includes(path)) continue;
  bound.push(el);
  const value = get(effective, path);
  if (el.type === 'checkbox') el.checked = !!value;
  else el.value = String(value ?? '');
  if (isLocked(path)) {
    el.disabled = true;
    el.title = t('optionsLocked');
    document.querySelector(`label[for="${el.id}"]`)?.classList.add('locked');
  }
}
// The user's own entries only: string entries (the options page does not edit selectors).
$('protected-sites').value = (user.sites ?? []).filter((/** @type {unknown} */ e) => typeof e === 'string').join('\n');
$('excluded-sites').value = (user.excludedSites ?? []).join('\n');
$('allow-values').value = (user.allowlist ?? []).flatMap((/** @type {any} */ e) => e.values ?? []).join('\n');
for (const [id, path] of [['protected-sites', 'sites'], ['excluded-sites', 'excludedSites'], ['allow-values', 'allowlist']]) {
  if (locked.has('*')) $(id).disabled = true;
  else if (isLocked(path)) $(id).title = t('optionsLockedAdds');
}

/** The report threshold as edited (the organisation's when it sets it). */
const threshold = () => (isLocked('minSeverity') ? effective.minSeverity : $('min-severity').value);

// Rule titles: the engine's catalog, then the custom rules; the built-in
// ones in the UI's language where it has them.
const catalog = rules();
const names = ruleNames(catalog, [...(effective.customRules ?? []), ...(user.customRules ?? [])]);
const title = (/** @type {string} */ id) => ruleTitle(id, names.titles[id] ?? id, names.categories[id]);

// Per-rule actions.
/** @type {Record<string, string>} */
const ruleActions = { ...(user.rules ?? {}) };
mountRuleList({ catalog, actions: ruleActions, effective: effective.rules ?? {}, isLocked, actionValues: ACTIONS, title, onChange: () => changed() });

// Custom rules: the organisation's (locked) and the user's own. A user rule
// with the id of one of the organisation's never runs (the managed rule
// replaces it), so it is not listed either, nor saved again.
const customRules = (user.customRules ?? []).filter((/** @type {any} */ r) => !locked.has(`customRules.${r.id}`));
const custom = mountCustomRules({
  rules: customRules,
  saved: structuredClone(customRules),
  organisation: (effective.customRules ?? []).filter((/** @type {any} */ r) => locked.has(`customRules.${r.id}`)),
  allLocked: locked.has('*'),
  threshold,
  actionValues: ACTIONS.filter((a) => a !== 'off'),
  onChange: () => changed(),
});

// What the organisation receives, and how delivery goes (its fields are
// filled at once; the delivery status follows).
const auditSection = renderAuditSection(settings, user);

/** Builds the user's document from the page as it is now. */
function collect() {
  /** @type {Record<string, any>} */
  const doc = {};
  /** @type {Record<string, string>} */
  const categories = {};
  for (const c of ['secret', 'pii', 'custom']) if (!isLocked(`categories.${c}`)) categories[c] = $(`cat-${c}`).value;
  doc.categories = categories;
  for (const el of bound) {
    const path = el.getAttribute('data-path') ?? '';
    if (path.includes('.') || isLocked(path)) continue;
    if (el.type === 'checkbox') doc[path] = el.checked;
    else if (el.type === 'number') doc[path] = el.value === '' ? el.value : Number(el.value);
    else doc[path] = el.value;
  }
  if (Object.keys(ruleActions).length) doc.rules = { ...ruleActions };
  if (customRules.length) doc.customRules = structuredClone(customRules);
  const lines = (/** @type {string} */ id) => $(id).value.split('\n').map((/** @type {string} */ s) => s.trim()).filter(Boolean);
  const sites = [...lines('protected-sites'), ...(user.sites ?? []).filter((/** @type {unknown} */ e) => typeof e !== 'string')];
  if (sites.length) doc.sites = sites;
  const excluded = lines('excluded-sites');
  if (excluded.length) doc.excludedSites = excluded;
  const values = lines('allow-values');
  // The "Not sensitive" hashes the panel stored stay as they are.
  const allowlist = [...(values.length ? [{ values }] : []), ...(user.allowlist ?? []).filter((/** @type {any} */ e) => !e.values)];
  if (allowlist.length) doc.allowlist = allowlist;
  collectAudit(doc);
  return doc;
}

/** JSON with object keys sorted: two documents that say the same compare equal. */
const canon = (/** @type {unknown} */ v) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

// ---- the draft: the engine's answer for the page as edited -------------------------

/** @type {{ key: string, settings: Settings | null, scanner: any, error: string | null }} */
const draft = { key: '', settings: null, scanner: null, error: null };
/** The engine's settings for the document as edited (null when the engine refuses it). */
function draftSettings() {
  const doc = collect();
  const key = canon(doc);
  if (key !== draft.key) {
    draft.settings?.free();
    draft.scanner?.free?.();
    draft.key = key;
    draft.scanner = null;
    try {
      draft.settings = new Settings(managed, doc);
      draft.error = null;
    } catch (e) {
      draft.settings = null;
      draft.error = String(e?.message ?? e);
    }
  }
  return draft.settings;
}

// ---- unsaved changes ----------------------------------------------------------------

let baseline = canon(collect());
let dirty = false;
/** Set while the page reloads itself to discard: no "leave the page?" then. */
let discarding = false;

function showDirty() {
  dirty = canon(collect()) !== baseline;
  document.body.classList.toggle('dirty', dirty);
  $('dirty-state').textContent = dirty ? t('optionsUnsaved') : '';
  $('discard').disabled = !dirty;
}

/** Everything that follows an edit. */
function changed() {
  showDirty();
  refreshDraftViews();
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let draftTimer;
/** Sites and "Try it" follow the draft, after a short pause in the typing. */
function refreshDraftViews() {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => {
    const s = draftSettings();
    if (s) renderSiteLists(s.view());
    checkSite();
    runTest();
  }, 120);
}

document.querySelector('main')?.addEventListener('input', (e) => {
  const target = /** @type {HTMLElement} */ (e.target);
  // The test box, the filters and the searches are not settings.
  if (!target.closest('[data-path], #audit-own')) return;
  if (target.id === 'min-severity') custom.render();
  changed();
});
document.querySelector('main')?.addEventListener('change', (e) => {
  const target = /** @type {HTMLElement} */ (e.target);
  if (!target.closest('[data-path], #audit-own')) return;
  if (target.id === 'min-severity') custom.render();
  changed();
});
addEventListener('beforeunload', (e) => {
  if (!dirty || discarding) return;
  e.preventDefault();
  // Chromium before 119 and Firefox's older builds still read returnValue.
  e.returnValue = '';
});

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
  if (r?.ok) {
    baseline = canon(doc);
    custom.markSaved(doc.customRules ?? []);
    showDirty();
  }
});
$('discard').addEventListener('click', () => {
  discarding = true;
  location.reload();
});

// ---- "Try it": the draft's engine -------------------------------------------------

/** @type {ReturnType<typeof setTimeout> | undefined} */
let testTimer;
function runTest() {
  const text = $('test-text').value;
  if (!text) {
    $('test-results').replaceChildren();
    return;
  }
  const s = draftSettings();
  if (!s) {
    $('test-results').replaceChildren(h('li', { class: 'issue' }, [draft.error ?? '']));
    return;
  }
  draft.scanner ??= s.scanner();
  const findings = draft.scanner.scan(text);
  $('test-results').replaceChildren(
    ...(findings.length
      ? findings.map((/** @type {any} */ f) =>
          h('li', { 'data-rule': f.ruleId, 'data-action': f.action }, [h('strong', {}, [title(f.ruleId)]), ` · ${t(`severity_${f.severity}`)} · ${valueWord(f.action)} · `, h('code', {}, [f.preview])]),
        )
      : [h('li', { class: 'ok' }, [t('optionsTestClean')])]),
  );
}
$('test-text').addEventListener('input', () => {
  clearTimeout(testTimer);
  testTimer = setTimeout(runTest, 120);
});

// ---- sites --------------------------------------------------------------------------

renderBuiltinApps();
renderSiteLists(draftSettings()?.view() ?? settings);
const checkSite = mountSiteCheck(draftSettings);

showDirty();
await auditSection;

// Activity log.
await mountActivity({ title, locked: isLocked('auditRetentionDays') });
document.body.dataset.ready = 'true';
