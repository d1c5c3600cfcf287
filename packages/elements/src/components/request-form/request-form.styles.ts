import { css, unsafeCSS } from 'lit';
import { buttonBox, textBox, visuallyHidden } from '../../styles/controls.js';
import { token } from '../../styles/tokens.js';

/**
 * `gk-request-form .gk-rf div, gk-request-form .gk-rf span, …`: the list `:is()` would write, spelled
 * out, because Chromium cores before 88 (the embed supports 69+, ADR 0010) drop a whole rule whose
 * selector has `:is()` in it.
 */
const within = (tags: string, suffix = '') =>
  unsafeCSS(
    tags
      .split(' ')
      .map((t) => `gk-request-form .gk-rf ${t}${suffix}`)
      .join(', '),
  );

/**
 * Styles of `<gk-request-form>`. The form renders into its own light DOM (ADR 0014: browser
 * autofill and password managers reach light-DOM inputs), so this sheet is adopted by the
 * document (or the shadow root the element sits in) and every rule is scoped by the tag name.
 * Rules name classes under the tag, so their specificity beats a legacy site's `input {}`,
 * `table td {}` and `* { box-sizing: content-box }`; the properties a host most often sets on
 * bare elements (box-sizing, margins, widths, fonts) are set here explicitly.
 */
