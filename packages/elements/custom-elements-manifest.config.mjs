// custom-elements-manifest analyzer config: writes ./custom-elements.json for Storybook,
// IDEs and docs. The plugin keeps the public API only.

/** Drops private/protected members and events the analyzer guessed from `emit(name, …)`. */
function publicApiOnly() {
  return {
    name: 'gk-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) {
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !(m.static && m.name === 'styles'),
            );
          }
          if (decl.events) decl.events = decl.events.filter((e) => /^gk-[a-z-]+$/.test(e.name));
          for (const attr of decl.attributes ?? []) {
            if (attr.name === 'lang' && !attr.description) {
              attr.type = { text: 'string' };
              attr.description =
                'Display language (zh-CN by default, or en). Without it, the nearest ancestor’s lang, then <html lang>, is used.';
            }
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
