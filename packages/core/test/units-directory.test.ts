import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toJSONSchema } from 'zod/mini';
import {
  createUnitDirectory,
  normalizeUnitName,
  UNIT_ID_PATTERN,
  UNIT_KINDS,
  UnitSchema,
  type Issue,
  type Unit,
  type UnitDirectory,
} from '../src/index.js';

const gov = { id: 'gov', name: '某某县人民政府', kind: 'county-government' };
const finance = { id: 'county-finance', name: '县财政局', kind: 'county-department', parent: 'gov' };
const hr = {
  id: 'county-hr',
  name: '县人力资源和社会保障局',
  shortName: '县人社局',
  aliases: ['县人力资源社会保障局'],
  kind: 'county-department',
  parent: 'gov',
};
const archives = { id: 'county-archives', name: '县档案馆（县史志办）', kind: 'county-institution', parent: 'gov' };
const town = { id: 'town-a', name: '甲镇', kind: 'township', parent: 'gov', example: true };
const village = { id: 'village-a', name: '甲村', kind: 'village', parent: 'town-a' };

function build(units: unknown[]): UnitDirectory {
  const r = createUnitDirectory(units);
  if (!r.ok) assert.fail(JSON.stringify(r.issues));
  return r.value;
}

function issuesOf(units: unknown): Issue[] {
  const r = createUnitDirectory(units as unknown[]);
  assert.equal(r.ok, false);
  return r.ok ? [] : r.issues;
}

test('builds a directory and looks units up by id, name, short name and alias', () => {
  const d = build([gov, finance, hr, archives, town, village]);
  assert.equal(d.size, 6);
  assert.equal(d.byId('county-finance')?.name, '县财政局');
  assert.equal(d.byId('nope'), undefined);
  assert.equal(d.byName('县财政局')?.id, 'county-finance');
  assert.equal(d.byName('县人社局')?.id, 'county-hr');
  assert.equal(d.byName('县人力资源和社会保障局')?.id, 'county-hr');
  assert.equal(d.byName('县人力资源社会保障局')?.id, 'county-hr');
  assert.equal(d.byName('县不存在局'), undefined);
  assert.deepEqual(
    d.all().map((u) => u.id),
    ['gov', 'county-finance', 'county-hr', 'county-archives', 'town-a', 'village-a'],
  );
  assert.deepEqual(
    d.ofKind('county-department', 'county-institution').map((u) => u.id),
    ['county-finance', 'county-hr', 'county-archives'],
  );
  assert.deepEqual(d.ofKind('community'), []);
  assert.deepEqual(
    d.childrenOf('gov').map((u) => u.id),
    ['county-finance', 'county-hr', 'county-archives', 'town-a'],
  );
  assert.deepEqual(
    d.childrenOf('town-a').map((u) => u.id),
    ['village-a'],
  );
  assert.equal(d.byId('town-a')?.example, true);
});

test('names match whatever the spaces and bracket widths', () => {
  const d = build([gov, finance, hr, archives]);
  assert.equal(d.byName(' 县 财政局 ')?.id, 'county-finance');
  assert.equal(d.byName('县\u3000人社局')?.id, 'county-hr');
  assert.equal(d.byName('县档案馆(县史志办)')?.id, 'county-archives');
  assert.equal(d.byName('县档案馆（县史志办）')?.id, 'county-archives');
  assert.equal(normalizeUnitName('县档案馆（县史志办）'), '县档案馆(县史志办)');
  assert.equal(normalizeUnitName(' 县 财政局\n'), '县财政局');
});

test('the county name in front of "县…" names is understood', () => {
  const d = build([gov, finance, hr]);
  assert.equal(d.byName('某某县财政局')?.id, 'county-finance');
  assert.equal(d.byName('某某县人社局')?.id, 'county-hr');
  assert.equal(d.byName('某某县人民政府')?.id, 'gov');
  // Without a county government there is no county name to add.
  const bare = build([{ ...finance, parent: undefined }]);
  assert.equal(bare.byName('某某县财政局'), undefined);
});

test('units are frozen copies of the input', () => {
  const input = { ...hr, parent: undefined, aliases: [...hr.aliases] };
  const d = build([input]);
  input.aliases.push('县人社');
  assert.equal(d.byName('县人社'), undefined);
  const u = d.byId('county-hr') as Unit;
  assert.ok(Object.isFrozen(u) && Object.isFrozen(u.aliases));
  assert.throws(() => (u.aliases as string[]).push('x'));
});

test('an empty list is a valid, empty directory', () => {
  const d = build([]);
  assert.equal(d.size, 0);
  assert.deepEqual(d.all(), []);
});

