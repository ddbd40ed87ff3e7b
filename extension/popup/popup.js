/**
 * Popup: is this tab protected, and what was caught this browser session.
 * It asks the tab's content script directly (no `tabs` permission needed
 * to message a tab by id) and the background for the counters.
 */
import { ext } from '../shared/ext.js';
import { localize, t } from '../shared/i18n.js';
import { MSG } from '../shared/messages.js';
import { WHY } from '../shared/why.js';
import { pauseControl } from './pause.js';

localize(document);

const status = /** @type {HTMLElement} */ (document.getElementById('status'));

async function tabStatus() {
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return await ext.tabs.sendMessage(tab.id, { type: MSG.STATUS });
  } catch {
    return null; // no content script: not a chat site we protect
  }
}

const s = await tabStatus();
if (!s) {
  status.textContent = t('popupNotChat');
} else if (!s.protected) {
  status.textContent = t('popupExcluded', s.site);
  status.className = 'warn';
} else if (s.engine === 'unavailable') {
  status.textContent = t('popupUnavailable', s.site);
  status.className = 'bad';
} else {
  status.textContent = t(s.engine === 'page' ? 'popupProtectedPage' : 'popupProtectedBackground', s.site);
  status.className = 'ok';
}

/** Why this tab is (or is not) protected, as the engine decided. */
const why = /** @type {HTMLElement} */ (document.getElementById('why'));
const whyKey = s?.reason ? WHY[/** @type {keyof typeof WHY} */ (s.reason)] : undefined;
if (whyKey) {
  why.textContent = t(whyKey, s.appName ?? s.site);
  why.hidden = false;
}
const pause = pauseControl(s, (text) => (status.textContent = text));
if (pause) status.after(pause);

const audit = await ext.runtime.sendMessage({ type: MSG.AUDIT }).catch(() => null);
for (const cat of ['secret', 'pii', 'custom']) {
  const el = document.getElementById(`count-${cat}`);
  if (el) el.textContent = String(audit?.session?.byCategory?.[cat] ?? 0);
}

// Where records go, in plain words: nowhere, or to the organisation.
const delivery = await ext.runtime.sendMessage({ type: MSG.AUDIT_STATUS }).catch(() => null);
const privacy = document.getElementById('privacy');
if (privacy && delivery?.configured) privacy.textContent = t('popupSentToOrg');

document.getElementById('options')?.addEventListener('click', (e) => {
  e.preventDefault();
  ext.runtime.openOptionsPage();
  window.close();
});
