// One flat ESLint config for the whole repo (TOOLCHAIN §10). Run per project by Nx (`npm run lint`).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Core must stay DOM-free: no elements, no lit, nothing that needs a browser.
const DOM_MODULES = '^(lit|lit-html|lit-element|@lit|@lit-labs|@gongkai/elements|@open-wc|@web|playwright|playwright-core)(/|$)';

export default defineConfig([
  globalIgnores(['**/dist/', '**/storybook-static/', '**/custom-elements.json', '**/src/generated/', '**/node_modules/', '.nx/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'apps/**/*.{js,ts,mjs}'],
    languageOptions: { globals: globals.browser },
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
  },
  {
    files: [
      '**/*.config.js',
      '**/*.config.mjs',
      'tools/**/*.{js,mjs}',
      '**/.storybook/**',
      '**/*.mjs',
      'packages/core/test/**',
      'packages/core/bench/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['apps/**/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['packages/core/**/*.ts'],
    ignores: ['packages/core/test/**', 'packages/core/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: DOM_MODULES, message: 'core must stay DOM-free (no elements, lit or browser-only packages)' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^(lit|lit-html|lit-element|@lit|@lit-labs|@gongkai\\u002Felements)/]',
          message: 'core must stay DOM-free (dynamic import)',
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch'],
    },
  },
  prettier,
]);