test('schema errors are located at the unit and its field', () => {
  const issues = issuesOf([
    { ...finance, id: 'County Finance' },
    { id: 'a', name: '甲' },
    { id: 'b', name: '乙', kind: 'ministry' },
    { ...town, example: false },
    { id: 'c', name: '', kind: 'other' },
    { id: 'd', name: '丁', kind: 'other', extra: 1 },
    '县财政局',
    { id: 'e', name: '戊', kind: 'other', aliases: ['己', 3] },
    { id: 'f', name: '庚', kind: 'other', parent: 'Not An Id' },
  ]);
  const at = issues.map((i) => [i.code, ...i.path].join(' '));
  assert.deepEqual(at, [
    'unit.invalid units 0 id',
    'unit.invalid units 1 kind',
    'unit.invalid units 2 kind',
    'unit.invalid units 3 example',
    'unit.invalid units 4 name',
    'unit.invalid units 5 extra',
    'unit.invalid units 6',
    'unit.invalid units 7 aliases 1',
    'unit.invalid units 8 parent',
  ]);
  assert.deepEqual(issues[0]?.params, { index: 0, field: 'id', problem: 'invalid_format' });
  assert.equal(issues[2]?.params?.field, 'kind');
  assert.match(String(issues[2]?.params?.allowed), /county-department/);
  assert.equal(issues[6]?.params?.field, '');
});

test('a list that is not an array is an issue, not an exception', () => {
  const issues = issuesOf({ units: [] });
  assert.deepEqual(issues, [{ code: 'unit.invalid', path: ['units'], params: { index: -1, field: '', problem: 'expected_array' } }]);
});

test('a duplicate id is located at the later unit', () => {
  const issues = issuesOf([gov, finance, { ...hr, id: 'county-finance' }]);
  assert.deepEqual(issues, [{ code: 'unit.duplicate-id', path: ['units', 2, 'id'], params: { id: 'county-finance', index: 2, first: 1 } }]);
});

test('a name, short name or alias that names two units is located', () => {
  const issues = issuesOf([
    gov,
    finance,
    hr,
    { id: 'x', name: '县 财政局', kind: 'other' },
    { id: 'y', name: '县人社', shortName: '县人社局', kind: 'other' },
    { id: 'z', name: '县审计局', aliases: ['县审计', '县人力资源社会保障局'], kind: 'other' },
  ]);
  assert.deepEqual(
    issues.map((i) => [i.code, i.path.join('.'), i.params?.other]),
    [
      ['unit.duplicate-name', 'units.3.name', 'county-finance'],
      ['unit.duplicate-name', 'units.4.shortName', 'county-hr'],
      ['unit.duplicate-name', 'units.5.aliases.1', 'county-hr'],
    ],
  );
  assert.equal(issues[0]?.params?.name, '县 财政局');
  assert.equal(issues[0]?.params?.first, 1);
});

test('a unit may repeat its own name as an alias', () => {
  const d = build([{ ...finance, parent: undefined, shortName: '县财政局', aliases: ['县财政局', '县 财政局'] }]);
  assert.equal(d.byName('县财政局')?.id, 'county-finance');
});

test('an unknown parent is located', () => {
  const issues = issuesOf([gov, { ...finance, parent: 'county-gov' }]);
  assert.deepEqual(issues, [
    { code: 'unit.unknown-parent', path: ['units', 1, 'parent'], params: { id: 'county-finance', parent: 'county-gov', index: 1 } },
  ]);
});

test('a unit that is its own ancestor is located', () => {
  const self = issuesOf([{ ...finance, parent: 'county-finance' }]);
  assert.deepEqual(
    self.map((i) => [i.code, i.path.join('.')]),
    [['unit.parent-cycle', 'units.0.parent']],
  );
  const loop = issuesOf([
    { id: 'a', name: '甲', kind: 'other', parent: 'b' },
    { id: 'b', name: '乙', kind: 'other', parent: 'a' },
    { id: 'c', name: '丙', kind: 'other', parent: 'a' },
  ]);
  assert.deepEqual(
    loop.map((i) => [i.code, i.path.join('.')]),
    [
      ['unit.parent-cycle', 'units.0.parent'],
      ['unit.parent-cycle', 'units.1.parent'],
    ],
  );
});

test('every problem is reported, not just the first', () => {
  const issues = issuesOf([gov, { id: 'bad', kind: 'other' }, { ...finance }, { ...finance, name: '县审计局' }, { ...hr, parent: 'nope' }]);
  assert.deepEqual(
    issues.map((i) => i.code),
    ['unit.invalid', 'unit.duplicate-id', 'unit.unknown-parent'],
  );
});

test('UnitSchema converts to a JSON Schema for other back ends', () => {
  const json = toJSONSchema(UnitSchema, { io: 'input', unrepresentable: 'any' }) as {
    required?: string[];
    additionalProperties?: boolean;
    properties?: Record<string, { enum?: string[]; pattern?: string }>;
  };
  assert.deepEqual(json.required, ['id', 'name', 'kind']);
  assert.equal(json.additionalProperties, false);
  assert.deepEqual(json.properties?.kind?.enum, [...UNIT_KINDS]);
  assert.equal(json.properties?.id?.pattern, UNIT_ID_PATTERN.source);
});
