// Shared pieces of the browser benchmarks (not a bench itself): number formatting, a static
// server for the bundled page, and Chromium (Debian's, never downloaded).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../../tools/wtr/chromium.js';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const ms = (x) => (x === undefined ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** baseline / ours: "12×", or "1/1.3×" when ours is slower. */
export const ratio = (baseline, ours) => {
  if (baseline === undefined || ours === undefined) return '';
  if (ours <= 0) return '∞';
  const r = baseline / ours;
  return r >= 1 ? `${r.toFixed(r >= 10 ? 0 : 1)}×` : `1/${(1 / r).toFixed(1)}×`;
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/** Serves `dir` on a free loopback port (no caching). */
export function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(dir, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Headless Debian Chromium (root needs --no-sandbox). */
export function launch() {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}
