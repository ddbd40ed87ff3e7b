/**
 * The popup's "Pause on this site" / "Resume protection here": adds the
 * tab's site to the user's excluded sites, or removes it, where the
 * organisation allows it (`allowSitePause`; the tab's content script says
 * whether it may). The page's content script hears of the change from the
 * background and turns itself off or on.
 */
import { ext } from '../shared/ext.js';
import { t } from '../shared/i18n.js';
import { MSG } from '../shared/messages.js';

/**
 * The pause control for a tab's status, or null when pausing is not offered.
 * @param {{ site: string, protected: boolean, canPause?: boolean, paused?: boolean } | null} status the tab's pw:status reply
 * @param {(status: string) => void} announce shows what happened
 * @returns {HTMLElement | null}
 */
export function pauseControl(status, announce) {
  if (!status?.canPause || (!status.protected && !status.paused)) return null;
  const pause = !status.paused;
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'pause';
  button.textContent = t(pause ? 'popupPause' : 'popupResume');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const reply = await ext.runtime.sendMessage({ type: MSG.PAUSE_SITE, site: status.site, paused: pause }).catch(() => null);
    announce(reply?.ok ? t(pause ? 'popupPaused' : 'popupResumed', status.site) : t('popupPauseFailed'));
    if (reply?.ok) button.remove();
    else button.disabled = false;
  });
  return button;
}
