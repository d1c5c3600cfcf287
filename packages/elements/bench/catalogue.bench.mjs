// npm run bench (elements): <gk-catalogue> in headless Chromium against a naive, un-virtualized
// Lit element (bench/naive-catalogue.ts) on the same data: generateCatalogue(n, 42) for 1,000,
// 10,000 and 50,000 items. For each element and size: validation (the catalogue setter call,
// which validates synchronously), first render (from the end of that call to the first
// [role="treeitem"] in the shadow root, so validation is timed separately), the median
// filter update over a series of search-box keystrokes (dispatch to updateComplete plus one
// requestAnimationFrame callback), both also run on to the end of that frame's paint, and the
// DOM node count (shadow roots included). All timings are performance.now() inside the page.
// Exits non-zero only on a page error or a crash, never on a missed goal.
/* global document, window, requestAnimationFrame, InputEvent, customElements */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateCatalogue, queryCatalogue } from '@gongkai/core';
import { launch, median, ms, ratio, serve } from './browser.mjs';

const PKG = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(PKG, '../..');
const SEED = 42;
const SIZES = [1000, 10000, 50000];
const RUNS = 5; // fresh elements per first-render median
const NAIVE_CAP = { 50000: 10 }; // keystrokes for the naive element at this size
const GOAL_SIZE = 10000;
const GOAL_RENDER_MS = 100;
const GOAL_FILTER_MS = 16;
const HARMLESS = /ResizeObserver loop (completed with undelivered notifications|limit exceeded)/;

/**
 * Search-box states, one keystroke each. Words arrive whole, as a pinyin IME commits them,
 * separated by spaces; some are deleted again and the box is cleared back to '' several times.
 * Every word occurs in generateCatalogue's fragments.
 */
const KEYSTROKES = [
  '公开',
  '公开 ',
  '公开 预算',
  '公开 预算 ',
  '公开 预算 部门',
  '公开 预算',
  '公开',
  '',
  '补贴',
  '补贴 ',
  '补贴 标准',
  '补贴 标准 资金',
  '',
  '救',
  '救助',
  '救助 ',
  '救助 名单',
  '救助',
  '',
  '资金',
  '资金 使用',
  '资金 使用 情况',
  '资',
  '',
];

const ELEMENTS = [
  { tag: 'gk-catalogue', label: 'gk-catalogue', validates: true },
  { tag: 'naive-catalogue', label: 'naive (un-virtualized)', validates: false },
];

// ---------------------------------------------------------------------------------------------
// Page side. installBench is serialised into index.html as a classic script, so it must stand alone.

