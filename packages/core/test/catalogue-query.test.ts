import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createCatalogueIndex,
  normalizeSearchText,
  queryCatalogue,
  searchTerms,
  type CatalogueItem,
  type StandardCatalogue,
} from '../src/index.js';
import { catalogueItem } from './catalogue-fixtures.js';

const item = (id: string, over: Partial<CatalogueItem> = {}) => catalogueItem(id, { item2: '办事指南', ...over });

// Items in a scrambled order: display order is area order, then each item1 where it first
// appears, then row order.
const items: CatalogueItem[] = [
  item('h1', {
    area: 'HOUSEHOLD_REGISTRATION',
    item1: '出生登记',
    item2: '出生登记',
    basis: ['《户口登记条例》第七条'],
    subject: { text: '县公安局', units: ['county-police'] },
    channels: ['GOV_WEBSITE', 'DOOR_TO_DOOR'],
  }),
  item('s2', {
    item2: '审核信息',
    content: ['初审对象名单及相关信息'],
    channels: ['NOTICE_BOARD'],
    level: ['TOWNSHIP', 'VILLAGE'],
    audience: ['SPECIFIC'],
    subject: { text: '城东镇', units: ['town-east'] },
  }),
  item('s1', { item2: '政策', content: ['《社会救助暂行办法》', '国发〔2012〕45号'] }),
  item('b1', {
    area: 'BUDGET_FINAL_ACCOUNTS',
    item1: '财政预决算',
    item2: '政府预算',
    content: ['一般公共预算收支表', '"三公"经费总额及分项'],
    basis: ['《中华人民共和国预算法》'],
    subject: { text: '县财政局', units: ['county-finance'] },
  }),
  item('e1', {
    area: 'COMPULSORY_EDUCATION',
    item1: '招生管理',
    item2: '招生范围',
    item3: '学区划分',
    content: ['学区划分详细情况'],
    mode: ['ON_REQUEST'],
    reason: '涉及个人信息',
    channels: ['READING_POINT'],
    channelsOther: ['12345政务服务热线'],
    subject: { text: '县教育局', units: ['county-education', 'county-finance'] },
  }),
  item('a1', {
    area: 'SOCIAL_ASSISTANCE',
    item1: '最低生活保障',
    item2: '办事指南',
    content: ['ＧＢ　１１６４３ 标准', 'Low Income Guide'],
  }),
];
const cat: StandardCatalogue = { issuer: '示例县人民政府', level: 'COUNTY', versionDate: '2024-03-01', items };
const ids = (r: { items: CatalogueItem[] }) => r.items.map((i) => i.id);

test('normalised search text: full-width to half-width, case-folded, no spaces', () => {
  assert.equal(normalizeSearchText('ＧＢ　１１６４３ Ａb'), 'gb11643ab');
  assert.equal(normalizeSearchText('国发〔2012〕 45号'), '国发〔2012〕45号');
  assert.deepEqual(searchTerms('  低保　 政策  低保 '), ['低保', '政策']);
  assert.deepEqual(searchTerms(''), []);
});

test('display order brings a split 一级事项 together and keeps row order inside it', () => {
  const x = (id: string, item1: string) => item(id, { item1 });
  const c: StandardCatalogue = { ...cat, items: [x('1', '乙'), x('2', '甲'), x('3', '乙'), x('4', '甲')] };
  assert.deepEqual(ids(queryCatalogue(c)), ['1', '3', '2', '4']);
});

test('no query: every item in display order (area, first appearance of item1, row order)', () => {
  const r = queryCatalogue(cat);
  assert.equal(r.total, 6);
  // BUDGET (4th area) before SOCIAL_ASSISTANCE (20th), HOUSEHOLD (22nd), EDUCATION (24th); the
  // three 社会救助 rows share one item1 and keep the catalogue's row order (s2, s1, a1), not
  // the code-point order of their names.
  assert.deepEqual(ids(r), ['b1', 's2', 's1', 'a1', 'h1', 'e1']);
  assert.equal(r.matches, undefined);
});

