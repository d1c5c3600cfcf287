import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens of Gongkai. A host page themes every element by setting these custom
 * properties anywhere above the element (`:root`, a column wrapper) or on the element itself:
 *
 * ```css
 * :root { --gk-color-primary: #026abe; }
 * ```
 *
 * Component styles read tokens only through {@link token}, so each default lives here once.
 * Every colour pair below meets WCAG 2.1 AA (4.5:1 for text) against its background.
 * Lengths are in rem, so they follow the host page's root font size.
 */
export const TOKEN_DEFAULTS = {
  /** UI sans-serif stack for CJK and Latin text (UX.md §2). */
  'font-family':
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
  /** Base text size. */
  'font-size-base': '1rem',
  /** Base text size in large-text mode; never below 18px whatever the host sets. */
  'font-size-large': '1.125rem',
  /** Line height; 1.6 or more suits CJK text. */
  'line-height': '1.7',
  /** Minimum size of an interactive target. */
  'target-size': '2.75rem',
  /** Minimum size of an interactive target in large-text mode; never below 44px. */
  'target-size-large': '2.75rem',

  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  radius: '0.25rem',
  'border-width': '0.0625rem',
  'focus-width': '0.1875rem',

  /** Text on `color-surface` (15.8:1). */
  'color-text': '#1f2328',
  /** Secondary text on `color-surface` and `color-surface-alt` (≥ 7:1). */
  'color-text-muted': '#4b5563',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f5f7fa',
  /** Borders of boxes (4.8:1 on white, above the 3:1 needed for non-text). */
  'color-border': '#6b7280',
  /** 政务蓝: links, focus and accents (7.2:1 on white). Hosts may set their own; check 4.5:1. */
  'color-primary': '#0b57a4',
  'color-focus': '#0b57a4',
  /** State colours: each text colour on its background is at least 5.9:1. */
  'color-ok': '#1a6b32',
  'color-ok-surface': '#edf7f0',
  'color-warning': '#7a4a00',
  'color-warning-surface': '#fff6e0',
  'color-urgent': '#9a3412',
  'color-urgent-surface': '#fff1e6',
  'color-danger': '#b42318',
  'color-danger-surface': '#fdf0ef',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;

/** `var(--gk-<name>, <default>)` as CSS, for use inside `css` templates. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--gk-${name}, ${TOKEN_DEFAULTS[name]})`);
}

/**
 * Host-level rules every element shares: font, size, line height, large-text mode and the
 * private `--_gk-*` locals that large-text mode changes.
 *
 * Large-text mode is on when the element has `large-text`, or when `<html>` has the
 * `large-text` attribute or class (GkElement mirrors that onto `data-gk-large-text`).
 */
export const hostStyles = css`
  :host {
    --_gk-font-size: ${token('font-size-base')};
    --_gk-target: ${token('target-size')};
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: var(--_gk-font-size);
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    overflow-wrap: anywhere;
  }

  :host([large-text]),
  :host([data-gk-large-text]) {
    --_gk-font-size: max(${token('font-size-large')}, 18px);
    --_gk-target: max(${token('target-size-large')}, 44px);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
