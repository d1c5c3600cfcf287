/**
 * Turning the files that catalogues come in (CSV or TSV bytes, spreadsheet cells with merged
 * ranges, HTML tables with rowspan and colspan) into one plain grid of cell text, the input of
 * parseCatalogueTable. Pure: no DOM, no I/O. The readers that open the files (exceljs, parse5)
 * live in the Node tools; these helpers do the part that is the same everywhere.
 */
import { parseCsv } from '../internal/csv.js';

/** The encodings {@link decodeTableText} recognises, as it reports them. */
export type TableTextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The part of the WHATWG TextDecoder used here (core's lib has no DOM or Node types). */
type Decoder = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => {
  decode(input: Uint8Array): string;
};

function decoder(label: string, fatal: boolean): { decode(input: Uint8Array): string } {
  const TextDecoderCtor = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;
  return new TextDecoderCtor(label, { fatal, ignoreBOM: true });
}

/**
 * Decodes a text table file (CSV, TSV) whatever program wrote it:
 * - a UTF-8 byte-order mark: UTF-8, the mark dropped (`utf-8-bom`; what Excel's "CSV UTF-8" writes);
 * - a UTF-16 byte-order mark: UTF-16 LE or BE, the mark dropped (Excel's "Unicode text" TSV);
 * - bytes that are valid UTF-8: UTF-8 (`utf-8`);
 * - anything else: GB18030 (`gb18030`), what Chinese Excel and WPS write as "CSV". GB18030 is a
 *   superset of GBK and GB2312. Never decode as `gbk`: Node's `gbk` decoder reads only 2-byte
 *   sequences and turns GB18030's 4-byte ones (þ, ß, rare 汉字) into U+FFFD.
 * Works wherever the WHATWG `TextDecoder` has these encodings (Node with full ICU, browsers).
 */
export function decodeTableText(bytes: Uint8Array): { text: string; encoding: TableTextEncoding } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: decoder('utf-8', false).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (a === 0xff && b === 0xfe) return { text: decoder('utf-16le', false).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: decoder('utf-16be', false).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decoder('gb18030', false).decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * The rows of a CSV (RFC 4180, see parseCsv) or of a TSV: the text is read as tab-separated
 * when its first non-empty line holds a tab and no comma (Excel's "Text" and "Unicode text"
 * exports, which quote fields the same way). A leading byte-order mark is dropped.
 */
export function csvRows(text: string): string[][] {
  const first = text.split(/\r\n|\r|\n/u).find((line) => line.replace(/^\uFEFF/u, '').trim() !== '') ?? '';
  return parseCsv(text, first.includes('\t') && !first.includes(',') ? '\t' : ',');
}

/** One cell of an HTML-like table row: its text and spans (missing or invalid spans count as 1). */
export interface SpannedCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

/** The largest colspan honoured, as in HTML. */
export const MAX_COL_SPAN = 1000;

/**
 * Expands rowspan and colspan the way a browser lays out a table section (thead, tbody or
 * tfoot: call once per section). A spanned cell's text is **repeated** into every slot it
 * covers (as {@link mergedGrid} does for spreadsheets), so a merged 一级事项 shows on each of
 * its rows. `rowSpan` 0 means "to the end of the section" (HTML); a rowspan past the last row
 * is cut at the last row, as browsers render it; `colSpan` 0 or invalid counts as 1 and is
 * capped at {@link MAX_COL_SPAN}. Cells go into the first free slot of their row, after the slots
 * taken by rowspans from above. The result is rectangular: short rows are padded with ''.
 */
export function spannedGrid(rows: readonly { cells: readonly SpannedCell[] }[]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let x = 0;
    for (const cell of row.cells) {
      while (grid[r]![x] !== undefined) x++;
      const colSpan = Math.min(MAX_COL_SPAN, span(cell.colSpan, 1));
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : Math.min(rows.length - r, span(cell.rowSpan, 1));
      for (let dy = 0; dy < rowSpan; dy++) {
        const line = grid[r + dy]!;
        for (let dx = 0; dx < colSpan; dx++) if (line[x + dx] === undefined) line[x + dx] = cell.text;
      }
      x += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ''));
}

/** A span value: a positive integer, else `fallback`. */
function span(n: number | undefined, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}

/** A merged range of cells, 0-based and inclusive (A1 is row 0, column 0). */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Fills every cell of each merged range with the value of its top-left (master) cell, as a
 * reader of the sheet sees it. Ranges are clipped to the grid's rows and to its widest row (a
 * reader should build the grid over the sheet's whole used range); short rows inside a range
 * are padded with ''. The input is not changed.
 */
export function mergedGrid(cells: readonly (readonly string[])[], merges: readonly MergedRange[]): string[][] {
  const out = cells.map((row) => [...row]);
  const width = Math.max(0, ...cells.map((row) => row.length));
  for (const m of merges) {
    const top = Math.max(0, Math.min(m.top, m.bottom));
    const bottom = Math.min(out.length - 1, Math.max(m.top, m.bottom));
    const left = Math.max(0, Math.min(m.left, m.right));
    const right = Math.min(width - 1, Math.max(m.left, m.right));
    if (top > bottom || left > right) continue;
    const value = cells[top]?.[left] ?? '';
    for (let r = top; r <= bottom; r++) {
      const row = out[r]!;
      while (row.length <= right) row.push('');
      for (let c = left; c <= right; c++) row[c] = value;
    }
  }
  return out;
}

/**
 * A spreadsheet range in A1 notation ("B3:B5", "$A$1:$C$2", or one cell "D4") as a 0-based
 * {@link MergedRange}; undefined when it is not one.
 */
export function parseA1Range(ref: string): MergedRange | undefined {
  const cell = (s: string) => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u.exec(s.trim());
    if (!m) return undefined;
    const col = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    return row >= 0 ? { row, col } : undefined;
  };
  const [from, to = from, ...rest] = ref.split(':');
  if (rest.length > 0 || from === undefined) return undefined;
  const a = cell(from);
  const b = cell(to!);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** The mark a reader puts in a cell's text for a hard line break (`<br>`, a block element's edge). */
export const HTML_LINE_BREAK = '\0';

/**
 * A table cell's text as a browser shows it, from the raw text a reader collected (parse5 in Node,
 * the DOM in a browser) with {@link HTML_LINE_BREAK} where `<br>` or a block element (`<p>`,
 * `<div>`, `<li>` …) breaks the line: white-space runs collapse to one space, a source line break
 * between two CJK characters disappears (Word wraps its HTML mid-sentence), a no-break space is a
 * space; lines are trimmed and empty ones dropped.
 */
export function htmlCellText(marked: string): string {
  return marked
    .split(HTML_LINE_BREAK)
    .map((line) =>
      line
        .replace(/[ \t\n\f]*\n[ \t\n\f]*/g, '\n')
        .replace(/\n/g, (_, at: number, str: string) => (CJK.test(str[at - 1] ?? '') && CJK.test(str[at + 1] ?? '') ? '' : ' '))
        .replace(/[ \t\n\f\u00a0]+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}
