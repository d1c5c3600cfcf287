// Shared helpers for the demo's end-to-end tests (node:test + playwright-core + Debian Chromium).
// Not a test file itself: node --test only runs *.test.mjs here.
//
// Code inside page.evaluate()/locator.evaluate() callbacks runs in the browser. It reaches
// browser objects through `globalThis` or the element it receives, so the same file lints
// cleanly with Node globals only.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

export const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROME_PATH if set, else the first Chromium found on this machine. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to a missing file: ${fromEnv}`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (tried ${CHROMIUM_CANDIDATES.join(', ')}). ` +
        'Install Debian chromium (apt-get install chromium) or set CHROME_PATH. Never run `npx playwright install`.',
    );
  }
  return found;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Serve the built demo on a free loopback port. */
export async function serveDist() {
  if (!existsSync(new URL('../dist/index.html', import.meta.url)) || !existsSync(new URL('../dist/gongkai/gongkai.js', import.meta.url))) {
    throw new Error(
      'apps/demo/dist is not built. Run `npm run build -w apps/demo` (or `npx nx run @gongkai/demo:e2e`, which builds first).',
    );
  }
  return startServer({ root: DIST_DIR, port: 0, host: '127.0.0.1' });
}

/**
 * Open `path` in a fresh browser context and record everything that could go wrong:
 * console errors and warnings, uncaught page errors, CSP violations and every request.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} path
 * @param {{ blockEmbed?: boolean, bypassCSP?: boolean }} [options] blockEmbed aborts every
 *   /gongkai/ request, like an old browser or IE mode that cannot run the module. bypassCSP
 *   ignores the page's CSP, to see requests that a portal without a CSP would let through.
 */
export async function openPage(browser, baseUrl, path, { blockEmbed = false, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP });
  context.setDefaultTimeout(10_000);
  if (blockEmbed) await context.route('**/gongkai/**', (route) => route.abort());

  // Runs before any page script, outside the page's CSP (it is injected by the browser).
  await context.addInitScript(() => {
    const violations = [];
    Object.defineProperty(globalThis, '__cspViolations', { value: violations });
    globalThis.document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });

  const page = await context.newPage();
  /** @type {string[]} */ const errors = [];
  /** @type {string[]} */ const warnings = [];
  /** @type {import('playwright-core').Request[]} */ const requests = [];
  page.on('console', (message) => {
    const where = message.location()?.url ? ` (${message.location().url})` : '';
    if (message.type() === 'error') errors.push(message.text() + where);
    else if (message.type() === 'warning') warnings.push(message.text() + where);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request));

  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });

  return {
    page,
    response,
    errors,
    warnings,
    requests,
    /** @returns {Promise<string[]>} */
    cspViolations: () => page.evaluate(() => [...globalThis.__cspViolations]),
    close: () => context.close(),
  };
}

/** Resolve once `gk-deadline` is defined in the page. */
export function elementsDefined(page) {
  return page.waitForFunction(() => globalThis.customElements.get('gk-deadline') !== undefined);
}

/**
 * Retry `probe` until `check` accepts its value (for styles that settle after an attribute change).
 * @template T
 * @param {() => Promise<T>} probe
 * @param {(value: T) => boolean} check
 * @param {number} [timeout]
 * @returns {Promise<T>} the last value, accepted or not
 */
export async function settle(probe, check, timeout = 5_000) {
  const end = Date.now() + timeout;
  let value = await probe();
  while (!check(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    value = await probe();
  }
  return value;
}

/** Computed style property of the element a locator points at (inside shadow roots too). */
export function computed(locator, property) {
  return locator.evaluate((el, prop) => el.ownerDocument.defaultView.getComputedStyle(el).getPropertyValue(prop), property);
}

/** Computed font size in px. */
export async function fontSizePx(locator) {
  return Number.parseFloat(await computed(locator, 'font-size'));
}

/**
 * The checks every portal page must pass once loaded: HTTP 200 with the strict CSP header, the
 * dual-core renderer hint, exactly one Gongkai script tag, and no CSP violation, console error
 * or page error.
 * @param {Awaited<ReturnType<typeof openPage>>} opened
 */
export async function assertLoadedCleanly({ page, response, errors, cspViolations }) {
  await page.waitForLoadState('networkidle');
  assert.equal(response?.status(), 200);
  assert.match(response?.headers()['content-security-policy'] ?? '', /default-src 'self'/, 'the server sends the CSP header');
  assert.equal(await page.locator('meta[name="renderer"]').getAttribute('content'), 'webkit');
  assert.equal(await page.locator('script[src*="gongkai"]').count(), 1, 'exactly one Gongkai script tag');
  assert.deepEqual(await cspViolations(), [], 'CSP violations');
  assert.deepEqual(errors, [], 'console errors and page errors');
}

/**
 * Serves the built demo and launches Chromium before a test file's tests, and stops both after
 * them. The returned object is filled in by `before`.
 * @returns {{ browser: import('playwright-core').Browser, server: Awaited<ReturnType<typeof serveDist>> }}
 */
export function useDemo() {
  const demo = /** @type {{ browser: import('playwright-core').Browser, server: Awaited<ReturnType<typeof serveDist>> }} */ ({});
  before(async () => {
    demo.server = await serveDist();
    demo.browser = await launchChromium();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
