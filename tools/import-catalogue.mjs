#!/usr/bin/env node
// Imports a standard catalogue (政务公开事项标准目录) from a CSV/TSV, an Excel workbook (.xlsx) or
// an HTML page (Word's "save as web page", published portal pages) with core's
// parseCatalogueTable, runs checkCatalogue on it, prints a summary and located issues, and writes
// the catalogue as JSON (with --out, else to standard output).
//
//   npm run import:catalogue -- <file> [--sheet N|name] [--issuer 单位] [--units units.json]
//        [--level COUNTY|TOWNSHIP|VILLAGE] [--version-date YYYY-MM-DD] [--area 领域]
//        [--out catalogue.json] [--lang zh-CN|en] [--grid]
//
// Readers: .csv/.tsv/.txt are decoded as UTF-8 (with or without a byte-order mark), UTF-16 (with
// a mark) or else GB18030 (core's decodeTableText; never plain GBK); .xlsx is read with exceljs,
// every sheet, merged ranges filled with their master value; .htm/.html is parsed with parse5,
// every <table>, rowspan and colspan expanded, <br> and paragraphs as line breaks. Without
// --sheet, every sheet or table with a catalogue header is imported and the items are joined in
// order; the others are skipped with a note.
//
// The JSON is written whenever a catalogue was parsed, even when the checks report errors.
// Human-readable output goes to standard error. It uses @gongkai/core's build
// (packages/core/dist) and re-runs itself on core's sources through tsx when the build is
// missing or older than the catalogue-table module. Exit code: 0 no errors (warnings allowed),
// 1 errors, 2 usage or I/O error.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, loadCore, readArgs, readUnits } from './lib/cli.mjs';

// Characters a terminal shows two columns wide (CJK and full-width forms).
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const args = process.argv.slice(2);

const USAGE = `Usage: npm run import:catalogue -- <file.csv|.tsv|.txt|.xlsx|.html> [--sheet N|name] [--issuer text]
       [--units units.json|seed] [--level COUNTY|TOWNSHIP|VILLAGE] [--version-date YYYY-MM-DD]
       [--area area] [--out catalogue.json] [--lang zh-CN|en] [--grid]
  --grid prints the cell grids as read (JSON: [{ name, rows }]) and stops: to see what the reader saw.`;

const { values: opts, file: fileArg } = readArgs(args, {
  strings: ['out', 'sheet', 'issuer', 'units', 'level', 'version-date', 'area', 'lang'],
  booleans: ['grid'],
  short: { o: 'out' },
  usage: USAGE,
});
opts.lang ??= 'zh-CN';
const files = [fileArg];
if (opts.lang !== 'zh-CN' && opts.lang !== 'en') fail(`--lang must be zh-CN or en\n${USAGE}`);
if (opts.level !== undefined && !['COUNTY', 'TOWNSHIP', 'VILLAGE'].includes(opts.level))
  fail(`--level must be COUNTY, TOWNSHIP or VILLAGE\n${USAGE}`);
if (opts.versionDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.versionDate)) fail('--version-date must be YYYY-MM-DD');
const file = files[0];
const ext = extname(file).toLowerCase();
const KIND = { '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv', '.xlsx': 'xlsx', '.htm': 'html', '.html': 'html' }[ext];
if (!KIND)
  fail(
    `import-catalogue: ${file}: unsupported file type "${ext}" (use .csv, .tsv, .txt, .xlsx, .htm or .html; save .xls/.doc as .xlsx/.htm first)`,
  );

