// 目录导入: the webmaster's catalogue import tool, entirely in the browser (the file never leaves
// the machine). Bundled by build.mjs into dist/tools/catalogue-import.js with @gongkai/core.
//
// Readers: CSV via core's decodeTableText (UTF-8 with or without BOM, else GB18030) and csvRows;
// HTML via the browser's own HTML parser (an inert document: no scripts, no styles applied, so
// no CSP reports for Word's inline styles) and core's spannedGrid; XLSX via exceljs's browser
// build, loaded only when an .xlsx file is chosen (dist/vendor/exceljs.min.js), cells read by
// core's excelCellText, merged ranges filled by core's mergedGrid, hidden rows and columns
// skipped. Every table then goes through parseCatalogueTable and the catalogue through
// checkCatalogue, as the import:catalogue command does.
import {
  blankHidden,
  CATALOGUE_AREAS,
  checkCatalogue,
  columnLetters,
  csvRows,
  decodeTableText,
  encodingWarning,
  excelCellText,
  findCatalogueArea,
  HTML_LINE_BREAK,
  htmlCellText,
  htmlElementText,
  locateCheckMessage,
  mergedGrid,
  msg,
  nestedTableText,
  parseA1Range,
  parseCatalogueTable,
  spannedGrid,
  todayInChina,
} from '@gongkai/core';

const $ = (id) => document.getElementById(id);
const form = $('import-form');
const fileInput = $('import-file');
const drop = $('import-drop');
const statusBox = $('import-status');
const resultBox = $('import-result');
const issuesList = $('import-issues');
const preview = $('import-preview');
const source = $('import-source');
const download = $('import-download');
const areaSelect = $('import-area');

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'zh-CN');

for (const area of CATALOGUE_AREAS) {
  const option = document.createElement('option');
  option.value = area.code;
  option.textContent = area.name;
  areaSelect.append(option);
}

/** @type {{ name: string, tables: { name: string, rows: string[][], area?: string, hidden?: string }[], note: string, warning?: string } | undefined} */
let loaded;
/** @type {unknown} */
let lastCatalogue;

function say(text) {
  statusBox.textContent = text;
}

/** The tables of an HTML document (Word's "save as web page", a portal page), spans expanded. */
function htmlTables(html) {
  // A <template>'s content is inert (it belongs to a document without a browsing context):
  // nothing in it runs, loads or is styled, so Word's inline style attributes are not checked
  // against the page's CSP as DOMParser's document's are (a console error for each).
  // Chromium still checks style attributes against the CSP when it parses them, even there:
  // they are dropped from the tags first (only the text and the table structure are read).
  const template = document.createElement('template');
  template.innerHTML = html.replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi, ''));
  const doc = template.content;
  // A table nested in another table's cell is part of that cell's text (see cellText).
  return [...doc.querySelectorAll('table')]
    .filter((table) => !table.parentElement?.closest('table'))
    .map((table, i) => ({
      name: `表格 ${i + 1}`,
      area: areaBefore(table),
      rows: spannedGrid(
        [...table.rows].map((tr) => ({
          cells: [...tr.cells].map((cell) => ({ text: cellText(cell), rowSpan: cell.rowSpan, colSpan: cell.colSpan })),
        })),
      ),
    }));
}

/**
 * The area a page names just above a table (a paragraph "户籍管理领域基层政务公开标准目录"), as the
 * command reads it: the caption, else the nearest of the three elements before the table, climbing
 * out of wrappers such as Word's <div class=WordSection1>.
 */
