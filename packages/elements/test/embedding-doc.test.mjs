// docs/embedding.md is the webmaster's reference: it must name every attribute, event and CSS
// custom property that custom-elements.json (the source's JSDoc) lists, so neither can drift.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const manifestUrl = new URL('../custom-elements.json', import.meta.url);
const guide = readFileSync(new URL('../../../docs/embedding.md', import.meta.url), 'utf8');
const manifest = existsSync(manifestUrl) ? JSON.parse(readFileSync(manifestUrl, 'utf8')) : { modules: [] };
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));

describe('docs/embedding.md covers the public API in custom-elements.json', () => {
  test('the manifest is built', () => assert.ok(elements.length >= 5, 'run `npm run build` in packages/elements'));

  // lang, large-text and heading-level are described once for every element, at the top of each part.
  const SHARED = new Set(['lang', 'large-text', 'heading-level']);
  const zh = guide.slice(guide.indexOf('## 中文'), guide.indexOf('## English'));
  const en = guide.slice(guide.indexOf('## English'));

  test('both parts describe the attributes every element shares', () => {
    for (const part of [zh, en]) for (const name of SHARED) assert.ok(part.includes(`\`${name}\``), name);
  });

  for (const d of elements) {
    test(`<${d.tagName}>: its section names every attribute and event; the guide every CSS custom property`, () => {
      const tag = `\`<${d.tagName}>\``;
      // The Chinese section "#### n. `<gk-…>` …" up to the next heading, and the English table row.
      const start = zh.search(new RegExp(`^#### \\d+\\. ${tag.replace(/[<>`-]/g, '\\$&')}`, 'm'));
      assert.ok(start >= 0, `no "#### n. ${tag}" section in the Chinese part`);
      const rest = zh.slice(start + 4);
      const section = rest.slice(0, rest.search(/^#{2,4} /m));
      const row = en.split('\n').find((line) => line.startsWith(`| ${tag}`)) ?? '';
      assert.ok(row, `no table row for ${tag} in the English part`);
      const own = [...(d.attributes ?? []).map((a) => a.name).filter((n) => !SHARED.has(n)), ...(d.events ?? []).map((e) => e.name)].map(
        (n) => `\`${n}\``,
      );
      assert.deepEqual(
        own.filter((n) => !section.includes(n)),
        [],
        `missing from the Chinese section of ${tag}`,
      );
      assert.deepEqual(
        own.filter((n) => !row.includes(n)),
        [],
        `missing from the English row of ${tag}`,
      );
      const css = (d.cssProperties ?? []).map((p) => `\`${p.name}\``);
      assert.deepEqual(
        css.filter((n) => !guide.includes(n)),
        [],
      );
    });
  }
});