test('full-text search: Chinese substrings with no word boundaries, in any searchable field', () => {
  assert.deepEqual(ids(queryCatalogue(cat, { text: '低生活' })), ['s2', 's1', 'a1']); // item1
  assert.deepEqual(ids(queryCatalogue(cat, { text: '初审对象' })), ['s2']); // content
  assert.deepEqual(ids(queryCatalogue(cat, { text: '户口登记' })), ['h1']); // basis
  assert.deepEqual(ids(queryCatalogue(cat, { text: '学区划' })), ['e1']); // item3 and content
  assert.deepEqual(ids(queryCatalogue(cat, { text: '三公' })), ['b1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '不存在的词' })), []);
  // One character (whole-text scan), two (bigram postings, exact), more (postings + check).
  assert.deepEqual(ids(queryCatalogue(cat, { text: '七' })), ['h1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '号' })), ['s1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '预算' })), ['b1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '预算收支' })), ['b1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '预算支收' })), []);
  // Text outside the searchable fields (subject, time limit) is not searched.
  assert.deepEqual(ids(queryCatalogue(cat, { text: '县民政局' })), []);
});

test('full-width and mixed-case input match half-width text and vice versa', () => {
  assert.deepEqual(ids(queryCatalogue(cat, { text: 'gb11643' })), ['a1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: 'ＧＢ１１６４３' })), ['a1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: 'LOW income' })), ['a1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '２０１２' })), ['s1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '"三公"' })), ['b1']);
});

test('several terms must all occur (AND), in any fields', () => {
  assert.deepEqual(ids(queryCatalogue(cat, { text: '最低生活 政策' })), ['s1']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '社会救助暂行办法 审核' })), ['s2']);
  assert.deepEqual(ids(queryCatalogue(cat, { text: '最低生活　出生' })), []); // ideographic space separates too
  // A term never matches across two fields.
  assert.deepEqual(ids(queryCatalogue(cat, { text: '保障办事' })), []);
});

test('every facet filters, OR within a facet and AND across facets', () => {
  assert.deepEqual(ids(queryCatalogue(cat, { area: ['HOUSEHOLD_REGISTRATION'] })), ['h1']);
  assert.deepEqual(ids(queryCatalogue(cat, { area: ['HOUSEHOLD_REGISTRATION', 'BUDGET_FINAL_ACCOUNTS'] })), ['b1', 'h1']);
  assert.deepEqual(ids(queryCatalogue(cat, { level: ['VILLAGE'] })), ['s2']);
  assert.deepEqual(ids(queryCatalogue(cat, { channel: ['DOOR_TO_DOOR', 'READING_POINT'] })), ['h1', 'e1']);
  assert.deepEqual(ids(queryCatalogue(cat, { audience: ['SPECIFIC'] })), ['s2']);
  assert.deepEqual(ids(queryCatalogue(cat, { mode: ['ON_REQUEST'] })), ['e1']);
  assert.deepEqual(ids(queryCatalogue(cat, { unit: ['county-finance'] })), ['b1', 'e1']);
  assert.deepEqual(ids(queryCatalogue(cat, { unit: ['county-finance'], mode: ['PROACTIVE'] })), ['b1']);
  assert.deepEqual(ids(queryCatalogue(cat, { area: ['SOCIAL_ASSISTANCE'], level: ['COUNTY'], text: '政策' })), ['s1']);
  // Empty lists do not filter; unknown values match nothing.
  assert.equal(queryCatalogue(cat, { area: [], unit: [] }).total, 6);
  assert.equal(queryCatalogue(cat, { unit: ['nobody'] }).total, 0);
});

