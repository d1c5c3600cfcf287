// The module specifiers in minified ESM output: `import"./a.js"`, `from"./a.js"`,
// `import("./a.js")`, `export*from"./a.js"`. Shared by the size check (tools/size.mjs), which
// follows the relative ones, and the version-pinning test, which checks every one.
const SPECIFIER = /(?:\bimport\s*\(\s*|\bimport\s*|\bfrom\s*)(["'`])([^"'`]+)\1/g;

/** Every specifier `code` imports (static and dynamic), in order. */
export function importSpecifiers(code) {
  return [...code.matchAll(SPECIFIER)].map((m) => m[2]);
}

/** Only the relative ones (`./`, `../`): the files of the bundle itself. */
export function relativeImports(code) {
  return importSpecifiers(code).filter((s) => /^\.{1,2}\//.test(s));
}
