import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CATALOGUE_TABLE_COLUMNS,
  catalogueMatches,
  formatIssue,
  catalogueTable,
  catalogueToCsv,
  parseCatalogue,
  toCsv,
  validateCatalogue,
  parseCsv,
} from '../src/index.js';
import { catalogueItem, catalogueOf, TL } from './catalogue-fixtures.js';

test('validateCatalogue: the canonical form passes, with the same result as parseCatalogue', () => {
  const cat = catalogueOf([catalogueItem('a'), catalogueItem('b')]);
  const v = validateCatalogue(cat);
  assert.equal(v.ok, true);
  assert.deepEqual(v.value, parseCatalogue(cat).value);
});

test('validateCatalogue: shorthand forms are located errors, not silently expanded; valid items stay', () => {
  const json = {
    ...catalogueOf([catalogueItem('a')]),
    items: [catalogueItem('a'), { ...catalogueItem('b'), timeLimit: TL }, { ...catalogueItem('c'), area: '社会救助' }],
  };
  const v = validateCatalogue(json);
  assert.equal(v.ok, false);
  assert.deepEqual(
    v.value?.items.map((i) => i.id),
    ['a'],
  );
  const located = v.issues.map((i) => [i.path.join('.'), i.params?.n, i.params?.column]);
  assert.deepEqual(located, [
    ['items.1.timeLimit', 2, 'timeLimit'],
    ['items.2.area', 3, 'area'],
  ]);
  // parseCatalogue accepts both shorthands.
  assert.equal(parseCatalogue(json).value?.items.length, 3);
});

test('validateCatalogue never throws on hostile input', () => {
  for (const bad of [null, undefined, 'x', 42, [], { items: 'x' }, { items: [null, 1, 'x'] }, Object.create(null)]) {
    const v = validateCatalogue(bad);
    assert.equal(v.ok, false);
    assert.ok(v.issues.length > 0);
  }
});

test('catalogueMatches: ranges in the original text, per field and element', () => {
  const it = catalogueItem('a', { item2: '低保办事指南', content: ['低保标准', '救助程序'], basis: ['《社会救助暂行办法》'] });
  const m = catalogueMatches(it, '低保 救助');
  assert.deepEqual(m, [
    { field: 'item2', start: 0, end: 2 },
    { field: 'content', index: 0, start: 0, end: 2 },
    { field: 'content', index: 1, start: 0, end: 2 },
    { field: 'basis', index: 0, start: 3, end: 5 },
  ]);
  // Full-width query letters match half-width text; ranges point into the original.
  const w = catalogueItem('w', { item2: 'GB 11643 校验', content: [] });
  assert.deepEqual(catalogueMatches(w, 'ＧＢ'), [{ field: 'item2', start: 0, end: 2 }]);
  assert.deepEqual(catalogueMatches(it, '   '), []);
});

test('catalogueTable: official column headers in zh-CN and en, labels for codes', () => {
  const it = catalogueItem('a', {
    channels: ['GOV_WEBSITE', 'NOTICE_BOARD'],
    channelsOther: ['12345政务服务热线'],
    audience: ['PUBLIC', 'SPECIFIC'],
    links: [{ title: '办事指南', url: 'https://www.example.gov.cn/a.html' }],
  });
  const [zhHead, zhRow] = catalogueTable([it], 'zh-CN');
  assert.equal(zhHead!.length, CATALOGUE_TABLE_COLUMNS.length);
  assert.deepEqual(zhHead!.slice(0, 4), ['编号', '领域', '一级事项', '二级事项']);
  assert.ok(zhHead!.includes('公开时限'));
  const cell = (c: string) => zhRow![CATALOGUE_TABLE_COLUMNS.indexOf(c as never)];
  assert.equal(cell('area'), '社会救助');
  assert.equal(cell('channels'), '政府网站、社区/企事业单位/村公示栏（电子屏）、12345政务服务热线');
  assert.equal(cell('audience'), '全社会、特定群体');
  assert.equal(cell('timeLimit'), TL);
  assert.equal(cell('links'), '办事指南 https://www.example.gov.cn/a.html');
  const [enHead, enRow] = catalogueTable([it], 'en');
  assert.equal(enHead![CATALOGUE_TABLE_COLUMNS.indexOf('timeLimit')], 'time limit');
  assert.equal(enRow![CATALOGUE_TABLE_COLUMNS.indexOf('area')], 'Social assistance');
});

test('toCsv: BOM, CRLF, quoting, line breaks kept inside fields, formulas neutralised', () => {
  const csv = toCsv([
    ['a', 'b "quoted"', '多行\n文本'],
    ['=HYPERLINK("http://x")', '+1', '@SUM(A1)'],
    ['-2', '普通', ''],
  ]);
  assert.equal(csv.charCodeAt(0), 0xfeff);
  assert.ok(csv.endsWith('\r\n'));
  assert.deepEqual(parseCsv(csv.slice(1)), [
    ['a', 'b "quoted"', '多行\r\n文本'],
    ['\'=HYPERLINK("http://x")', "'+1", "'@SUM(A1)"],
    ["'-2", '普通', ''],
  ]);
});

test('catalogueToCsv: one record per item plus the header, in the given order', () => {
  const items = [catalogueItem('b', { content: ['一', '二'] }), catalogueItem('a')];
  const rows = parseCsv(catalogueToCsv(items, 'zh-CN').slice(1));
  assert.equal(rows.length, 3);
  assert.deepEqual(
    rows.slice(1).map((r) => r[0]),
    ['b', 'a'],
  );
  assert.equal(rows[1]![CATALOGUE_TABLE_COLUMNS.indexOf('content')], '一\r\n二');
});

test('validateCatalogue: a repeated id is a located error and the later item is left out', () => {
  const json = catalogueOf([catalogueItem('a'), catalogueItem('b'), catalogueItem('a', { item2: '另一个' })]);
  const v = validateCatalogue(json);
  assert.deepEqual(
    v.value?.items.map((i) => i.item2),
    ['办事指南a', '办事指南b'],
  );
  assert.equal(v.issues.length, 1);
  const [issue] = v.issues;
  assert.equal(issue!.code, 'catalogue.check.duplicate-id');
  assert.deepEqual(issue!.path, ['items', 2, 'id']);
  assert.equal(formatIssue('zh-CN', issue!), '第 3 项 (items[2]) 的编号“a”与第 1 项重复');
  // parseCatalogue leaves duplicates to checkCatalogue, as before.
  assert.equal(parseCatalogue(json).value?.items.length, 3);
});

test('parseCsv: RFC 4180 fields, quotes, line breaks, BOM and line-end variants (hand-written input)', () => {
  assert.deepEqual(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n'), [
    ['a', 'b', 'c'],
    ['1', 'x, y', 'say "hi"'],
  ]);
  assert.deepEqual(parseCsv('\uFEFF序号,名称\n1,"多行\n文本"\n2,'), [
    ['序号', '名称'],
    ['1', '多行\n文本'],
    ['2', ''],
  ]);
  assert.deepEqual(parseCsv('a\rb'), [['a'], ['b']]);
  assert.deepEqual(parseCsv(''), []);
  assert.deepEqual(parseCsv('x"y,z'), [['x"y', 'z']]);
  assert.deepEqual(parseCsv(',\r\n'), [['', '']]);
});
