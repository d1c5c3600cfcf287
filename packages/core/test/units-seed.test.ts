import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { COUNTY_LEVEL_KINDS, resolveUnits, seedUnitData, seedUnits, UnitSchema, type Unit } from '../src/index.js';
import { dataDir } from './helpers.js';

const planText = readFileSync(`${dataDir}/seed/wenshang-2020-plan.txt`, 'utf8');

/** The seed plan's rows: fields start at a tab at the start of a line; rows are split by empty lines. */
function rows(): { number: string; units: string; deadline: string }[] {
  return planText
    .split('\n\n')
    .map((block) => block.split(/(?:^|\n)\t/))
    .filter((f) => f.length === 5 && /^\d{4}年/.test(f[4] ?? '') && f[1] !== '工作任务')
    .map((f) => ({ number: (f[1] ?? '').trim(), units: (f[2] ?? '').trim(), deadline: (f[4] ?? '').trim() }));
}

const ids = (units: readonly Unit[]) => units.map((u) => u.id);
const countyLevel = () => ids(seedUnits.ofKind(...COUNTY_LEVEL_KINDS));
const towns = () => ids(seedUnits.ofKind('township', 'subdistrict'));

const ALL_AND_TOWNS = '县直各部门、单位；\n各乡镇（街道）';

test('the seed data validates with UnitSchema, and every unit has an id and a kind', () => {
  assert.equal(seedUnits.size, seedUnitData.length);
  const seen = new Set<string>();
  for (const u of seedUnitData) {
    assert.deepEqual(UnitSchema.parse(u), u, u.id);
    assert.ok(u.id && u.kind, u.name);
    assert.ok(!seen.has(u.id), `duplicate ${u.id}`);
    seen.add(u.id);
  }
});

test('the seed holds the county government and a handful of example townships', () => {
  assert.deepEqual(ids(seedUnits.ofKind('county-government')), ['county-government']);
  assert.equal(seedUnits.byName('汶上县人民政府')?.kind, 'county-government');
  const examples = seedUnitData.filter((u) => u.example);
  assert.ok(examples.length >= 5 && examples.length <= 6);
  assert.deepEqual(
    examples.map((u) => u.id),
    towns(),
  );
  for (const u of examples) assert.ok(u.kind === 'township' || u.kind === 'subdistrict');
  for (const u of seedUnitData.filter((x) => !x.example)) assert.ok(u.kind !== 'township' && u.kind !== 'subdistrict');
  assert.equal(seedUnits.byName('中都街道')?.example, true);
});

test('the seed plan has 19 rows, and every unit cell resolves with nothing unresolved', () => {
  const all = rows();
  assert.equal(all.length, 19);
  for (const r of all) {
    const res = resolveUnits(r.units, seedUnits);
    assert.deepEqual(res.unresolved, [], r.units);
    assert.equal(res.needsChoice, false, r.units);
    assert.ok(res.units.length > 0, r.units);
    assert.deepEqual(res.cooperating, [], r.units);
    assert.deepEqual(ids(res.lead), ids(res.units));
  }
});