test('facet counts ignore the facet’s own filter but apply the others and the text', () => {
  const all = queryCatalogue(cat);
  assert.equal(all.facets.area.SOCIAL_ASSISTANCE, 3);
  assert.equal(all.facets.area.BUDGET_FINAL_ACCOUNTS, 1);
  assert.equal(all.facets.area.WORK_SAFETY, 0);
  assert.equal(Object.keys(all.facets.area).length, 26);
  assert.deepEqual(all.facets.level, { COUNTY: 5, TOWNSHIP: 1, VILLAGE: 1 });
  assert.deepEqual(all.facets.mode, { PROACTIVE: 5, ON_REQUEST: 1 });
  assert.deepEqual(all.facets.audience, { PUBLIC: 5, SPECIFIC: 1 });
  assert.equal(all.facets.channel.GOV_WEBSITE, 4);
  assert.equal(all.facets.channel.OTHER, 0); // free-text channels are not the OTHER code
  assert.deepEqual(all.facets.unit, {
    'county-civil-affairs': 2,
    'county-education': 1,
    'county-finance': 2,
    'county-police': 1,
    'town-east': 1,
  });

  const r = queryCatalogue(cat, { area: ['SOCIAL_ASSISTANCE'], level: ['COUNTY'] });
  assert.deepEqual(ids(r), ['s1', 'a1']);
  // area counts: level=COUNTY applies, area filter does not.
  assert.equal(r.facets.area.SOCIAL_ASSISTANCE, 2);
  assert.equal(r.facets.area.HOUSEHOLD_REGISTRATION, 1);
  assert.equal(r.facets.area.BUDGET_FINAL_ACCOUNTS, 1);
  // level counts: area=SOCIAL_ASSISTANCE applies, level filter does not.
  assert.deepEqual(r.facets.level, { COUNTY: 2, TOWNSHIP: 1, VILLAGE: 1 });
  // other facets count the results.
  assert.deepEqual(r.facets.mode, { PROACTIVE: 2, ON_REQUEST: 0 });

  const t = queryCatalogue(cat, { text: '办法', mode: ['PROACTIVE'] });
  assert.deepEqual(ids(t), ['s2', 's1', 'a1']);
  // e1 (on request) also mentions 办法: the mode facet counts it, though the mode filter drops it.
  assert.deepEqual(t.facets.mode, { PROACTIVE: 3, ON_REQUEST: 1 });
});

test('paging keeps the total; matches give the ranges in the original text', () => {
  const r = queryCatalogue(cat, { text: '最低生活', offset: 2, limit: 1 });
  assert.equal(r.total, 3);
  assert.deepEqual(ids(r), ['a1']);
  assert.deepEqual(r.matches, [[{ field: 'item1', start: 0, end: 4 }]]);
  const fw = queryCatalogue(cat, { text: 'gb11643 guide' });
  const text = cat.items.find((i) => i.id === 'a1')!.content[0]!;
  assert.deepEqual(fw.matches, [
    [
      { field: 'content', index: 0, start: 0, end: 8 },
      { field: 'content', index: 1, start: 11, end: 16 },
    ],
  ]);
  assert.equal(text.slice(0, 8), 'ＧＢ　１１６４３');
  assert.equal(queryCatalogue(cat, { text: '政策', highlight: false }).matches, undefined);
  const two = queryCatalogue(cat, { text: '社会救助 办法' }).matches![0]!;
  assert.ok(two.every((m) => m.field === 'basis' || m.field === 'content'));
});

test('the index is built once per catalogue object and can be passed instead', () => {
  const a = createCatalogueIndex(cat);
  assert.equal(createCatalogueIndex(cat), a);
  const copy = { ...cat };
  assert.notEqual(createCatalogueIndex(copy), a);
  assert.deepEqual(ids(queryCatalogue(a, { text: '政策' })), ids(queryCatalogue(cat, { text: '政策' })));
  assert.equal(a.items.length, 6);
  const empty = queryCatalogue({ ...cat, items: [] }, { text: '政策', area: ['WORK_SAFETY'] });
  assert.equal(empty.total, 0);
  assert.equal(empty.facets.area.WORK_SAFETY, 0);
});
