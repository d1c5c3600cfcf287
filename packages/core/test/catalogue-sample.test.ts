import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CATALOGUE_AREA_CODES,
  CatalogueItemSchema,
  CatalogueSchema,
  CHANNEL_CODES,
  badCatalogueFixtures,
  badCatalogueItems,
  checkCatalogue,
  createUnitDirectory,
  parseDeadline,
  resolveUnits,
  sampleCatalogue,
  sampleUnitData,
  sampleUnits,
  UnitSchema,
  type StandardCatalogue,
} from '../src/index.js';

test('sampleUnits: every unit validates, ids are unique, and the directory builds', () => {
  const r = createUnitDirectory([...sampleUnitData]);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  assert.equal(sampleUnits.size, sampleUnitData.length);
  const ids = new Set<string>();
  for (const u of sampleUnitData) {
    assert.deepEqual(UnitSchema.parse(u), u, u.id);
    assert.ok(!ids.has(u.id), `duplicate ${u.id}`);
    ids.add(u.id);
    assert.equal(u.example, true, `${u.id} is marked as an example`);
  }
});

test('sampleUnits: a fictional county with departments, institutions, townships and villages', () => {
  assert.equal(sampleUnits.byName('示范县人民政府')?.kind, 'county-government');
  assert.ok(sampleUnits.ofKind('county-department').length >= 18);
  assert.ok(sampleUnits.ofKind('county-institution').length >= 4);
  const towns = sampleUnits.ofKind('township', 'subdistrict');
  assert.ok(towns.length >= 4 && towns.length <= 6);
  const villages = sampleUnits.ofKind('village', 'community');
  assert.ok(villages.length >= 2 && villages.length <= 3);
  for (const v of villages)
    assert.ok(
      towns.some((t) => t.id === v.parent),
      `${v.id} belongs to a township`,
    );
  assert.equal(sampleUnits.byName('县税务局')?.kind, 'other');
  // Short names and aliases as catalogues write them
  assert.equal(sampleUnits.byName('县人社局')?.id, 'county-human-resources');
  assert.equal(sampleUnits.byName('县发改局')?.id, 'county-development-reform');
  assert.equal(sampleUnits.byName('县自然资源局')?.id, 'county-natural-resources');
  assert.equal(sampleUnits.byName('示范县财政局')?.id, 'county-finance');
});

test('sampleCatalogue: at least 120 items over at least 8 areas, schema-valid, issued by the fictional county', () => {
  const items = sampleCatalogue.items;
  assert.ok(items.length >= 120, `${items.length} items`);
  const areas = new Set(items.map((i) => i.area));
  assert.ok(areas.size >= 8, `${areas.size} areas`);
  for (const a of areas) assert.ok((CATALOGUE_AREA_CODES as readonly string[]).includes(a));
  assert.equal(sampleCatalogue.issuer, '示范县人民政府办公室');
  const parsed = CatalogueSchema.safeParse(JSON.parse(JSON.stringify(sampleCatalogue)));
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues.slice(0, 3)));
  assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'ids are unique');
});

test('sampleCatalogue: every subject resolves fully, and its units are those of the text', () => {
  for (const item of sampleCatalogue.items) {
    const r = resolveUnits(item.subject.text, sampleUnits);
    assert.deepEqual(r.unresolved, [], `${item.id}: ${item.subject.text}`);
    assert.equal(r.needsChoice, false, item.id);
    assert.ok(item.subject.units.length > 0, item.id);
    assert.deepEqual(
      item.subject.units,
      r.units.map((u) => u.id),
      item.id,
    );
    for (const id of item.subject.units) assert.ok(sampleUnits.byId(id), `${item.id}: ${id}`);
  }
});

test('sampleCatalogue: every time limit parses, and the rule is the parse of the text', () => {
  for (const item of sampleCatalogue.items) {
    const rule = item.timeLimit.rule;
    assert.notEqual(rule.kind, 'unparsed', `${item.id}: ${item.timeLimit.text}`);
    if (rule.kind === 'compound') for (const p of rule.parts) assert.notEqual(p.kind, 'unparsed', item.id);
    assert.deepEqual(rule, parseDeadline(item.timeLimit.text), item.id);
  }
});

