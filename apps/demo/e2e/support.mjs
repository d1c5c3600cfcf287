// Shared helpers for the demo's end-to-end tests (node:test + playwright-core + Debian Chromium).
// Not a test file itself: node --test only runs *.test.mjs here.
//
// Code inside page.evaluate()/locator.evaluate() callbacks runs in the browser. It reaches
// browser objects through `globalThis` or the element it receives, so the same file lints
// cleanly with Node globals only.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

export const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

/** Test artefacts (gitignored): full-page screenshots of every page. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

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

// ---------- axe-core under the page's CSP ----------
//
// The pages send `default-src 'self'`: no inline script, no eval. So axe-core is served from the
// page's own origin (a Playwright route on /__test__/, answered from node_modules) and run by a
// same-origin classic script added with a <script src> tag, not by page.evaluate(): DevTools
// evaluation may run code the page's CSP would block, a <script src> may not. Anything axe did
// that the policy forbids (eval, new Function, inline style) would show up as a CSP violation.

/** WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

/** Runs axe over the whole document (open shadow roots included) and stores a JSON-safe summary. */
const AXE_RUNNER = `(function () {
  'use strict';
  var run = new URL(document.currentScript.src).searchParams.get('run');
  axe
    .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })
    .then(function (results) {
      globalThis.__axeResult = {
        run: run,
        violations: results.violations.map(function (v) {
          return {
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map(function (n) {
              return { target: n.target, html: n.html.slice(0, 300), summary: n.failureSummary };
            }),
          };
        }),
      };
    })
    .catch(function (error) {
      globalThis.__axeResult = { run: run, error: String(error && error.stack || error) };
    });
})();
`;

/** Tries eval under the page's CSP from a same-origin page script: the policy must refuse it. */
const EVAL_CANARY = `(function () {
  try {
    globalThis.__evalCanary = 'allowed: ' + new Function('return 1')();
  } catch (error) {
    globalThis.__evalCanary = error.name;
  }
})();
`;

const routed = new WeakSet();
let axeRuns = 0;

/** @param {import('playwright-core').Page} page */
async function routeTestScripts(page) {
  if (routed.has(page)) return;
  routed.add(page);
  await page.route('**/__test__/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const body = { '/__test__/axe.min.js': AXE_SOURCE, '/__test__/axe-run.js': AXE_RUNNER, '/__test__/eval-canary.js': EVAL_CANARY }[
      pathname
    ];
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
  });
}

/**
 * Runs axe-core (AXE_TAGS) over the current state of the page.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Array<{ id: string, impact: string, help: string, nodes: Array<{ target: unknown[], html: string, summary: string }> }>>}
 */
export async function runAxe(page) {
  await routeTestScripts(page);
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) {
    await page.addScriptTag({ url: '/__test__/axe.min.js' });
  }
  const run = String(++axeRuns);
  await page.addScriptTag({ url: `/__test__/axe-run.js?run=${run}` });
  const handle = await page.waitForFunction((id) => globalThis.__axeResult?.run === id && globalThis.__axeResult, run, { timeout: 30_000 });
  const result = await handle.jsonValue();
  assert.equal(result.error, undefined, `axe-core failed to run: ${result.error}`);
  return result.violations;
}

/** A readable list of axe violations for an assertion message. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.summary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`,
    )
    .join('\n');
}

/** Asserts that axe-core finds no WCAG 2.1 A/AA violation in the page as it is now. */
export async function assertNoAxeViolations(page, label) {
  const violations = await runAxe(page);
  assert.deepEqual(
    violations.map((v) => v.id),
    [],
    `axe-core violations on ${label}:\n${formatViolations(violations)}`,
  );
}

/**
 * Runs the eval canary as a page script; resolves to what happened ('EvalError' when the CSP
 * blocks eval).
 * @param {import('playwright-core').Page} page
 */
export async function evalCanary(page) {
  await routeTestScripts(page);
  await page.addScriptTag({ url: '/__test__/eval-canary.js' });
  return page.evaluate(() => globalThis.__evalCanary);
}

/**
 * Saves a full-page screenshot as a test artefact (test-results/screenshots/<name>.png).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function saveScreenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  assert.ok(statSync(path).size > 0, `screenshot ${path} written`);
  return path;
}

/**
 * Sets the root font size to 200 % (through CSSOM, which the CSP allows) and asserts that the
 * text `locator` points at doubles, within half a pixel. Resets the root size afterwards.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} locator
 * @param {string} label
 * @param {() => Promise<unknown>} [reveal] brings the text back into view once the page has grown
 *   (a virtualized list renders only the rows in view)
 */
export async function assertScalesWithRootFontSize(page, locator, label, reveal) {
  const base = await fontSizePx(locator);
  assert.notEqual(base, 12, `${label}: the host rules (div/td 12px) must not size the element's text`);
  await page.evaluate(() => {
    globalThis.document.documentElement.style.fontSize = '200%';
  });
  await reveal?.();
  const scaled = await settle(
    () => fontSizePx(locator),
    (px) => Math.abs(px - 2 * base) < 0.5,
  );
  assert.ok(Math.abs(scaled - 2 * base) < 0.5, `${label}: font-size ${base}px → ${scaled}px, expected ${2 * base}px`);
  await page.evaluate(() => {
    globalThis.document.documentElement.style.fontSize = '';
  });
}
