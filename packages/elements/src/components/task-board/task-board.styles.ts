import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * Styles of `<gk-task-board>`. They read only `--gk-*` tokens. The escalation level shows as a
 * coloured dot of a distinct shape next to words (never colour alone); in forced-colours mode the
 * shapes and words remain.
 */
export const taskBoardStyles = css`
  ol.timeline {
    padding: 0;
    list-style: none;
  }

  .example {
    align-self: flex-start;
    padding: 0 ${token('space-2')};
    border: ${token('border-width')} dashed ${token('color-warning')};
    color: ${token('color-warning')};
  }

  .toolbar,
  .views,
  .exports,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${token('space-2')};
  }

  .toolbar {
    justify-content: space-between;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: var(--_gk-target);
    cursor: pointer;
  }

  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }

  textarea.input {
    width: 100%;
    resize: vertical;
  }

  /* Cards */
  .tasks,
  .by-unit,
  .column,
  .task {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }

  .task {
    padding: ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
  }

  .task-number {
    display: inline-block;
    min-width: 1.75em;
    border-radius: ${token('radius')};
    background: ${token('color-primary')};
    color: ${token('color-surface')};
    text-align: center;
  }

  .item {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-inline-start-width: ${token('space-1')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-alt')};
  }

  .item.red {
    border-inline-start-color: ${token('color-danger')};
  }

  .item.yellow {
    border-inline-start-color: ${token('color-warning')};
  }

  .item.blue {
    border-inline-start-color: ${token('color-primary')};
  }

  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }

  .item-id {
    font-weight: 600;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding: 0 ${token('space-2')};
    border: ${token('border-width')} solid currentColor;
    border-radius: 1em;
    background: ${token('color-surface')};
    font-weight: 600;
  }

  .dot {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    background: currentColor;
  }

  /* Shapes as well as colours: circle (blue), triangle (yellow), square (red), check (done). */
  .chip.blue {
    color: ${token('color-primary')};
  }

  .chip.blue .dot {
    border-radius: 50%;
  }

  .chip.yellow {
    color: ${token('color-warning')};
    background: ${token('color-warning-surface')};
  }

  .chip.yellow .dot {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }

  .chip.red {
    color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }

  .chip.done {
    color: ${token('color-ok')};
    background: ${token('color-ok-surface')};
  }

  .chip.done .dot {
    width: 0.4em;
    height: 0.7em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    background: none;
    transform: rotate(45deg);
  }

  .chip.none .dot {
    display: none;
  }

  .requirements {
    padding-inline-start: 1.5em;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-1')} ${token('space-3')};
  }

  dt {
    font-weight: 600;
  }

  .units summary,
  .editor summary {
    cursor: pointer;
    color: ${token('color-primary')};
  }

  .editor summary {
    display: inline-flex;
    align-items: center;
    list-style: none;
  }

  .editor form {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    margin-block-start: ${token('space-2')};
  }

  .error {
    color: ${token('color-danger')};
    font-weight: 600;
  }

  .columns {
    display: grid;
    grid-template-columns: 1fr;
    gap: ${token('space-3')};
  }

  @container (min-width: 760px) {
    .columns {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  .column {
    padding: ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
  }

  .timeline {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
  }

  .month {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    padding-inline-start: ${token('space-3')};
    border-inline-start: ${token('focus-width')} solid ${token('color-border')};
  }

  .print-only {
    display: none;
  }

  .table {
    width: 100%;
    border-collapse: collapse;
  }

  .table th,
  .table td {
    padding: ${token('space-1')} ${token('space-2')};
    border: ${token('border-width')} solid #000;
    text-align: start;
    vertical-align: top;
    white-space: pre-line;
  }

  @media print {
    .toolbar,
    .filters,
    .count,
    .tasks,
    .columns,
    .by-unit,
    .timeline,
    .live,
    .more,
    .status,
    .problem,
    .issues {
      display: none !important;
    }

    .print-only {
      display: block;
    }
  }

  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
