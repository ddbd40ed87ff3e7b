// A small static server for www/, with no dependencies, used by the browser
// tests and by hand:
//
//   node www/server.mjs --port 8080           plain HTTP
//   node www/server.mjs --port 8443 --https   self-signed HTTPS
//
// Every HTML response carries the strict CSP that real chat apps make the
// extension live with, so a fixture page that needs an inline script or
// style fails here first. The four fixture pages are also served at the
// addresses the extension's site patterns match: the Host header picks the
// page (claude.ai → the ProseMirror page, …), so a browser whose resolver maps
// those names to this server (Chromium's --host-resolver-rules, Firefox's
// network.dns.localDomains) runs the extension's real content scripts on them.
import http from 'node:http';
import https from 'node:https';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('./', import.meta.url));

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** The playground runs the engine in the page, so it also allows WebAssembly; the chat fixtures never do. */
export const PLAYGROUND_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/** Which fixture page answers `/` (and app-like paths) on each chat hostname. */
export const HOST_PAGES = Object.freeze({
  'chat.deepseek.com': '/fixtures/textarea.html',
  'claude.ai': '/fixtures/prosemirror.html',
  'chatgpt.com': '/fixtures/prosemirror.html',
  'www.perplexity.ai': '/fixtures/lexical.html',
  'perplexity.ai': '/fixtures/lexical.html',
  'gemini.google.com': '/fixtures/quill.html',
});

/** The names the self-signed certificate covers. */
export const CERT_HOSTNAMES = Object.freeze([
  'chat.deepseek.com',
  'claude.ai',
  'www.perplexity.ai',
  'perplexity.ai',
  'gemini.google.com',
  'chatgpt.com',
  'localhost',
]);

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

let certificate = null;

/**
 * A self-signed certificate for CERT_HOSTNAMES, made once with the openssl
 * CLI and kept in the system temp directory for later runs (remade when it
 * is missing, expires within a day, or the host list changed). The command:
 *
 *   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
 *     -keyout key.pem -out cert.pem -days 365 -subj "/CN=PromptWarden test server" \
 *     -addext "subjectAltName=DNS:chat.deepseek.com,DNS:claude.ai,…,DNS:localhost,IP:127.0.0.1" \
 *     -addext "basicConstraints=critical,CA:FALSE" -addext "extendedKeyUsage=serverAuth"
 *
 * Browsers are told to accept it (Chromium: --ignore-certificate-errors;
 * Firefox/WebDriver: acceptInsecureCerts).
 */
export function testCertificate() {
  if (certificate) return certificate;
  const san = [...CERT_HOSTNAMES.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
  const tag = createHash('sha256').update(san).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), `promptwarden-test-cert-${tag}`);
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const fresh = () => {
    if (!existsSync(keyFile) || !existsSync(certFile)) return false;
    try {
      execFileSync('openssl', ['x509', '-checkend', '86400', '-noout', '-in', certFile], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (!fresh()) {
    // Made beside the final place and renamed into it, so concurrent test
    // processes never read half-written files.
    const work = mkdtempSync(path.join(os.tmpdir(), 'promptwarden-test-cert-new-'));
    try {
      execFileSync('openssl', [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', path.join(work, 'key.pem'), '-out', path.join(work, 'cert.pem'), '-days', '365',
        '-subj', '/CN=PromptWarden test server',
        '-addext', `subjectAltName=${san}`,
        '-addext', 'basicConstraints=critical,CA:FALSE',
        '-addext', 'extendedKeyUsage=serverAuth',
      ], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      rmSync(work, { recursive: true, force: true });
      if (error.code === 'ENOENT') throw new Error('openssl is missing: install it with `apt-get install -y openssl`');
      throw new Error(`openssl could not make the test certificate: ${String(error.stderr || error.message).trim()}`);
    }
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(work, dir);
    } catch {
      rmSync(work, { recursive: true, force: true }); // another process won the race
    }
  }
  certificate = { key: readFileSync(keyFile), cert: readFileSync(certFile), keyFile, certFile };
  return certificate;
}

/** The fixture page for this Host header and path, or null. */
function hostPage(hostHeader, pathname) {
  const hostname = String(hostHeader || '').replace(/:\d+$/, '').toLowerCase();
  const page = HOST_PAGES[hostname];
  if (!page) return null;
  // The app's own routes (/, /new, /chat/…, /app/…) are single-page-app
  // routes: any path without a file extension outside /fixtures/.
  if (pathname.startsWith('/fixtures/') || path.posix.extname(pathname) !== '') return null;
  return page;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function handle(req, res, root) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    return send(res, 400, 'bad request\n');
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return send(res, 400, 'bad request\n');

  const rewritten = hostPage(req.headers.host, pathname);
  if (!rewritten && pathname === '/' && !existsSync(path.join(root, 'index.html'))) {
    return send(res, 302, 'see /fixtures/\n', { Location: '/fixtures/' });
  }
  const wanted = rewritten ?? (pathname === '/' ? '/index.html' : pathname);
  // Resolve inside root; '..' segments can never climb above it.
  const normal = path.posix.normalize(`/${wanted}`);
  if (normal.split('/').includes('..')) return send(res, 400, 'bad request\n');
  let file = path.join(root, normal);

  let info;
  try {
    info = await stat(file);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) {
        return send(res, 301, 'moved\n', { Location: `${pathname}/` });
      }
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    // No way out through a symbolic link either.
    const real = await realpath(file);
    if (real !== root.replace(/[\\/]$/, '') && !real.startsWith(root)) return send(res, 404, 'not found\n');
  } catch {
    return send(res, 404, 'not found\n');
  }
  if (!info.isFile()) return send(res, 404, 'not found\n');

  const ext = path.extname(file).toLowerCase();
  const type = MIME[ext] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (ext === '.html') headers['Content-Security-Policy'] = rewritten || normal.startsWith('/fixtures/') ? CSP : PLAYGROUND_CSP;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Starts the server. Resolves to { url, port, close }; url ends in '/',
 * close() resolves once every connection is gone.
 */
export async function startServer({ port = 0, https: useHttps = false, host = '127.0.0.1', root = ROOT } = {}) {
  const base = (await realpath(root)) + path.sep;
  const listener = (req, res) => {
    handle(req, res, base).catch((error) => {
      if (!res.headersSent) send(res, 500, `internal error: ${error.message}\n`);
      else res.destroy();
    });
  };
  const server = useHttps
    ? https.createServer({ key: testCertificate().key, cert: testCertificate().cert }, listener)
    : http.createServer(listener);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `${useHttps ? 'https' : 'http'}://${shownHost}:${actual}/`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url, port: actual, close };
}

function parseArgs(argv) {
  const options = { port: 8080, https: false, host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--port') options.port = Number(value());
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7));
    else if (arg === '--host') options.host = value();
    else if (arg.startsWith('--host=')) options.host = arg.slice(7);
    else if (arg === '--https') options.https = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node www/server.mjs [--port 8080] [--host 127.0.0.1] [--https]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('--port must be a number from 0 to 65535');
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
  let server;
  try {
    server = await startServer(options);
  } catch (error) {
    console.error(`error: ${error.code === 'EADDRINUSE' ? `port ${options.port} is in use; pick another with --port` : error.message}`);
    process.exit(1);
  }
  console.log(`Serving ${path.relative(process.cwd(), ROOT) || '.'} at ${server.url}  (fixtures: ${server.url}fixtures/)`);
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