const core = await loadCore({
  name: 'import-catalogue',
  script: fileURLToPath(import.meta.url),
  argv: args,
  needs: ['parseCatalogueTable', 'spannedGrid', 'htmlCellText'],
});
const en = opts.lang === 'en';
const T = {
  file: (f) => (en ? `File: ${f}` : `文件：${f}`),
  encoding: (e) => (en ? `Encoding: ${e}` : `编码：${e}`),
  hidden: (s, rows, cols) =>
    en
      ? `Sheet “${s}” has hidden ${[rows ? `rows ${rows}` : '', cols ? `columns ${cols}` : ''].filter(Boolean).join(' and ')}: not read`
      : `工作表“${s}”有隐藏的${[rows ? `行 ${rows}` : '', cols ? `列 ${cols}` : ''].filter(Boolean).join('和')}：未读取`,
  sheets: (list) => (en ? `Sheets read: ${list}` : `已读取：${list}`),
  skipped: (s) => (en ? `Skipped ${s}: no catalogue header` : `已跳过 ${s}：没有目录表头`),
  renamed: (from, to) =>
    en ? `Item id ${from} is used by an earlier sheet: renamed ${to}` : `事项编号 ${from} 已被前面的工作表使用，改为 ${to}`,
  noTables: en ? 'No table found' : '未找到表格',
  noCatalogue: en ? 'No sheet or table has a catalogue header' : '没有任何工作表或表格带有目录表头',
  sheetMissing: (s, n) => (en ? `No sheet or table "${s}" (the file has ${n})` : `没有工作表或表格“${s}”（文件中共 ${n} 个）`),
  noUnits: (n) =>
    en
      ? `Subjects not resolved: no --units given, so 公开主体 stays text only (${n} items without unit ids)`
      : `未解析公开主体：未指定 --units，公开主体仅保留文字（${n} 个事项没有单位编号）`,
  noIssuer: en
    ? 'No --issuer given: the issuer is left empty, so the written JSON fails the catalogue schema (issuer is required); set it before publishing'
    : '未指定 --issuer：发布单位留空，写出的 JSON 不符合目录格式（必须填写发布单位），发布前请补上',
  summary: (n) => (en ? `Items: ${n}` : `事项：${n} 项`),
  area: en ? 'Area' : '领域',
  count: en ? 'Items' : '事项数',
  issues: (e, w) => (en ? `Issues: ${e} errors, ${w} warnings` : `问题：错误 ${e} 处，提示 ${w} 处`),
  wrote: (f, n) => (en ? `Wrote ${f}: ${n} items` : `已写入 ${f}：${n} 个事项`),
  error: en ? 'error' : '错误',
  warning: en ? 'warning' : '提示',
  note: en ? 'note' : '说明',
};

let bytes;
try {
  bytes = new Uint8Array(readFileSync(file));
} catch (e) {
  fail(`import-catalogue: cannot read ${file}: ${e.message}`);
}

// ---------------------------------------------------------------------------------------------
// Readers: each gives [{ name, rows: string[][] }] and a line about how the file was read.

/** CSV or TSV: decoded by core (UTF-8, UTF-8 with BOM, UTF-16 with BOM, else GB18030). */
function readCsv() {
  const decoded = core.decodeTableText(bytes);
  return { sheets: [{ name: basename(file), rows: core.csvRows(decoded.text) }], encoding: decoded.encoding, decoded };
}

