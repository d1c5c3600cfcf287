#!/usr/bin/env node
// Writes a JSON Schema (draft 2020-12) for every zod schema @gongkai/core exports, to
// packages/core/schemas/<Name>.json, so other back ends can validate the same data.
// Runs after core's tsc build (it reads dist/).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJSONSchema } from 'zod/mini';

const coreDir = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/core');
const outDir = join(coreDir, 'schemas');
const core = await import(pathToFileURL(join(coreDir, 'dist/index.js')).href);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const written = [];
for (const [name, value] of Object.entries(core).sort(([a], [b]) => a.localeCompare(b))) {
  if (!name.endsWith('Schema') || !value || typeof value !== 'object' || !('_zod' in value)) continue;
  const schema = toJSONSchema(value, { io: 'input', unrepresentable: 'any' });
  const doc = { $id: `${name}.json`, title: name.replace(/Schema$/, ''), ...schema };
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  written.push(name);
}
if (written.length === 0) {
  console.error('gen-json-schemas: no schema found in @gongkai/core');
  process.exit(1);
}
console.log(`gen-json-schemas: ${written.length} JSON Schemas in packages/core/schemas/ (${written.join(', ')})`);
// Sanity: every file parses back.
for (const f of readdirSync(outDir)) JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(outDir, f), 'utf8')));
