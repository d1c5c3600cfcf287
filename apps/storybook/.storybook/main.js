// Storybook for designers: Gongkai's web components, rendered from their TypeScript source.
//
// - Stories live next to each component in packages/elements/src/components/<name>/ and import
//   the element through relative paths (./define.js). Vite compiles that TS source here, so the
//   decorator settings below must match tsconfig.base.json (Lit legacy decorators, TOOLCHAIN F3/F4).
// - @gongkai/core resolves through the workspace symlink to its built dist (build core first;
//   `nx run @gongkai/storybook:build` does that through ^build).
// - No alias on '@gongkai/elements': an alias key would also rewrite
//   '@gongkai/elements/custom-elements.json' (TOOLCHAIN F10). preview.js imports the manifest
//   through the package export.
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const configDir = dirname(fileURLToPath(import.meta.url));
const appDir = resolve(configDir, '..');
const appPackageJson = join(appDir, 'package.json');

// Storybook is installed in apps/storybook/node_modules (not hoisted, TOOLCHAIN F8). Story files
// in packages/elements cannot find 'storybook/*' or '@storybook/*' from their own folder, so
// resolve those imports as if they came from this app.
const STORYBOOK_IMPORT = /^(?:storybook(?:\/|$)|@storybook\/)/;

/** @returns {import('vite').Plugin} */
function resolveStorybookFromApp() {
  return {
    name: 'gongkai:resolve-storybook-from-app',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !STORYBOOK_IMPORT.test(source)) return null;
      const rel = relative(appDir, importer.split('?')[0]);
      if (rel && !rel.startsWith('..') && !rel.startsWith(sep)) return null; // already inside the app
      return this.resolve(source, appPackageJson, { ...options, skipSelf: true });
    },
  };
}

/** @type {import('@storybook/web-components-vite').StorybookConfig} */
const config = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.mdx', '../../../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [resolveStorybookFromApp()],
      // Lit's legacy (experimental) decorators with useDefineForClassFields: false, set
      // explicitly so the result does not depend on which tsconfig.json oxc finds next to a file.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      // Pre-bundle every Lit entry point in one batch so they share one lit-html. Otherwise
      // @storybook/web-components' raw import of 'lit/directive-helpers.js' loads a second
      // lit-html next to the pre-bundled 'lit' ("Multiple versions of Lit loaded" in dev).
      optimizeDeps: {
        include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directive.js', 'lit/static-html.js'],
      },
      // The a11y addon's axe chunk and the docs renderer are big by nature; keep the log quiet.
      build: { chunkSizeWarningLimit: 1500 },
    });
  },
};

export default config;
