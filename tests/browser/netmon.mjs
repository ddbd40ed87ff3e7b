// An independent network monitor for Chromium, beside Playwright's own
// request events: a second DevTools client on the browser's
// --remote-debugging-port that auto-attaches (Target.setAutoAttach, flat
// sessions) to every page, service worker and worker, enables Network in
// each, and records every request with the target it came from. It sees
// the extension's service worker and pages as what they are (type
// service_worker / page with a chrome-extension:// URL), which is what the
// "nothing leaves" check needs.
//
// `ws` comes with selenium-webdriver (a pinned devDependency); Node 20 has
// no WebSocket client without a flag.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { until } from './harness.mjs';

const require = createRequire(import.meta.url);

/**
 * Starts monitoring the Chromium whose profile is `profileDir`.
 * @returns {Promise<{ requests: { url: string, targetType: string, targetUrl: string, navigation: boolean }[], targets: Map<string, any>, close(): Promise<void> }>}
 */
export async function startNetmon(profileDir) {
  let WebSocket;
  try {
    WebSocket = require('ws');
  } catch {
    throw new Error('the `ws` package is missing (it comes with selenium-webdriver): run `npm ci`');
  }
  const active = await until(() => {
    try {
      return readFileSync(path.join(profileDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
    } catch {
      return null;
    }
  }, 'Chromium to write DevToolsActivePort (is --remote-debugging-port=0 set?)', { timeout: 10_000 });
  const [port, wsPath] = active;
  const ws = new WebSocket(`ws://127.0.0.1:${port}${wsPath}`, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });

  let id = 0;
  const pending = new Map();
  /** sessionId → targetInfo */
  const targets = new Map();
  const requests = [];
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const msgId = ++id;
      pending.set(msgId, { resolve, reject });
      ws.send(JSON.stringify({ id: msgId, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const attachParams = { autoAttach: true, waitForDebuggerOnStart: false, flatten: true };

  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg.id && pending.has(msg.id)) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p.reject(new Error(`${msg.error.message}`));
      else p.resolve(msg.result);
      return;
    }
    if (msg.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = msg.params;
      targets.set(sessionId, targetInfo);
      send('Network.enable', {}, sessionId).catch(() => {});
      // Workers and frames inside this target.
      send('Target.setAutoAttach', attachParams, sessionId).catch(() => {});
    } else if (msg.method === 'Target.targetInfoChanged') {
      for (const [sid, info] of targets) if (info.targetId === msg.params.targetInfo.targetId) targets.set(sid, msg.params.targetInfo);
    } else if (msg.method === 'Network.requestWillBeSent') {
      const info = targets.get(msg.sessionId) ?? { type: '?', url: '?' };
      requests.push({ url: msg.params.request.url, targetType: info.type, targetUrl: info.url, navigation: msg.params.type === 'Document' });
    }
  });

  await send('Target.setDiscoverTargets', { discover: true });
  await send('Target.setAutoAttach', attachParams);
  return {
    requests,
    targets,
    async close() {
      ws.close();
    },
  };
}
