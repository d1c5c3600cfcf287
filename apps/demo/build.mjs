#!/usr/bin/env node
// Build the demo portal: copy the page (src/) to dist/, and the built embed bundle
// (packages/elements/dist/embed/**) to dist/gongkai/, the way a webmaster uploads it.
//
// The embed is built by @gongkai/elements (`nx run @gongkai/demo:build` builds it first).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// The page itself. HTML files may name the versioned bundle through a placeholder.
cpSync(srcDir, distDir, { recursive: true });
for (const file of listFiles(distDir).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  if (html.includes(VERSION_PLACEHOLDER)) writeFileSync(file, html.replaceAll(VERSION_PLACEHOLDER, version));
}

// The catalogue the county publishes (<gk-catalogue src="./data/sample-catalogue.json">): core's
// sample catalogue of the fictional 示范县, written as the JSON a webmaster uploads.
const { sampleCatalogue } = await import('@gongkai/core');
mkdirSync(join(distDir, 'data'), { recursive: true });
writeFileSync(join(distDir, 'data', 'sample-catalogue.json'), `${JSON.stringify(sampleCatalogue, null, 2)}\n`);

// The embed, as the webmaster uploads it: gongkai.js, per-component entries, chunks/.
cpSync(embedDir, join(distDir, 'gongkai'), { recursive: true });

const files = listFiles(distDir);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const embedCount = files.filter((f) => f.startsWith(join(distDir, 'gongkai'))).length;
console.log(
  `demo build: ${relative(repoRoot, distDir)} (${files.length} files, ${(bytes / 1024).toFixed(1)} KiB; ` +
    `${embedCount} from the @gongkai/elements ${version} embed)`,
);
