// npm run bench (elements): <gk-task-board> in headless Chromium with generatePlan(1000, 5) —
// 1,000 tasks, 5,000 items. It reports the time to set the plan (validation with core's schema
// and taskStatusAt), the first render, and the time to re-filter after a filter change (status,
// unit, search, date window), as the median over several changes, each until the element has
// updated and the next frame has run. Beside it, the same filters computed by core alone
// (taskStatusAt once, then a plain filter over its items) give the share the element adds.
// All timings are performance.now() inside the page. Exits non-zero only on a page error.
/* global document, requestAnimationFrame */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generatePlan } from '@gongkai/core';
import { launch, median, ms, serve } from './browser.mjs';

const PKG = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(PKG, '../..');
const TODAY = '2024-06-03';
const RUNS = 5;

async function bundle(outdir) {
  await build({
    stdin: {
      contents: "import './src/components/task-board/define.ts';\nexport { taskStatusAt, validatePlan } from '@gongkai/core';",
      resolveDir: PKG,
      sourcefile: 'board-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2020',
    outfile: join(outdir, 'board.js'),
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    conditions: ['browser', 'production'],
    minify: true,
    logLevel: 'silent',
  });
}

/** Runs in the page. */
async function measure({ today, runs }) {
  const core = await import('/board.js');
  const plan = await (await fetch('/plan.json')).json();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const settle = async (el) => {
    await el.updateComplete;
    await frame();
  };
  const count = (node) => {
    let n = 1;
    for (const c of node.childNodes) n += count(c);
    if (node.shadowRoot) n += count(node.shadowRoot);
    return n;
  };
  const set = [];
  const render = [];
  let el;
  for (let i = 0; i < runs; i++) {
    el?.remove();
    el = document.createElement('gk-task-board');
    el.setAttribute('today', today);
    document.body.append(el);
    await settle(el);
    const data = JSON.parse(JSON.stringify(plan));
    const t0 = performance.now();
    el.plan = data;
    const t1 = performance.now();
    await settle(el);
    set.push(t1 - t0);
    render.push(performance.now() - t1);
  }
  const root = el.shadowRoot;
  const select = (name, value) => {
    const s = root.querySelector(`select[name="${name}"]`);
    s.value = value;
    s.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const type = (value) => {
    const q = root.querySelector('input[name="q"]');
    q.value = value;
    q.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const date = (name, value) => {
    const d = root.querySelector(`input[name="${name}"]`);
    d.value = value;
    d.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const unit = root.querySelector('select[name="unit"] optgroup:last-of-type option')?.value ?? '';
  const changes = [
    () => select('status', 'in-progress'),
    () => select('status', 'overdue'),
    () => select('status', ''),
    () => select('unit', unit),
    () => select('unit', ''),
    () => type('公开'),
    () => type('公开 目录'),
    () => type(''),
    () => date('from', '2024-07-01'),
    () => date('to', '2024-09-30'),
    () => date('from', ''),
    () => date('to', ''),
  ];
  const filter = [];
  for (let round = 0; round < 3; round++) {
    for (const change of changes) {
      const t0 = performance.now();
      change();
      await settle(el);
      filter.push(performance.now() - t0);
    }
  }
  // Core alone: the status once, then the same kind of filter over its items.
  const status = core.taskStatusAt(core.validatePlan(plan).value, [], today);
  const coreFilter = [];
  for (let round = 0; round < 3; round++) {
    for (const pick of ['in-progress', 'overdue', '']) {
      const t0 = performance.now();
      status.items.filter((s) => (pick === 'overdue' ? s.state === 'overdue' : !pick || s.progress === pick));
      coreFilter.push(performance.now() - t0);
    }
  }
  return { set, render, filter, coreFilter, nodes: count(document), items: status.items.length };
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'gk-task-board-bench-'));
  const errors = [];
  let browser;
  let server;
  try {
    await bundle(tmp);
    writeFileSync(join(tmp, 'plan.json'), JSON.stringify(generatePlan(1000, 5, 1)));
    writeFileSync(
      join(tmp, 'index.html'),
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>gk-task-board bench</title></head><body></body></html>',
    );
    server = await serve(tmp);
    browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const r = await page.evaluate(measure, { today: TODAY, runs: RUNS });
    console.log(`gk-task-board bench: generatePlan(1000, 5, 1), ${r.items.toLocaleString('en-US')} items, today ${TODAY}`);
    console.log(`  set plan (validation + taskStatusAt), median of ${RUNS}: ${ms(median(r.set))} ms`);
    console.log(`  first render after that, median of ${RUNS}:            ${ms(median(r.render))} ms`);
    console.log(`  re-filter (status, unit, search, dates), median of ${r.filter.length}: ${ms(median(r.filter))} ms`);
    console.log(
      `  the same status filters by core alone, median:   ${ms(median(r.coreFilter))} ms (the rest of the re-filter is rendering)`,
    );
    console.log(`  DOM nodes (shadow roots included), 20 tasks a page: ${r.nodes.toLocaleString('en-US')}`);
  } finally {
    await browser?.close();
    server?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  if (errors.length > 0) {
    console.error(`page errors:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
}

await main();
