// The dependency rule is enforced by lint: core imports neither elements nor lit, nor
// anything that needs a DOM. This proves the rule fires on code placed in core's sources.
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: root });

async function rulesHit(code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: resolve(root, 'packages/core/src/probe.ts') });
  return r!.messages.map((m) => m.ruleId ?? m.message);
}

test('core may not import lit, elements or browser-only packages', async () => {
  assert.deepEqual(await rulesHit("import { html } from 'lit';\nexport const a = html;\n"), ['no-restricted-imports']);
  assert.deepEqual(await rulesHit("export { GkDeadline } from '@gongkai/elements';\n"), ['no-restricted-imports']);
  assert.deepEqual(await rulesHit("export const b = import('@lit/reactive-element');\n"), ['no-restricted-syntax']);
  assert.deepEqual(await rulesHit('export const c = document.title;\n'), ['no-restricted-globals']);
});

test('ordinary core code passes', async () => {
  assert.deepEqual(await rulesHit("import * as z from 'zod/mini';\nexport const s = z.string();\n"), []);
});
