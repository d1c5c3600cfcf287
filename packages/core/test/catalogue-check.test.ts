import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CATALOGUE_CHECKS,
  CatalogueSchema,
  checkCatalogue,
  createUnitDirectory,
  formatIssue,
  generateCatalogue,
  parseDeadline,
  queryCatalogue,
  type CatalogueItem,
} from '../src/index.js';
import { catalogueItem, catalogueOf } from './catalogue-fixtures.js';

const item = catalogueItem;
const cat = catalogueOf;
const codes = (items: CatalogueItem[], units?: Parameters<typeof checkCatalogue>[1]) =>
  checkCatalogue(cat(items), units).issues.map((i) => [i.itemId, i.code, i.severity, i.path.join('.')]);

const dir = createUnitDirectory([
  { id: 'gov', name: '示例县人民政府', kind: 'county-government' },
  { id: 'county-civil-affairs', name: '示例县民政局', shortName: '县民政局', kind: 'county-department', parent: 'gov' },
]);
if (!dir.ok) throw new Error('directory');

test('a clean item has no issue', () => {
  assert.deepEqual(checkCatalogue(cat([item('a'), item('b')])).issues, []);
  assert.deepEqual(checkCatalogue(cat([item('a')]), { units: dir.value }).issues, []);
});

test('missing basis', () => {
  assert.deepEqual(codes([item('a', { basis: [] })]), [['a', 'catalogue.check.basis-missing', 'error', 'items.0.basis']]);
});

test('missing or unparseable time limit', () => {
  assert.deepEqual(codes([item('a', { timeLimit: { text: ' ', rule: parseDeadline(' ') } })]), [
    ['a', 'catalogue.check.time-limit-missing', 'error', 'items.0.timeLimit'],
  ]);
  const odd = '看情况再说吧';
  assert.equal(parseDeadline(odd).kind, 'unparsed');
  const r = checkCatalogue(cat([item('a', { timeLimit: { text: odd, rule: parseDeadline(odd) } })])).issues;
  assert.deepEqual(
    r.map((i) => [i.code, i.severity]),
    [['catalogue.check.time-limit-unparsed', 'warning']],
  );
  assert.equal(r[0]!.params.text, odd);
  assert.equal(typeof r[0]!.params.reason, 'string');
});

test('subject resolving to no unit; ids the directory does not know; units the text would give', () => {
  assert.deepEqual(codes([item('a', { subject: { text: '某某机关', units: [] } })]), [
    ['a', 'catalogue.check.subject-unresolved', 'error', 'items.0.subject'],
  ]);
  assert.deepEqual(codes([item('a', { subject: { text: '某某机关', units: [] } })], { units: dir.value }), [
    ['a', 'catalogue.check.subject-unresolved', 'error', 'items.0.subject'],
  ]);
  const suggest = checkCatalogue(cat([item('a', { subject: { text: '县民政局', units: [] } })]), { units: dir.value }).issues;
  assert.deepEqual(
    suggest.map((i) => [i.code, i.severity, i.params.suggested]),
    [['catalogue.check.subject-units-missing', 'warning', 'county-civil-affairs']],
  );
  assert.deepEqual(codes([item('a', { subject: { text: '县民政局', units: ['county-civil-affairs', 'ghost'] } })], { units: dir.value }), [
    ['a', 'catalogue.check.unit-unknown', 'error', 'items.0.subject.units.1'],
  ]);
  // Without a directory unit ids are not looked up.
  assert.deepEqual(codes([item('a', { subject: { text: '县民政局', units: ['ghost'] } })]), []);
});

test('duplicate items: same id, or same area and item names', () => {
  assert.deepEqual(codes([item('a'), item('a', { item2: '其他' })]), [['a', 'catalogue.check.duplicate-id', 'error', 'items.1.id']]);
  const r = checkCatalogue(
    cat([item('a', { item2: '政策' }), item('b', { item2: ' 政策' }), item('c', { item2: '政策', area: 'ELDERLY_CARE' })]),
  ).issues;
  assert.deepEqual(
    r.map((i) => [i.itemId, i.code, i.severity, i.params.firstN, i.params.firstId]),
    [['b', 'catalogue.check.duplicate-item', 'warning', 1, 'a']],
  );
  // item3 distinguishes otherwise equal names.
  assert.deepEqual(codes([item('a', { item2: 'x', item3: '一' }), item('b', { item2: 'x', item3: '二' })]), []);
});

test('on request only without a reason', () => {
  assert.deepEqual(codes([item('a', { mode: ['ON_REQUEST'] })]), [['a', 'catalogue.check.on-request-no-reason', 'error', 'items.0.mode']]);
  assert.deepEqual(codes([item('a', { mode: ['ON_REQUEST'], reason: '涉及第三方个人信息' })]), []);
  assert.deepEqual(codes([item('a', { mode: ['PROACTIVE', 'ON_REQUEST'] })]), []);
});

test('empty channel list: no code and no free-text channel', () => {
  assert.deepEqual(codes([item('a', { channels: [] })]), [['a', 'catalogue.check.no-channel', 'error', 'items.0.channels']]);
  assert.deepEqual(codes([item('a', { channels: [], channelsOther: ['12345政务服务热线'] })]), []);
});

test('village level without the notice board', () => {
  assert.deepEqual(codes([item('a', { level: ['TOWNSHIP', 'VILLAGE'] })]), [
    ['a', 'catalogue.check.village-no-notice-board', 'warning', 'items.0.channels'],
  ]);
  assert.deepEqual(codes([item('a', { level: ['VILLAGE'], channels: ['NOTICE_BOARD'] })]), []);
  assert.deepEqual(codes([item('a', { level: ['TOWNSHIP'] })]), []);
});

test('issues carry item number, id and column, and render in both languages', () => {
  const issues = checkCatalogue(cat([item('a'), item('b', { basis: [], channels: [] })])).issues;
  assert.equal(issues.length, 2);
  for (const i of issues) {
    assert.equal(i.params.n, 2);
    assert.equal(i.params.itemId, 'b');
    assert.equal(i.severity, CATALOGUE_CHECKS[i.code as keyof typeof CATALOGUE_CHECKS]);
  }
  assert.equal(formatIssue('zh-CN', issues[0]!), '第 2 项 (items[1]) 未填写 公开依据');
  assert.equal(formatIssue('en', issues[0]!), 'Item 2 (items[1]) gives no basis');
});

test('generateCatalogue: exactly count items, valid, deterministic, searchable', () => {
  for (const n of [0, 1, 257]) assert.equal(generateCatalogue(n, 1).items.length, n);
  const a = generateCatalogue(500, 42);
  const b = generateCatalogue(500, 42);
  assert.deepEqual(a, b);
  assert.notDeepEqual(generateCatalogue(500, 43).items, a.items);
  assert.ok(CatalogueSchema.safeParse(a).success);
  assert.equal(new Set(a.items.map((i) => i.id)).size, 500);
  const errors = checkCatalogue(a).issues.filter((i) => i.severity === 'error');
  assert.deepEqual(errors, []);
  const areas = new Set(a.items.map((i) => i.area));
  assert.ok(areas.size >= 20);
  assert.ok(queryCatalogue(a, { text: '补贴' }).total > 0);
});
