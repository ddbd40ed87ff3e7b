// A stand-in for an organisation's OpenTelemetry collector, for the audit
// delivery tests: a real HTTPS server in its own process (so that "the
// collector is down" means its process is gone, as in production), under
// a real-looking host name the browsers map to this machine.
//
// It behaves like the Collector's OTLP/HTTP receiver where the extension
// can tell the difference: POST on /v1/logs with Content-Type
// application/json (else 415), a JSON body (else 400), an
// ExportLogsServiceResponse `{}` as application/json; and CORS the way the
// receiver's `cors` settings do it (rs/cors): a preflight from an allowed
// origin asking for allowed headers gets them allowed, anything else gets
// no CORS headers at all, which the browser turns into a network error.
//
// The parent (startCollector) records every request the process saw
// (method, path, headers, body), including preflights and refused ones,
// and can tell the process to answer the next POSTs with an error.
//
//   const c = await startCollector();
//   c.url                      https://otel.acme-corp.example:PORT
//   c.requests                 every request, in order, across restarts
//   await c.failNext(3, 503, { 'Retry-After': '1' })
//   await c.stop(); await c.start()   down, and back on the same port
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import { testCertificate } from '../../www/server.mjs';

/** The collector's host name; the harness maps it to 127.0.0.1 in both browsers. */
export const COLLECTOR_HOST = 'otel.acme-corp.example';

/** Origins a real deployment would allow: the Chrome extension id, any Firefox install (its origin is random per profile). */
export const DEFAULT_ORIGINS = Object.freeze(['chrome-extension://ibpdfnahcfommddfphhdppehnmobapbi', 'moz-extension://*']);

const SELF = fileURLToPath(import.meta.url);

/**
 * @typedef {object} Recorded
 * @property {number} at Date.now() when it arrived
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string | string[] | undefined>} headers as Node lowercases them
 * @property {string} body the raw body (UTF-8)
 * @property {number} status what the collector answered
 */

/**
 * Starts the collector process.
 * @param {{ origins?: string[], headers?: string[], port?: number }} [options] CORS: allowed origins (`*` wildcards) and request headers
 */
export async function startCollector({ origins = [...DEFAULT_ORIGINS], headers = ['Authorization', 'X-Scope-OrgID'], port = 0 } = {}) {
  /** @type {Recorded[]} */
  const requests = [];
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  let currentPort = port;
  /** @type {((msg: any) => void)[]} */
  let waiters = [];

  const c = {
    host: COLLECTOR_HOST,
    get port() {
      return currentPort;
    },
    get url() {
      return `https://${COLLECTOR_HOST}:${currentPort}`;
    },
    requests,
    get running() {
      return child !== null;
    },
    /** Starts (or restarts, on the same port) the server process. */
    async start() {
      if (child) return;
      const { keyFile, certFile } = testCertificate();
      child = fork(SELF, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env } });
      child.on('message', (/** @type {any} */ msg) => {
        if (msg.type === 'request') requests.push(msg.request);
        const w = waiters;
        waiters = [];
        for (const f of w) f(msg);
      });
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.once('exit', () => (child = null));
      child.send({ type: 'config', keyFile, certFile, port: currentPort, origins, headers });
      const ready = await Promise.race([this.next('listening'), exited.then(() => null)]);
      if (!ready) throw new Error(`the collector process could not listen on port ${currentPort}`);
      currentPort = ready.port;
    },
    /** Kills the process: connections refused until start(). */
    async stop() {
      if (!child) return;
      const gone = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
      child = null;
    },
    /** The next message of `type` from the process. */
    next(/** @type {string} */ type) {
      return new Promise((resolve) => {
        const wait = (/** @type {any} */ msg) => (msg.type === type ? resolve(msg) : waiters.push(wait));
        waiters.push(wait);
      });
    },
    /** Answers the next `n` POSTs with `status` (and these headers) instead of accepting them. */
    async failNext(/** @type {number} */ n, /** @type {number} */ status, /** @type {Record<string, string>} */ extra = {}) {
      if (!child) throw new Error('the collector is not running');
      const ack = this.next('ack');
      child.send({ type: 'fail', n, status, headers: extra });
      await ack;
    },
    /** POSTs it accepted (status 200), in order. */
    accepted() {
      return requests.filter((r) => r.method === 'POST' && r.status === 200);
    },
    async close() {
      await this.stop();
    },
  };
  await c.start();
  return c;
}

// ---- the server process -----------------------------------------------------------

/** Whether `origin` matches an allowed entry (one `*` wildcard, as rs/cors). */
function originAllowed(/** @type {string[]} */ allowed, /** @type {string | undefined} */ origin) {
  if (!origin) return false;
  return allowed.some((a) => {
    const star = a.indexOf('*');
    if (star < 0) return a === origin;
    return origin.length >= a.length - 1 && origin.startsWith(a.slice(0, star)) && origin.endsWith(a.slice(star + 1));
  });
}

function serve() {
  let fail = { n: 0, status: 503, headers: {} };
  process.on('message', (/** @type {any} */ msg) => {
    if (msg.type === 'fail') {
      fail = { n: msg.n, status: msg.status, headers: msg.headers };
      process.send?.({ type: 'ack' });
      return;
    }
    if (msg.type !== 'config') return;
    const { keyFile, certFile, port, origins, headers } = msg;
    const allowedHeaders = new Set(['content-type', ...headers.map((/** @type {string} */ h) => h.toLowerCase())]);
    const server = https.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (req, res) => {
      const chunks = [];
      req.on('data', (d) => chunks.push(d));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const origin = /** @type {string | undefined} */ (req.headers.origin);
        const cors = originAllowed(origins, origin) ? { 'Access-Control-Allow-Origin': /** @type {string} */ (origin), Vary: 'Origin' } : {};
        /** @type {[number, Record<string, string>, string]} */
        let answer;
        if (req.method === 'OPTIONS') {
          const asked = String(req.headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
          const ok = 'Access-Control-Allow-Origin' in cors && req.headers['access-control-request-method'] === 'POST' && asked.every((h) => allowedHeaders.has(h));
          answer = ok
            ? [204, { ...cors, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': asked.join(', '), 'Access-Control-Max-Age': '600' }, '']
            : [204, {}, ''];
        } else if (req.method !== 'POST' || new URL(req.url ?? '/', 'https://x').pathname !== '/v1/logs') {
          answer = [404, { ...cors, 'Content-Type': 'text/plain' }, 'not found'];
        } else if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
          answer = [415, { ...cors, 'Content-Type': 'text/plain' }, 'unsupported content type'];
        } else if (fail.n > 0) {
          fail.n--;
          answer = [fail.status, { ...cors, 'Content-Type': 'application/json', ...fail.headers }, '{"message":"unavailable"}'];
        } else {
          let parsed = true;
          try {
            JSON.parse(body);
          } catch {
            parsed = false;
          }
          answer = parsed ? [200, { ...cors, 'Content-Type': 'application/json' }, '{}'] : [400, { ...cors, 'Content-Type': 'application/json' }, '{"message":"not JSON"}'];
        }
        const [status, head, text] = answer;
        process.send?.({ type: 'request', request: { at: Date.now(), method: req.method, path: req.url, headers: req.headers, body, status } });
        res.writeHead(status, head);
        res.end(text);
      });
    });
    server.on('error', () => process.exit(3));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      process.send?.({ type: 'listening', port: typeof address === 'object' && address ? address.port : port });
    });
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv.includes('--serve')) serve();
