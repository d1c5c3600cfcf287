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
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fail, loadCore, readArgs, readUnits } from './lib/cli.mjs';

const args = process.argv.slice(2);

const USAGE = `Usage: npm run import:plan -- <plan.txt|-> [--out plan.json] [--lang zh-CN|en] [--year N]
       [--units seed|none|units.json] [--title text] [--issuer text] [--issue-date YYYY-MM-DD]`;

const { values: opts, file: fileArg } = readArgs(args, {
  strings: ['out', 'lang', 'year', 'units', 'title', 'issuer', 'issue-date'],
  booleans: [],
  short: { o: 'out' },
  usage: USAGE,
});
opts.lang ??= 'zh-CN';
opts.units ??= 'seed';
const files = [fileArg];
if (opts.lang !== 'zh-CN' && opts.lang !== 'en') fail(`--lang must be zh-CN or en\n${USAGE}`);
if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) fail('--year must be a four-digit year');

const core = await loadCore({ name: 'import-plan', script: fileURLToPath(import.meta.url), argv: args, needs: ['parsePlanTable'] });

let text;
try {
  text = files[0] === '-' ? readFileSync(0, 'utf8') : readFileSync(files[0], 'utf8');
} catch (e) {
  fail(`import-plan: cannot read ${files[0]}: ${e.message}`);
}

const units = readUnits(core, opts.units, { name: 'import-plan', lang: opts.lang });

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
