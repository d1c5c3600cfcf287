// The grid helpers the catalogue importer uses: decoding CSV bytes, CSV/TSV rows, HTML
// rowspan/colspan and spreadsheet merged ranges.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  blankHidden,
  columnLetters,
  csvRows,
  decodeTableText,
  encodingWarning,
  excelCellText,
  HTML_LINE_BREAK,
  htmlCellText,
  htmlElementText,
  locateCheckMessage,
  mergedGrid,
  nestedTableText,
  parseA1Range,
  spannedGrid,
} from '../src/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('decodeTableText: UTF-8 with and without a byte-order mark', () => {
  assert.deepEqual(decodeTableText(utf8('\uFEFF序号,一级事项\r\n')), { text: '序号,一级事项\r\n', encoding: 'utf-8-bom' });
  assert.deepEqual(decodeTableText(utf8('序号,þ政府网站')), { text: '序号,þ政府网站', encoding: 'utf-8' });
  assert.deepEqual(decodeTableText(new Uint8Array()), { text: '', encoding: 'utf-8' });
});

test('decodeTableText: UTF-16 with a byte-order mark (Excel "Unicode text")', () => {
  const le = new Uint8Array([0xff, 0xfe, 0x8f, 0x5e, 0xf7, 0x53, 0x09, 0x00, 0x41, 0x00]); // 序号\tA
  assert.deepEqual(decodeTableText(le), { text: '序号\tA', encoding: 'utf-16le' });
  const be = new Uint8Array([0xfe, 0xff, 0x5e, 0x8f, 0x53, 0xf7]);
  assert.deepEqual(decodeTableText(be), { text: '序号', encoding: 'utf-16be' });
});

test('decodeTableText: anything else is GB18030, 4-byte sequences included', () => {
  // 序号 in GBK (2-byte), then þ (U+00FE), which GB18030 writes as the 4-byte 81 30 8B 36.
  const bytes = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0x81, 0x30, 0x8b, 0x36, 0xd5, 0xfe]);
  assert.deepEqual(decodeTableText(bytes), { text: '序号,þ政', encoding: 'gb18030', invalidUtf8: 7, mostlyUtf8: false });
});

test('decodeTableText + csvRows: the committed GB18030 fixture keeps every þ', () => {
  const bytes = new Uint8Array(readFileSync(new URL('./fixtures/catalogue-gbk.csv', import.meta.url)));
  const { text, encoding } = decodeTableText(bytes);
  assert.equal(encoding, 'gb18030');
  assert.ok(!text.includes('\uFFFD'));
  const rows = csvRows(text);
  assert.equal(rows.length, 6);
  assert.deepEqual(rows[0]!.slice(0, 4), ['序号', '公开事项', '', '公开内容（要素）']);
  assert.deepEqual(rows[2]!.slice(0, 3), ['1', '综合业务', '政策']);
  assert.equal(rows[2]![7]!.split('\n')[0], 'þ政府网站');
  assert.deepEqual(rows[3]![3], '信访通讯地址\n投诉举报电话');
  assert.equal(rows.flat().join('').split('þ').length - 1, 6);
});

test('csvRows: CSV and TSV (first non-empty line with tabs and no commas)', () => {
  assert.deepEqual(csvRows('\uFEFFa,b\r\n"x, y","1\n2"\r\n'), [
    ['a', 'b'],
    ['x, y', '1\n2'],
  ]);
  assert.deepEqual(csvRows('\n序号\t一级事项\t备注\n1\t"a\tb"\t"c, d"\n'), [[''], ['序号', '一级事项', '备注'], ['1', 'a\tb', 'c, d']]);
  // A comma on the first line means CSV, even with tabs in it.
  assert.deepEqual(csvRows('a\t1,b\n'), [['a\t1', 'b']]);
  assert.deepEqual(csvRows(''), []);
});

const cell = (text: string, rowSpan?: number, colSpan?: number) => ({
  text,
  ...(rowSpan === undefined ? {} : { rowSpan }),
  ...(colSpan === undefined ? {} : { colSpan }),
});

