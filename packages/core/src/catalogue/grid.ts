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
export function decodeTableText(bytes: Uint8Array): DecodedTableText {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: decoder('utf-8', false).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (a === 0xff && b === 0xfe) return { text: decoder('utf-16le', false).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: decoder('utf-16be', false).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = decoder('gb18030', false).decode(bytes);
    const lenient = decoder('utf-8', false).decode(bytes);
    const invalidUtf8 = lenient.split('\uFFFD').length - 1;
    // Mostly UTF-8: a few bad bytes (under 1% of the characters) in text whose other non-ASCII
    // characters are valid UTF-8 (an editor that saved a stray byte, a file cut mid-character).
    const mostlyUtf8 = invalidUtf8 * 100 < lenient.length && /[^\p{ASCII}\uFFFD]/u.test(lenient);
    return { text, encoding: 'gb18030', invalidUtf8, mostlyUtf8 };
  }
}

/**
 * What {@link decodeTableText} gives: the text and the encoding read. When the bytes were not
 * valid UTF-8 and were read as GB18030, also `invalidUtf8`, how many U+FFFD a lenient UTF-8
 * decode would have produced, and `mostlyUtf8`, true when those are under 1% of the characters
 * and the rest looks like UTF-8 (the file is probably UTF-8 with a few bad bytes: check it).
 */
export interface DecodedTableText {
  text: string;
  encoding: TableTextEncoding;
  invalidUtf8?: number;
  mostlyUtf8?: boolean;
}

/**
 * The note to show when a file that is probably UTF-8 with a few invalid bytes was read as GB18030
 * (see {@link DecodedTableText}); undefined otherwise.
 */
export function encodingWarning(lang: 'zh-CN' | 'en', decoded: DecodedTableText): string | undefined {
  if (!decoded.mostlyUtf8) return undefined;
  const n = decoded.invalidUtf8 ?? 0;
  return lang === 'en'
    ? `The file is mostly UTF-8 but has ${n} invalid byte sequence${n === 1 ? '' : 's'}: read as GB18030, please check it`
    : `文件大部分是 UTF-8，但有 ${n} 处无效字节：已按 GB18030 读取，请检查`;
}

/**
 * A check issue's message (msg of a catalogue.check.* code, which names the item as "第 5 项
 * (items[4])" / "Item 5 (items[4])") with the item named by its place in the source instead:
 * "工作表“社会救助” 第 14 行" / "Sheet “社会救助”, row 14". `where` undefined keeps the message.
 */
export function locateCheckMessage(
  lang: 'zh-CN' | 'en',
  message: string,
  params: { n?: unknown; index?: unknown },
  where: { sheet?: string; row?: number } | undefined,
): string {
  if (!where || typeof where.row !== 'number') return message;
  const n = typeof params.n === 'number' ? params.n : typeof params.index === 'number' ? params.index + 1 : undefined;
  if (n === undefined) return message;
  const i = typeof params.index === 'number' ? params.index : n - 1;
  const en = lang === 'en';
  const place = en
    ? `${where.sheet ? `Sheet “${where.sheet}”, row` : 'Row'} ${where.row}`
    : `${where.sheet ? `工作表“${where.sheet}” ` : ''}第 ${where.row} 行`;
  const item = en ? `Item ${n} (items[${i}])` : `第 ${n} 项 (items[${i}])`;
  return message.includes(item) ? message.replace(item, place) : `${place}：${message}`;
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

/**
 * The text an inline element stands for inside a cell, or undefined when it has none of its own:
 * a checkbox `<input type=checkbox>` is '■' when checked and '□' when not (Word and WPS save
 * form-field ticks so); an `<img>` whose alt text is a tick mark ('□', '■', '√', '☑', '☐', '✓', '✔',
 * '×', '☒') is that mark (Word saves Wingdings ticks as pictures). `attr` reads an attribute of the
 * element (undefined when absent). Both HTML readers (parse5 in Node, the DOM in a browser) use it.
 */
export function htmlElementText(tag: string, attr: (name: string) => string | undefined): string | undefined {
  const name = tag.toLowerCase();
  if (name === 'input' && (attr('type') ?? '').trim().toLowerCase() === 'checkbox') return attr('checked') === undefined ? '□' : '■';
  if (name === 'img') {
    const alt = (attr('alt') ?? '').trim();
    if (/^[□■√☑☐✓✔×☒]$/u.test(alt)) return alt;
  }
  return undefined;
}

/**
 * The marked text (see {@link htmlCellText}) a table nested in a cell adds to that cell's text:
 * one line per nested row, the row's cell texts (as {@link htmlCellText} gives them, their own
 * line breaks as spaces) joined with a space. Word puts small tables inside cells; only a table
 * that is not inside another table's cell is a table to import.
 */
export function nestedTableText(rows: readonly (readonly string[])[]): string {
  const lines = rows
    .map((cells) =>
      cells
        .map((cell) => htmlCellText(cell).replace(/\n/g, ' '))
        .filter((t) => t !== '')
        .join(' '),
    )
    .filter((line) => line !== '');
  return HTML_LINE_BREAK + lines.join(HTML_LINE_BREAK) + HTML_LINE_BREAK;
}

/** A date as YYYY-MM-DD (exceljs reads a date cell as a Date at UTC midnight of that day). */
function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/**
 * The text of a spreadsheet cell from exceljs's `cell.value`, the same in Node and in a browser:
 * rich text runs joined; a formula's (or shared formula's) result; an error value as its code
 * ("#N/A"); a date as YYYY-MM-DD (not exceljs's `cell.text`, which a browser renders as "Wed
 * Jan 31 2024 …"); a hyperlink `{ text, hyperlink }` as "text url" when the link is an http(s)
 * URL the text does not already show (so a 公开链接 column keeps its URL), the URL alone when there
 * is no text; numbers and booleans as String() does. Line breaks are "\n".
 */
export function excelCellText(value: unknown): string {
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return isoDate(v);
    if (typeof v !== 'object') return String(v);
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: unknown }[]).map((r) => (typeof r?.text === 'string' ? r.text : '')).join('');
    if ('formula' in o || 'sharedFormula' in o) return text(o.result);
    if ('error' in o) return String(o.error);
    if ('hyperlink' in o) {
      const label = text(o.text).trim();
      const url = typeof o.hyperlink === 'string' ? o.hyperlink.trim() : '';
      if (!/^https?:\/\//iu.test(url) || label.includes(url)) return label || url;
      return label ? `${label} ${url}` : url;
    }
    if ('text' in o) return text(o.text);
    return '';
  };
  return text(value).replace(/\r\n?/g, '\n');
}

/**
 * A grid with the cells of hidden rows and columns (0-based indices) made blank, as a reader of the
 * sheet sees it (Excel does not show or print them). Rows and columns keep their places, so
 * issues still name the sheet's own row numbers; the table parser skips blank rows and columns.
 * Call it after {@link mergedGrid}. The input is not changed.
 */
export function blankHidden(
  cells: readonly (readonly string[])[],
  hidden: { rows?: readonly number[]; columns?: readonly number[] },
): string[][] {
  const rows = new Set(hidden.rows ?? []);
  const columns = new Set(hidden.columns ?? []);
  return cells.map((row, r) => (rows.has(r) ? row.map(() => '') : row.map((cell, c) => (columns.has(c) ? '' : cell))));
}

/** Column letters of a 0-based column index (0 → "A", 27 → "AB"). */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
