// custom-elements.json drives Storybook's autodocs and the embedding guide. Every element the
// embed registers must be in it, with its summary, typed events and documented attributes,
// events, parts and CSS custom properties (a missing @tagname once left <gk-request-form> out).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const manifestPath = fileURLToPath(new URL('custom-elements.json', root));
const componentsDir = new URL('src/components/', root);

/** Tag names registered by src/components/<name>/define.ts (defineElement('gk-…', …)). */
const registered = readdirSync(componentsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/define.ts`, componentsDir)))
  .flatMap((d) =>
    [...readFileSync(new URL(`${d.name}/define.ts`, componentsDir), 'utf8').matchAll(/defineElement\('(gk-[a-z-]+)'/g)].map((m) => m[1]),
  )
  .sort();

const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : { modules: [] };
const declarations = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])));

describe('custom-elements.json documents every element', () => {
  test('the build wrote it, and every registered element is in it', () => {
    assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run `npm run build` in packages/elements');
    assert.ok(registered.length >= 5, `found only ${registered.join(', ')}`);
    assert.deepEqual([...declarations.keys()].sort(), registered);
  });

  for (const tag of registered) {
    test(`<${tag}>: summary, and a description for every attribute, event, part and CSS property`, () => {
      const d = declarations.get(tag);
      assert.ok(d, `${tag} is not in the manifest (is @tagname missing from its class JSDoc?)`);
      assert.ok(d.summary, `${tag} has no @summary`);
      assert.ok((d.attributes ?? []).length > 0, `${tag} lists no attributes`);
      assert.ok((d.events ?? []).length > 0, `${tag} lists no events`);
      assert.ok((d.cssProperties ?? []).length > 0, `${tag} lists no CSS custom properties`);
      const undocumented = [
        ...(d.attributes ?? []).filter((a) => !a.description).map((a) => `attribute ${a.name}`),
        ...(d.events ?? []).filter((e) => !e.description).map((e) => `event ${e.name}`),
        ...(d.cssParts ?? []).filter((p) => !p.description).map((p) => `part ${p.name}`),
        ...(d.slots ?? []).filter((s) => !s.description).map((s) => `slot ${s.name || '(default)'}`),
        ...(d.cssProperties ?? []).filter((p) => !p.description).map((p) => `CSS property ${p.name}`),
        ...(d.events ?? [])
          .filter((e) => !/^CustomEvent<\w+Detail>$/.test(e.type?.text ?? ''))
          .map((e) => `event ${e.name} has no CustomEvent<…Detail> type`),
      ];
      assert.deepEqual(undocumented, []);
      for (const p of d.cssProperties) assert.match(p.name, /^--gk-[a-z0-9-]+$/, `${tag}: ${p.name}`);
    });
  }
});
