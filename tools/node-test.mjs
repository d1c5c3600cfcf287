#!/usr/bin/env node
// Runs a package's node:test suite (TypeScript through tsx) once per time zone, so the
// calendar is proven correct whatever the machine's zone. Prints one closing line:
// "<package>: N passed, N failed". Exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Options: --dir <folder> (default "test"); --once (one run in the machine's own zone).
const args = process.argv.slice(2);
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'test';
const once = args.includes('--once');
const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).name;
const files = readdirSync(join(cwd, dir))
  .filter((f) => /\.test\.(ts|mjs)$/.test(f))
  .map((f) => join(dir, f));
const zones = once ? [process.env.TZ ?? ''] : (process.env.GK_TEST_ZONES ?? 'Asia/Shanghai,America/New_York,Pacific/Kiritimati').split(',');

let passed = 0;
let failed = 0;
let status = 0;
for (const tz of zones) {
  console.log(`\n── ${pkg}: node:test${tz ? ` with TZ=${tz}` : ''} ──`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
    cwd,
    env: tz ? { ...process.env, TZ: tz } : process.env,
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const pass = /^ℹ pass (\d+)$/m.exec(r.stdout);
  const fail = /^ℹ fail (\d+)$/m.exec(r.stdout);
  if (!pass || !fail) {
    console.error(`${pkg}: could not read node:test's summary (TZ=${tz})`);
    failed++;
    status = 1;
    continue;
  }
  passed += Number(pass[1]);
  failed += Number(fail[1]);
  if (r.status !== 0) status = r.status ?? 1;
}
console.log(`${pkg}: ${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
