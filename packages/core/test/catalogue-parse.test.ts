import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  areaByName,
  CATALOGUE_AREAS,
  CatalogueItemSchema,
  CatalogueSchema,
  CHANNEL_CODES,
  createUnitDirectory,
  formatIssue,
  mergeCatalogues,
  parseCatalogue,
  parseDeadline,
  type CatalogueItem,
  type StandardCatalogue,
} from '../src/index.js';
import { catalogueItem } from './catalogue-fixtures.js';

const item = (id: string, over: Partial<CatalogueItem> = {}) => catalogueItem(id, { content: ['办理事项、条件、低保标准'], ...over });
const cat = (items: unknown[], over: Record<string, unknown> = {}) => ({
  issuer: '示例县人民政府',
  level: 'COUNTY',
  versionDate: '2024-03-01',
  items,
  ...over,
});

const dir = createUnitDirectory([
  { id: 'gov', name: '示例县人民政府', kind: 'county-government' },
  { id: 'county-civil-affairs', name: '示例县民政局', shortName: '县民政局', kind: 'county-department', parent: 'gov' },
  { id: 'county-finance', name: '示例县财政局', shortName: '县财政局', kind: 'county-department', parent: 'gov' },
]);
if (!dir.ok) throw new Error('directory');

test('the 26 areas, in the seed order, with codes, aliases and issuing ministries', () => {
  assert.equal(CATALOGUE_AREAS.length, 26);
  assert.equal(new Set(CATALOGUE_AREAS.map((a) => a.code)).size, 26);
  assert.deepEqual(
    CATALOGUE_AREAS.map((a) => a.name).join('、'),
    '国土空间规划、重大建设项目、公共资源交易、财政预决算、安全生产、税收管理、征地补偿、国有土地上房屋征收、保障性住房、农村危房改造、环境保护、公共文化服务、公共法律服务、扶贫、救灾、食品药品监管、城市综合执法、就业创业、社会保险、社会救助、养老服务、户籍管理、涉农补贴、义务教育、医疗卫生、市政服务',
  );
  for (const a of CATALOGUE_AREAS) assert.ok(a.issuedBy.length > 0, a.code);
  assert.deepEqual(areaByName('社会救助')?.issuedBy, ['民政部']);
  assert.equal(areaByName('城乡规划')?.code, 'LAND_SPACE_PLANNING');
  assert.equal(areaByName('乡村振兴')?.code, 'POVERTY_ALLEVIATION');
  assert.equal(areaByName('拆迁安置')?.code, 'HOUSING_EXPROPRIATION');
  assert.equal(areaByName(' 生态 环境 ')?.code, 'ENVIRONMENTAL_PROTECTION');
  assert.equal(areaByName('MUNICIPAL_SERVICES')?.name, '市政服务');
  assert.equal(areaByName('不存在'), undefined);
  assert.equal(CHANNEL_CODES.length, 13);
});

test('a valid catalogue parses with no issue', () => {
  const r = parseCatalogue(cat([item('a'), item('b')]));
  assert.equal(r.ok, true);
  assert.deepEqual(r.issues, []);
  assert.equal(r.value?.items.length, 2);
  assert.ok(CatalogueSchema.safeParse(r.value).success);
});

test('invalid items give located issues with the item number and column; valid items are kept', () => {
  const missing = { ...item('b') } as Record<string, unknown>;
  delete missing.timeLimit;
  const r = parseCatalogue(
    cat([
      item('a'),
      missing,
      { ...item('c'), channels: ['WEBSITE'] },
      7,
      { ...item('e'), links: [{ title: '通知', url: 'javascript:alert(1)' }] },
      item('f'),
    ]),
  );
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.value?.items.map((i) => i.id),
    ['a', 'f'],
  );
  const byCode = r.issues.map((i) => [i.code, i.path.join('.')]);
  assert.deepEqual(byCode, [
    ['catalogue.item.missing', 'items.1.timeLimit'],
    ['catalogue.item.invalid-value', 'items.2.channels.0'],
    ['catalogue.item.not-object', 'items.3'],
    ['catalogue.link-url', 'items.4.links.0.url'],
  ]);
  const first = r.issues[0]!;
  assert.equal(first.params?.n, 2);
  assert.equal(first.params?.column, 'timeLimit');
  assert.equal(first.severity, 'error');
  assert.equal(formatIssue('zh-CN', first), '第 2 项 (items[1]) 缺少 公开时限');
  assert.equal(formatIssue('en', first), 'Item 2 (items[1]) is missing the time limit');
  assert.match(formatIssue('zh-CN', r.issues[1]!), /第 3 项 \(items\[2\]\) 的 公开渠道和载体（channels\.0） 无效“WEBSITE”/);
});

