/** CSV that spreadsheets open correctly, shared by the catalogue and plan exports. */

/** A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start). */
const FORMULA = /^[=+\-@\t\r]/u;

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark (U+FEFF first), so Excel opens
 * Chinese text correctly. Every field is quoted; quotes are doubled; line breaks stay inside the
 * quoted field. A field that a spreadsheet would run as a formula gets a leading apostrophe
 * (OWASP "CSV injection"), so data can never execute in the reader's spreadsheet.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (v: string) => `"${(FORMULA.test(v) ? `'${v}` : v).replace(/"/gu, '""').replace(/\r\n|\r|\n/gu, '\r\n')}"`;
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/**
 * Reads CSV text (RFC 4180): fields separated by commas, records by CRLF, LF or CR; quoted
 * fields may hold commas, line breaks and doubled quotes. A leading byte-order mark is dropped,
 * and a line end after the last record does not make an empty record. Quotes inside an unquoted
 * field are kept as they are, as spreadsheets do. `delimiter` (default ',') may be '\t' for TSV.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let started = false; // anything read for the current record
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRecord = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
    started = false;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    started = true;
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  if (started || field !== '' || row.length > 0) endRecord();
  return rows;
}
