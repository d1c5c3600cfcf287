// Every file of the built embed (dist/embed/**/*.js) must run on the Chromium 69+ cores of
// 360/QQ speed mode and older WeChat builds (ADR 0010, docs/browsers.md):
// - it parses as ES2019 (acorn with ecmaVersion 2019), so no optional chaining, `??`, class
//   fields, logical assignment, numeric separators, `import.meta` or newer regular expressions;
// - it uses none of the run-time APIs those cores lack (the build rewrites `globalThis` and
//   `Object.fromEntries` to src/embed/compat.ts), and no CSS selector that makes them drop a rule.
// Run by `npm test` after the build (nx: test dependsOn build).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';

const embedDir = fileURLToPath(new URL('../dist/embed/', import.meta.url));

/** Every .js file under dir. */
function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? jsFiles(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : [],
  );
}

/** Calls visit(node, parent) for every node of an ESTree AST. */
function walk(node, visit, parent = null) {
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit, node);
    } else if (value && typeof value.type === 'string') walk(value, visit, node);
  }
}

// Methods and globals newer than Chrome 69 (with the Chrome version that added them).
const NEWER_METHODS = new Map(
  Object.entries({
    at: 92,
    replaceAll: 85,
    matchAll: 73,
    findLast: 97,
    findLastIndex: 97,
    toSorted: 110,
    toReversed: 110,
    hasOwn: 93,
    fromEntries: 73,
    allSettled: 76,
    any: 85,
    replaceChildren: 86,
    requestSubmit: 76,
  }),
);
const NEWER_GLOBALS = new Map(Object.entries({ globalThis: 71, structuredClone: 98, queueMicrotask: 71, WeakRef: 84, AggregateError: 85 }));
const NEWER_SELECTORS = [
  [/:is\(/, 88],
  [/:where\(/, 88],
  [/:has\(/, 105],
];

/** `typeof X` is a guard, not a use. */
const isTypeof = (node) => node?.type === 'UnaryExpression' && node.operator === 'typeof';
/** The guarded use `typeof X != "undefined" ? X : …` (src/embed/compat.ts). */
const isGuardedUse = (node, parent) =>
  parent?.type === 'ConditionalExpression' &&
  parent.consequent === node &&
  parent.test.type === 'BinaryExpression' &&
  (parent.test.operator === '!=' || parent.test.operator === '!==') &&
  isTypeof(parent.test.left) &&
  parent.test.left.argument.type === 'Identifier' &&
  parent.test.left.argument.name === node.name;

const files = existsSync(embedDir) ? jsFiles(embedDir) : [];

describe('embed output runs on Chromium 69+ (ES2019)', () => {
  test('the embed is built', () => {
    assert.ok(files.length > 0, `no .js files in ${embedDir}: run \`npm run build\` in packages/elements first`);
    assert.ok(
      files.some((f) => f.endsWith('gongkai.js')),
      'dist/embed/gongkai.js is missing',
    );
  });

  for (const file of files) {
    const name = relative(embedDir, file);
    test(`${name} parses as ES2019 and uses nothing newer than Chrome 69`, () => {
      const code = readFileSync(file, 'utf8');
      let ast;
      try {
        ast = parse(code, { ecmaVersion: 2019, sourceType: 'module' });
      } catch (error) {
        const at = error.pos ?? 0;
        assert.fail(`${name}: not ES2019 (${error.message}) near ${JSON.stringify(code.slice(Math.max(0, at - 40), at + 40))}`);
      }
      const problems = [];
      const near = (node) => JSON.stringify(code.slice(Math.max(0, node.start - 30), node.end + 20));
      walk(ast, (node, parent) => {
        // x.at(…) and x['at'](…) alike.
        const member =
          node.type === 'MemberExpression'
            ? !node.computed && node.property.type === 'Identifier'
              ? node.property.name
              : node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string'
                ? node.property.value
                : undefined
            : undefined;
        if (member !== undefined) {
          const since = NEWER_METHODS.get(member);
          // `.at` etc. as a call; a property merely named like them (an object key) is not a use.
          if (since && parent?.type === 'CallExpression' && parent.callee === node) {
            problems.push(`.${member}() (Chrome ${since}) at ${near(node)}`);
          }
        }
        if (node.type === 'Identifier' && NEWER_GLOBALS.has(node.name) && !isTypeof(parent) && !isGuardedUse(node, parent)) {
          const declaredHere = parent?.type === 'MemberExpression' && parent.property === node && !parent.computed;
          const isKey = parent?.type === 'Property' && parent.key === node && !parent.computed;
          if (!declaredHere && !isKey) {
            problems.push(`${node.name} (Chrome ${NEWER_GLOBALS.get(node.name)}) at ${near(node)}`);
          }
        }
        if (node.type === 'TemplateElement' || (node.type === 'Literal' && typeof node.value === 'string')) {
          const text = node.type === 'TemplateElement' ? node.value.raw : node.value;
          for (const [pattern, since] of NEWER_SELECTORS) {
            if (pattern.test(text)) problems.push(`CSS ${pattern.source} (Chrome ${since}) in ${near(node)}`);
          }
          // :focus-visible (Chrome 86) in a selector list makes older cores drop the whole rule; it may
          // only stand in a rule of its own.
          for (const selector of text.match(/[^{};]*:focus-visible[^{};]*\{/g) ?? []) {
            if (selector.includes(',')) problems.push(`CSS :focus-visible in a selector list (Chrome 86) in ${JSON.stringify(selector)}`);
          }
        }
      });
      assert.deepEqual(problems, [], `${name} uses what Chromium 69 cannot run`);
    });
  }
});
