// `make run`: serves the playground and the fixture chat pages, and says how
// to try the extension on them.
//
//   node www/serve.mjs [--port 8080] [--no-browser]
//
// Plain HTTP on --port serves www/ (the playground at /). HTTPS on the next
// port serves the same fixture pages under the real chat host names
// (claude.ai, chat.deepseek.com, www.perplexity.ai, gemini.google.com), so
// the extension, which only runs on those sites, acts on them when the
// browser resolves those names here. With a display and Chromium installed,
// a Chromium with the extension loaded opens on them; Ctrl+C stops it all.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_PAGES, startServer } from './server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const portArg = args.find((a) => a.startsWith('--port'));
const port = Number(portArg?.includes('=') ? portArg.split('=')[1] : portArg ? args[args.indexOf(portArg) + 1] : 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65534) {
  console.error('error: --port must be a number from 1 to 65534');
  process.exit(2);
}

for (const needed of ['www/pkg/promptwarden_bg.wasm', 'www/fixtures/build', 'dist/chrome/manifest.json']) {
  if (!existsSync(path.join(root, needed))) {
    console.error(`error: ${needed} is missing; run make run (or make build) from the repository root`);
    process.exit(1);
  }
}

let web;
let chats;
try {
  web = await startServer({ port });
  chats = await startServer({ port: port + 1, https: true });
} catch (e) {
  console.error(e.code === 'EADDRINUSE' ? `error: port ${port} or ${port + 1} is in use; try make run PORT=8090` : `error: ${e.message}`);
  process.exit(1);
}

/** @type {import('node:child_process').ChildProcess | null} */
let browser = null;
/** @type {string | null} */
let profile = null;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  browser?.kill();
  await Promise.all([web.close(), chats.close()]);
  if (profile) rmSync(profile, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const hosts = Object.keys(HOST_PAGES).filter((h) => !h.startsWith('perplexity') && h !== 'chatgpt.com');
const resolver = `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${chats.port}`).join(', ')}`;
const chromeExt = path.join(root, 'dist', 'chrome');
const chromiumArgs = [`--load-extension=${chromeExt}`, resolver, '--ignore-certificate-errors', '--no-first-run'];
const fixtureUrls = hosts.map((h) => `https://${h}/`);

console.log(`
PromptWarden is running.

  Playground          ${web.url}
  Fixture chat pages  ${web.url}fixtures/   (textarea, ProseMirror, Lexical, Quill)

The extension (dist/chrome, dist/firefox) only acts on the real chat sites. To
try it on the fixture pages, which are also served as those sites on port ${chats.port}:

  Chromium:  chromium --user-data-dir=$(mktemp -d) ${chromiumArgs.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')} ${fixtureUrls.join(' ')}
  Chrome/Edge by hand:  chrome://extensions → Developer mode → Load unpacked → dist/chrome
  Firefox:   about:debugging#/runtime/this-firefox → Load Temporary Add-on → dist/firefox/manifest.json;
             in about:config set network.dns.localDomains to ${hosts.join(',')}
             and open ${hosts.map((h) => `https://${h}:${chats.port}/`).join(' ')}

Press Ctrl+C to stop.`);

const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (display && !args.includes('--no-browser') && existsSync('/usr/bin/chromium')) {
  profile = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-run-'));
  browser = spawn('/usr/bin/chromium', [`--user-data-dir=${profile}`, ...chromiumArgs, web.url, ...fixtureUrls], { stdio: 'ignore' });
  browser.on('error', () => (browser = null));
  console.log('Opened Chromium with the extension loaded.');
}

