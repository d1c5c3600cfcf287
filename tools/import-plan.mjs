#!/usr/bin/env node
// Imports a plan's key-task table (the seed's tab/newline table-text layout) with core's
// parsePlanTable, prints the plan as JSON (or writes it with --out) and prints located issues.
//
//   npm run import:plan -- plan.txt [--out plan.json] [--lang en] [--year 2020]
//                          [--units seed|none|units.json] [--title …] [--issuer …] [--issue-date YYYY-MM-DD]
//   (a file of "-" reads standard input)
//
// It uses @gongkai/core's build (packages/core/dist: `npm run build -w @gongkai/core`). When the
// build is missing or older than the plans module, it re-runs itself with `node --import tsx` on
// core's sources. Exit code: 0 ok (warnings allowed), 1 the table has errors, 2 usage or I/O error.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

const USAGE = `Usage: npm run import:plan -- <plan.txt|-> [--out plan.json] [--lang zh-CN|en] [--year N]
       [--units seed|none|units.json] [--title text] [--issuer text] [--issue-date YYYY-MM-DD]`;

function fail(message) {
  console.error(message);
  process.exit(2);
}

const opts = { lang: 'zh-CN', units: 'seed' };
const files = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    const v = args[++i];
    if (v === undefined) fail(`${a} needs a value\n${USAGE}`);
    return v;
  };
  if (a === '--out' || a === '-o') opts.out = value();
  else if (a === '--lang') opts.lang = value();
  else if (a === '--year') opts.year = value();
  else if (a === '--units') opts.units = value();
  else if (a === '--title') opts.title = value();
  else if (a === '--issuer') opts.issuer = value();
  else if (a === '--issue-date') opts.issueDate = value();
  else if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`Unknown option ${a}\n${USAGE}`);
  else files.push(a);
}
if (files.length !== 1) fail(USAGE);
if (opts.lang !== 'zh-CN' && opts.lang !== 'en') fail(`--lang must be zh-CN or en\n${USAGE}`);
if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) fail('--year must be a four-digit year');

/** Core from its build, or from its sources when running under tsx. */
async function loadCore() {
  if (process.env.GK_CORE_SRC === '1') return import(pathToFileURL(join(here, '../packages/core/src/index.ts')).href);
  let core;
  try {
    core = await import('@gongkai/core');
  } catch {
    core = undefined;
  }
  if (core && typeof core.parsePlanTable === 'function') return core;
  // No build, or a build without the plans module: run again on core's sources through tsx.
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, GK_CORE_SRC: '1' },
  });
  if (r.error) fail(`import-plan: cannot load @gongkai/core (build it: npm run build -w @gongkai/core): ${r.error.message}`);
  process.exit(r.status ?? 2);
}

const core = await loadCore();

let text;
try {
  text = files[0] === '-' ? readFileSync(0, 'utf8') : readFileSync(files[0], 'utf8');
} catch (e) {
  fail(`import-plan: cannot read ${files[0]}: ${e.message}`);
}

let units;
if (opts.units === 'seed') units = core.seedUnits;
else if (opts.units !== 'none') {
  let raw;
  try {
    raw = JSON.parse(readFileSync(opts.units, 'utf8'));
  } catch (e) {
    fail(`import-plan: cannot read the unit list ${opts.units}: ${e.message}`);
  }
  const dir = core.createUnitDirectory(Array.isArray(raw) ? raw : (raw?.units ?? []));
  if (!dir.ok) {
    for (const issue of dir.issues) console.error(`${opts.units}: ${issue.path.join('.')}: ${core.formatIssue(opts.lang, issue)}`);
    process.exit(1);
  }
  units = dir.value;
}

const result = core.parsePlanTable(text, {
  ...(opts.year ? { planYear: Number(opts.year) } : {}),
  ...(units ? { units } : {}),
  ...(opts.title ? { title: opts.title } : {}),
  ...(opts.issuer ? { issuer: opts.issuer } : {}),
  ...(opts.issueDate ? { issueDate: opts.issueDate } : {}),
});

const name = files[0] === '-' ? '<stdin>' : files[0];
const label = { 'zh-CN': { error: '错误', warning: '提示' }, en: { error: 'error', warning: 'warning' } }[opts.lang];
for (const issue of result.issues) {
  const where = typeof issue.params?.line === 'number' && issue.params.line > 0 ? `${name}:${issue.params.line}` : name;
  console.error(`${where}: ${label[issue.severity]}: ${core.formatIssue(opts.lang, issue)} [${issue.code}]`);
}

if (!result.ok) process.exit(1);
const json = `${JSON.stringify(result.value, null, 2)}\n`;
if (opts.out) {
  try {
    writeFileSync(opts.out, json);
  } catch (e) {
    fail(`import-plan: cannot write ${opts.out}: ${e.message}`);
  }
  const items = result.value.tasks.reduce((n, t) => n + t.items.length, 0);
  console.error(
    opts.lang === 'en'
      ? `Wrote ${opts.out}: ${result.value.tasks.length} tasks, ${items} items`
      : `已写入 ${opts.out}：${result.value.tasks.length} 项任务，${items} 个事项`,
  );
} else process.stdout.write(json);
