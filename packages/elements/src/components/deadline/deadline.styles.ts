import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/** Styles of `<gk-deadline>`. They read only `--gk-*` tokens (through `token()`). */
export const deadlineStyles = css`
  :host {
    display: block;
    --_gk-state-color: ${token('color-text')};
    --_gk-state-surface: ${token('color-surface')};
  }

  :host([state='ok']) {
    --_gk-state-color: ${token('color-ok')};
    --_gk-state-surface: ${token('color-ok-surface')};
  }

  :host([state='due-soon']) {
    --_gk-state-color: ${token('color-warning')};
    --_gk-state-surface: ${token('color-warning-surface')};
  }

  :host([state='due-today']) {
    --_gk-state-color: ${token('color-urgent')};
    --_gk-state-surface: ${token('color-urgent-surface')};
  }

  :host([state='overdue']),
  :host([state='invalid']) {
    --_gk-state-color: ${token('color-danger')};
    --_gk-state-surface: ${token('color-danger-surface')};
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }

  p,
  ul {
    margin: 0;
  }

  .date {
    font-weight: 600;
  }

  .status {
    display: flex;
    align-items: flex-start;
    gap: ${token('space-2')};
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid var(--_gk-state-color);
    border-inline-start-width: ${token('space-1')};
    border-radius: ${token('radius')};
    background: var(--_gk-state-surface);
    color: var(--_gk-state-color);
    font-weight: 600;
  }

  :host([state='invalid']) .status {
    font-weight: 400;
  }

  .errors {
    padding-inline-start: ${token('space-4')};
  }

  .icon,
  .chevron {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .explanation {
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-alt')};
    color: ${token('color-text')};
  }

  .summary {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: var(--_gk-target);
    padding: ${token('space-1')} ${token('space-3')};
    border-radius: ${token('radius')};
    cursor: pointer;
    list-style: none;
    color: ${token('color-primary')};
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .summary::-webkit-details-marker {
    display: none;
  }

  /* A visible ring on keyboard focus; browsers without :focus-visible keep it on every focus. */
  .summary:focus {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: 0.125rem;
  }

  .summary:focus:not(:focus-visible) {
    outline: none;
  }

  .chevron {
    margin-block-start: 0;
    transition: transform 0.15s ease-out;
  }

  .explanation[open] .chevron {
    transform: rotate(90deg);
  }

  .explanation-body {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    padding: 0 ${token('space-3')} ${token('space-3')};
  }

  .days {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    padding-inline-start: ${token('space-4')};
  }

  .day-date {
    margin-inline-end: ${token('space-2')};
  }

  .day-kind,
  .day-name {
    margin-inline-end: ${token('space-2')};
    color: ${token('color-text-muted')};
  }

  .provisional-note {
    margin: ${token('space-1')} 0 0;
    font-size: 0.875em;
    color: ${token('color-text-muted')};
  }

  .provisional {
    padding-inline-start: ${token('space-2')};
    border-inline-start: ${token('space-1')} solid ${token('color-warning')};
  }

  @media (forced-colors: active) {
    .status,
    .explanation {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .summary {
      color: LinkText;
    }

    .summary:focus {
      outline-color: Highlight;
    }

    .day-kind,
    .day-name {
      color: CanvasText;
    }
  }
`;