export const requestFormStyles = css`
  gk-request-form {
    --_gk-font-size: ${token('font-size-base')};
    --_gk-target: ${token('target-size')};
    display: block;
    box-sizing: border-box;
    max-width: 48rem;
    font-family: ${token('font-family')};
    font-size: var(--_gk-font-size);
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    overflow-wrap: anywhere;
    text-align: start;
  }
  gk-request-form[large-text],
  gk-request-form[data-gk-large-text] {
    --_gk-font-size: max(${token('font-size-large')}, 18px);
    --_gk-target: max(${token('target-size-large')}, 44px);
  }
  gk-request-form[hidden] {
    display: none !important;
  }
  gk-request-form .gk-rf *,
  gk-request-form .gk-rf *::before,
  gk-request-form .gk-rf *::after {
    box-sizing: border-box;
  }
  /* A legacy site's bare-element rules (div { font-size: 12px }, span { color: red },
     li { list-style: none }) reach light DOM: reset what they set, before the rules below. */
  gk-request-form .gk-rf,
  ${within('div span p li label legend dt dd th td strong section form fieldset')} {
    font-size: inherit;
    line-height: inherit;
    color: inherit;
    font-family: inherit;
    letter-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    float: none;
  }
  gk-request-form .gk-rf li {
    list-style: inherit;
  }
  ${within('h2 h3 h4 p ul ol fieldset legend dl dd table')} {
    margin: 0;
    padding: 0;
    font-size: inherit;
    line-height: inherit;
  }
  gk-request-form .gk-rf {
    display: grid;
    gap: ${token('space-4')};
  }
  gk-request-form .gk-rf .gk-title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.4;
  }
  gk-request-form .gk-rf .gk-h {
    font-size: 1.125em;
    font-weight: 700;
  }
  gk-request-form .gk-rf .gk-box {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-3')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-alt')};
  }
  gk-request-form .gk-rf .gk-box ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  gk-request-form .gk-rf .gk-estimate {
    font-weight: 600;
  }
  gk-request-form .gk-rf form,
  gk-request-form .gk-rf .gk-form {
    display: grid;
    gap: ${token('space-4')};
    margin: 0;
  }
  gk-request-form .gk-rf fieldset.gk-section {
    display: grid;
    gap: ${token('space-3')};
    min-width: 0;
    padding: ${token('space-3')} ${token('space-4')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  gk-request-form .gk-rf fieldset.gk-section > legend {
    padding: 0 ${token('space-1')};
    font-size: 1.125em;
    font-weight: 700;
  }
  gk-request-form .gk-rf .gk-field {
    display: grid;
    gap: ${token('space-1')};
    min-width: 0;
  }
  gk-request-form .gk-rf fieldset.gk-group {
    display: grid;
    gap: ${token('space-1')};
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  gk-request-form .gk-rf .gk-label,
  gk-request-form .gk-rf fieldset.gk-group > legend {
    font-weight: 600;
  }
  gk-request-form .gk-rf .gk-tag {
    margin-inline-start: ${token('space-2')};
    font-size: 0.875em;
    font-weight: 400;
    color: ${token('color-text-muted')};
  }
  gk-request-form .gk-rf .gk-tag.gk-req {
    color: ${token('color-danger')};
  }
  gk-request-form .gk-rf .gk-hint {
    color: ${token('color-text-muted')};
    font-size: 0.9375em;
  }
  gk-request-form .gk-rf .gk-error {
    color: ${token('color-danger')};
    font-weight: 600;
  }
  gk-request-form .gk-rf .gk-field--error,
  gk-request-form .gk-rf .gk-group--error {
    padding-inline-start: ${token('space-3')};
    border-inline-start: 0.25rem solid ${token('color-danger')};
  }
  gk-request-form .gk-rf .gk-input {
    display: block;
    width: 100%;
    max-width: 100%;
    margin: 0;
    ${textBox}
    line-height: 1.5;
  }
  gk-request-form .gk-rf .gk-input.gk-short {
    max-width: 14em;
  }
  gk-request-form .gk-rf textarea.gk-input {
    min-height: 6em;
    resize: vertical;
  }
  gk-request-form .gk-rf .gk-input[aria-invalid='true'] {
    border-color: ${token('color-danger')};
    border-width: 0.125rem;
  }
  gk-request-form .gk-rf .gk-choices {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-4')};
  }
  gk-request-form .gk-rf .gk-choice {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: var(--_gk-target);
    cursor: pointer;
  }
  gk-request-form .gk-rf .gk-choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: ${token('color-primary')};
  }
  gk-request-form .gk-rf .gk-choice--block {
    display: flex;
    align-items: flex-start;
  }
  gk-request-form .gk-rf .gk-choice--block input {
    margin-top: 0.3em;
  }
  gk-request-form .gk-rf .gk-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--_gk-target);
    margin: 0;
    ${buttonBox}
    font-weight: 600;
    text-decoration: none;
  }
  gk-request-form .gk-rf .gk-button.gk-secondary {
    background: ${token('color-surface')};
    color: ${token('color-primary')};
  }
  gk-request-form .gk-rf .gk-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  gk-request-form .gk-rf .gk-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: center;
  }
  gk-request-form .gk-rf a {
    color: ${token('color-primary')};
    text-decoration: underline;
  }
  /* A ring on focus; browsers with :focus-visible drop it after a mouse click on buttons and links
     (a separate rule, so browsers without :focus-visible keep the first). Focus moved by the form
     (the error summary, headings with tabindex) always shows it. */
  ${within('a button input select textarea summary [tabindex]', ':focus')},
  gk-request-form .gk-rf .gk-summary:focus {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: 0.125rem;
  }
  ${within('a button summary', ':focus:not(:focus-visible)')} {
    outline: none;
  }
  gk-request-form .gk-rf .gk-summary {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-3')} ${token('space-4')};
    border: 0.25rem solid ${token('color-danger')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }
  gk-request-form .gk-rf .gk-summary ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  gk-request-form .gk-rf .gk-summary a {
    color: ${token('color-danger')};
    font-weight: 600;
  }
  gk-request-form .gk-rf .gk-alert {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-3')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-danger')};
    border-radius: ${token('radius')};
    background: ${token('color-danger-surface')};
    color: ${token('color-danger')};
  }
  gk-request-form .gk-rf .gk-note {
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 0.25rem solid ${token('color-primary')};
    background: ${token('color-surface-alt')};
  }
  gk-request-form .gk-rf .gk-warn {
    color: ${token('color-warning')};
  }
  gk-request-form .gk-rf .gk-deflect {
    display: grid;
    gap: ${token('space-1')};
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-ok')};
    border-radius: ${token('radius')};
    background: ${token('color-ok-surface')};
  }
  gk-request-form .gk-rf .gk-deflect ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  gk-request-form .gk-rf .gk-files {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    list-style: none;
  }
  gk-request-form .gk-rf .gk-file {
    display: grid;
    gap: ${token('space-1')};
    justify-items: start;
    max-width: 12rem;
    padding: ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  gk-request-form .gk-rf .gk-file img {
    display: block;
    max-width: 100%;
    max-height: 8rem;
    height: auto;
  }
  gk-request-form .gk-rf .gk-live {
    ${visuallyHidden}
  }
  gk-request-form .gk-rf dl.gk-facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-1')} ${token('space-4')};
  }
  gk-request-form .gk-rf dl.gk-facts dt {
    font-weight: 600;
  }
  gk-request-form .gk-rf .gk-code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.375em;
    font-weight: 700;
    letter-spacing: 0.08em;
  }
  gk-request-form .gk-rf table.gk-sheet {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    background: ${token('color-surface')};
  }
  gk-request-form .gk-rf table.gk-sheet th,
  gk-request-form .gk-rf table.gk-sheet td {
    padding: ${token('space-1')} ${token('space-2')};
    border: 0.0625rem solid ${token('color-text')};
    vertical-align: top;
    text-align: start;
    font-size: inherit;
    white-space: pre-line;
  }
  gk-request-form .gk-rf table.gk-sheet th {
    font-weight: 600;
  }
  gk-request-form .gk-rf table.gk-sheet col.gk-col-group {
    width: 2.5em;
  }
  gk-request-form .gk-rf table.gk-sheet col.gk-col-label {
    width: 11em;
  }
  gk-request-form .gk-rf table.gk-sheet th[scope='rowgroup'] {
    writing-mode: vertical-rl;
    text-align: center;
    vertical-align: middle;
  }
  gk-request-form .gk-rf table.gk-sheet caption {
    padding-bottom: ${token('space-2')};
    font-size: 1.375em;
    font-weight: 700;
    text-align: center;
  }
  gk-request-form .gk-rf .gk-sign {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-4')} 3rem;
    padding-top: ${token('space-4')};
  }
  gk-request-form .gk-rf .gk-sheet-heading {
    text-align: center;
  }
  gk-request-form .gk-rf .gk-sign span[aria-hidden='true'] {
    display: inline-block;
    min-width: 10em;
    border-bottom: 0.0625rem solid ${token('color-text')};
  }

  @media (max-width: 30rem) {
    gk-request-form .gk-rf table.gk-sheet col.gk-col-label {
      width: 6em;
    }
    gk-request-form .gk-rf dl.gk-facts {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    gk-request-form .gk-rf .gk-field--error,
    gk-request-form .gk-rf .gk-group--error {
      border-inline-start-color: CanvasText;
    }
    gk-request-form .gk-rf .gk-button {
      border-color: ButtonText;
    }
    gk-request-form .gk-rf .gk-summary,
    gk-request-form .gk-rf .gk-alert {
      border-color: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    gk-request-form .gk-rf * {
      transition: none !important;
      animation: none !important;
    }
  }

  /* Printing: while the element shows a receipt or a filled 申请表, it marks <html> and its own
     ancestors (data-gk-print-path), and only its print area prints, from the top of an A4 page:
     everything off that path is taken out of the layout. */
  @media print {
    @page {
      size: A4;
      margin: 15mm;
    }
    html.gk-request-form-printing [data-gk-print-path] > :not([data-gk-print-path]):not(gk-request-form[data-gk-print]) {
      display: none !important;
    }
    html.gk-request-form-printing [data-gk-print-path] {
      position: static !important;
      float: none !important;
      width: auto !important;
      max-width: none !important;
      min-height: 0 !important;
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      box-shadow: none !important;
      background: none !important;
      overflow: visible !important;
    }
    html.gk-request-form-printing gk-request-form[data-gk-print] {
      max-width: none;
      color: #000;
      font-size: 11pt;
    }
    gk-request-form .gk-rf .gk-no-print {
      display: none !important;
    }
    gk-request-form .gk-rf table.gk-sheet th,
    gk-request-form .gk-rf table.gk-sheet td {
      padding: 0.15em 0.4em;
      border-color: #000;
    }
    gk-request-form .gk-rf table.gk-sheet col.gk-col-label {
      width: 11em;
    }
  }
`;
