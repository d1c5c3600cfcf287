// Embed build: dist/embed/gongkai.js (every element), one entry per element
// (dist/embed/gk-deadline.js …) sharing chunks under dist/embed/chunks/, and a versioned copy
// dist/embed/gongkai-<version>.js. Lit and @gongkai/core are bundled in (production builds).
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { parse } from 'acorn';
import esbuild from 'rollup-plugin-esbuild';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8'));

// src/version.ts must say the same version as package.json (GkElement.version).
const versionSource = readFileSync(here('./src/version.ts'), 'utf8');
const sourceVersion = /VERSION\s*=\s*'([^']+)'/.exec(versionSource)?.[1];
if (sourceVersion !== version) {
  throw new Error(
    `src/version.ts says ${JSON.stringify(sourceVersion)} but package.json says ${JSON.stringify(version)}: make them equal.`,
  );
}

// One entry per element, named after its tag.
const elements = {
  'gk-deadline': 'src/components/deadline/define.ts',
  'gk-catalogue': 'src/components/catalogue/define.ts',
  'gk-task-board': 'src/components/task-board/define.ts',
  'gk-request-form': 'src/components/request-form/define.ts',
  'gk-request-status': 'src/components/request-status/define.ts',
};

// Version pinning: a page that loads gongkai-<version>.js (or gk-<tag>-<version>.js) must only ever
// load files whose content cannot change under it. So every element entry is a facade: a virtual
// module that only imports the element's define.ts (it registers the element and exports nothing;
// gongkai.js exports the classes). With strict entry signatures rollup cannot merge the element's
// code into its facade, so it lands in a content-hashed chunk (chunks/gk-<tag>-<hash>.js). No entry
// imports another entry and every entry imports only hashed chunks: a webmaster who uploads a new
// version next to the old one keeps the pinned page whole.
const ENTRY_PREFIX = 'gk-entry:';
function elementEntries() {
  return {
    name: 'gk-element-entries',
    resolveId(source) {
      return source.startsWith(ENTRY_PREFIX) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${ENTRY_PREFIX}`)) return null;
      const define = here(`./${elements[id.slice(ENTRY_PREFIX.length + 1)]}`);
      return `import ${JSON.stringify(define)};\n`;
    },
  };
}
const entryInputs = Object.fromEntries(Object.keys(elements).map((tag) => [tag, `${ENTRY_PREFIX}${tag}`]));
const DEFINE_MODULE = /[\\/]components[\\/]([a-z-]+)[\\/]define\.ts$/;

// Warnings known to be harmless (TOOLCHAIN F12); every other warning fails the build.
function isHarmless(w) {
  if (w.code === 'INVALID_ANNOTATION' && /node_modules[\\/]zod/.test(w.id ?? '')) return true;
  if (w.code === 'CIRCULAR_DEPENDENCY' && (w.ids ?? []).every((id) => /node_modules[\\/]zod/.test(id))) return true;
  if (w.code === 'THIS_IS_UNDEFINED') return true;
  return false;
}

// Shared chunks: rollup's default splitting puts each module in a chunk by the set of entries that
// use it, so an element entry loads only what it needs (gk-deadline never loads the catalogue's
// virtualizer or zod; gk-catalogue never loads the holiday data), and any mix of entries on one
// page loads each module once. (A manualChunks rule per component pulled every dependency of the
// first component into its chunk, so every entry loaded everything.)

// Chromium 69–72 cores (360/QQ speed mode) run ES2019 but lack `globalThis` (Chrome 71) and
// `Object.fromEntries` (Chrome 73), which Lit, zod and our code use. Rewrite each use to a binding of
// src/embed/compat.ts instead of patching the host page's globals. The import goes at the end of the
// module (imports hoist), and the rewrite keeps every line where it was, so source maps stay right.
const COMPAT = here('./src/embed/compat.ts');
// Not after an identifier character or a member dot (`x.globalThis`), but after a spread (`...globalThis`).
const NOT_A_MEMBER = String.raw`(?<![\w$])(?<!(?:^|[^.])\.)`;
const REWRITES = [
  [new RegExp(String.raw`${NOT_A_MEMBER}globalThis(?![\w$])`, 'g'), 'gkGlobal'],
  [new RegExp(String.raw`${NOT_A_MEMBER}Object\.fromEntries(?![\w$])`, 'g'), 'gkFromEntries'],
];
function chromium69Compat() {
  return {
    name: 'gk-chromium69-compat',
    transform(code, id) {
      if (id === COMPAT || !/\.[cm]?[jt]s$/.test(id)) return null;
      const names = [];
      let out = code;
      for (const [pattern, binding] of REWRITES) {
        const next = out.replace(pattern, `__${binding}`);
        if (next !== out) names.push(`${binding} as __${binding}`);
        out = next;
      }
      if (names.length === 0) return null;
      return { code: `${out}\nimport { ${names.join(', ')} } from ${JSON.stringify(COMPAT)};\n`, map: null };
    },
    // The rewrite is textual: a `globalThis` in a string or an object key would have been renamed too.
    // Minification renames every real binding, so any `__gk…` text left in the output is such a case.
    renderChunk(code, chunk) {
      const left = /__gk(?:Global|FromEntries)/.exec(code);
      if (left) {
        this.error(
          `${chunk.fileName}: "${left[0]}" survived minification, so the globalThis/Object.fromEntries rewrite ` +
            `touched a string or a property name near ${JSON.stringify(code.slice(Math.max(0, left.index - 40), left.index + 40))}`,
        );
      }
      return null;
    },
  };
}

// Lit's css`…` templates keep their source text (comments, indentation) through esbuild's
// minifier. Shrink the static parts of every css`…` in our modules: comments out, whitespace
// collapsed, none around { } ; , and the edges. Never inside a ${…} part, and never around ':'
// or '+' (`.a :focus` and `calc(a + b)` depend on those spaces). The newlines removed are put back
// after the closing backtick, so every later line keeps its number and source maps stay right.
function minifyCssTemplate(raw) {
  if (/\/\*(?![\s\S]*?\*\/)/.test(raw) || /["'`\\]/.test(raw)) return raw; // an open comment, strings or escapes: leave it
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1');
}
function minifyCss() {
  return {
    name: 'gk-minify-css',
    transform(code, id) {
      if (!/[\\/]packages[\\/]elements[\\/]src[\\/]/.test(id) || !code.includes('`')) return null;
      const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
      // esbuild has already renamed the import: find the local name of lit's `css`.
      const tags = new Set();
      for (const node of ast.body) {
        if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit') continue;
        for (const spec of node.specifiers) {
          if (spec.type === 'ImportSpecifier' && spec.imported.name === 'css') tags.add(spec.local.name);
        }
      }
      if (tags.size === 0) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
          const quasis = node.quasi.quasis;
          let newlines = 0;
          quasis.forEach((q, i) => {
            const raw = code.slice(q.start, q.end);
            let min = minifyCssTemplate(raw);
            if (i === 0) min = min.trimStart();
            if (i === quasis.length - 1) min = min.trimEnd();
            newlines += (raw.match(/\n/g) ?? []).length - (min.match(/\n/g) ?? []).length;
            if (min !== raw) edits.push([q.start, q.end, min]);
          });
          if (newlines > 0) edits.push([node.end, node.end, '\n'.repeat(newlines)]);
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value.type === 'string') visit(value);
        }
      };
      visit(ast);
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/** Empties dist/embed first, so stale hashed chunks never ship. */
function cleanEmbed() {
  return {
    name: 'gk-clean-embed',
    buildStart() {
      rmSync(here('./dist/embed'), { recursive: true, force: true });
    },
  };
}