function installBench() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  /** Called during a frame's requestAnimationFrame callbacks: resolves after that frame's style, layout and paint. */
  const painted = () =>
    new Promise((r) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => r();
      channel.port2.postMessage(null);
    });
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const texts = new Map();
  const load = async (n) => {
    if (!texts.has(n)) {
      const res = await fetch(`/catalogue-${n}.json`);
      if (!res.ok) throw new Error(`GET /catalogue-${n}.json: ${res.status}`);
      texts.set(n, await res.text());
    }
    return texts.get(n);
  };
  const hasRow = (el) => el.shadowRoot?.querySelector('[role="treeitem"]') != null;

  /**
   * When el's shadow root first holds a treeitem (checked after updateComplete, then in every
   * requestAnimationFrame callback): performance.now() then, and whether that was during a frame.
   */
  async function firstRows(el, tag, timeoutMs = 60000) {
    await el.updateComplete;
    if (hasRow(el)) return { at: performance.now(), inFrame: false };
    const start = performance.now();
    return new Promise((resolve, reject) => {
      const tick = () => {
        if (hasRow(el)) resolve({ at: performance.now(), inFrame: true });
        else if (performance.now() - start > timeoutMs)
          reject(new Error(`<${tag}>: no [role="treeitem"] in its shadow root ${timeoutMs / 1000} s after updateComplete`));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  /** Every node in the document, shadow roots (open ones) descended into; the roots themselves not counted. */
  function countNodes() {
    let n = 0;
    const stack = [...document.childNodes];
    while (stack.length > 0) {
      const node = stack.pop();
      n++;
      for (const child of node.childNodes) stack.push(child);
      if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) stack.push(child);
    }
    return n;
  }

  /** A fresh element with a freshly parsed catalogue: validation, first-render and first-paint times. */
  async function mount(tag, n) {
    const data = JSON.parse(await load(n));
    const el = document.createElement(tag);
    document.body.append(el);
    await el.updateComplete;
    await frame();
    await frame();
    const t0 = performance.now();
    el.catalogue = data;
    const t1 = performance.now();
    const rows = await firstRows(el, tag);
    if (!rows.inFrame) await frame();
    await painted();
    const t3 = performance.now();
    return { el, validateMs: t1 - t0, renderMs: rows.at - t1, paintMs: t3 - t1 };
  }

  async function firstRender(tag, n) {
    const { el, validateMs, renderMs, paintMs } = await mount(tag, n);
    await frame();
    await frame();
    el.remove();
    await pause(50);
    return { validateMs, renderMs, paintMs };
  }

  async function filterSeries(tag, n, states) {
    const { el } = await mount(tag, n);
    await frame();
    await frame();
    const nodes = countNodes();
    const input = el.shadowRoot?.querySelector('input[type="search"]');
    if (!input) throw new Error(`<${tag}>: no input[type="search"] in its shadow root`);
    const times = [];
    const paintTimes = [];
    let prev = input.value;
    for (const text of states) {
      const deleting = text.length < prev.length && prev.startsWith(text);
      input.value = text;
      const event = new InputEvent('input', {
        bubbles: true,
        composed: true,
        data: deleting ? null : text.slice(-1),
        inputType: deleting ? 'deleteContentBackward' : 'insertText',
      });
      const t0 = performance.now();
      input.dispatchEvent(event);
      await el.updateComplete;
      await frame();
      times.push(performance.now() - t0);
      await painted();
      paintTimes.push(performance.now() - t0);
      prev = text;
      await frame();
      await frame();
      await pause(20);
    }
    el.remove();
    await pause(50);
    return { times, paintTimes, nodes };
  }

  window.__bench = {
    firstRender,
    filterSeries,
    ready: Promise.all([customElements.whenDefined('gk-catalogue'), customElements.whenDefined('naive-catalogue')]),
  };
}

// ---------------------------------------------------------------------------------------------
// Node side

const int = (x) => (x === undefined ? '—' : x.toLocaleString('en-US'));

async function bundle(outdir) {
  await build({
    absWorkingDir: PKG,
    entryPoints: {
      catalogue: join(PKG, 'src/components/catalogue/define.ts'),
      naive: join(PKG, 'bench/naive-catalogue.ts'),
    },
    bundle: true,
    format: 'esm',
    target: 'es2020',
    splitting: true,
    outdir,
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    conditions: ['browser', 'production'],
    minify: true,
    logLevel: 'silent',
  });
}

/** The newest modification time of the files under dir, generated/ folders left out (core's tests rewrite them). */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile() && !path.includes(`${sep}generated${sep}`)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function indexHtml() {
  return `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>gk-catalogue bench</title>
    <script>(${installBench.toString()})();</script>
    <script type="module" src="/catalogue.js"></script>
    <script type="module" src="/naive.js"></script>
  </head>
  <body></body>
</html>
`;
}

function printTable(rows) {
  const head = ['items', 'element', 'validate ms', 'first render ms', '(painted)', 'filter median ms', '(painted)', 'keys', 'DOM nodes'];
  const width = [6, 22, 11, 15, 9, 16, 9, 4, 9];
  const line = (cells) => cells.map((c, i) => (i < 2 ? String(c).padEnd(width[i]) : String(c).padStart(width[i]))).join('  ');
  console.log(line(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  const errors = [];
  const warnings = [];
  let ignored = 0;
  const tmp = mkdtempSync(join(tmpdir(), 'gk-catalogue-bench-'));
  let browser;
  let server;
  try {
    try {
      await bundle(tmp);
    } catch (e) {
      const messages = e.errors?.map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ''}${m.text}`) ?? [String(e)];
      throw new Error(`esbuild failed:\n  ${messages.join('\n  ')}`, { cause: e });
    }
    const totals = {};
    for (const n of SIZES) {
      const catalogue = generateCatalogue(n, SEED);
      writeFileSync(join(tmp, `catalogue-${n}.json`), JSON.stringify(catalogue));
      if (n === GOAL_SIZE) totals[n] = KEYSTROKES.map((text) => queryCatalogue(catalogue, { text }).total);
    }
    writeFileSync(join(tmp, 'index.html'), indexHtml());
    server = await serve(tmp);
    const { port } = server.address();

    browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => {
      if (HARMLESS.test(String(e.message))) ignored++;
      else errors.push(`page error: ${e.stack || e.message}`);
    });
    page.on('console', (msg) => {
      if (HARMLESS.test(msg.text())) {
        ignored++;
        return;
      }
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
      else if (msg.type() === 'warning') warnings.push(`console.warn: ${msg.text()}`);
    });
    page.on('crash', () => errors.push('the page crashed'));

    console.log(`gk-catalogue bench: generateCatalogue(n, ${SEED}), n = ${SIZES.map(int).join(', ')}`);
    console.log(`Chromium ${browser.version()} headless, 1280×800; node ${process.version}`);
    if (newestMtime(join(ROOT, 'packages/core/src')) > newestMtime(join(ROOT, 'packages/core/dist')))
      console.log('note: packages/core/src has changed since packages/core/dist was built; this run uses dist.');
    console.log(`keystrokes (${KEYSTROKES.length}, queryCatalogue matches at ${int(GOAL_SIZE)} in brackets):`);
    console.log(`  ${KEYSTROKES.map((t, i) => `'${t}' (${totals[GOAL_SIZE][i]})`).join(', ')}`);
    console.log('');

    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(() => window.__bench.ready);
    if (errors.length > 0) throw new Error('page errors while loading');

    // Warm-up, not measured: one element of each kind through a first render and a few keystrokes.
    for (const { tag } of ELEMENTS) {
      await page.evaluate(([t, k]) => window.__bench.firstRender(t, k), [tag, SIZES[0]]);
      await page.evaluate(([t, k, s]) => window.__bench.filterSeries(t, k, s), [tag, SIZES[0], KEYSTROKES.slice(0, 8)]);
    }
    if (errors.length > 0) throw new Error('page errors during the warm-up');

    const results = {};
    for (const n of SIZES) {
      for (const { tag } of ELEMENTS) {
        process.stderr.write(`  ${tag} × ${int(n)}… `);
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(([t, k]) => window.__bench.firstRender(t, k), [tag, n]));
        const cap = tag === 'naive-catalogue' ? NAIVE_CAP[n] : undefined;
        const states = cap ? KEYSTROKES.slice(0, cap) : KEYSTROKES;
        const series = await page.evaluate(([t, k, s]) => window.__bench.filterSeries(t, k, s), [tag, n, states]);
        results[`${tag}/${n}`] = {
          validateMs: median(runs.map((r) => r.validateMs)),
          renderMs: median(runs.map((r) => r.renderMs)),
          renderPaintMs: median(runs.map((r) => r.paintMs)),
          filterMs: median(series.times),
          filterPaintMs: median(series.paintTimes),
          keystrokes: series.times.length,
          capped: cap !== undefined,
          nodes: series.nodes,
        };
        process.stderr.write('done\n');
        if (errors.length > 0) throw new Error(`page errors during ${tag} × ${n}`);
      }
    }

    console.log('');
    const rows = [];
    for (const n of SIZES) {
      const gk = results[`gk-catalogue/${n}`];
      const naive = results[`naive-catalogue/${n}`];
      for (const { tag, label, validates } of ELEMENTS) {
        const r = results[`${tag}/${n}`];
        rows.push([
          int(n),
          label,
          validates ? ms(r.validateMs) : '—',
          ms(r.renderMs),
          ms(r.renderPaintMs),
          ms(r.filterMs),
          ms(r.filterPaintMs),
          `${r.keystrokes}${r.capped ? '*' : ''}`,
          int(r.nodes),
        ]);
      }
      const x = (key) => ratio(naive[key], gk[key]);
      rows.push(['', 'naive / gk', '', x('renderMs'), x('renderPaintMs'), x('filterMs'), x('filterPaintMs'), '', x('nodes')]);
    }
    printTable(rows);
    console.log('');
    console.log(
      `validate ms: the \`el.catalogue = data\` setter call (schema validation and sorting, synchronous), median of ${RUNS} fresh elements.`,
    );
    console.log('first render ms: from the end of that setter call (validation excluded) to the first [role="treeitem"] in the');
    console.log(`  element's shadow root, median of ${RUNS} fresh elements.`);
    console.log('filter median ms: input event dispatch to updateComplete plus one requestAnimationFrame callback.');
    console.log("(painted): the same, run on to the end of that frame's style, layout and paint (a task posted from");
    console.log('  the requestAnimationFrame callback); the columns before it stop at that callback, before layout.');
    console.log('DOM nodes: elements, text and comment nodes, open shadow roots included, 2 frames after first render.');
    if (Object.values(results).some((r) => r.capped))
      console.log(
        `* naive at ${Object.keys(NAIVE_CAP).map(Number).map(int).join(', ')}: capped at the first ${Object.values(NAIVE_CAP).join(', ')} keystrokes.`,
      );
    console.log('');
    const goal = results[`gk-catalogue/${GOAL_SIZE}`];
    const status = (x, limit) => `${ms(x)} ms (${x <= limit ? 'met' : 'missed'})`;
    console.log(`goals at ${int(GOAL_SIZE)} items (gk-catalogue):`);
    console.log(
      `  first render ≤ ${GOAL_RENDER_MS} ms: ${status(goal.renderMs, GOAL_RENDER_MS)}; painted: ${status(goal.renderPaintMs, GOAL_RENDER_MS)}; validation before it: ${ms(goal.validateMs)} ms`,
    );
    console.log(
      `  filter update ≤ ${GOAL_FILTER_MS} ms median: ${status(goal.filterMs, GOAL_FILTER_MS)}; painted: ${status(goal.filterPaintMs, GOAL_FILTER_MS)}`,
    );
    if (ignored > 0) console.log(`\n${ignored} "ResizeObserver loop" error(s) ignored.`);
    if (warnings.length > 0) console.log(`\n${warnings.length} console warning(s):\n  ${[...new Set(warnings)].join('\n  ')}`);
  } catch (e) {
    errors.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
  } finally {
    await browser?.close().catch(() => {});
    server?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  if (errors.length > 0) {
    console.error(`\ncatalogue bench FAILED:\n  ${errors.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
