// Prints the contrast ratios of every Storybook theme (.storybook/themes.js) and exits 1 when a
// text colour is below 4.5:1 on a surface it can sit on, or a border or focus ring below 3:1.
// Usage: node theme-contrast.mjs [--quiet]
import { contrastPairs, contrastRatio, THEMES, themeColors } from './.storybook/themes.js';

/** @returns {{ theme: string, fg: string, bg: string, ratio: number, min: number, what: string }[]} */
export function themeContrast() {
  const rows = [];
  for (const theme of Object.keys(THEMES)) {
    const colors = themeColors(theme);
    for (const { fg, bg, min, what } of contrastPairs()) {
      rows.push({ theme, fg, bg, ratio: contrastRatio(colors[fg], colors[bg]), min, what });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = themeContrast();
  const quiet = process.argv.includes('--quiet');
  let current = '';
  for (const r of rows) {
    if (quiet) break;
    if (r.theme !== current) {
      current = r.theme;
      console.log(`\n${THEMES[r.theme].title}`);
    }
    const flag = r.ratio < r.min ? '  FAIL' : '';
    console.log(`  ${r.fg.padEnd(18)} on ${r.bg.padEnd(22)} ${r.ratio.toFixed(2).padStart(5)}:1  (${r.what}, min ${r.min})${flag}`);
  }
  const failures = rows.filter((r) => r.ratio < r.min);
  console.log(`\ntheme contrast: ${Object.keys(THEMES).length} themes, ${rows.length} pairs, ${failures.length} failures`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}
