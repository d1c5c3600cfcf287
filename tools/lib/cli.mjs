// What the import commands (tools/import-plan.mjs, tools/import-catalogue.mjs) share: reading
// their arguments, loading @gongkai/core, and reading a unit list.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const coreDir = join(dirname(fileURLToPath(import.meta.url)), '../../packages/core');
const coreSources = join(coreDir, 'src/index.ts');

/**
 * True when core's build is older than its sources: the newest .ts file in `srcDir` (not in
 * subfolders) was changed after `distFile`, or `distFile` is missing. Cheap: one readdir and a
 * stat per file of one folder (the catalogue module, the one the import commands use).
 * @param {string} srcDir
 * @param {string} distFile
 */
export function coreBuildIsStale(srcDir = join(coreDir, 'src/catalogue'), distFile = join(coreDir, 'dist/index.js')) {
  let built;
  try {
    built = statSync(distFile).mtimeMs;
  } catch {
    return true;
  }
  let newest = 0;
  try {
    for (const name of readdirSync(srcDir)) if (name.endsWith('.ts')) newest = Math.max(newest, statSync(join(srcDir, name)).mtimeMs);
  } catch {
    return false;
  }
  return newest > built;
}

/** Prints `message` and exits 2 (a usage or I/O error). */
export function fail(message) {
  console.error(message);
  process.exit(2);
}

/**
 * The command's options and its one file argument. `strings` and `booleans` are option names
 * (`'version-date'` is read as `values.versionDate`); `short` maps a letter to a name. `--help`
 * prints the usage; an unknown option, a missing value or not exactly one file exits 2.
 * @param {string[]} argv
 * @param {{ strings?: string[], booleans?: string[], short?: Record<string, string>, usage: string }} spec
 * @returns {{ values: Record<string, string | boolean | undefined>, file: string }}
 */
export function readArgs(argv, { strings = [], booleans = [], short = {}, usage }) {
  /** @type {Record<string, { type: 'string' | 'boolean', short?: string }>} */
  const options = { help: { type: 'boolean', short: 'h' } };
  for (const name of strings) options[name] = { type: 'string' };
  for (const name of booleans) options[name] = { type: 'boolean' };
  for (const [letter, name] of Object.entries(short)) options[name].short = letter;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    fail(`${e.message}\n${usage}`);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (parsed.positionals.length !== 1) fail(usage);
  const values = {};
  for (const [key, value] of Object.entries(parsed.values)) values[key.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = value;
  return { values, file: parsed.positionals[0] };
}

/**
 * @gongkai/core from its build; when the build is missing, lacks `needs` or is older than core's
 * catalogue sources (see coreBuildIsStale), the command runs again on core's sources through tsx.
 * @param {{ name: string, script: string, argv: string[], needs: string[] }} command
 */
export async function loadCore({ name, script, argv, needs }) {
  if (process.env.GK_CORE_SRC === '1') return import(pathToFileURL(coreSources).href);
  let core;
  try {
    core = coreBuildIsStale() ? undefined : await import('@gongkai/core');
  } catch {
    core = undefined;
  }
  if (core && needs.every((fn) => typeof core[fn] === 'function')) return core;
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, GK_CORE_SRC: '1' },
  });
  if (r.error) fail(`${name}: cannot load @gongkai/core (build it: npm run build -w @gongkai/core): ${r.error.message}`);
  process.exit(r.status ?? 2);
}

/**
 * The unit directory of `--units`: `seed` (the seed plan's units), a JSON file holding a Unit[]
 * (or `{ units: Unit[] }`), or undefined for none. A file that cannot be read exits 2; invalid
 * units are printed with their location and exit 1.
 */
export function readUnits(core, spec, { name, lang }) {
  if (spec === undefined || spec === 'none') return undefined;
  if (spec === 'seed') return core.seedUnits;
  let raw;
  try {
    raw = JSON.parse(readFileSync(spec, 'utf8'));
  } catch (e) {
    fail(`${name}: cannot read the unit list ${spec}: ${e.message}`);
  }
  const dir = core.createUnitDirectory(Array.isArray(raw) ? raw : (raw?.units ?? []));
  if (!dir.ok) {
    for (const issue of dir.issues) console.error(`${spec}: ${issue.path.join('.')}: ${core.formatIssue(lang, issue)}`);
    process.exit(1);
  }
  return dir.value;
}