test('spannedGrid: rowspan repeats the text down, colspan across', () => {
  const grid = spannedGrid([
    { cells: [cell('序号', 2), cell('公开事项', 1, 2), cell('公开内容', 2)] },
    { cells: [cell('一级事项'), cell('二级事项')] },
    { cells: [cell('1'), cell('综合业务', 2), cell('政策'), cell('a')] },
    { cells: [cell('2'), cell('监督'), cell('b')] },
  ]);
  assert.deepEqual(grid, [
    ['序号', '公开事项', '公开事项', '公开内容'],
    ['序号', '一级事项', '二级事项', '公开内容'],
    ['1', '综合业务', '政策', 'a'],
    ['2', '综合业务', '监督', 'b'],
  ]);
});

test('spannedGrid: both spans at once, rowspan=0, spans past the end, short rows', () => {
  assert.deepEqual(
    spannedGrid([
      { cells: [cell('A', 2, 2), cell('B')] },
      { cells: [cell('C')] },
      { cells: [cell('D'), cell('E', 0), cell('F')] },
      { cells: [cell('G')] },
      { cells: [] },
    ]),
    [
      ['A', 'A', 'B'],
      ['A', 'A', 'C'],
      ['D', 'E', 'F'],
      ['G', 'E', ''],
      ['', 'E', ''],
    ],
  );
  // A rowspan past the last row is cut there; colspan 0, negative or NaN counts as 1; colspan caps at 1000.
  assert.deepEqual(spannedGrid([{ cells: [cell('x', 9), cell('y', 1, 0), cell('z', -1, Number.NaN)] }, { cells: [cell('w')] }]), [
    ['x', 'y', 'z'],
    ['x', 'w', ''],
  ]);
  assert.equal(spannedGrid([{ cells: [cell('wide', 1, 1e9)] }])[0]!.length, 1000);
  assert.deepEqual(spannedGrid([]), []);
});

test('mergedGrid: every cell of a merged range gets the master value', () => {
  const cells = [
    ['序号', '公开事项', '', '内容'],
    ['', '一级事项', '二级事项', ''],
    ['1', '综合业务', '政策', 'a'],
    ['2', '', '监督'],
    ['3', '', '其他', 'c'],
  ];
  const merges = ['A1:A2', 'B1:C1', 'D1:D2', 'B3:B5'].map((r) => parseA1Range(r)!);
  assert.deepEqual(mergedGrid(cells, merges), [
    ['序号', '公开事项', '公开事项', '内容'],
    ['序号', '一级事项', '二级事项', '内容'],
    ['1', '综合业务', '政策', 'a'],
    ['2', '综合业务', '监督'],
    ['3', '综合业务', '其他', 'c'],
  ]);
  assert.equal(cells[3]![1], '', 'the input is not changed');
  // Clipped to the grid; short rows padded inside a range; inverted ranges are normalised.
  assert.deepEqual(mergedGrid([['a', 'b'], ['c']], [{ top: 1, left: 1, bottom: 0, right: 0 }]), [
    ['a', 'a'],
    ['a', 'a'],
  ]);
  assert.deepEqual(mergedGrid([['a']], [{ top: 0, left: 0, bottom: 1e9, right: 1e9 }]), [['a']]);
  assert.deepEqual(mergedGrid([['a']], [{ top: 5, left: 5, bottom: 6, right: 6 }]), [['a']]);
});

test('parseA1Range: A1 ranges to 0-based inclusive rows and columns', () => {
  assert.deepEqual(parseA1Range('B3:B5'), { top: 2, left: 1, bottom: 4, right: 1 });
  assert.deepEqual(parseA1Range('$AA$10:$A$1'), { top: 0, left: 0, bottom: 9, right: 26 });
  assert.deepEqual(parseA1Range('D4'), { top: 3, left: 3, bottom: 3, right: 3 });
  for (const bad of ['', 'A0', 'A1:B', '1A', 'A1:B2:C3']) assert.equal(parseA1Range(bad), undefined, bad);
});

