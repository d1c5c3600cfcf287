// Embed build: dist/embed/gongkai.js (every element), one entry per element
// (dist/embed/gk-deadline.js …) sharing chunks under dist/embed/chunks/, and a versioned copy
// dist/embed/gongkai-<version>.js. Lit and @gongkai/core are bundled in (production builds).
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
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

/** Empties dist/embed first, so stale hashed chunks never ship. */
function cleanEmbed() {
  return {
    name: 'gk-clean-embed',
    buildStart() {
      rmSync(here('./dist/embed'), { recursive: true, force: true });
    },
  };
}

/** Writes gongkai-<version>.js next to gongkai.js (same code, same shared chunks). */
function versionedCopy() {
  return {
    name: 'gk-versioned-copy',
    generateBundle(_options, bundle) {
      const main = bundle['gongkai.js'];
      if (!main || main.type !== 'chunk') this.error('gongkai.js was not generated');
      this.emitFile({ type: 'asset', fileName: `gongkai-${version}.js`, source: main.code });
    },
  };
}

export default {
  input: { gongkai: 'src/embed/gongkai.ts', ...elements },
  output: {
    dir: 'dist/embed',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    generatedCode: 'es2015',
  },
  preserveEntrySignatures: 'allow-extension',
  treeshake: {
    // @gongkai/core declares "sideEffects": false, but rollup-plugin-esbuild resolves core's
    // relative imports itself, so node-resolve never passes that flag on. Honour it here, or
    // unused modules (createCalendar and its zod schemas) end up in every bundle.
    moduleSideEffects: (id) => !/[\\/]packages[\\/]core[\\/]dist[\\/]/.test(id),
  },
  plugins: [
    cleanEmbed(),
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
      target: 'es2020',
      minify: true,
      legalComments: 'none',
    }),
    versionedCopy(),
  ],
  onwarn(warning, warn) {
    if (isHarmless(warning)) return;
    warn(warning);
    throw new Error(`Rollup warning treated as an error: ${warning.code ?? ''} ${warning.message}`);
  },
};
