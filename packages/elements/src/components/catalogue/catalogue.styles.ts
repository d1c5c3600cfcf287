import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * Styles of `<gk-catalogue>`. They read only `--gk-*` tokens (through `token()`). Narrow first:
 * the tree and the detail stack; from 600px of the element's own width (a container query, so
 * it follows the CMS column, not the window) they sit side by side.
 */
export const catalogueStyles = css`
  .version,
  .hint,
  .count,
  .muted,
  .n,
  .crumbs,
  .source {
    color: ${token('color-text-muted')};
  }

  .hint,
  .source {
    font-size: 0.875em;
  }

  .source {
    display: block;
  }

  /* Controls */
  .label {
    display: block;
  }

  .search-row,
  .toolbar,
  .views,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }

  .input {
    flex: 1 1 14em;
    min-width: 0;
    padding-inline: ${token('space-3')};
  }

  .summary,
  .link {
    min-height: var(--_gk-target);
    font: inherit;
    cursor: pointer;
  }

  .link {
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-primary')};
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  mark {
    background: ${token('color-warning-surface')};
    color: ${token('color-warning')};
    font-weight: 600;
    text-decoration: underline;
  }

  /* Facets */
  .facet {
    position: relative;
  }

  .summary {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding: ${token('space-1')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }

  .facet[open] > .summary {
    border-color: ${token('color-primary')};
    color: ${token('color-primary')};
  }

  .badge {
    min-width: 1.5em;
    padding: 0 ${token('space-1')};
    border-radius: 1em;
    background: ${token('color-primary')};
    color: ${token('color-surface')};
    text-align: center;
  }

  .options {
    display: flex;
    flex-direction: column;
    max-height: 20em;
    margin-block-start: ${token('space-1')};
    padding: ${token('space-2')};
    overflow: auto;
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }

  .option {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: var(--_gk-target);
    cursor: pointer;
  }

  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }

  /* Tree and detail */
  .layout {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
  }

  @container (min-width: 600px) {
    .layout {
      flex-direction: row;
      align-items: flex-start;
    }

    .tree {
      flex: 0 0 42%;
    }

    .detail {
      flex: 1 1 0;
      min-width: 0;
    }
  }

  .tree {
    height: var(--gk-catalogue-tree-height, min(70vh, 40rem));
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }

  .row {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    width: 100%;
    min-height: var(--_gk-target);
    padding: ${token('space-1')} ${token('space-3')};
    border-block-end: ${token('border-width')} solid ${token('color-surface-alt')};
    cursor: pointer;
  }

  .row:hover {
    background: ${token('color-surface-alt')};
  }

  .row:focus {
    outline-offset: -${token('focus-width')};
  }

  .row.level-2 {
    padding-inline-start: 1.75em;
  }

  .row.level-3 {
    padding-inline-start: 3.25em;
  }

  .row.area {
    font-weight: 600;
  }

  .row[aria-selected='true'] {
    background: ${token('color-primary')};
    color: ${token('color-surface')};
  }

  .row[aria-selected='true'] .n {
    color: inherit;
  }

  /* The focus ring must show on the selected row's primary background too: white, inside. */
  .row[aria-selected='true']:focus {
    outline-color: ${token('color-surface')};
    outline-offset: calc(${token('focus-width')} * -2);
  }

  .name {
    flex: 1 1 auto;
    min-width: 0;
  }

  .twisty {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease-out;
  }

  .row[aria-expanded='true'] > .twisty {
    transform: rotate(45deg);
  }

  .detail {
    padding: ${token('space-3')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }

  .detail-title {
    margin-block-end: ${token('space-2')};
    font-size: 1.125em;
  }

  .fields {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: ${token('space-2')} ${token('space-3')};
  }

  dt {
    font-weight: 600;
  }

  .list li + li {
    margin-block-start: ${token('space-1')};
  }

  .list li {
    padding-inline-start: 1em;
    text-indent: -1em;
  }

  .list li::before {
    content: '· ';
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
  }

  .chip {
    padding: 0 ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-alt')};
  }

  .meaning {
    margin-block-start: ${token('space-1')};
    font-size: 0.9375em;
  }

  /* Messages */
  .no-results {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${token('space-2')};
  }

  .strong,
  .issues-heading {
    font-weight: 600;
  }

  .problem,
  .issues {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${token('space-2')};
  }

  .problem li,
  .issues li {
    padding-inline-start: 1em;
    text-indent: -1em;
  }

  .problem li::before,
  .issues li::before {
    content: '· ';
  }

  /* Table */
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }

  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  .table caption {
    padding-block-end: ${token('space-2')};
    font-weight: 600;
    text-align: start;
  }

  .table th,
  .table td {
    padding: ${token('space-1')} ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    text-align: start;
    vertical-align: top;
  }

  .table thead th {
    background: ${token('color-surface-alt')};
  }

  .table th[scope='row'],
  .table th[scope='rowgroup'] {
    font-weight: 600;
  }

  .table .area-row {
    background: ${token('color-surface-alt')};
    font-size: 1.0625em;
  }

  .table .num,
  .table .tick {
    text-align: center;
    white-space: nowrap;
  }

  .table caption .query {
    font-weight: 400;
  }

  .retry-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }

  .print-only {
    display: none;
  }

  @media print {
    .search,
    .toolbar,
    .filters,
    .layout,
    .screen-only,
    .more,
    .live,
    .problem,
    .issues {
      display: none !important;
    }

    .print-only {
      display: block;
    }

    .table {
      font-size: 10.5pt;
    }

    .table th,
    .table td {
      border-color: #000;
    }

    thead {
      display: table-header-group;
    }

    tr {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .row[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