test('sampleCatalogue: columns are filled as the rules require', () => {
  for (const item of sampleCatalogue.items) {
    assert.ok(item.basis.length > 0 && item.content.length > 0, item.id);
    assert.ok(item.channels.length > 0, item.id);
    for (const c of item.channels) assert.ok((CHANNEL_CODES as readonly string[]).includes(c), `${item.id}: ${c}`);
    if (item.channelsOther.length > 0) assert.ok(item.channels.includes('OTHER'), `${item.id}: free-text channels tick OTHER`);
    assert.ok(item.audience.length > 0 && item.mode.length > 0 && item.level.length > 0, item.id);
    if (item.level.includes('VILLAGE'))
      assert.ok(item.channels.includes('NOTICE_BOARD'), `${item.id}: village level uses the notice board`);
    if (item.mode.every((m) => m === 'ON_REQUEST')) assert.ok(item.reason, `${item.id}: on request only gives a reason`);
    for (const l of item.links ?? []) assert.match(l.url, /^https:\/\/www\.example\.gov\.cn\//, item.id);
  }
  const all = sampleCatalogue.items;
  assert.ok(all.some((i) => i.level.includes('VILLAGE')));
  assert.ok(all.some((i) => i.mode.length === 1 && i.mode[0] === 'ON_REQUEST'));
  assert.ok(all.some((i) => i.links && i.links.length > 0));
  assert.ok(all.some((i) => i.audience.includes('SPECIFIC')));
});

test('sampleCatalogue: the basis column cites only documents named in the regulations reference', () => {
  const named = [
    '中华人民共和国政府信息公开条例',
    '关于全面推进基层政务公开标准化规范化工作的指导意见',
    '关于全面推进政务公开工作的意见',
    '重大行政决策程序暂行条例',
    '社会救助暂行办法',
    '民办函〔2019〕52号',
    '国发〔2012〕45号',
    '最低生活保障审核确认办法',
    '中华人民共和国预算法',
    '地方预决算公开操作规程',
    '地方政府债务信息公开办法（试行）',
    '中华人民共和国户口登记条例',
    '中国公民收养子女登记办法',
    '中华人民共和国国籍法',
    '中华人民共和国农业机械化促进法',
    '农业生产发展资金管理办法',
    '中华人民共和国土地管理法',
    '国发〔2004〕28号',
    '中华人民共和国行政处罚法',
    '中华人民共和国就业促进法',
    '人力资源市场暂行条例',
    '“七五”普法规划',
  ];
  for (const item of sampleCatalogue.items) {
    for (const b of item.basis)
      assert.ok(
        named.some((n) => b.includes(n)),
        `${item.id}: ${b}`,
      );
  }
});

test('sampleCatalogue passes checkCatalogue with no errors', () => {
  const { issues } = checkCatalogue(sampleCatalogue, { units: sampleUnits });
  const errors = issues.filter((i) => i.severity === 'error');
  assert.deepEqual(errors, []);
});

const withItem = (item: unknown): StandardCatalogue => ({
  ...sampleCatalogue,
  items: [...sampleCatalogue.items, CatalogueItemSchema.parse(item)],
});

test('badCatalogueItems: one fixture per checkCatalogue rule, each tripping its rule on its own row', () => {
  assert.equal(badCatalogueItems.length, badCatalogueFixtures.length);
  const checks = badCatalogueFixtures.filter((f) => f.kind === 'check');
  for (const code of [
    'catalogue.check.basis-missing',
    'catalogue.check.time-limit-missing',
    'catalogue.check.time-limit-unparsed',
    'catalogue.check.subject-unresolved',
    'catalogue.check.duplicate-id',
    'catalogue.check.duplicate-item',
    'catalogue.check.on-request-no-reason',
    'catalogue.check.no-channel',
    'catalogue.check.village-no-notice-board',
  ]) {
    assert.ok(
      checks.some((f) => f.expect === code),
      code,
    );
  }
  const last = sampleCatalogue.items.length;
  for (const f of checks) {
    const { issues } = checkCatalogue(withItem(f.item), { units: sampleUnits });
    const own = issues.filter((i) => i.path[1] === last);
    assert.deepEqual(
      own.map((i) => i.code),
      [f.expect],
      `${f.note}: ${JSON.stringify(own)}`,
    );
    // Nothing else in the catalogue changes.
    assert.deepEqual(
      issues.filter((i) => i.path[1] !== last && i.severity === 'error'),
      [],
      f.note,
    );
  }
});

test('badCatalogueItems: the schema fixtures fail CatalogueItemSchema at their field', () => {
  const schema = badCatalogueFixtures.filter((f) => f.kind === 'schema');
  for (const field of ['links', 'channels', 'item1'])
    assert.ok(
      schema.some((f) => f.expect === field),
      field,
    );
  for (const f of schema) {
    const r = CatalogueItemSchema.safeParse(f.item);
    assert.equal(r.success, false, f.note);
    if (!r.success) assert.deepEqual([...new Set(r.error.issues.map((zi) => zi.path[0]))], [f.expect], f.note);
  }
});
