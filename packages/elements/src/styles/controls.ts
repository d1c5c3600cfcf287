import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Controls every Gongkai element with a toolbar or a form shares: buttons (primary, secondary,
 * pressed toggles), text fields, links, the focus ring, visually hidden text, and the boxes for
 * status messages and problem lists. Components add only what is their own.
 */
/** The declarations that hide text visually but keep it for screen readers (shared with light-DOM sheets). */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

/** The box of a text field, select or text area (shared with light-DOM sheets). */
export const textBox = css`
  min-height: var(--_gk-target);
  padding: ${token('space-1')} ${token('space-2')};
  border: ${token('border-width')} solid ${token('color-border')};
  border-radius: ${token('radius')};
  background: ${token('color-surface')};
  color: ${token('color-text')};
  font: inherit;
`;

/** The box of a primary button: filled with the primary colour (shared with light-DOM sheets). */
export const buttonBox = css`
  min-height: var(--_gk-target);
  padding: ${token('space-1')} ${token('space-4')};
  border: ${token('border-width')} solid ${token('color-primary')};
  border-radius: ${token('radius')};
  background: ${token('color-primary')};
  color: ${token('color-surface')};
  font: inherit;
  cursor: pointer;
`;

export const controlStyles = css`
  .vh,
  .live {
    ${visuallyHidden}
  }

  .label {
    font-weight: 600;
  }

  .input {
    ${textBox}
  }

  .button {
    ${buttonBox}
  }

  .button.secondary,
  .button.toggle {
    background: ${token('color-surface')};
    color: ${token('color-primary')};
  }

  .button.toggle[aria-pressed='true'] {
    background: ${token('color-primary')};
    color: ${token('color-surface')};
    font-weight: 600;
  }

  a {
    color: ${token('color-primary')};
    text-underline-offset: 0.2em;
  }

  /* A visible ring on keyboard focus; browsers without :focus-visible keep it on every focus. */
  :focus {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: 0.125rem;
  }

  :focus:not(:focus-visible) {
    outline: none;
  }

  .input:focus {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }

  .muted,
  .hint,
  .count {
    color: ${token('color-text-muted')};
  }

  .hint {
    font-size: 0.875em;
  }

  .status,
  .problem,
  .issues {
    padding: ${token('space-3')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-alt')};
  }

  .problem,
  .issues {
    border-color: ${token('color-danger')};
    border-inline-start-width: ${token('space-1')};
    background: ${token('color-danger-surface')};
  }

  @media (forced-colors: active) {
    .button.toggle[aria-pressed='true'] {
      border-width: ${token('focus-width')};
    }
  }
`;

/**
 * The frame of a full-width board element (catalogue, task board): a block that is its own
 * container for container queries, a column of sections, no browser margins on text blocks,
 * plain lists, and the title's size.
 */
export const boardLayoutStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
  }

  p,
  ul,
  ol,
  dl,
  dd,
  fieldset,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  .title {
    font-size: 1.25em;
    line-height: 1.4;
  }
`;
