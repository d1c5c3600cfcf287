import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COUNTY_LEVEL_KINDS, createUnitDirectory, resolveUnits, seedUnits, type Unit, type UnitDirectory } from '../src/index.js';

const ids = (units: readonly Unit[]) => units.map((u) => u.id);
const countyLevel = ids(seedUnits.ofKind(...COUNTY_LEVEL_KINDS));
const towns = ids(seedUnits.ofKind('township', 'subdistrict'));
const r = (expression: string) => resolveUnits(expression, seedUnits);

test('a named unit, by name, short name or alias', () => {
  assert.deepEqual(ids(r('县财政局').units), ['county-finance']);
  assert.deepEqual(ids(r('县人社局').units), ['county-human-resources']);
  assert.deepEqual(ids(r(' 县人力资源和社会保障局 ').units), ['county-human-resources']);
  const one = r('县审批局');
  assert.deepEqual(one.groups, [
    {
      text: '县审批局',
      kind: 'unit',
      role: 'lead',
      units: [seedUnits.byId('county-administrative-approval')],
      unresolved: [],
      needsChoice: false,
    },
  ]);
  assert.equal(one.needsChoice, false);
});

test('lists separated by 、 ；, line breaks and commas', () => {
  const expected = ['county-finance', 'county-civil-affairs', 'county-justice'];
  for (const text of [
    '县财政局、县民政局、县司法局',
    '县财政局；县民政局；县司法局',
    '县财政局\n县民政局\r\n县司法局',
    '县财政局；\n县民政局；\n县司法局；',
    '县财政局，县民政局,县司法局',
    '县财政局;县民政局、\n县司法局',
  ]) {
    const res = r(text);
    assert.deepEqual(ids(res.units), expected, text);
    assert.deepEqual(res.unresolved, [], text);
  }
});

test('县直各部门、单位 is every county-level unit; 各乡镇（街道） every township and subdistrict', () => {
  assert.deepEqual(ids(r('县直各部门、单位').units), countyLevel);
  assert.ok(
    countyLevel.includes('county-government-office') && countyLevel.includes('county-archives') && countyLevel.includes('county-finance'),
  );
  for (const text of ['县直各部门单位', '县直各部门', '县直各单位', '县直各部门（单位）'])
    assert.deepEqual(ids(r(text).units), countyLevel, text);
  for (const text of [
    '各乡镇（街道）',
    '各乡镇(街道)',
    '各乡镇 （ 街道 ）',
    '各乡镇、街道',
    '各乡镇（街道办事处）',
    '各镇街',
    '各镇街道',
    '各镇（街道）',
  ]) {
    const res = r(text);
    assert.deepEqual(ids(res.units), towns, text);
    assert.deepEqual(
      res.groups.map((g) => [g.kind, g.text]),
      [['all-townships', text.trim()]],
    );
  }
  assert.deepEqual(ids(r('各乡镇').units), ids(seedUnits.ofKind('township')));
  assert.deepEqual(ids(r('各街道').units), ids(seedUnits.ofKind('subdistrict')));
  assert.deepEqual(ids(r('县直各部门、单位；\n各乡镇（街道）').units), [...countyLevel, ...towns]);
});

test('县直有关部门、单位 takes the units named with it in the same clause', () => {
  const res = r('县档案馆、县行政审批服务局等县直有关部门、单位');
  assert.deepEqual(ids(res.units), ['county-archives', 'county-administrative-approval']);
  assert.equal(res.needsChoice, false);
  assert.deepEqual(
    res.groups.map((g) => [g.kind, g.text, g.needsChoice]),
    [['related', '县档案馆、县行政审批服务局等县直有关部门、单位', false]],
  );
  // Named after the phrase, in brackets or after a colon.
  assert.deepEqual(ids(r('县直有关部门（县财政局、县民政局）').units), ['county-finance', 'county-civil-affairs']);
  assert.deepEqual(ids(r('县直有关部门：县财政局、县民政局').units), ['county-finance', 'county-civil-affairs']);
  // 县直有关部门 alone (no 单位), 相关, 县直各有关部门.
  for (const text of ['县财政局等县直有关部门', '县财政局等县直相关部门', '县财政局等县直各有关部门']) {
    const one = r(text);
    assert.deepEqual(ids(one.units), ['county-finance'], text);
    assert.equal(one.groups[0]?.kind, 'related', text);
  }
});

