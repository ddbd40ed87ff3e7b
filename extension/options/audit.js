/**
 * The options page's "Sent to your organisation" section: in plain words,
 * whether anything leaves this browser, what each record holds and what it
 * never holds (part of the privacy promise), and how delivery goes, for an
 * administrator checking a roll-out. Where the organisation lets users
 * name their own collector, its two fields; header values are never shown
 * (the background hands this page the mask, and puts the stored values
 * back when the options are saved).
 */

import { ext } from '../shared/ext.js';
import { t } from '../shared/i18n.js';
import { MSG } from '../shared/messages.js';
import { $, h } from './dom.js';

/** Chrome's optional permissions for the signed-in account (see background/audit/resource.js). */
const IDENTITY = { permissions: /** @type {chrome.runtime.ManifestPermission[]} */ (['identity', 'identity.email']) };

const when = (/** @type {number | undefined} */ ms) => (ms ? new Date(ms).toLocaleString() : t('auditStatusNever'));

/** Whether this user may name a collector: the organisation allows it and names none itself. */
let ownAllowed = false;

/**
 * Renders the section and keeps its delivery status current.
 * @param {{ policy: Record<string, any>, locked: string[], userLocked: boolean }} settings the engine's view
 * @param {Record<string, any>} user the user's own options (header values hidden)
 */
export async function renderAuditSection(settings, user) {
  const locked = new Set(settings.locked);
  ownAllowed = !!settings.policy.allowUserAuditEndpoint && !settings.userLocked && !locked.has('auditEndpoint');
  if (ownAllowed) {
    $('audit-own').hidden = false;
    $('audit-endpoint').value = user.auditEndpoint ?? '';
    $('audit-headers').value = Object.entries(user.auditHeaders ?? {}).map(([k, v]) => `${k}: ${v}`).join('\n');
  }
  $('audit-user-grant').addEventListener('click', async () => {
    await ext.permissions.request(IDENTITY).catch(() => false);
    await refresh();
  });
  await refresh();
  // Delivery moves on while the page is open: asked again every second
  // while it is shown. (Not on storage changes: each would hand this page
  // the queued records themselves.)
  setInterval(() => {
    if (document.visibilityState === 'visible') refresh();
  }, 1000);
}

async function refresh() {
  const s = await ext.runtime.sendMessage({ type: MSG.AUDIT_STATUS }).catch(() => null);
  if (!s?.ok) return;
  if (!s.configured) {
    $('audit-summary').textContent = t('auditNone');
    for (const id of ['audit-fields', 'audit-never', 'audit-user', 'audit-status']) $(id).hidden = true;
    return;
  }
  const host = new URL(s.url).host;
  $('audit-summary').textContent = t('auditSummary', host);
  const fields = ['auditFieldWhen', 'auditFieldRules', 'auditFieldOutcome', 'auditFieldJustification', 'auditFieldBrowser', 'auditFieldPolicy'];
  if (s.includeUser) fields.push('auditFieldUser');
  $('audit-fields').replaceChildren(...fields.map((k) => h('li', {}, [t(k)])));
  $('audit-fields').hidden = false;
  $('audit-never').hidden = false;
  await renderUser(s.includeUser);
  const rows = [
    ['auditStatusLastSuccess', when(s.lastSuccess)],
    ['auditStatusQueued', String(s.queued)],
    ['auditStatusDropped', String(s.dropped)],
    ['auditStatusRejected', String(s.rejected)],
  ];
  if (s.lastError) rows.push(['auditStatusLastError', `${when(s.lastError.time)}: ${s.lastError.message}`]);
  if (s.queued > 0 && s.nextAttempt > Date.now()) rows.push(['auditStatusNext', when(s.nextAttempt)]);
  $('audit-status-list').replaceChildren(...rows.flatMap(([k, v]) => [h('dt', {}, [t(k)]), h('dd', { 'data-status': k }, [v])]));
  $('audit-status').hidden = false;
}

/** The signed-in account: asked for by the organisation, granted (or not) by the user, absent in Firefox. */
async function renderUser(/** @type {boolean} */ includeUser) {
  $('audit-user').hidden = !includeUser;
  if (!includeUser) return;
  const canAsk = !!ext.permissions && (ext.runtime.getManifest().optional_permissions ?? []).includes('identity.email');
  const granted = canAsk && (await ext.permissions.contains(IDENTITY).catch(() => false));
  $('audit-user-note').textContent = t(!canAsk ? 'auditUserFirefox' : granted ? 'auditUserGranted' : 'auditUserChrome');
  $('audit-user-grant').hidden = !canAsk || granted;
}

/**
 * Adds the user's own collector to the options document being saved, when
 * they may name one (header lines `Name: value`; a hidden value stays as
 * stored). Without that permission the keys are left out: the engine would
 * refuse them anyway.
 * @param {Record<string, any>} doc
 */
export function collectAudit(doc) {
  if (!ownAllowed) return;
  const endpoint = $('audit-endpoint').value.trim();
  if (endpoint) doc.auditEndpoint = endpoint;
  /** @type {Record<string, string>} */
  const headers = {};
  for (const line of $('audit-headers').value.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  if (Object.keys(headers).length) doc.auditHeaders = headers;
}
