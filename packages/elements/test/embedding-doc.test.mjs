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

  for (const d of elements) {
    test(`<${d.tagName}>: every attribute, event and CSS custom property is named in the guide`, () => {
      const names = [
        `<${d.tagName}>`,
        ...(d.attributes ?? []).map((a) => `\`${a.name}\``),
        ...(d.events ?? []).map((e) => `\`${e.name}\``),
        ...(d.cssProperties ?? []).map((p) => `\`${p.name}\``),
      ];
      assert.deepEqual(
        names.filter((n) => !guide.includes(n)),
        [],
      );
    });
  }
});
