#!/usr/bin/env node
// A small, dependency-free static file server for the demo portal (and its e2e tests).
//
//   node serve.mjs [--root dist] [--port 4300] [--host 127.0.0.1]
//
// - Serves GET and HEAD only; other methods get 405, except under /api/requests/, where the
//   example 依申请公开 endpoint answers (tools/wtr/request-server.js, in memory, seeded look-ups),
//   so the 依申请公开 page's <gk-request-status> can be tried; `api: false` turns it off.
// - Never serves anything outside `root` (no directory traversal, no symlink escape, no dotfiles).
// - Sends the same Content-Security-Policy as the demo's <meta> tag, so the page is tested
//   under the policy a strict county portal would send.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestServerConnect } from '../../tools/wtr/request-server.js';

/** The policy the demo page declares in its <meta http-equiv="Content-Security-Policy">. */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' blob: data:";

/** @type {Record<string, string>} */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
function sendText(res, status, message, extra = {}) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(`${status} ${message}\n`);
}

/**
 * Map a request path to a file inside root, or null when it is not allowed.
 * @param {string} rootReal real path of the root folder
 * @param {string} urlPath the request's pathname, still percent-encoded
 */
async function resolveFile(rootReal, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  // No "..", no hidden files or folders (".env", ".git").
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;

  let candidate = resolve(rootReal, ...segments);
  if (candidate !== rootReal && !candidate.startsWith(rootReal + sep)) return null;

  let info = await stat(candidate).catch(() => null);
  if (info?.isDirectory()) {
    candidate = join(candidate, 'index.html');
    info = await stat(candidate).catch(() => null);
  }
  if (!info?.isFile()) return null;

  // A symlink inside root must not lead outside it.
  const real = await realpath(candidate).catch(() => null);
  if (!real || (real !== rootReal && !real.startsWith(rootReal + sep))) return null;
  return { path: real, size: info.size, mtime: info.mtime };
}

/**
 * Start serving `root`.
 * @param {{ root: string, port?: number, host?: string, strictPort?: boolean, api?: boolean }} options
 *   port 0 picks a free port. With strictPort false, a busy port falls back to a free one.
 *   api (default true) mounts the example request endpoint under /api/requests/.
 * @returns {Promise<{ url: string, port: number, host: string, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startServer({ root, port = 4300, host = '127.0.0.1', strictPort = true, api = true }) {
  if (!root) throw new TypeError('startServer: `root` is required');
  const rootReal = await realpath(resolve(root)).catch(() => {
    throw new Error(`startServer: root folder not found: ${resolve(root)}`);
  });

  const requestApi = api ? requestServerConnect() : undefined;
  const server = createServer(async (req, res) => {
    try {
      if (requestApi && (req.url ?? '').startsWith('/api/requests/')) {
        requestApi(req, res, () => sendText(res, 404, 'Not Found'));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const file = await resolveFile(rootReal, pathname);
      if (!file) {
        sendText(res, 404, 'Not Found');
        return;
      }
      const type = MIME_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': type,
        'Content-Length': String(file.size),
        'Last-Modified': file.mtime.toUTCString(),
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(file.path);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch (error) {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
      console.error('serve:', error);
    }
  });

  /** @param {number} p */
  const listen = (p) =>
    new Promise((resolveListen, rejectListen) => {
      const onError = (/** @type {NodeJS.ErrnoException} */ error) => {
        server.off('listening', onListening);
        rejectListen(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolveListen(undefined);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    });

  try {
    await listen(port);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (strictPort || code !== 'EADDRINUSE') throw error;
    await listen(0);
  }

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}/`;

  let closing;
  const close = () => {
    closing ??= new Promise((resolveClose) => {
      server.close(() => resolveClose(undefined));
      server.closeAllConnections();
    });
    return closing;
  };
  return { url, port: actualPort, host, server, close };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = {
    root: fileURLToPath(new URL('./dist/', import.meta.url)),
    port: 4300,
    host: '127.0.0.1',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--root') options.root = resolve(value());
    else if (flag === '--port' || flag === '-p') options.port = Number(value());
    else if (flag === '--host') options.host = value();
    else if (flag === '--help' || flag === '-h') {
      console.log('Usage: node serve.mjs [--root <folder>] [--port <n>] [--host <address>]');
      process.exit(0);
    } else {
      console.error(`serve: unknown option ${argv[i]} (try --help)`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    console.error('serve: --port must be an integer between 0 and 65535');
    process.exit(2);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  try {
    const { url, close } = await startServer(options);
    console.log(`Serving ${options.root}\n  ${url}\nPress Ctrl-C to stop.`);
    const stop = () => close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(
      code === 'EADDRINUSE'
        ? `serve: port ${options.port} is busy; pass --port <n> (or --port 0 for any free port)`
        : `serve: ${/** @type {Error} */ (error).message}`,
    );
    process.exit(1);
  }
}
