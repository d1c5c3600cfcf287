// Site themes for the 主题 Theme toolbar: what a county webmaster's own CSS would set. Each theme
// is a set of Gongkai's documented --gk-* tokens (packages/elements/src/styles/tokens.ts), written
// into one stylesheet as `html[data-gk-theme="<name>"] { --gk-…: … }`; the default theme sets
// nothing, so the elements fall back to their built-in 政务蓝 defaults.
//
// Every text colour must reach 4.5:1 on every surface it can sit on (WCAG 2.1 AA 1.4.3), and
// borders and the focus ring 3:1 (1.4.11). `node theme-contrast.mjs` prints the ratios and fails
// below them; check-static.mjs runs it too.

// The built-in defaults, from the elements' own token table (built by `tsc` into dist; Storybook
// builds after @gongkai/elements), so the default theme's ratios are those of the shipped colours.
import { TOKEN_DEFAULTS } from '../../../packages/elements/dist/styles/tokens.js';

/** The built-in colour defaults (TOKEN_DEFAULTS' color-* entries), used for the default theme's ratios. */
export const DEFAULT_COLORS = Object.fromEntries(Object.entries(TOKEN_DEFAULTS).filter(([k]) => k.startsWith('color-')));

/**
 * @typedef {object} Theme
 * @property {string} title   toolbar label
 * @property {string} [description]
 * @property {Record<string, string>} tokens  --gk-<name> values (without the --gk- prefix)
 */

/** @type {Record<string, Theme>} */
export const THEMES = {
  default: {
    title: '默认（政务蓝）Default',
    description: 'No site CSS: the elements’ own defaults.',
    tokens: {},
  },
  red: {
    title: '红白（党政红）Red and white',
    description: 'A typical red-and-white Party and government portal: dark red accents, pale red panels, square corners.',
    tokens: {
      'color-primary': '#a8071a',
      'color-focus': '#a8071a',
      'color-text': '#1f1f1f',
      'color-text-muted': '#595959',
      'color-surface': '#ffffff',
      'color-surface-alt': '#fdf3f2',
      'color-border': '#8c5e58',
      radius: '0',
    },
  },
  contrast: {
    title: '高对比度（黑底黄字）High contrast',
    description:
      'The 无障碍 toolbar’s high-contrast mode: black background, white text, yellow links and buttons, thicker borders and focus ring.',
    tokens: {
      'color-text': '#ffffff',
      'color-text-muted': '#f0f0f0',
      'color-surface': '#000000',
      'color-surface-alt': '#121212',
      'color-border': '#ffffff',
      'color-primary': '#ffd400',
      'color-focus': '#00e5ff',
      'color-ok': '#6dff9c',
      'color-ok-surface': '#001f0c',
      'color-warning': '#ffd400',
      'color-warning-surface': '#262000',
      'color-urgent': '#ffab5c',
      'color-urgent-surface': '#2b1400',
      'color-danger': '#ff8080',
      'color-danger-surface': '#2e0000',
      'border-width': '0.125rem',
      'focus-width': '0.25rem',
    },
  },
  dark: {
    title: '深色 Dark',
    description: 'A dark site: every colour comes from the tokens, so the elements follow it.',
    tokens: {
      'color-text': '#e6edf3',
      'color-text-muted': '#b1bac4',
      'color-surface': '#16191d',
      'color-surface-alt': '#22272e',
      'color-border': '#8b949e',
      'color-primary': '#79b8ff',
      'color-focus': '#79b8ff',
      'color-ok': '#7ee2a8',
      'color-ok-surface': '#0f2d1b',
      'color-warning': '#f2cc60',
      'color-warning-surface': '#2e2508',
      'color-urgent': '#ffab70',
      'color-urgent-surface': '#33200f',
      'color-danger': '#ff9492',
      'color-danger-surface': '#3a1414',
    },
  },
};

/** The attribute on <html> that selects a theme (absent for the default). */
export const THEME_ATTRIBUTE = 'data-gk-theme';

/** The site stylesheet for every non-default theme, as a webmaster would write it. */
export function themeStylesheet() {
  const rules = [];
  for (const [name, theme] of Object.entries(THEMES)) {
    const entries = Object.entries(theme.tokens);
    if (entries.length === 0) continue;
    const vars = entries.map(([token, value]) => `  --gk-${token}: ${value};`).join('\n');
    rules.push(`html[${THEME_ATTRIBUTE}='${name}'] {\n${vars}\n  color-scheme: ${isDark(theme) ? 'dark' : 'light'};\n}`);
  }
  // The page itself takes the theme's surface and text, as the site's body would. Storybook's
  // canvas (story mode) and each story's box on Docs pages (.gk-sb-canvas) get them too, so light
  // text never lands on Storybook's white.
  rules.push(
    `html[${THEME_ATTRIBUTE}] body, html[${THEME_ATTRIBUTE}] .gk-sb-canvas {\n` +
      '  background: var(--gk-color-surface);\n  color: var(--gk-color-text);\n}',
    `html[${THEME_ATTRIBUTE}] .docs-story .gk-sb-canvas {\n  padding: 1rem;\n}`,
  );
  return rules.join('\n\n');
}

/** @param {Theme} theme */
function isDark(theme) {
  const surface = theme.tokens['color-surface'];
  return surface !== undefined && relativeLuminance(surface) < 0.2;
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex) {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4]
    .map((i) => Number.parseInt(n.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a, b) {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour pairs the elements draw (a superset: every text colour on both page surfaces, each
 * state colour on its own surface and on the page, text inside state boxes, button text on the
 * primary colour), with the minimum ratio each needs.
 * @returns {{ fg: string, bg: string, min: number, what: string }[]}
 */
export function contrastPairs() {
  const pairs = [];
  const text = ['color-text', 'color-text-muted', 'color-primary', 'color-ok', 'color-warning', 'color-urgent', 'color-danger'];
  for (const fg of text) {
    for (const bg of ['color-surface', 'color-surface-alt']) pairs.push({ fg, bg, min: 4.5, what: 'text' });
  }
  for (const state of ['ok', 'warning', 'urgent', 'danger']) {
    pairs.push({ fg: `color-${state}`, bg: `color-${state}-surface`, min: 4.5, what: 'state text' });
    pairs.push({ fg: 'color-text', bg: `color-${state}-surface`, min: 4.5, what: 'text in a state box' });
    pairs.push({ fg: 'color-text-muted', bg: `color-${state}-surface`, min: 4.5, what: 'hint in a state box' });
  }
  pairs.push({ fg: 'color-surface', bg: 'color-primary', min: 4.5, what: 'button text' });
  for (const bg of ['color-surface', 'color-surface-alt']) {
    pairs.push({ fg: 'color-border', bg, min: 3, what: 'border' });
    pairs.push({ fg: 'color-focus', bg, min: 3, what: 'focus ring' });
  }
  return pairs;
}

/** The resolved colours of a theme (its tokens over the defaults). */
export function themeColors(name) {
  return { ...DEFAULT_COLORS, ...Object.fromEntries(Object.entries(THEMES[name].tokens).filter(([k]) => k.startsWith('color-'))) };
}
