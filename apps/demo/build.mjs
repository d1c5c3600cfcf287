#!/usr/bin/env node
// Build the demo portal: copy the page (src/) to dist/, and the built embed bundle
// (packages/elements/dist/embed/**) to dist/gongkai/, the way a webmaster uploads it.
//
// The embed is built by @gongkai/elements (`nx run @gongkai/demo:build` builds it first).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build as esbuild } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const srcDir = join(here, 'src');
const distDir = join(here, 'dist');
const elementsDir = join(repoRoot, 'packages', 'elements');
const embedDir = join(elementsDir, 'dist', 'embed');
const VERSION_PLACEHOLDER = '%GONGKAI_VERSION%';

/** @param {string} message */
function fail(message) {
  console.error(`demo build: ${message}`);
  process.exit(1);
}

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

if (!existsSync(join(embedDir, 'gongkai.js'))) {
  fail(
    `the embed bundle is missing: ${relative(repoRoot, join(embedDir, 'gongkai.js'))}\n` +
      '  Build it first:  npx nx run @gongkai/elements:build\n' +
      '  (or build the demo through Nx, which builds its dependencies:  npx nx run @gongkai/demo:build)',
  );
}

const { version } = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8'));
const versionedName = `gongkai-${version}.js`;
if (!existsSync(join(embedDir, versionedName))) {
  fail(`the versioned embed copy is missing: ${relative(repoRoot, join(embedDir, versionedName))}`);
}

rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });

// Shared files (CSS, script, stand-alone pages), without the layout and the page bodies.
cpSync(srcDir, distDir, {
  recursive: true,
  filter: (path) => !path.startsWith(join(srcDir, 'pages')) && !path.startsWith(join(srcDir, 'tools')) && !path.endsWith('_layout.html'),
});

// The portal's pages: each src/pages/*.html is a <main> with a header comment (column, title,
// page, breadcrumb), put into the shared site layout the way a CMS template would.
const layout = readFileSync(join(srcDir, '_layout.html'), 'utf8');
for (const name of readdirSync(join(srcDir, 'pages')).filter((f) => f.endsWith('.html'))) {
  writeFileSync(join(distDir, name), renderPage(name, readFileSync(join(srcDir, 'pages', name), 'utf8')));
}

/**
 * A page in the layout: placeholders filled, the current page's sidebar link marked
 * (aria-current) and its sidebar section opened (data-open-for lists pages, separated by spaces).
 * @param {string} name
 * @param {string} source
 */
function renderPage(name, source) {
  const header = /^<!--([\s\S]*?)-->/.exec(source);
  if (!header) fail(`src/pages/${name} must start with a <!-- column/title/page/breadcrumb --> header`);
  /** @type {Record<string, string>} */
  const meta = {};
  for (const line of header[1].split('\n')) {
    const m = /^\s*(\w+):\s*(.*)$/.exec(line);
    if (m) meta[m[1]] = m[2].trim();
  }
  for (const key of ['column', 'title', 'page', 'breadcrumb']) {
    if (!meta[key]) fail(`src/pages/${name}: the header has no "${key}"`);
  }
  const main = source.slice(header[0].length).trim();
  return layout
    .replace('{{column}}', meta.column)
    .replace('{{title}}', meta.title)
    .replace('{{breadcrumb}}', meta.breadcrumb)
    .replace('{{main}}', main)
    .replace(`data-page="${meta.page}">`, `data-page="${meta.page}" aria-current="page" class="active">`)
    .replace(/<details data-open-for="([^"]*)">/g, (tag, pages) =>
      pages.split(/\s+/).includes(meta.page) ? tag.replace('>', ' open>') : tag,
    );
}
for (const file of listFiles(distDir).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  if (html.includes(VERSION_PLACEHOLDER)) writeFileSync(file, html.replaceAll(VERSION_PLACEHOLDER, version));
}

// The catalogue the county publishes (<gk-catalogue src="./data/sample-catalogue.json">): core's
// sample catalogue of the fictional 示范县, written as the JSON a webmaster uploads.
// The 2020 plan of 汶上县 (the seed) and its example progress log for <gk-task-board>.
const { sampleCatalogue, sampleProgress2020, seedUnitData, wenshangPlan2020 } = await import('@gongkai/core');
mkdirSync(join(distDir, 'data'), { recursive: true });
const writeJson = (name, value) => writeFileSync(join(distDir, 'data', name), `${JSON.stringify(value, null, 2)}\n`);
writeJson('sample-catalogue.json', sampleCatalogue);
writeJson('wenshang-2020-plan.json', wenshangPlan2020);
writeJson('sample-progress-2020.json', sampleProgress2020);
writeJson('wenshang-units.json', seedUnitData);

// The 目录导入 tool page's script: core's table reader and parser, bundled for the browser. It
// reads .xlsx files with exceljs's browser build, which the page loads only when one is chosen.
await esbuild({
  entryPoints: [join(srcDir, 'tools', 'catalogue-import.js')],
  outfile: join(distDir, 'tools', 'catalogue-import.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const exceljsDir = dirname(createRequire(import.meta.url).resolve('exceljs/package.json'));
mkdirSync(join(distDir, 'vendor'), { recursive: true });
cpSync(join(exceljsDir, 'dist', 'exceljs.min.js'), join(distDir, 'vendor', 'exceljs.min.js'));
cpSync(join(exceljsDir, 'LICENSE'), join(distDir, 'vendor', 'LICENSE-exceljs.txt'));

// The embed, as the webmaster uploads it: gongkai.js, per-component entries, chunks/.
cpSync(embedDir, join(distDir, 'gongkai'), { recursive: true });

const files = listFiles(distDir);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const embedCount = files.filter((f) => f.startsWith(join(distDir, 'gongkai'))).length;
console.log(
  `demo build: ${relative(repoRoot, distDir)} (${files.length} files, ${(bytes / 1024).toFixed(1)} KiB; ` +
    `${embedCount} from the @gongkai/elements ${version} embed)`,
);