test('each unit cell of the seed plan expands as written', () => {
  const cells = rows().map((r) => r.units);
  const row1 = cells[0] as string;
  const byCell = new Map<string, number>();
  for (const c of cells) byCell.set(c, (byCell.get(c) ?? 0) + 1);
  assert.equal(byCell.get(ALL_AND_TOWNS), 11, 'rows 2–7, 8, 10, 11, 12 and 13(3) read 县直各部门、单位；各乡镇（街道）');
  assert.equal(byCell.get('县政府办公室'), 4, 'rows 11(2), 12(2), 13(1) and 13(2)');

  // Row 1: 22 named units, then every township.
  const r1 = resolveUnits(row1, seedUnits);
  const named = row1.split('；')[0]?.split('、') ?? [];
  assert.equal(named.length, 22);
  assert.deepEqual(ids(r1.units), [...named.map((n) => seedUnits.byName(n)?.id), ...towns()]);
  assert.ok(ids(r1.units).includes('county-tax'));
  assert.deepEqual(
    r1.groups.map((g) => g.kind),
    [...named.map(() => 'unit'), 'all-townships'],
  );

  // 县直各部门、单位；各乡镇（街道）
  const r2 = resolveUnits(ALL_AND_TOWNS, seedUnits);
  assert.deepEqual(ids(r2.units), [...countyLevel(), ...towns()]);
  assert.deepEqual(
    r2.groups.map((g) => [g.kind, g.text, g.units.length]),
    [
      ['all-county', '县直各部门、单位', countyLevel().length],
      ['all-townships', '各乡镇（街道）', towns().length],
    ],
  );
  assert.ok(!ids(r2.units).includes('county-tax'), '县税务局 is vertically managed, not 县直');
  assert.ok(!ids(r2.units).includes('county-government'));

  // Row 8 (second part) and row 9: named units 等县直有关部门、单位.
  const expectRelated = (cell: string, expected: string[]) => {
    assert.ok(cells.includes(cell), cell);
    const r = resolveUnits(cell, seedUnits);
    assert.deepEqual(ids(r.units), expected);
    assert.equal(r.needsChoice, false);
    assert.equal(r.groups.length, 1);
    assert.deepEqual([r.groups[0]?.kind, r.groups[0]?.text], ['related', cell]);
  };
  expectRelated('县档案馆、县行政审批服务局、县自然资源和规划局、县人力资源和社会保障局、县文化和旅游局等县直有关部门、单位', [
    'county-archives',
    'county-administrative-approval',
    'county-natural-resources',
    'county-human-resources',
    'county-culture-tourism',
  ]);
  expectRelated('县行政审批服务局、县自然资源和规划局、县人力资源和社会保障局、县文化和旅游局、县大数据事务中心等县直有关部门、单位', [
    'county-administrative-approval',
    'county-natural-resources',
    'county-human-resources',
    'county-culture-tourism',
    'county-big-data',
  ]);
  expectRelated('县行政审批服务局、县自然资源和规划局、县人力资源和社会保障局、县文化和旅游局等县直有关部门、单位', [
    'county-administrative-approval',
    'county-natural-resources',
    'county-human-resources',
    'county-culture-tourism',
  ]);

  // 县政府办公室
  assert.deepEqual(ids(resolveUnits('县政府办公室', seedUnits).units), ['county-government-office']);
  assert.equal(byCell.size, 6);
});

test('every unit the seed plan names anywhere is in the seed directory', () => {
  const names = [
    // The 主体责任单位 column
    ...'县扶贫办、县发展和改革局、县教育和体育局、县自然资源和规划局、县财政局、县公安局、县民政局、县司法局、县人力资源和社会保障局、县生态环境局、县住房和城乡建设局、县综合行政执法局、县农业农村局、县文化和旅游局、县卫生健康局、县应急管理局、县行政审批服务局、县市场监管局、县医疗保障局、县公共资源交易服务中心、县住房保障中心、县税务局'.split(
      '、',
    ),
    '县档案馆',
    '县大数据事务中心',
    '县政府办公室',
    // The text, the issuer and the 抄送 line
    '县政府',
    '汶上县人民政府办公室',
    '县人大常委会办公室',
    '县政协办公室',
    '县人武部',
    '县法院',
    '县检察院',
  ];
  for (const n of names) {
    assert.ok(planText.includes(n), `${n} is in the plan`);
    assert.ok(seedUnits.byName(n), n);
  }
});

test('the usual short names and aliases find their units', () => {
  const cases: [string, string][] = [
    ['县人社局', 'county-human-resources'],
    ['县发改局', 'county-development-reform'],
    ['县教体局', 'county-education-sports'],
    ['县自然资源局', 'county-natural-resources'],
    ['县住建局', 'county-housing-construction'],
    ['县执法局', 'county-law-enforcement'],
    ['县农业农村局', 'county-agriculture'],
    ['县文旅局', 'county-culture-tourism'],
    ['县卫健局', 'county-health'],
    ['县应急局', 'county-emergency'],
    ['县审批局', 'county-administrative-approval'],
    ['县行政审批局', 'county-administrative-approval'],
    ['县市场监管局', 'county-market-regulation'],
    ['县市场监督管理局', 'county-market-regulation'],
    ['县医保局', 'county-healthcare-security'],
    ['县公共资源交易中心', 'county-public-resources-trading'],
    ['县大数据中心', 'county-big-data'],
    ['县扶贫办', 'county-poverty-alleviation'],
    ['县税务局', 'county-tax'],
    ['国家税务总局汶上县税务局', 'county-tax'],
    ['汶上县财政局', 'county-finance'],
    ['汶上县人民政府', 'county-government'],
  ];
  for (const [name, id] of cases) assert.equal(seedUnits.byName(name)?.id, id, name);
});

test('resolving the same cell again gives the same answer', () => {
  for (const c of rows().map((r) => r.units)) {
    const first = resolveUnits(c, seedUnits);
    for (let i = 0; i < 20; i++) assert.deepEqual(resolveUnits(c, seedUnits), first);
  }
});