/** Every worksheet as a grid of cell text, merged ranges filled with their master cell's text. */
async function readXlsx() {
  let ExcelJS;
  try {
    ExcelJS = (await import('exceljs')).default;
  } catch (e) {
    fail(`import-catalogue: exceljs is not installed (npm install at the repository root): ${e.message}`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch (e) {
    fail(`import-catalogue: cannot read ${file} as an Excel workbook (.xlsx): ${e.message}`);
  }
  const sheets = wb.worksheets.map((ws) => {
    const height = ws.rowCount;
    const width = ws.columnCount;
    const rows = [];
    const hiddenRows = [];
    const hiddenColumns = [];
    for (let c = 1; c <= width; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c - 1);
    for (let r = 1; r <= height; r++) {
      const row = ws.getRow(r);
      if (row.hidden) hiddenRows.push(r - 1);
      const cells = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged range's other cells repeat the master's value in exceljs: keep the master's only.
        cells.push(cell.isMerged && cell.master !== cell ? '' : core.excelCellText(cell.value));
      }
      rows.push(cells);
    }
    const merges = (ws.model.merges ?? []).map((ref) => core.parseA1Range(ref)).filter(Boolean);
    // Hidden rows and columns are not read (Excel neither shows nor prints them): their cells are
    // blanked, so the other rows keep the sheet's own numbers.
    const grid = core.blankHidden(core.mergedGrid(rows, merges), { rows: hiddenRows, columns: hiddenColumns });
    return { name: ws.name, rows: grid, hiddenRows, hiddenColumns };
  });
  return { sheets };
}

/** HTML bytes as text: a byte-order mark or valid UTF-8 wins; else the <meta> charset (GBK family as GB18030). */
function decodeHtml() {
  const decoded = core.decodeTableText(bytes);
  if (decoded.encoding !== 'gb18030') return decoded;
  // A page that claims UTF-8 but whose bytes just failed UTF-8: GB18030 (and the note) stand.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label || /^(utf-?8|unicode-1-1-utf-8|gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn)$/.test(label)) return decoded;
  try {
    return { text: new TextDecoder(label).decode(bytes), encoding: label };
  } catch {
    return decoded;
  }
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** An attribute of a parse5 element, undefined when absent. */
const attrOf = (el, name) => el.attrs?.find((a) => a.name === name)?.value;

/** The <tr> of a parse5 table in document order (straight under it or in thead/tbody/tfoot). */
const tableRowNodes = (table) =>
  table.childNodes.flatMap((n) =>
    n.nodeName === 'tr' ? [n] : ['thead', 'tbody', 'tfoot'].includes(n.nodeName) ? n.childNodes.filter((r) => r.nodeName === 'tr') : [],
  );
const rowCellNodes = (tr) => tr.childNodes.filter((n) => n.nodeName === 'td' || n.nodeName === 'th');

/**
 * A cell's text as a browser shows it (core's htmlCellText): <br> and block elements (<p>, <div>,
 * <li>…) break lines; a table nested in the cell gives one line per row (core's nestedTableText);
 * a checkbox or a tick picture gives its mark (core's htmlElementText).
 */
function htmlCellText(node) {
  return core.htmlCellText(markedText(node));
}

/** The cell's raw text with core.HTML_LINE_BREAK marks (see htmlCellText). */
function markedText(node) {
  // <br> and block boundaries are marked with U+0000, which parse5 never leaves in text (it
  // turns NUL into U+FFFD); the text's own line breaks are source formatting.
  let out = '';
  const walk = (n) => {
    if (n.nodeName === '#text') out += n.value;
    else if (n.nodeName === 'br') out += core.HTML_LINE_BREAK;
    else if (n.nodeName === 'table')
      out += core.nestedTableText(tableRowNodes(n).map((tr) => rowCellNodes(tr).map((td) => markedText(td))));
    else if (n.tagName && core.htmlElementText(n.nodeName, (a) => attrOf(n, a)) !== undefined)
      out += core.htmlElementText(n.nodeName, (a) => attrOf(n, a));
    else if (n.childNodes && !SKIP.has(n.nodeName)) {
      const block = BLOCK.has(n.nodeName);
      if (block) out += core.HTML_LINE_BREAK;
      for (const child of n.childNodes) walk(child);
      if (block) out += core.HTML_LINE_BREAK;
    }
  };
  for (const child of node.childNodes ?? []) walk(child);
  return out;
}

/**
 * The area a Word page or portal page names just above a table ("户籍管理领域基层政务公开标准目录"
 * in a paragraph, not in the table): the table's <caption>, else the nearest of the three elements
 * before it (climbing out of wrappers such as Word's <div class=WordSection1>) whose text names
 * one area.
 */
function areaBefore(table) {
  const caption = table.childNodes.find((n) => n.nodeName === 'caption');
  const fromCaption = caption ? core.findCatalogueArea(htmlCellText(caption)) : undefined;
  if (fromCaption) return fromCaption.code;
  for (let node = table; node && node.nodeName !== 'body' && node.parentNode; node = node.parentNode) {
    const siblings = node.parentNode.childNodes.filter((n) => n.tagName);
    const at = siblings.indexOf(node);
    for (const before of siblings.slice(Math.max(0, at - 3), at).reverse()) {
      if (before.nodeName === 'table') return undefined;
      const area = core.findCatalogueArea(htmlCellText(before));
      if (area) return area.code;
    }
  }
  return undefined;
}

/**
 * Every <table> in document order that is not inside another table (a table nested in a cell is
 * part of that cell's text), each as a grid with its spans expanded.
 */
async function readHtml() {
  let parse5;
  try {
    parse5 = await import('parse5');
  } catch (e) {
    fail(`import-catalogue: parse5 is not installed (npm install at the repository root): ${e.message}`);
  }
  const decoded = decodeHtml();
  const { text, encoding } = decoded;
  const doc = parse5.parse(text);
  const tables = [];
  const find = (n) => {
    if (n.nodeName === 'table') {
      tables.push(n);
      return;
    }
    for (const child of n.childNodes ?? []) find(child);
    if (n.nodeName === 'template' && n.content) find(n.content);
  };
  find(doc);
  const attr = (el, name) => {
    const raw = attrOf(el, name);
    const m = raw === undefined ? null : /^\s*(\d+)/.exec(raw);
    return m ? Number(m[1]) : undefined;
  };
  const sheets = tables.map((table, i) => {
    const head = [];
    const body = [];
    const foot = [];
    const rowsOf = (section) =>
      section.childNodes
        .filter((n) => n.nodeName === 'tr')
        .map((tr) => ({
          cells: tr.childNodes
            .filter((n) => n.nodeName === 'td' || n.nodeName === 'th')
            .map((td) => {
              const rowSpan = attr(td, 'rowspan');
              const colSpan = attr(td, 'colspan');
              return {
                text: htmlCellText(td),
                ...(rowSpan === undefined ? {} : { rowSpan }),
                ...(colSpan === undefined ? {} : { colSpan }),
              };
            }),
        }));
    for (const n of table.childNodes) {
      if (n.nodeName === 'thead') head.push(core.spannedGrid(rowsOf(n)));
      else if (n.nodeName === 'tbody') body.push(core.spannedGrid(rowsOf(n)));
      else if (n.nodeName === 'tfoot') foot.push(core.spannedGrid(rowsOf(n)));
    }
    // Rows straight under <table> (parse5 wraps them in a tbody, so this is only a safety net).
    const loose = rowsOf(table);
    if (loose.length > 0) body.push(core.spannedGrid(loose));
    const area = areaBefore(table);
    return { name: en ? `table ${i + 1}` : `表格 ${i + 1}`, rows: [...head, ...body, ...foot].flat(), ...(area ? { area } : {}) };
  });
  return { sheets, encoding, decoded };
}

const read = KIND === 'csv' ? readCsv() : KIND === 'xlsx' ? await readXlsx() : await readHtml();
let sheets = read.sheets;
const log = (line = '') => console.error(line);

log(T.file(file));
if (read.encoding) log(T.encoding(read.encoding));
const encodingNote = read.decoded ? core.encodingWarning(opts.lang, read.decoded) : undefined;
if (sheets.length === 0) {
  log(T.noTables);
  process.exit(1);
}

let picked = false;
if (opts.sheet !== undefined) {
  const byIndex = /^\d+$/.test(opts.sheet) ? sheets[Number(opts.sheet) - 1] : undefined;
  const sheet = byIndex ?? sheets.find((s) => s.name === opts.sheet);
  if (!sheet) fail(`import-catalogue: ${file}: ${T.sheetMissing(opts.sheet, sheets.length)}`);
  sheets = [sheet];
  picked = true;
}

if (opts.grid) {
  const grids = sheets.map(({ name, rows }) => ({ name, rows }));
  await new Promise((resolve) => process.stdout.write(`${JSON.stringify(grids, null, 2)}\n`, resolve));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Units, then the table parser on each sheet.

const units = readUnits(core, opts.units, { name: 'import-catalogue', lang: opts.lang });

const versionDate = opts.versionDate ?? core.todayInChina(new Date());
// parseCatalogueTable requires an issuer: without --issuer it gets a placeholder, and the issuer
// is emptied afterwards (with a warning), so the items are still imported and checked.
const NO_ISSUER = '（未填写发布单位）';
const options = (sheet) => ({
  sheet: sheet.name,
  ...(units ? { units } : {}),
  issuer: opts.issuer ?? NO_ISSUER,
  ...(opts.level ? { level: opts.level } : {}),
  versionDate,
  ...(opts.area ? { area: opts.area } : sheet.area ? { area: sheet.area } : {}),
});

/** True when the parser found no catalogue header on the sheet (the sheet is then skipped). */
const headerMissing = (result) =>
  !result.catalogue && result.issues.some((i) => i.code === 'catalogue.table.header-not-found' || i.code === 'catalogue.table.empty');

const tableIssues = [];
const notes = [];
let catalogue;
const read1 = [];
/** Where each item of the catalogue comes from: { sheet, row } (row 1-based), same order as items. */
const itemSources = [];
for (const sheet of sheets) {
  const result = core.parseCatalogueTable(sheet.rows, options(sheet));
  if (!picked && sheets.length > 1 && headerMissing(result)) {
    notes.push(T.skipped(sheet.name));
    continue;
  }
  read1.push(sheet.name);
  if (sheet.hiddenRows?.length || sheet.hiddenColumns?.length) {
    const list = (xs) => xs.join(en ? ', ' : '、');
    notes.push(
      T.hidden(
        sheet.name,
        list((sheet.hiddenRows ?? []).map((r) => r + 1)),
        list((sheet.hiddenColumns ?? []).map((c) => core.columnLetters(c))),
      ),
    );
  }
  tableIssues.push(...result.issues);
  if (!result.catalogue) continue;
  result.catalogue.items.forEach((_, i) => {
    const row = result.itemRows?.[i];
    itemSources.push(typeof row === 'number' ? { sheet: sheet.name, row } : undefined);
  });
  if (!catalogue) catalogue = result.catalogue;
  else catalogue = { ...catalogue, items: [...catalogue.items, ...result.catalogue.items] };
}
if (read1.length === 0) {
  for (const n of notes) log(`${T.note}: ${n}`);
  log(T.noCatalogue);
  process.exit(1);
}
if (KIND !== 'csv') log(T.sheets(read1.join(en ? ', ' : '、')));
for (const n of notes) log(`${T.note}: ${n}`);

if (catalogue && opts.issuer === undefined) catalogue = { ...catalogue, issuer: '' };

// Items from several sheets: keep ids unique (a later duplicate gets a "-2", "-3"… suffix).
if (catalogue && sheets.length > 1) {
  const seen = new Set();
  catalogue = {
    ...catalogue,
    items: catalogue.items.map((item) => {
      let id = item.id;
      for (let k = 2; seen.has(id); k++) id = `${item.id}-${k}`;
      seen.add(id);
      if (id === item.id) return item;
      log(`${T.note}: ${T.renamed(item.id, id)}`);
      return { ...item, id };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks, the summary and the issues.

const extra = [];
let checkIssues = [];
if (catalogue) {
  checkIssues = core.checkCatalogue(catalogue, units ? { units } : {}).issues;
  if (!units) {
    // Without a directory nothing can be resolved: one warning instead of an error per item
    // (an empty 公开主体 is still an error).
    const unresolved = checkIssues.filter(
      (i) => i.code === 'catalogue.check.subject-unresolved' && String(i.params.text ?? '').trim() !== '',
    );
    checkIssues = checkIssues.filter((i) => !unresolved.includes(i));
    extra.push({ severity: 'warning', code: 'import.units-missing', text: T.noUnits(unresolved.length) });
  }
}
if (encodingNote) extra.push({ severity: 'warning', code: 'import.encoding-suspect', text: `${file}: ${encodingNote}` });
if (opts.issuer === undefined) extra.push({ severity: 'warning', code: 'import.issuer-missing', text: T.noIssuer });

if (catalogue) {
  const items = catalogue.items;
  log(T.summary(items.length));
  const counts = new Map();
  for (const item of items) counts.set(item.area, (counts.get(item.area) ?? 0) + 1);
  const rows = [...counts].map(([code, n]) => [`${core.msg(opts.lang, `catalogue.area.${code}`)} (${code})`, String(n)]);
  const w = Math.max(T.area.length * 2, ...rows.map((r) => displayWidth(r[0])));
  log(`  ${pad(T.area, w)}  ${T.count}`);
  for (const [name, n] of rows) log(`  ${pad(name, w)}  ${n}`);
}

const all = [
  // The table's messages name the sheet, row and column; the checks' name the item (n, index in
  // the written JSON), to which the item's id is added.
  ...tableIssues.map((i) => ({ severity: i.severity, code: i.code, text: `${file}: ${core.msg(opts.lang, i.code, i.params)}` })),
  // The checks' messages name the item (n, index in the written JSON): replaced by the item's
  // sheet and row in the source when the parser gave them, and the item's id is added.
  ...checkIssues.map((i) => ({
    severity: i.severity,
    code: i.code,
    text: `${file}: ${core.locateCheckMessage(opts.lang, core.msg(opts.lang, i.code, i.params), i.params, itemSources[i.params.index ?? -1])} (${i.itemId})`,
  })),
  ...extra,
];
const errors = all.filter((i) => i.severity === 'error');
const warnings = all.filter((i) => i.severity !== 'error');
log(T.issues(errors.length, warnings.length));
for (const i of errors) log(`  ${T.error}: ${i.text} [${i.code}]`);
for (const i of warnings) log(`  ${T.warning}: ${i.text} [${i.code}]`);

if (catalogue) {
  const json = `${JSON.stringify(catalogue, null, 2)}\n`;
  if (opts.out) {
    try {
      writeFileSync(opts.out, json);
    } catch (e) {
      fail(`import-catalogue: cannot write ${opts.out}: ${e.message}`);
    }
    log(T.wrote(opts.out, catalogue.items.length));
  } else process.stdout.write(json);
}
process.exitCode = errors.length > 0 || !catalogue ? 1 : 0;

function displayWidth(s) {
  let n = 0;
  for (const ch of s) n += WIDE.test(ch) ? 2 : 1;
  return n;
}
function pad(s, w) {
  return s + ' '.repeat(Math.max(0, w - displayWidth(s)));
}