/**
 * Writes a versioned copy of every entry next to it: gongkai-<version>.js, gk-<tag>-<version>.js.
 * Same code, same hashed chunks; checks that no entry imports anything but hashed chunks.
 */
function versionedCopy() {
  return {
    name: 'gk-versioned-copy',
    generateBundle(_options, bundle) {
      for (const name of ['gongkai', ...Object.keys(elements)]) {
        const entry = bundle[`${name}.js`];
        if (!entry || entry.type !== 'chunk') this.error(`${name}.js was not generated`);
        const unpinned = [...entry.imports, ...entry.dynamicImports].filter((f) => !f.startsWith('chunks/'));
        if (unpinned.length > 0) this.error(`${name}.js imports ${unpinned.join(', ')}, which a version pin cannot hold`);
        // Its own source map, so a pinned page still maps to this version's sources after an upgrade.
        const pinned = `${name}-${version}.js`;
        const code = entry.code.replace(`sourceMappingURL=${name}.js.map`, `sourceMappingURL=${pinned}.map`);
        this.emitFile({ type: 'asset', fileName: pinned, source: code });
        if (entry.map) this.emitFile({ type: 'asset', fileName: `${pinned}.map`, source: entry.map.toString() });
      }
    },
  };
}

export default {
  input: { gongkai: 'src/embed/gongkai.ts', ...entryInputs },
  output: {
    dir: 'dist/embed',
    format: 'es',
    entryFileNames: '[name].js',
    // An element's own code is named after its tag (chunks/gk-catalogue-<hash>.js).
    chunkFileNames: (chunk) => {
      const define = chunk.moduleIds.map((id) => DEFINE_MODULE.exec(id)).find(Boolean);
      return define ? `chunks/gk-${define[1]}-[hash].js` : 'chunks/[name]-[hash].js';
    },
    sourcemap: true,
    generatedCode: 'es2015',
  },
  preserveEntrySignatures: 'strict', // entries stay facades over hashed chunks (version pinning)
  treeshake: {
    // @gongkai/core declares "sideEffects": false, but rollup-plugin-esbuild resolves core's
    // relative imports itself, so node-resolve never passes that flag on. Honour it here, or
    // unused modules (createCalendar and its zod schemas) end up in every bundle.
    moduleSideEffects: (id) => !/[\\/]packages[\\/]core[\\/]dist[\\/]/.test(id),
  },
  plugins: [
    cleanEmbed(),
    elementEntries(),
    chromium69Compat(),
    // No 'development' condition: Lit resolves to its production build (no dev-mode warnings).
    nodeResolve({
      browser: true,
      exportConditions: ['browser', 'module', 'import', 'default'],
      mainFields: ['browser', 'module', 'main'],
      preferBuiltins: false,
    }),
    esbuild({
      // The file that literally holds experimentalDecorators / useDefineForClassFields.
      tsconfig: here('../../tsconfig.base.json'),
      target: 'es2019', // Chromium 69+ (ADR 0010); test/embed-syntax.test.mjs parses the output as ES2019
      minify: true,
      legalComments: 'none',
    }),
    minifyCss(),
    versionedCopy(),
  ],
  onwarn(warning, warn) {
    if (isHarmless(warning)) return;
    warn(warning);
    throw new Error(`Rollup warning treated as an error: ${warning.code ?? ''} ${warning.message}`);
  },
};
