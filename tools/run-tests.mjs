#!/usr/bin/env node
// `npm test`: every project's tests through Nx, in dependency order. Ends with one line
// "N passed, N failed" summed over all projects; exit code non-zero on any failure.
// Extra arguments go to Nx (for example --skip-nx-cache in CI).
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nx = join(root, 'node_modules/.bin/nx');
const args = ['run-many', '-t', 'test', '--output-style=static', '--parallel=1', ...process.argv.slice(2)];
const child = spawn(nx, args, { cwd: root, env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' } });

let passed = 0;
let failed = 0;
let buffer = '';
// Each project's test command prints "<name>: N passed, N failed" (node:test and wtr alike).
const SUMMARY = /^\s*(?:\[[^\]]*\]\s*)?([@\w/.-]+): (\d+) passed, (\d+) failed\s*$/;
function scan(text) {
  buffer += text;
  const lines = buffer.split('\n');
  buffer = lines.pop() ?? '';
  for (const line of lines) {
    const m = SUMMARY.exec(line);
    if (m) {
      passed += Number(m[2]);
      failed += Number(m[3]);
    }
  }
}
child.stdout.on('data', (d) => {
  process.stdout.write(d);
  scan(d.toString());
});
child.stderr.on('data', (d) => process.stderr.write(d));
child.on('close', (code) => {
  scan('\n');
  const status = code !== 0 || failed > 0 || passed === 0 ? 1 : 0;
  if (passed === 0) console.error('run-tests: no test ran');
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(status);
});
