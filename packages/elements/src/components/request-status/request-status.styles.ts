import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * Styles of `<gk-request-status>`, on top of `boardLayoutStyles` (the block, its column of sections,
 * no browser margins) and `controlStyles`. They read only `--gk-*` tokens and rem/em lengths, so the
 * element fits a 320 px phone, follows the page's root font size and large-text mode, and keeps
 * its borders and words in forced-colours mode (state is never shown by colour alone).
 */
export const requestStatusStyles = css`
  .result,
  .form {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
  }

  .result-heading {
    font-size: 1.125em;
    line-height: 1.4;
  }

  .block-heading {
    font-size: 1em;
    line-height: 1.4;
  }

  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
    white-space: nowrap;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    max-width: 28rem;
  }

  .field .input {
    width: 100%;
  }

  .field.invalid .input {
    border-color: ${token('color-danger')};
    border-width: 0.125rem;
  }

  .error {
    color: ${token('color-danger')};
    font-weight: 600;
  }

  /* A mark besides the colour; hidden from screen readers where alt text for content works. */
  .error::before {
    content: '! ';
    content: '! ' / '';
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }

  .button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }

  .problem {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${token('space-2')};
  }

  .failed {
    font-weight: 600;
  }

  .issues-list,
  .issues,
  .explanation ol {
    padding-inline-start: 1.5em;
  }

  .issues-list,
  .issues {
    list-style: disc;
  }

  .summary {
    display: grid;
    grid-template-columns: 1fr;
    gap: ${token('space-1')} ${token('space-4')};
    padding: ${token('space-3')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-alt')};
  }

  .summary dt,
  .contact-list dt {
    font-weight: 600;
  }

  .phase {
    font-size: 1.125em;
    font-weight: 600;
  }

  .due {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token('space-1')} ${token('space-3')};
  }

  .due-date {
    font-weight: 600;
  }

  .state {
    padding: 0 ${token('space-2')};
    border: ${token('border-width')} solid currentColor;
    border-radius: ${token('radius')};
  }

  .state.ok {
    color: ${token('color-ok')};
    background: ${token('color-ok-surface')};
  }

  .state.due-today {
    color: ${token('color-urgent')};
    background: ${token('color-urgent-surface')};
  }

  .state.overdue {
    color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }

  .pause-open {
    flex-basis: 100%;
    color: ${token('color-warning')};
  }

  .block {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
  }

  .milestones {
    padding: 0;
    list-style: none;
    border-inline-start: 0.125rem solid ${token('color-border')};
  }

  .milestones li {
    position: relative;
    padding: 0 0 ${token('space-2')} ${token('space-4')};
  }

  .milestones li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4375rem;
    top: 0.55em;
    width: 0.75rem;
    height: 0.75rem;
    border: 0.125rem solid ${token('color-primary')};
    border-radius: 50%;
    background: ${token('color-surface')};
  }

  .when {
    display: block;
    color: ${token('color-text-muted')};
    font-size: 0.875em;
  }

  .explanation {
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-alt')};
  }

  .explanation summary {
    display: flex;
    align-items: center;
    min-height: var(--_gk-target);
    padding: 0 ${token('space-3')};
    color: ${token('color-primary')};
    cursor: pointer;
  }

  .explanation ol {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    padding-block: 0 ${token('space-3')};
    padding-inline-end: ${token('space-3')};
  }

  .contact-list {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0 ${token('space-3')};
  }

  .contact-list dd {
    margin-block-end: ${token('space-1')};
  }

  .contact-list a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_gk-target);
  }

  .agency {
    font-weight: 600;
  }

  @container (min-width: 32rem) {
    .summary,
    .contact-list {
      grid-template-columns: max-content 1fr;
    }

    .contact-list dd {
      margin-block-end: 0;
    }
  }

  @media (forced-colors: active) {
    .state,
    .summary,
    .explanation {
      border-color: CanvasText;
    }

    .field.invalid .input {
      border-color: Mark;
    }

    .button[aria-disabled='true'] {
      opacity: 1;
      border-style: dashed;
    }
  }

  @media print {
    .form,
    .actions,
    .retry {
      display: none;
    }
  }
`;
