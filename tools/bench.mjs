#!/usr/bin/env node
// Runs every bench/*.bench.ts of the current package, one after another, through tsx.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let status = 0;
for (const f of files) {
  console.log(`\n── bench/${f} ──`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) status = 1;
}
process.exit(status);
