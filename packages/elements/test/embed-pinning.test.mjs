// Version pinning (docs/embedding.md): a page that loads gongkai-<version>.js or
// gk-<tag>-<version>.js must only ever load files whose content cannot change when a newer version
// is uploaded next to it. So every entry imports nothing but content-hashed chunks, no entry imports
// another entry, and each versioned copy is the same code as its entry.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importSpecifiers } from '../../../tools/lib/embed-imports.mjs';

const embedDir = fileURLToPath(new URL('../dist/embed/', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const entries = existsSync(embedDir) ? readdirSync(embedDir).filter((f) => f.endsWith('.js')) : [];
const HASHED_CHUNK = /^\.\/chunks\/[\w-]+-[\w-]{8}\.js$/;

describe('embed entries can be pinned to a version', () => {
  test('gongkai.js and one entry per element, each with a versioned copy', () => {
    const plain = entries.filter((f) => !f.includes(`-${version}.js`)).sort();
    assert.ok(plain.includes('gongkai.js'), `no gongkai.js in ${embedDir}: build first`);
    assert.ok(plain.filter((f) => /^gk-[a-z-]+\.js$/.test(f)).length >= 5, `element entries: ${plain.join(', ')}`);
    for (const f of plain) {
      const copy = f.replace(/\.js$/, `-${version}.js`);
      assert.ok(entries.includes(copy), `${copy} is missing`);
      const pinned = readFileSync(embedDir + copy, 'utf8');
      // Same code; only the source-map comment names the copy's own map, which exists.
      assert.match(pinned, new RegExp(`//# sourceMappingURL=${copy.replaceAll('.', '\\.')}\\.map\\s*$`));
      assert.ok(entries.length > 0 && existsSync(`${embedDir}${copy}.map`), `${copy}.map is missing`);
      assert.equal(
        pinned.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''),
        readFileSync(embedDir + f, 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, ''),
        `${copy} differs from ${f}`,
      );
    }
  });

  for (const f of entries) {
    test(`${f} imports only content-hashed chunks`, () => {
      const code = readFileSync(embedDir + f, 'utf8');
      const specifiers = importSpecifiers(code);
      assert.ok(specifiers.length > 0, `${f} imports nothing`);
      assert.deepEqual(
        specifiers.filter((s) => !HASHED_CHUNK.test(s)),
        [],
        `${f} imports files a version pin cannot hold`,
      );
    });
  }
});