function areaBefore(table) {
  const fromCaption = table.caption ? findCatalogueArea(cellText(table.caption)) : undefined;
  if (fromCaption) return fromCaption.code;
  for (let node = table; node && node.nodeName !== 'BODY'; node = node.parentElement) {
    let before = node.previousElementSibling;
    for (let k = 0; k < 3 && before; k++, before = before.previousElementSibling) {
      if (before.nodeName === 'TABLE') return undefined;
      const area = findCatalogueArea(cellText(before));
      if (area) return area.code;
    }
  }
  return undefined;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * A cell's text as the command reads it: core's htmlCellText over the cell's text, <br> and block
 * edges; a nested table as one line per row (core's nestedTableText); checkboxes and tick
 * pictures as their marks (core's htmlElementText).
 */
function cellText(cell) {
  return htmlCellText(markedText(cell));
}

function markedText(cell) {
  let out = '';
  const walk = (n) => {
    const attr = (name) => n.getAttribute(name) ?? undefined;
    if (n.nodeType === Node.TEXT_NODE) out += n.data;
    else if (n.nodeName === 'BR') out += HTML_LINE_BREAK;
    else if (n.nodeName === 'TABLE') out += nestedTableText([...n.rows].map((tr) => [...tr.cells].map((td) => markedText(td))));
    else if (n.nodeType === Node.ELEMENT_NODE && htmlElementText(n.nodeName, attr) !== undefined) out += htmlElementText(n.nodeName, attr);
    else if (n.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(n.nodeName)) {
      const block = BLOCKS.has(n.nodeName);
      if (block) out += HTML_LINE_BREAK;
      for (const child of n.childNodes) walk(child);
      if (block) out += HTML_LINE_BREAK;
    }
  };
  for (const child of cell.childNodes) walk(child);
  return out;
}

let excelLoading;
/** exceljs's browser build, loaded once, on demand (it is large; the rest of the site never needs it). */
function loadExcel() {
  excelLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('../vendor/exceljs.min.js', import.meta.url).href;
    script.onload = () => (globalThis.ExcelJS ? resolve(globalThis.ExcelJS) : reject(new Error('exceljs did not load')));
    script.onerror = () => reject(new Error('exceljs could not be loaded'));
    document.head.append(script);
  });
  return excelLoading;
}

/** Every worksheet of an .xlsx file as a grid of cell texts, merged ranges filled. */
async function xlsxTables(buffer) {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook.worksheets.map((sheet) => {
    const cells = [];
    const hiddenRows = [];
    const hiddenColumns = [];
    for (let c = 1; c <= sheet.columnCount; c++) if (sheet.getColumn(c).hidden) hiddenColumns.push(c - 1);
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (row.hidden) hiddenRows.push(r - 1);
      const out = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        out.push(cell.isMerged && cell.master !== cell ? '' : excelCellText(cell.value));
      }
      cells.push(out);
    }
    const merges = (sheet.model.merges ?? []).map((ref) => parseA1Range(ref)).filter(Boolean);
    const parts = [
      hiddenRows.length ? `行 ${hiddenRows.map((r) => r + 1).join('、')}` : '',
      hiddenColumns.length ? `列 ${hiddenColumns.map(columnLetters).join('、')}` : '',
    ].filter(Boolean);
    return {
      name: sheet.name,
      rows: blankHidden(mergedGrid(cells, merges), { rows: hiddenRows, columns: hiddenColumns }),
      ...(parts.length ? { hidden: `工作表“${sheet.name}”有隐藏的${parts.join('和')}：未读取` } : {}),
    };
  });
}

async function read(file) {
  const name = file.name;
  const ext = name.toLowerCase().split('.').pop();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (ext === 'xlsx') return { name, tables: await xlsxTables(bytes.buffer), note: 'Excel' };
  const decoded = decodeTableText(bytes);
  const { text, encoding } = decoded;
  const warning = encodingWarning('zh-CN', decoded);
  const extra = warning ? { warning } : {};
  if (ext === 'htm' || ext === 'html') return { name, tables: htmlTables(text), note: `HTML（${encoding}）`, ...extra };
  return { name, tables: [{ name: name.replace(/\.[^.]+$/, ''), rows: csvRows(text) }], note: `CSV（${encoding}）`, ...extra };
}