test('decodeTableText: UTF-8 with a few bad bytes is read as GB18030 and flagged as mostly UTF-8', () => {
  const good = utf8('序号,一级事项,二级事项\r\n'.repeat(20));
  const bytes = new Uint8Array([...good, 0xff]);
  const d = decodeTableText(bytes);
  assert.equal(d.encoding, 'gb18030');
  assert.equal(d.invalidUtf8, 1);
  assert.equal(d.mostlyUtf8, true);
  assert.equal(encodingWarning('zh-CN', d), '文件大部分是 UTF-8，但有 1 处无效字节：已按 GB18030 读取，请检查');
  assert.match(encodingWarning('en', d) ?? '', /mostly UTF-8 but has 1 invalid byte sequence:/);
  assert.equal(encodingWarning('zh-CN', decodeTableText(utf8('序号'))), undefined);
});

test('htmlElementText: checkboxes and tick pictures', () => {
  const attrs = (o: Record<string, string>) => (name: string) => o[name];
  assert.equal(htmlElementText('INPUT', attrs({ type: 'checkbox', checked: '' })), '■');
  assert.equal(htmlElementText('input', attrs({ type: 'CheckBox' })), '□');
  assert.equal(htmlElementText('input', attrs({ type: 'text' })), undefined);
  assert.equal(htmlElementText('img', attrs({ alt: '√' })), '√');
  assert.equal(htmlElementText('IMG', attrs({ alt: ' □ ' })), '□');
  assert.equal(htmlElementText('img', attrs({ alt: '县徽' })), undefined);
  assert.equal(htmlElementText('span', attrs({})), undefined);
});

test('nestedTableText: one line per nested row, cells joined with a space', () => {
  const marked = `受理${nestedTableText([['地址', ' 电话\n '], ['', ''], [`办理${HTML_LINE_BREAK}条件`]])}材料`;
  assert.equal(htmlCellText(marked), '受理\n地址 电话\n办理 条件\n材料');
});

test('excelCellText: exceljs cell values', () => {
  assert.equal(excelCellText(null), '');
  assert.equal(excelCellText(12), '12');
  assert.equal(excelCellText(true), 'true');
  assert.equal(excelCellText('a\r\nb'), 'a\nb');
  assert.equal(excelCellText(new Date(Date.UTC(2024, 0, 31))), '2024-01-31');
  assert.equal(excelCellText({ richText: [{ text: '受理' }, { text: '部门' }] }), '受理部门');
  assert.equal(excelCellText({ formula: 'A1', result: new Date(Date.UTC(2024, 1, 1)) }), '2024-02-01');
  assert.equal(excelCellText({ sharedFormula: 'A1', result: 3 }), '3');
  assert.equal(excelCellText({ error: '#N/A' }), '#N/A');
  assert.equal(excelCellText({ text: '办事指南', hyperlink: 'https://example.gov.cn/a' }), '办事指南 https://example.gov.cn/a');
  assert.equal(excelCellText({ text: '', hyperlink: 'https://example.gov.cn/a' }), 'https://example.gov.cn/a');
  assert.equal(excelCellText({ text: 'https://example.gov.cn/a', hyperlink: 'https://example.gov.cn/a' }), 'https://example.gov.cn/a');
  assert.equal(excelCellText({ text: '联系我们', hyperlink: 'mailto:a@b.cn' }), '联系我们');
  assert.equal(excelCellText({ text: { richText: [{ text: '指' }, { text: '南' }] }, hyperlink: 'http://x.cn' }), '指南 http://x.cn');
});

test('blankHidden and columnLetters', () => {
  assert.deepEqual(
    blankHidden(
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      { rows: [1], columns: [2] },
    ),
    [
      ['a', 'b', ''],
      ['', '', ''],
    ],
  );
  assert.deepEqual([0, 8, 25, 26, 27, 701, 702].map(columnLetters), ['A', 'I', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
});

test('locateCheckMessage: the item is named by its source sheet and row', () => {
  const p = { n: 5, index: 4 };
  assert.equal(
    locateCheckMessage('zh-CN', '第 5 项 (items[4]) 未填写 公开依据', p, { sheet: '社会救助', row: 14 }),
    '工作表“社会救助” 第 14 行 未填写 公开依据',
  );
  assert.equal(
    locateCheckMessage('en', 'Item 5 (items[4]) gives no basis', p, { sheet: 'S', row: 14 }),
    'Sheet “S”, row 14 gives no basis',
  );
  assert.equal(locateCheckMessage('zh-CN', '第 5 项 (items[4]) 未填写 公开依据', p, undefined), '第 5 项 (items[4]) 未填写 公开依据');
});
