/**
 * Who sends the events: the OTLP resource of every batch. A random
 * install id (made once, kept in local storage), the browser and its
 * version, the operating system, the extension's version and, only when
 * the organisation asks for it and the browser can say, the signed-in
 * account.
 */

import { ext } from '../../shared/ext.js';

export const INSTALL_ID_KEY = 'installId';

/** The optional permissions that let Chrome name the profile's account. */
export const IDENTITY_PERMISSIONS = Object.freeze({ permissions: /** @type {chrome.runtime.ManifestPermission[]} */ (['identity', 'identity.email']) });

/** @type {Promise<string> | null} */
let installId = null;

/** This installation's id: random, made the first time it is asked for, then kept. */
export function getInstallId() {
  installId ??= (async () => {
    const stored = (await ext.storage.local.get(INSTALL_ID_KEY))[INSTALL_ID_KEY];
    if (typeof stored === 'string' && stored) return stored;
    const id = crypto.randomUUID();
    await ext.storage.local.set({ [INSTALL_ID_KEY]: id });
    return id;
  })();
  installId.catch(() => (installId = null));
  return installId;
}

/**
 * The browser's name and version: Firefox says so itself
 * (runtime.getBrowserInfo); Chromium browsers through their client hints,
 * the most specific brand first (Google Chrome or Microsoft Edge over
 * Chromium, never the GREASE brand).
 * @returns {Promise<{ name: string, version: string }>}
 */
async function browserInfo() {
  const firefox = /** @type {any} */ (ext.runtime).getBrowserInfo;
  if (typeof firefox === 'function') {
    const info = await firefox();
    return { name: info.name, version: info.version };
  }
  const hints = /** @type {any} */ (navigator).userAgentData;
  if (hints?.getHighEntropyValues) {
    const { fullVersionList = [] } = await hints.getHighEntropyValues(['fullVersionList']);
    const real = fullVersionList.filter((/** @type {{ brand: string }} */ b) => !/not.?a.?brand/i.test(b.brand));
    const best = real.find((/** @type {{ brand: string }} */ b) => b.brand !== 'Chromium') ?? real[0];
    if (best) return { name: best.brand, version: best.version };
  }
  const m = navigator.userAgent.match(/Chrome\/([\d.]+)/);
  return { name: 'Chromium', version: m?.[1] ?? 'unknown' };
}

/** runtime.getPlatformInfo's os as OpenTelemetry's os.type. */
const OS_TYPES = /** @type {Record<string, string>} */ ({ win: 'windows', mac: 'darwin', linux: 'linux', cros: 'linux', android: 'linux', openbsd: 'openbsd', fuchsia: 'fuchsia' });

/** @type {Promise<Record<string, string>> | null} */
let fixed = null;

/**
 * The signed-in account, when the organisation asked for it and the user
 * granted the optional permission (Chrome and Edge only; Firefox has no
 * such API).
 * @returns {Promise<{ email?: string, id?: string }>}
 */
export async function signedInUser() {
  const identity = /** @type {any} */ (ext).identity;
  if (typeof identity?.getProfileUserInfo !== 'function') return {};
  const info = await identity.getProfileUserInfo({ accountStatus: 'ANY' }).catch(() => null);
  return { email: info?.email || undefined, id: info?.id || undefined };
}

/**
 * The resource attributes for a batch.
 * @param {{ includeUser: boolean }} target
 */
export async function resource(target) {
  fixed ??= (async () => {
    const [id, browser, platform] = await Promise.all([getInstallId(), browserInfo(), ext.runtime.getPlatformInfo().catch(() => null)]);
    /** @type {Record<string, string>} */
    const attrs = {
      'service.name': 'promptwarden',
      'service.version': ext.runtime.getManifest().version,
      'service.instance.id': id,
      'user_agent.name': browser.name,
      'user_agent.version': browser.version,
    };
    if (platform?.os) attrs['os.type'] = OS_TYPES[platform.os] ?? platform.os;
    return attrs;
  })();
  fixed.catch(() => (fixed = null));
  /** @type {Record<string, string | undefined>} */
  const attrs = { ...(await fixed) };
  if (target.includeUser) {
    const user = await signedInUser();
    attrs['user.email'] = user.email;
    attrs['user.id'] = user.id;
  }
  return attrs;
}