test('header problems: no value, but the issues are located', () => {
  const r = parseCatalogue(cat([item('a')], { versionDate: '2024-13-01', issuer: undefined }));
  assert.equal(r.ok, false);
  assert.equal(r.value, undefined);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path]),
    [
      ['catalogue.header.missing', ['issuer']],
      ['catalogue.header.invalid-value', ['versionDate']],
    ],
  );
  assert.equal(parseCatalogue('x').issues[0]?.code, 'catalogue.invalid');
  assert.equal(parseCatalogue(cat([]) && { ...cat([]), items: {} }).issues[0]?.code, 'catalogue.items.not-array');
});

test('timeLimit and subject as bare strings; area by name; channels by label', () => {
  const raw = {
    ...item('a'),
    timeLimit: '制定或获取信息之日起10个工作日内',
    subject: '县民政局、县财政局',
    area: '乡村振兴',
    channels: ['政府网站', '入户/现场'],
  };
  const r = parseCatalogue(cat([raw]));
  assert.equal(r.ok, true, JSON.stringify(r.issues));
  const it = r.value!.items[0]!;
  assert.equal(it.timeLimit.text, '制定或获取信息之日起10个工作日内');
  assert.deepEqual(it.timeLimit.rule, parseDeadline('制定或获取信息之日起10个工作日内'));
  assert.equal(it.timeLimit.rule.kind, 'relative');
  assert.deepEqual(it.subject, { text: '县民政局、县财政局', units: [] });
  assert.equal(it.area, 'POVERTY_ALLEVIATION');
  assert.deepEqual(it.channels, ['GOV_WEBSITE', 'DOOR_TO_DOOR']);

  const withDir = parseCatalogue(cat([raw, { ...item('b'), timeLimit: { text: '同上' }, subject: { text: '县财政局' } }]), {
    units: dir.value,
  });
  assert.deepEqual(withDir.value!.items[0]!.subject.units, ['county-civil-affairs', 'county-finance']);
  assert.deepEqual(withDir.value!.items[1]!.subject.units, ['county-finance']);
  // 同上 refers to the previous valid item's rule.
  assert.equal(withDir.value!.items[1]!.timeLimit.rule.kind, 'reference');
});

test('the item schema rejects non-http links and unknown channel codes', () => {
  assert.equal(CatalogueItemSchema.safeParse(item('a')).success, true);
  assert.equal(
    CatalogueItemSchema.safeParse(
      item('a', { links: [{ title: 't', url: 'https://example.gov.cn/a', date: '2024-01-02', indexNo: '001' }] }),
    ).success,
    true,
  );
  assert.equal(CatalogueItemSchema.safeParse(item('a', { links: [{ title: 't', url: 'file:///etc' }] })).success, false);
  assert.equal(CatalogueItemSchema.safeParse({ ...item('a'), channels: ['BILLBOARD'] }).success, false);
  assert.equal(CatalogueItemSchema.safeParse({ ...item('a'), level: ['PROVINCE'] }).success, false);
});

test('merge keeps the origin and makes clashing ids unique, keeping sourceId', () => {
  const county: StandardCatalogue = { issuer: '示例县人民政府', level: 'COUNTY', versionDate: '2024-03-01', items: [item('a'), item('b')] };
  const town: StandardCatalogue = { issuer: '城东镇人民政府', level: 'TOWNSHIP', versionDate: '2024-05-01', items: [item('a'), item('c')] };
  const m = mergeCatalogues([county, town]);
  assert.equal(m.issuer, '示例县人民政府、城东镇人民政府');
  assert.equal(m.level, 'COUNTY');
  assert.equal(m.versionDate, '2024-05-01');
  assert.deepEqual(
    m.items.map((i) => [i.id, i.sourceId, i.origin?.issuer, i.origin?.level]),
    [
      ['示例县人民政府/a', 'a', '示例县人民政府', 'COUNTY'],
      ['b', undefined, '示例县人民政府', 'COUNTY'],
      ['城东镇人民政府/a', 'a', '城东镇人民政府', 'TOWNSHIP'],
      ['c', undefined, '城东镇人民政府', 'TOWNSHIP'],
    ],
  );
  assert.equal(new Set(m.items.map((i) => i.id)).size, 4);
  assert.ok(CatalogueSchema.safeParse(m).success);
  // Inputs are untouched; merging twice from the same issuer still gives unique ids.
  assert.equal(county.items[0]!.origin, undefined);
  const twice = mergeCatalogues([county, county]);
  assert.deepEqual(
    twice.items.map((i) => i.id),
    ['示例县人民政府/a', '示例县人民政府/b', '示例县人民政府/a#2', '示例县人民政府/b#2'],
  );
});