test('县直有关部门 with no unit named needs a choice', () => {
  for (const text of ['县直有关部门', '县直有关部门、单位', '县直有关单位']) {
    const res = r(text);
    assert.deepEqual(res.units, [], text);
    assert.equal(res.needsChoice, true, text);
    assert.deepEqual(
      res.groups.map((g) => [g.kind, g.text, g.needsChoice]),
      [['related', text, true]],
    );
  }
  // A unit in another clause is not "next to" it.
  const apart = r('县政府办公室；县直有关部门');
  assert.deepEqual(ids(apart.units), ['county-government-office']);
  assert.equal(apart.needsChoice, true);
  assert.deepEqual(
    apart.groups.map((g) => g.kind),
    ['unit', 'related'],
  );
  // 各乡镇（街道）、县直有关部门 (as the plan's text writes it): townships, and a choice to make.
  const text = r('各乡镇（街道）、县直有关部门');
  assert.deepEqual(ids(text.units), towns);
  assert.equal(text.needsChoice, true);
});

test('unresolved names are reported, never dropped', () => {
  const res = r('县直各部门、单位；县不存在局');
  assert.deepEqual(res.unresolved, ['县不存在局']);
  assert.deepEqual(ids(res.units), countyLevel);
  assert.deepEqual(res.groups[1], {
    text: '县不存在局',
    kind: 'unresolved',
    role: 'lead',
    units: [],
    unresolved: ['县不存在局'],
    needsChoice: false,
  });
  // Inside a related group: the group keeps what it found; the name is still reported.
  const related = r('县不存在局、县财政局等县直有关部门、单位');
  assert.deepEqual(ids(related.units), ['county-finance']);
  assert.deepEqual(related.unresolved, ['县不存在局']);
  assert.deepEqual(related.groups[0]?.unresolved, ['县不存在局']);
  assert.equal(related.needsChoice, false);
  // Once each, as written (without 等), in order of first mention.
  assert.deepEqual(r('县甲局、县乙局；县甲局、县 乙局等').unresolved, ['县甲局', '县乙局']);
  assert.deepEqual(r('各村（居）').unresolved, ['各村（居）']);
});

test('units are listed once, in the order of first mention', () => {
  const res = r('县财政局、县直各部门、单位；县财政局；县人社局、县人力资源和社会保障局');
  assert.equal(res.units[0]?.id, 'county-finance');
  assert.deepEqual(ids(res.units), ['county-finance', ...countyLevel.filter((id) => id !== 'county-finance')]);
  assert.equal(new Set(res.units).size, res.units.length);
  assert.deepEqual(ids(r('县民政局、县财政局、县民政局').units), ['county-civil-affairs', 'county-finance']);
  assert.deepEqual(ids(r('各乡镇（街道）；南站镇').units), towns);
  assert.deepEqual(ids(r('南站镇、各乡镇（街道）').units), ['township-nanzhan', ...towns.filter((id) => id !== 'township-nanzhan')]);
});

test('a trailing 等 and a leading 及 or 和 are not part of the name', () => {
  assert.deepEqual(ids(r('县财政局、县民政局等').units), ['county-finance', 'county-civil-affairs']);
  assert.deepEqual(ids(r('县财政局及县民政局').units), [], 'no separator: one name, unresolved');
  assert.deepEqual(ids(r('县财政局、及县民政局').units), ['county-finance', 'county-civil-affairs']);
  assert.deepEqual(ids(r('县财政局、和县民政局').units), ['county-finance', 'county-civil-affairs']);
});

