/**
 * Deliberately bad catalogue items for the compliance tests: each breaks exactly one rule.
 *
 * - The `check` fixtures are schema-valid items that `checkCatalogue` must flag with `expect`
 *   when appended to `sampleCatalogue` (the duplicates repeat a sample row on purpose).
 * - The `schema` fixtures are items that `CatalogueItemSchema` must reject, with an issue at the
 *   field named in `expect`.
 *
 * Items are raw JSON-like objects (as a webmaster would write them), never validated here.
 */
import { parseDeadline } from '../../deadlines/index.js';

export interface BadCatalogueFixture {
  /** 'check': checkCatalogue must report `expect` (a catalogue.check.* code); 'schema': CatalogueItemSchema must reject the item at field `expect`. */
  readonly kind: 'check' | 'schema';
  readonly expect: string;
  /** What is wrong, in one line. */
  readonly note: string;
  readonly item: Readonly<Record<string, unknown>>;
}

const T20 = '信息形成或者变更之日起20个工作日内';

/** A valid row (social assistance, county and township level), to be spoiled by one field. */
function base(id: string, item2: string): Record<string, unknown> {
  return {
    id,
    area: 'SOCIAL_ASSISTANCE',
    item1: '示例事项',
    item2,
    content: ['办理事项', '申请条件'],
    basis: ['《中华人民共和国政府信息公开条例》'],
    timeLimit: { text: T20, rule: parseDeadline(T20) },
    subject: { text: '县民政局', units: ['county-civil-affairs'] },
    channels: ['GOV_WEBSITE'],
    channelsOther: [],
    audience: ['PUBLIC'],
    mode: ['PROACTIVE'],
    level: ['COUNTY', 'TOWNSHIP'],
  };
}

const fixtures: BadCatalogueFixture[] = [
  // catalogue.check.basis-missing (error): 公开依据 left empty
  {
    kind: 'check',
    expect: 'catalogue.check.basis-missing',
    note: 'no basis',
    item: { ...base('bad-basis-missing', '缺少依据'), basis: [] },
  },
  // catalogue.check.time-limit-unparsed (warning): a 公开时限 the deadline parser cannot read
  {
    kind: 'check',
    expect: 'catalogue.check.time-limit-unparsed',
    note: 'time limit "视情况而定" does not parse',
    item: { ...base('bad-time-limit-unparsed', '时限无法解析'), timeLimit: { text: '视情况而定', rule: parseDeadline('视情况而定') } },
  },
  // catalogue.check.time-limit-missing (error): 公开时限 left empty
  {
    kind: 'check',
    expect: 'catalogue.check.time-limit-missing',
    note: 'empty time limit',
    item: { ...base('bad-time-limit-missing', '缺少时限'), timeLimit: { text: '', rule: parseDeadline('') } },
  },
  // catalogue.check.subject-unresolved (error): a 公开主体 that names no known unit
  {
    kind: 'check',
    expect: 'catalogue.check.subject-unresolved',
    note: 'subject names no unit of the county',
    item: { ...base('bad-subject-unresolved', '主体无法识别'), subject: { text: '县星际事务管理局', units: [] } },
  },
  // catalogue.check.unit-unknown (error): a unit id not in sampleUnits
  {
    kind: 'check',
    expect: 'catalogue.check.unit-unknown',
    note: 'subject unit id not in the directory',
    item: { ...base('bad-unit-unknown', '主体单位不存在'), subject: { text: '县民政局', units: ['county-no-such-unit'] } },
  },
  // catalogue.check.subject-units-missing (warning): the text resolves, but no unit ids were filled in
  {
    kind: 'check',
    expect: 'catalogue.check.subject-units-missing',
    note: 'subject text resolves but units is empty',
    item: { ...base('bad-subject-units-missing', '主体未关联单位'), subject: { text: '县民政局', units: [] } },
  },
  // catalogue.check.duplicate-id (error): the id of the sample's first row ('budget-01')
  { kind: 'check', expect: 'catalogue.check.duplicate-id', note: 'repeats the id budget-01', item: base('budget-01', '重复编号') },
  // catalogue.check.duplicate-item (warning): same area and 一级/二级事项 as sample row assistance-01
  {
    kind: 'check',
    expect: 'catalogue.check.duplicate-item',
    note: 'repeats 社会救助 · 综合业务 / 政策文件',
    item: { ...base('bad-duplicate-item', '政策文件'), item1: '综合业务' },
  },
  // catalogue.check.on-request-no-reason (error): 依申请 only, without a reason
  {
    kind: 'check',
    expect: 'catalogue.check.on-request-no-reason',
    note: 'ON_REQUEST only and no reason',
    item: { ...base('bad-on-request-no-reason', '仅依申请无理由'), mode: ['ON_REQUEST'], audience: ['SPECIFIC'] },
  },
  // catalogue.check.no-channel (error): no channel ticked and no free-text channel
  {
    kind: 'check',
    expect: 'catalogue.check.no-channel',
    note: 'empty channels',
    item: { ...base('bad-no-channel', '无公开渠道'), channels: [], channelsOther: [] },
  },
  // catalogue.check.village-no-notice-board (warning): village level without the notice board
  {
    kind: 'check',
    expect: 'catalogue.check.village-no-notice-board',
    note: 'village level, website only',
    item: { ...base('bad-village-no-notice-board', '村级无公示栏'), level: ['TOWNSHIP', 'VILLAGE'], channels: ['GOV_WEBSITE'] },
  },

  // Schema: a link that is not http(s)
  {
    kind: 'schema',
    expect: 'links',
    note: 'ftp: link URL',
    item: { ...base('bad-link-url', '非法链接'), links: [{ title: '办事指南', url: 'ftp://www.example.gov.cn/guide.pdf' }] },
  },
  // Schema: a javascript: link
  {
    kind: 'schema',
    expect: 'links',
    note: 'javascript: link URL',
    item: { ...base('bad-link-script', '脚本链接'), links: [{ title: '办事指南', url: 'javascript:alert(1)' }] },
  },
  // Schema: a channel code not among the §5.2 thirteen
  {
    kind: 'schema',
    expect: 'channels',
    note: 'unknown channel code WECHAT',
    item: { ...base('bad-channel-code', '未知渠道'), channels: ['GOV_WEBSITE', 'WECHAT'] },
  },
  // Schema: 一级事项 missing
  {
    kind: 'schema',
    expect: 'item1',
    note: 'no item1',
    item: Object.fromEntries(Object.entries(base('bad-item1-missing', '缺少一级事项')).filter(([k]) => k !== 'item1')),
  },
  // Schema: an area code that is not one of the 26
  { kind: 'schema', expect: 'area', note: 'unknown area code', item: { ...base('bad-area', '未知领域'), area: 'SPACE_PROGRAMME' } },
  // Schema: an audience tick outside PUBLIC / SPECIFIC
  {
    kind: 'schema',
    expect: 'audience',
    note: 'unknown audience EVERYONE',
    item: { ...base('bad-audience', '未知对象'), audience: ['EVERYONE'] },
  },
];

/** The bad fixtures, each with its expected finding. */
export const badCatalogueFixtures: readonly BadCatalogueFixture[] = Object.freeze(fixtures.map((f) => Object.freeze(f)));

/** The bad items alone (raw objects), in fixture order; see {@link badCatalogueFixtures} for what each must trip. */
export const badCatalogueItems: readonly Readonly<Record<string, unknown>>[] = Object.freeze(badCatalogueFixtures.map((f) => f.item));