function run() {
  if (!loaded) return;
  const options = {
    issuer: form.elements.issuer.value.trim(),
    level: form.elements.level.value,
    versionDate: todayInChina(new Date()),
    ...(form.elements.area.value ? { area: form.elements.area.value } : {}),
  };
  const items = [];
  /** @type {{ issue: { severity: string, code: string, params?: Record<string, unknown> }, table?: unknown, text?: string, row?: number }[]} */
  const issues = [];
  const tables = [];
  /** The source of each item (same order as items): its table and 1-based row. */
  const sources = [];
  for (const table of loaded.tables) {
    const r = parseCatalogueTable(table.rows, { ...(table.area ? { area: table.area } : {}), ...options, sheet: table.name });
    if (!r.catalogue && loaded.tables.length > 1 && r.headerRows === undefined) continue;
    tables.push(table);
    issues.push(...r.issues.map((issue) => ({ issue, table })));
    if (r.catalogue) {
      items.push(...r.catalogue.items);
      r.catalogue.items.forEach((_, i) => sources.push({ table, row: r.itemRows?.[i] }));
    }
  }
  lastCatalogue = { issuer: options.issuer, level: options.level, versionDate: options.versionDate, items };
  // The checks, as the command runs them without a unit directory: an unresolved 公开主体 is one
  // warning for all items, not an error per item (an empty one stays an error).
  let checks = items.length > 0 ? checkCatalogue(lastCatalogue, {}).issues : [];
  const unresolved = checks.filter((i) => i.code === 'catalogue.check.subject-unresolved' && String(i.params.text ?? '').trim() !== '');
  checks = checks.filter((i) => !unresolved.includes(i));
  for (const issue of checks) {
    const source = sources[issue.params.index];
    const text = locateCheckMessage(
      lang(),
      msg(lang(), issue.code, issue.params),
      issue.params,
      source && { sheet: source.table.name, row: source.row },
    );
    issues.push({ issue, table: source?.table, row: source?.row, text });
  }
  const notes = [];
  if (unresolved.length > 0) notes.push(`未解析公开主体：本页没有单位名录，公开主体仅保留文字（${unresolved.length} 个事项没有单位编号）`);
  if (loaded.warning) notes.push(loaded.warning);
  for (const table of tables) if (table.hidden) notes.push(table.hidden);
  for (const text of notes) issues.push({ issue: { severity: 'warning', code: 'import.note' }, text });
  // In the status only: the parser reports a missing issuer among the issues itself.
  if (!options.issuer) notes.push('未填写发布单位：下载的 JSON 不符合目录格式（必须填写发布单位），发布前请补上');
  const errors = issues.filter((i) => i.issue.severity === 'error').length;
  say(
    `${loaded.name}：${loaded.note}，读取 ${tables.length} 个表格，得到 ${items.length} 个事项；` +
      `${errors} 个错误，${issues.length - errors} 个提示。` +
      notes.map((n) => `${n}。`).join(''),
  );
  issuesList.replaceChildren(
    ...issues.map(({ issue, table, text: located, row: itemRow }) => {
      const li = document.createElement('li');
      li.className = issue.severity === 'error' ? 'import-error' : 'import-warning';
      const row = itemRow ?? issue.params?.row;
      const text = `${issue.severity === 'error' ? '错误' : '提示'}：${located ?? msg(lang(), issue.code, issue.params)}`;
      if (typeof row === 'number' && table) {
        const a = document.createElement('a');
        a.href = `#${rowId(table, row)}`;
        a.textContent = text;
        li.append(a);
      } else li.textContent = text;
      return li;
    }),
  );
  if (issues.length === 0) issuesList.replaceChildren(Object.assign(document.createElement('li'), { textContent: '没有发现问题。' }));
  // Shown first: the preview lays its tree out for the space it has.
  resultBox.hidden = false;
  // <gk-catalogue> shows only a valid catalogue: without an issuer it gets a placeholder (the
  // downloaded JSON keeps the issuer empty, as the status says).
  preview.catalogue = { ...lastCatalogue, issuer: options.issuer || '（未填写发布单位）' };
  source.replaceChildren(...tables.map(sourceTable));
}

const rowId = (table, row) => `src-${loaded.tables.indexOf(table) + 1}-${row}`;

/** The source table as read, one row per line, each row with an id the issues link to. */
function sourceTable(table) {
  const t = document.createElement('table');
  t.className = 'data-table import-source-table';
  const caption = t.createCaption();
  caption.textContent = table.name;
  const body = t.createTBody();
  table.rows.forEach((cells, i) => {
    const tr = body.insertRow();
    tr.id = rowId(table, i + 1);
    tr.tabIndex = -1;
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(i + 1);
    tr.append(th);
    for (const cell of cells) tr.insertCell().textContent = cell;
  });
  return t;
}

async function choose(file) {
  if (!file) return;
  say(`正在读取 ${file.name}…`);
  try {
    loaded = await read(file);
    run();
  } catch (error) {
    loaded = undefined;
    resultBox.hidden = true;
    say(`无法读取 ${file.name}：${error instanceof Error ? error.message : String(error)}`);
  }
}

fileInput.addEventListener('change', () => void choose(fileInput.files?.[0]));
form.addEventListener('change', (e) => {
  if (e.target !== fileInput) run();
});
form.addEventListener('submit', (e) => e.preventDefault());
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('import-drop-active');
});
drop.addEventListener('dragleave', () => drop.classList.remove('import-drop-active'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('import-drop-active');
  void choose(e.dataTransfer?.files?.[0]);
});
download.addEventListener('click', () => {
  if (!lastCatalogue) return;
  const blob = new Blob([`${JSON.stringify(lastCatalogue, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${(loaded?.name ?? 'catalogue').replace(/\.[^.]+$/, '')}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
});