test('labelled roles: 牵头单位 and 配合单位', () => {
  const res = r('牵头单位：县政府办公室；配合单位：县财政局、县人社局');
  assert.deepEqual(ids(res.lead), ['county-government-office']);
  assert.deepEqual(ids(res.cooperating), ['county-finance', 'county-human-resources']);
  assert.deepEqual(ids(res.units), ['county-government-office', 'county-finance', 'county-human-resources']);
  assert.deepEqual(
    res.groups.map((g) => g.role),
    ['lead', 'cooperating', 'cooperating'],
  );
  const half = r('牵头部门: 县财政局\n协办单位: 县直各部门、单位');
  assert.deepEqual(ids(half.lead), ['county-finance']);
  assert.deepEqual(
    ids(half.cooperating),
    countyLevel.filter((id) => id !== 'county-finance'),
    'a lead unit is not also cooperating',
  );
  assert.deepEqual(ids(half.units), ['county-finance', ...countyLevel.filter((id) => id !== 'county-finance')]);
});

test('suffixed roles: X牵头，Y配合', () => {
  const res = r('县政府办公室牵头，县财政局、县民政局配合');
  assert.deepEqual(ids(res.lead), ['county-government-office']);
  assert.deepEqual(ids(res.cooperating), ['county-finance', 'county-civil-affairs']);
  assert.deepEqual(res.unresolved, []);
  const groups = r('由县财政局牵头，各乡镇（街道）配合');
  assert.deepEqual(ids(groups.lead), ['county-finance']);
  assert.deepEqual(ids(groups.cooperating), towns);
  const bracket = r('县政府办公室（牵头）、县财政局（配合）');
  assert.deepEqual(ids(bracket.lead), ['county-government-office']);
  assert.deepEqual(ids(bracket.cooperating), ['county-finance']);
  const clauses = r('县政府办公室牵头；县财政局、县民政局参与');
  assert.deepEqual(ids(clauses.cooperating), ['county-finance', 'county-civil-affairs']);
});

test('without roles in the text every unit leads', () => {
  const res = r('县财政局、县民政局；各乡镇（街道）');
  assert.deepEqual(ids(res.lead), ids(res.units));
  assert.deepEqual(res.cooperating, []);
});

test('an empty expression resolves to nothing', () => {
  for (const text of ['', '  ', '；\n、']) {
    assert.deepEqual(r(text), { units: [], unresolved: [], needsChoice: false, lead: [], cooperating: [], groups: [] });
  }
});

test('works with any directory', () => {
  const built = createUnitDirectory([
    { id: 'gov', name: '某县人民政府', kind: 'county-government' },
    { id: 'office', name: '县政府办公室', kind: 'county-office', parent: 'gov' },
    { id: 'audit', name: '县审计局', kind: 'county-department', parent: 'gov' },
    { id: 'town', name: '甲乡', kind: 'township', parent: 'gov' },
    { id: 'village', name: '甲村', kind: 'village', parent: 'town' },
  ]);
  assert.ok(built.ok);
  const d: UnitDirectory = built.value;
  const res = resolveUnits('县直各部门、单位；各乡镇（街道）；甲村；某县审计局', d);
  assert.deepEqual(ids(res.units), ['office', 'audit', 'town', 'village']);
  assert.deepEqual(res.unresolved, []);
  assert.deepEqual(resolveUnits('县财政局', d).unresolved, ['县财政局']);
});

test('returned lists are the caller’s to change', () => {
  const a = r('县直各部门、单位');
  a.units.pop();
  a.groups[0]?.units.pop();
  assert.deepEqual(ids(r('县直各部门、单位').units), countyLevel);
  assert.deepEqual(ids(seedUnits.ofKind(...COUNTY_LEVEL_KINDS)), countyLevel);
});
