/**
 * The sites view: where PromptWarden runs, and who decided. Everything comes
 * from the engine (the built-in catalog, the settings' site lists, and its
 * answer for one page), so the page holds no site logic of its own; the
 * lists follow the settings as edited, before they are saved.
 */

import { builtinApps } from '../pkg/promptwarden.js';
import { t } from '../shared/i18n.js';
import { WHY } from '../shared/why.js';
import { $, h } from './dom.js';

/** @typedef {import('../pkg/promptwarden.js').SettingsView} SettingsView */
/** @typedef {import('../pkg/promptwarden.js').SiteEntry} SiteEntry */

const siteOf = (/** @type {SiteEntry} */ e) => (typeof e === 'string' ? e : e.site);

/** The built-in apps' table (once: the catalog is compiled into the engine). */
export function renderBuiltinApps() {
  const apps = builtinApps();
  $('builtin-summary').textContent = t('optionsBuiltinApps', String(apps.length));
  $('builtin-rows').replaceChildren(...apps.map((a) => h('tr', {}, [h('td', {}, [a.name]), h('td', {}, [a.sites.join(', ')])])));
}

/**
 * The organisation's lists, and which of the user's own apply.
 * @param {SettingsView} view the engine's view of the settings as edited
 */
export function renderSiteLists(view) {
  const { organisation } = view.siteLists;
  /** @param {string} key @param {string[]} sites @param {string} kind */
  const list = (key, sites, kind) =>
    h('div', { class: 'site-list', 'data-list': kind }, [
      h('h3', {}, [t(key)]),
      sites.length ? h('ul', {}, sites.map((s) => h('li', {}, [h('code', {}, [s])]))) : h('p', { class: 'muted' }, [t('optionsNone')]),
    ]);
  const parts = [];
  if (organisation.protectAllSites) parts.push(h('p', { class: 'ok' }, [t('popupWhyAllSites')]));
  parts.push(list('optionsOrgSites', organisation.sites.map(siteOf), 'organisation'), list('optionsOrgExcluded', organisation.excludedSites, 'organisation-excluded'));
  if (view.policy.allowSitePause === false) parts.push(h('p', { class: 'warn' }, [t('optionsExcludedIgnored')]));
  $('site-lists').replaceChildren(...parts);
}

/**
 * "Check a site": the engine's answer for a page under the settings as edited.
 * @param {() => import('../pkg/promptwarden.js').Settings | null} current
 */
export function mountSiteCheck(current) {
  const input = $('site-check');
  const out = $('site-check-result');
  const answer = () => {
    const page = input.value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const settings = current();
    if (!page || !settings) {
      out.textContent = '';
      return;
    }
    let p;
    try {
      p = settings.protection(page.includes('/') ? page : `${page}/`);
    } catch {
      out.textContent = t('optionsSiteInvalid');
      out.className = 'issue';
      return;
    }
    const why = t(WHY[p.reason] ?? 'popupNotChat', p.app?.name ?? '');
    out.textContent = `${t(p.protected ? 'optionsSiteProtected' : 'optionsSiteNotProtected')} ${why}`;
    out.className = p.protected ? 'ok' : 'muted';
  };
  input.addEventListener('input', answer);
  return answer;
}
