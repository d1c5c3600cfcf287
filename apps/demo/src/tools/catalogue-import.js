// 目录导入: the webmaster's catalogue import tool, entirely in the browser (the file never leaves
// the machine). Bundled by build.mjs into dist/tools/catalogue-import.js with @gongkai/core.
//
// Readers: CSV via core's decodeTableText (UTF-8 with or without BOM, else GB18030) and csvRows;
// HTML via the browser's own HTML parser (DOMParser) and core's spannedGrid; XLSX via exceljs's
// browser build, loaded only when an .xlsx file is chosen (dist/vendor/exceljs.min.js), with
// merged ranges filled by core's mergedGrid. Every table then goes through parseCatalogueTable.
import {
  CATALOGUE_AREAS,
  csvRows,
  decodeTableText,
  findCatalogueArea,
  HTML_LINE_BREAK,
  htmlCellText,
  mergedGrid,
  msg,
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

/** @type {{ name: string, tables: { name: string, rows: string[][] }[], note: string } | undefined} */
let loaded;
/** @type {unknown} */
let lastCatalogue;

function say(text) {
  statusBox.textContent = text;
}

/** The tables of an HTML document (Word's "save as web page", a portal page), spans expanded. */
function htmlTables(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('table')]
    .filter((table) => !table.querySelector('table'))
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
  if (table.caption) return findCatalogueArea(cellText(table.caption))?.code;
  for (let node = table; node && node.parentElement && node.nodeName !== 'BODY'; node = node.parentElement) {
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
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TABLE']);

/** A cell's text as the command reads it: core's htmlCellText over the cell's text, <br> and block edges. */
function cellText(cell) {
  let out = '';
  const walk = (n) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.data;
    else if (n.nodeName === 'BR') out += HTML_LINE_BREAK;
    else if (n.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(n.nodeName)) {
      const block = BLOCKS.has(n.nodeName);
      if (block) out += HTML_LINE_BREAK;
      for (const child of n.childNodes) walk(child);
      if (block) out += HTML_LINE_BREAK;
    }
  };
  for (const child of cell.childNodes) walk(child);
  return htmlCellText(out);
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
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const out = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        out[c - 1] = cell.isMerged && cell.master !== cell ? '' : String(cell.text ?? '');
      });
      cells[r - 1] = Array.from(out, (v) => v ?? '');
    });
    const merges = (sheet.model.merges ?? []).map(rangeOf).filter(Boolean);
    return {
      name: sheet.name,
      rows: mergedGrid(
        Array.from(cells, (r) => r ?? []),
        merges,
      ),
    };
  });
}

/** 'B3:D5' → { top: 2, left: 1, bottom: 4, right: 3 } (0-based, inclusive). */
function rangeOf(a1) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return undefined;
  const col = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}

async function read(file) {
  const name = file.name;
  const ext = name.toLowerCase().split('.').pop();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (ext === 'xlsx') return { name, tables: await xlsxTables(bytes.buffer), note: 'Excel' };
  const { text, encoding } = decodeTableText(bytes);
  if (ext === 'htm' || ext === 'html') return { name, tables: htmlTables(text), note: `HTML（${encoding}）` };
  return { name, tables: [{ name: name.replace(/\.[^.]+$/, ''), rows: csvRows(text) }], note: `CSV（${encoding}）` };
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
  const issues = [];
  const tables = [];
  for (const table of loaded.tables) {
    const r = parseCatalogueTable(table.rows, { ...(table.area ? { area: table.area } : {}), ...options, sheet: table.name });
    if (!r.catalogue && loaded.tables.length > 1 && r.headerRows === undefined) continue;
    tables.push(table);
    issues.push(...r.issues.map((issue) => ({ issue, table })));
    if (r.catalogue) items.push(...r.catalogue.items);
  }
  lastCatalogue = { issuer: options.issuer, level: options.level, versionDate: options.versionDate, items };
  const errors = issues.filter((i) => i.issue.severity === 'error').length;
  say(
    `${loaded.name}：${loaded.note}，读取 ${tables.length} 个表格，得到 ${items.length} 个事项；` +
      `${errors} 个错误，${issues.length - errors} 个提示。`,
  );
  issuesList.replaceChildren(
    ...issues.map(({ issue, table }) => {
      const li = document.createElement('li');
      li.className = issue.severity === 'error' ? 'import-error' : 'import-warning';
      const row = issue.params?.row;
      const text = `${issue.severity === 'error' ? '错误' : '提示'}：${msg(lang(), issue.code, issue.params)}`;
      if (typeof row === 'number') {
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
  preview.catalogue = lastCatalogue;
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
