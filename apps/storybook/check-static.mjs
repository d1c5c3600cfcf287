// Checks the built Storybook (storybook-static/) offline, as `npm run build` does after
// `storybook build`:
//
// 1. every theme of the 主题 toolbar keeps its contrast ratios (theme-contrast.mjs);
// 2. storybook-static/ is served from a tiny node:http server on 127.0.0.1, and headless Chromium
//    (playwright-core, Debian's /usr/bin/chromium or CHROME_PATH) opens every story of index.json
//    at iframe.html?id=<id>&viewMode=story, every Docs page (viewMode=docs), then the manager UI
//    (index.html) once.
//
// A story fails when it logs a console error, throws a page error, ends in Storybook's error
// display, requests anything that is not on 127.0.0.1 (such requests are blocked and listed), or
// renders no gk-* element with content (a shadow root with elements, or light-DOM children).
// Exit code 1 with the list of failures; the last line is always the one-line summary.
//
// Usage: node check-static.mjs [--dir storybook-static] [--only <story id substring>] [--jobs 2] [--verbose]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tools/wtr/chromium.js';
import { themeContrast } from './theme-contrast.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    only: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    verbose: { type: 'boolean', default: false },
  },
});
const ROOT = resolve(HERE, options.dir);
/** How many tabs check stories at once. */
const JOBS = Math.max(1, Number.parseInt(options.jobs, 10) || 1);
/** Longest wait for one story to finish rendering (play functions and the a11y run included). */
const STORY_TIMEOUT_MS = 20_000;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Serves ROOT on 127.0.0.1 (a free port). Unknown paths answer 404. */
function serve() {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(ROOT, path));
    if (file !== ROOT && !file.startsWith(ROOT + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (path === '/favicon.ico' && !existsSync(file)) {
      res.writeHead(204).end(); // the browser asks for it on every page; the build has favicon.svg
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=3600',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** True for URLs that stay on this machine (127.0.0.1, or data:/blob:/about: that never leave the page). */
function onMachine(url) {
  try {
    const u = new URL(url);
    if (['data:', 'blob:', 'about:', 'chrome-error:'].includes(u.protocol)) return true;
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Runs in the preview frame: waits until Storybook has finished the story (rendered, played,
 * afterEach hooks such as the a11y run done) or shows an error, then describes what rendered.
 */
async function storyOutcome(timeoutMs) {
  const done = ['finished', 'errored', 'aborted'];
  const end = Date.now() + timeoutMs;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  let phase;
  while (Date.now() < end) {
    phase = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase;
    const body = globalThis.document.body;
    if (done.includes(phase) || body.classList.contains('sb-show-errordisplay')) break;
    await sleep(25);
  }
  // Let microtasks and a frame pass, so late work (fetch answers, Lit updates) settles.
  await new Promise((r) => globalThis.requestAnimationFrame(() => r()));
  await sleep(30);
  const doc = globalThis.document;
  const shown = doc.body.classList.contains('sb-show-errordisplay')
    ? (doc.querySelector('#error-message')?.textContent ?? '') + ' ' + (doc.querySelector('#error-stack')?.textContent ?? '')
    : '';
  /** gk-* elements anywhere (inside shadow roots too) and whether any has content. */
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('gk-')) {
        const shadow = el.shadowRoot;
        const content = (shadow !== null && shadow.querySelector('*') !== null) || el.children.length > 0;
        found.push({ tag: el.localName, content });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(doc.querySelector('#storybook-root') ?? doc.body);
  return { phase: phase ?? 'unknown', errorDisplay: shown.trim(), elements: found };
}

/**
 * Runs in the preview frame of a Docs page: waits until the page shows its text and the number
 * of gk-* elements has stayed the same for half a second (every story of the page rendered).
 */
async function docsOutcome(timeoutMs) {
  const end = Date.now() + timeoutMs;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const doc = globalThis.document;
  const found = () => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('gk-')) {
          const shadow = el.shadowRoot;
          out.push({ tag: el.localName, content: (shadow !== null && shadow.querySelector('*') !== null) || el.children.length > 0 });
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(doc.querySelector('#storybook-docs') ?? doc.body);
    return out;
  };
  let last = -1;
  let stable = 0;
  let shown = false;
  while (Date.now() < end) {
    shown = (doc.querySelector('#storybook-docs')?.textContent ?? '').trim().length > 0;
    const n = found().filter((e) => e.content).length;
    stable = shown && n === last ? stable + 1 : 0;
    last = n;
    if (stable >= 10 || doc.body.classList.contains('sb-show-errordisplay')) break;
    await sleep(50);
  }
  const errorDisplay = doc.body.classList.contains('sb-show-errordisplay')
    ? (doc.querySelector('#error-message')?.textContent ?? '').trim()
    : '';
  return { phase: shown && stable >= 10 ? 'finished' : 'loading', errorDisplay, elements: found() };
}

async function main() {
  const started = Date.now();
  const failures = [];

  // 1. Theme contrast (no browser needed).
  const contrast = themeContrast();
  for (const r of contrast.filter((row) => row.ratio < row.min)) {
    failures.push(`theme ${r.theme}: ${r.fg} on ${r.bg} is ${r.ratio.toFixed(2)}:1, needs ${r.min}:1 (${r.what})`);
  }

  // 2. The static build.
  const indexFile = join(ROOT, 'index.json');
  if (!existsSync(indexFile) || !existsSync(join(ROOT, 'iframe.html'))) {
    console.error(`check-static: ${ROOT} has no index.json or iframe.html; run storybook build first.`);
    console.log('storybook static check: 0 stories, 1 failure');
    process.exitCode = 1;
    return;
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  let stories = Object.values(index.entries).filter((e) => e.type === 'story');
  // Docs pages (autodocs and MDX): every story of a component on one page, as designers read it.
  let docs = Object.values(index.entries).filter((e) => e.type === 'docs');
  if (options.only) {
    stories = stories.filter((e) => e.id.includes(options.only));
    docs = docs.filter((e) => e.id.includes(options.only));
  }

  const server = await serve();
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = await chromium.launch({
    executablePath: findChromium(), // the same lookup as the element tests and .ci/run
    args: [
      ...(asRoot ? ['--no-sandbox'] : []),
      ...CHROMIUM_ARGS,
      // Nothing leaves the machine: loopback goes direct, every other request goes to a proxy
      // that does not exist, and no host name resolves except 127.0.0.1. (Playwright's request
      // routing would do the same but turns off the HTTP cache, which doubles the run time.)
      '--proxy-server=http://127.0.0.1:9',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    // "StorybookTestRunner" in the user agent is Storybook's own switch for test runners: it then
    // pauses CSS animations at the end of a render instead of sleeping 100 ms to wait for them.
    const userAgent =
      `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${browser.version()} ` +
      'Safari/537.36 StorybookTestRunner';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', userAgent });

    /**
     * A long-lived tab that checks stories one after another. `current` collects what the page
     * did since the last navigation (console errors, page errors, off-machine requests).
     */
    async function openTab() {
      const page = await context.newPage();
      const tab = { page, current: { errors: /** @type {string[]} */ ([]), offMachine: /** @type {string[]} */ ([]) } };
      page.setDefaultTimeout(STORY_TIMEOUT_MS + 10_000);
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const where = message.location()?.url ? ` (${message.location().url})` : '';
        tab.current.errors.push(`console.error: ${message.text()}${where}`);
      });
      page.on('pageerror', (error) => tab.current.errors.push(`page error: ${error.message}`));
      // Every request of the page and its frames; the browser's flags (see launch) make the
      // off-machine ones fail before they leave, so here they are only recorded.
      page.on('request', (request) => {
        if (!onMachine(request.url())) tab.current.offMachine.push(`${request.method()} ${request.url()}`);
      });
      // WebSockets (none should exist in a static build).
      page.on('websocket', (ws) => {
        if (!onMachine(ws.url().replace(/^ws/, 'http'))) tab.current.offMachine.push(`WebSocket ${ws.url()}`);
      });
      return tab;
    }

    /** Opens one story (or Docs page) in `tab` and returns its problems (empty when it passed). */
    async function checkStory(tab, story) {
      tab.current = { errors: [], offMachine: [] };
      const isDocs = story.type === 'docs';
      // a11y.manual: the a11y addon's automatic axe run is skipped here (it doubles the time and is
      // reviewed in the Accessibility panel); everything else runs as in the browser.
      const url = `${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=${isDocs ? 'docs' : 'story'}&globals=a11y.manual:!true`;
      const problems = [];
      try {
        await tab.page.goto(url, { waitUntil: 'load' });
        const outcome = await tab.page.evaluate(isDocs ? docsOutcome : storyOutcome, STORY_TIMEOUT_MS);
        if (outcome.errorDisplay) problems.push(`Storybook error display: ${outcome.errorDisplay.slice(0, 300)}`);
        if (!['finished', 'errored', 'aborted'].includes(outcome.phase)) {
          problems.push(`did not finish within ${STORY_TIMEOUT_MS / 1000} s (phase ${outcome.phase})`);
        } else if (outcome.phase !== 'finished') problems.push(`story ${outcome.phase}`);
        // An MDX page (the Introduction) shows no element; a component's Docs page must.
        const needsElement = !isDocs || !story.importPath.endsWith('.mdx');
        if (needsElement && !outcome.elements.some((e) => e.content)) {
          problems.push(
            outcome.elements.length === 0
              ? 'no gk-* element rendered'
              : `no gk-* element has content (${outcome.elements.map((e) => e.tag).join(', ')})`,
          );
        }
      } catch (error) {
        problems.push(`could not be checked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
      problems.push(...tab.current.errors, ...tab.current.offMachine.map((r) => `off-machine request (blocked): ${r}`));
      return problems;
    }

    // Stories, then Docs pages, are shared out to JOBS tabs (each reused for every page it takes).
    const queue = [...stories, ...docs];
    let checked = 0;
    let docsChecked = 0;
    const tabs = await Promise.all(Array.from({ length: Math.min(JOBS, Math.max(1, queue.length)) }, openTab));
    await Promise.all(
      tabs.map(async (tab) => {
        for (let story = queue.shift(); story; story = queue.shift()) {
          const t0 = Date.now();
          const problems = await checkStory(tab, story);
          if (story.type === 'docs') docsChecked++;
          else checked++;
          if (problems.length > 0) failures.push(`${story.id} (${story.title} › ${story.name}):\n    ${problems.join('\n    ')}`);
          if (options.verbose) console.log(`${problems.length ? 'FAIL' : 'ok  '} ${String(Date.now() - t0).padStart(5)} ms  ${story.id}`);
        }
      }),
    );

    // 3. The manager UI, once: it loads, shows the sidebar and the first page, and stays on this machine.
    const { page, current } = tabs[0];
    current.errors = [];
    current.offMachine = [];
    try {
      await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
      await page.waitForSelector('#storybook-explorer-tree', { timeout: 20_000 });
      const frame = await page.waitForSelector('#storybook-preview-iframe', { timeout: 20_000 });
      const preview = await frame.contentFrame();
      // The manager opens the Introduction docs page first: wait until the preview shows it.
      await preview?.waitForFunction(
        () => (globalThis.document.querySelector('#storybook-docs')?.textContent ?? '').includes('Gongkai'),
        null,
        { timeout: 20_000 },
      );
      await page.waitForLoadState('networkidle');
    } catch (error) {
      current.errors.push(`manager UI did not load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const managerProblems = [...current.errors, ...current.offMachine.map((r) => `off-machine request (blocked): ${r}`)];
    if (managerProblems.length > 0) failures.push(`manager UI (index.html):\n    ${managerProblems.join('\n    ')}`);

    await context.close();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (failures.length > 0) {
      console.error(`storybook static check failures:\n  ${failures.join('\n  ')}`);
    }
    console.log(
      `storybook static check: ${checked} stories, ${failures.length} failure${failures.length === 1 ? '' : 's'} ` +
        `(${docsChecked} docs pages, manager UI ${managerProblems.length === 0 ? 'ok' : 'failed'}, ` +
        `${new Set(contrast.map((r) => r.theme)).size} themes' contrast checked, ${seconds} s)`,
    );
    process.exitCode = failures.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
