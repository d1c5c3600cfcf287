// The expected rules for the 公开时限 phrase bank (regulations §6, rows 1–36), the example catalogue
// rows (§7) and the seed plan's 完成时限, written by hand from the texts. Shared by the phrase and
// noise tests. Not a test file itself (node-test runs *.test.ts only).
import assert from 'node:assert/strict';
import { DeadlineRuleSchema, parseDeadline, type CalendarDate, type DeadlineRule, type ParseContext } from '../src/index.js';

export interface PhraseCase {
  /** Where the text comes from: "§6 #1", "§7 #28", "plan task 1". */
  source: string;
  text: string;
  expected: DeadlineRule;
  context?: ParseContext;
}

/** parseDeadline, checked: the result passes DeadlineRuleSchema and keeps the input verbatim. */
export function parse(text: string, context?: ParseContext): DeadlineRule {
  const rule = parseDeadline(text, context);
  const checked = DeadlineRuleSchema.safeParse(rule);
  assert.ok(checked.success, `schema rejects the rule for ${JSON.stringify(text)}: ${JSON.stringify(checked.error?.issues)}`);
  assert.equal(rule.text, text, 'the rule keeps the verbatim text');
  return rule;
}

/** A rule without its `text` fields (recursively), to compare rules parsed from different spellings. */
export function withoutText(rule: DeadlineRule): unknown {
  const { text: _text, ...rest } = rule;
  if (rule.kind === 'compound') return { ...rest, parts: rule.parts.map(withoutText) };
  if (rule.kind === 'reference' && rule.rule) return { ...rest, rule: withoutText(rule.rule) };
  return rest;
}

const WD = 'workday' as const;
const day = (d: string) => d as CalendarDate;

/** Every row of regulations §6, with both variants where a row shows two. */
export const PHRASE_BANK: PhraseCase[] = [
  {
    source: '§6 #1',
    text: '信息形成或者变更之日起20个工作日内',
    expected: {
      kind: 'relative',
      text: '信息形成或者变更之日起20个工作日内',
      amount: 20,
      unit: WD,
      anchor: 'formed-or-changed',
      anchorText: '信息形成或者变更',
    },
  },
  {
    source: '§6 #2',
    text: '自该政府信息形成或者变更之日起20个工作日内及时公开',
    expected: {
      kind: 'relative',
      text: '自该政府信息形成或者变更之日起20个工作日内及时公开',
      amount: 20,
      unit: WD,
      anchor: 'formed-or-changed',
      anchorText: '该政府信息形成或者变更',
    },
  },
  {
    source: '§6 #3',
    text: '形成或者变更之日起20个工作日内予以公开',
    expected: {
      kind: 'relative',
      text: '形成或者变更之日起20个工作日内予以公开',
      amount: 20,
      unit: WD,
      anchor: 'formed-or-changed',
      anchorText: '形成或者变更',
    },
  },
  {
    source: '§6 #4',
    text: '20工作日',
    expected: { kind: 'relative', text: '20工作日', amount: 20, unit: WD, anchor: 'formed-or-changed', anchorImplied: true },
  },
  {
    source: '§6 #5',
    text: '信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。',
    expected: {
      kind: 'relative',
      text: '信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。',
      amount: 20,
      unit: WD,
      anchor: 'formed-or-changed',
      anchorText: '信息形成或者变更',
      override: true,
    },
  },
  {
    source: '§6 #6',
    text: '自形成或者变更之日起20个工作日内予以公开，法律法规另有规定的从其规定。',
    expected: {
      kind: 'relative',
      text: '自形成或者变更之日起20个工作日内予以公开，法律法规另有规定的从其规定。',
      amount: 20,
      unit: WD,
      anchor: 'formed-or-changed',
      anchorText: '形成或者变更',
      override: true,
    },
  },
  {
    source: '§6 #7',
    text: '信息形成之日起20个工作日内',
    expected: { kind: 'relative', text: '信息形成之日起20个工作日内', amount: 20, unit: WD, anchor: 'formed', anchorText: '信息形成' },
  },
  {
    source: '§6 #8',
    text: '自制作或获取该信息之日起20个工作日内公开',
    expected: {
      kind: 'relative',
      text: '自制作或获取该信息之日起20个工作日内公开',
      amount: 20,
      unit: WD,
      anchor: 'made-or-obtained',
      anchorText: '制作或获取该信息',
    },
  },
  {
    source: '§6 #9',
    text: '条目化展示、信息形成（变更）20个工作日内',
    expected: {
      kind: 'relative',
      text: '条目化展示、信息形成（变更）20个工作日内',
      amount: 20,
      unit: WD,
      anchor: 'formed-or-changed',
      anchorText: '信息形成（变更）',
      note: '条目化展示',
    },
  },
  {
    source: '§6 #10',
    text: '制定或获取信息之日起10个工作日内',
    expected: {
      kind: 'relative',
      text: '制定或获取信息之日起10个工作日内',
      amount: 10,
      unit: WD,
      anchor: 'made-or-obtained',
      anchorText: '制定或获取信息',
    },
  },
  {
    source: '§6 #11',
    text: '制定或获取信息之日起10个工作日内，公示7个工作日',
    expected: {
      kind: 'compound',
      text: '制定或获取信息之日起10个工作日内，公示7个工作日',
      parts: [
        {
          kind: 'relative',
          text: '制定或获取信息之日起10个工作日内',
          amount: 10,
          unit: WD,
          anchor: 'made-or-obtained',
          anchorText: '制定或获取信息',
        },
        { kind: 'duration', text: '公示7个工作日', amount: 7, unit: WD },
      ],
    },
  },
  {
    source: '§6 #12',
    text: '制定或获取文件之日起10个工作日内',
    expected: {
      kind: 'relative',
      text: '制定或获取文件之日起10个工作日内',
      amount: 10,
      unit: WD,
      anchor: 'made-or-obtained',
      anchorText: '制定或获取文件',
    },
  },
  {
    source: '§6 #13a',
    text: '制定或获取扶持政策措施之日起10个工作日内',
    expected: {
      kind: 'relative',
      text: '制定或获取扶持政策措施之日起10个工作日内',
      amount: 10,
      unit: WD,
      anchor: 'made-or-obtained',
      anchorText: '制定或获取扶持政策措施',
    },
  },
  {
    source: '§6 #13b',
    text: '制定或获取指南之日起10个工作日内',
    expected: {
      kind: 'relative',
      text: '制定或获取指南之日起10个工作日内',
      amount: 10,
      unit: WD,
      anchor: 'made-or-obtained',
      anchorText: '制定或获取指南',
    },
  },
  {
    source: '§6 #14',
    text: '关联规范性文件公开3个工作日内',
    expected: {
      kind: 'relative',
      text: '关联规范性文件公开3个工作日内',
      amount: 3,
      unit: WD,
      anchor: 'related-document-published',
      anchorText: '关联规范性文件公开',
    },
  },
  {
    source: '§6 #15',
    text: '与政策文件同步发布，时间跨度不超过5个工作日',
    expected: {
      kind: 'relative',
      text: '与政策文件同步发布，时间跨度不超过5个工作日',
      amount: 5,
      unit: WD,
      anchor: 'related-document-published',
      anchorText: '政策文件发布',
    },
  },
  {
    source: '§6 #16a',
    text: '15个工作日内公开',
    expected: { kind: 'relative', text: '15个工作日内公开', amount: 15, unit: WD, anchor: 'formed-or-changed', anchorImplied: true },
  },
  {
    source: '§6 #16b',
    text: '15个工作日',
    expected: { kind: 'relative', text: '15个工作日', amount: 15, unit: WD, anchor: 'formed-or-changed', anchorImplied: true },
  },
  {
    source: '§6 #17',
    text: '本级人民代表大会或其常务委员会批准后20日内',
    expected: {
      kind: 'relative',
      text: '本级人民代表大会或其常务委员会批准后20日内',
      amount: 20,
      unit: 'day',
      anchor: 'approved',
      anchorText: '本级人民代表大会或其常务委员会批准',
    },
  },
  {
    source: '§6 #18',
    text: '信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示',
    expected: {
      kind: 'compound',
      text: '信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示',
      parts: [
        { kind: 'relative', text: '信息形成20个工作日内公开', amount: 20, unit: WD, anchor: 'formed', anchorText: '信息形成' },
        {
          kind: 'relative',
          text: '行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示',
          subject: '行政许可、行政处罚事项',
          amount: 7,
          unit: WD,
          anchor: 'decided',
          anchorText: '作出行政决定',
        },
      ],
    },
  },
  {
    source: '§6 #19',
    text: '作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日',
    expected: {
      kind: 'relative',
      text: '作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日',
      amount: 7,
      unit: WD,
      anchor: 'decided',
      anchorText: '作出决定',
      extension: { amount: 7, unit: WD, approval: '本单位负责人', condition: '情况复杂的' },
    },
  },
  { source: '§6 #20', text: '实时公开', expected: { kind: 'prompt', text: '实时公开', mode: 'real-time' } },
  { source: '§6 #21', text: '及时公开', expected: { kind: 'prompt', text: '及时公开', mode: 'prompt' } },
  { source: '§6 #22', text: '同上', expected: { kind: 'reference', text: '同上', to: 'previous' } },
  { source: '§6 #23', text: '及时回应', expected: { kind: 'prompt', text: '及时回应', mode: 'prompt', action: 'respond' } },
  {
    source: '§6 #24',
    text: '按进展情况及时公开',
    expected: { kind: 'prompt', text: '按进展情况及时公开', mode: 'prompt', event: '按进展情况' },
  },
  {
    source: '§6 #25',
    text: '重大决策作出后及时公开',
    expected: { kind: 'prompt', text: '重大决策作出后及时公开', mode: 'prompt', event: '重大决策作出后' },
  },
  {
    source: '§6 #26',
    text: '在实地启动拟征收土地工作时，在村公示栏公开',
    expected: {
      kind: 'prompt',
      text: '在实地启动拟征收土地工作时，在村公示栏公开',
      mode: 'at-event',
      event: '在实地启动拟征收土地工作时',
      channel: '村公示栏',
    },
  },
  {
    // The source cuts the tail off: the 及时公开 part parses; the rest stays unparsed, honestly.
    source: '§6 #27',
    text: '及时公开，公告期限为5个…',
    expected: {
      kind: 'compound',
      text: '及时公开，公告期限为5个…',
      parts: [
        { kind: 'prompt', text: '及时公开', mode: 'prompt' },
        { kind: 'unparsed', text: '公告期限为5个…', reason: 'deadline.unparsed.truncated' },
      ],
    },
  },
  {
    source: '§6 #28',
    text: '每季度的首个月20日（集体财务往来较多的，财务收支情况应每月公布一次）',
    expected: {
      kind: 'compound',
      text: '每季度的首个月20日（集体财务往来较多的，财务收支情况应每月公布一次）',
      parts: [
        { kind: 'recurring', text: '每季度的首个月20日', frequency: 'quarterly', monthOfQuarter: 1, day: 20 },
        {
          kind: 'recurring',
          text: '集体财务往来较多的，财务收支情况应每月公布一次',
          frequency: 'monthly',
          subject: '财务收支情况',
          condition: '集体财务往来较多的',
        },
      ],
    },
  },
  { source: '§6 #29', text: '随时公布', expected: { kind: 'prompt', text: '随时公布', mode: 'any-time' } },
  { source: '§6 #30', text: '每季度', expected: { kind: 'recurring', text: '每季度', frequency: 'quarterly' } },
  {
    source: '§6 #31',
    text: '按卫健委要求单独公开',
    expected: { kind: 'reference', text: '按卫健委要求单独公开', to: 'external', authority: '卫健委' },
  },
  {
    source: '§6 #32',
    text: '公开征求意见的期限一般不少于30日',
    expected: { kind: 'minimum', text: '公开征求意见的期限一般不少于30日', amount: 30, unit: 'day', subject: '公开征求意见的期限' },
  },
  {
    source: '§6 #33',
    text: '一般事项至少每季度公布一次；财务收支情况应当每月公布一次；重大事项应当随时公布',
    expected: {
      kind: 'compound',
      text: '一般事项至少每季度公布一次；财务收支情况应当每月公布一次；重大事项应当随时公布',
      parts: [
        { kind: 'recurring', text: '一般事项至少每季度公布一次', frequency: 'quarterly', atLeast: true, subject: '一般事项' },
        { kind: 'recurring', text: '财务收支情况应当每月公布一次', frequency: 'monthly', subject: '财务收支情况' },
        { kind: 'prompt', text: '重大事项应当随时公布', mode: 'any-time', subject: '重大事项' },
      ],
    },
  },
  {
    source: '§6 #34',
    text: '历时较长的事项应按事前、事中、事后实施分段公布',
    expected: {
      kind: 'prompt',
      text: '历时较长的事项应按事前、事中、事后实施分段公布',
      mode: 'staged',
      subject: '历时较长的事项',
      event: '事前、事中、事后',
    },
  },
  {
    source: '§6 #35a',
    text: '每年1月31日前',
    expected: { kind: 'recurring', text: '每年1月31日前', frequency: 'yearly', month: 1, day: 31 },
  },
  {
    source: '§6 #35b',
    text: '每年3月31日前',
    expected: { kind: 'recurring', text: '每年3月31日前', frequency: 'yearly', month: 3, day: 31 },
  },
  {
    // Retention, not a deadline: kept apart with `retention: true`.
    source: '§6 #36a',
    text: '公开时限：长期公开',
    expected: { kind: 'ongoing', text: '公开时限：长期公开', mode: 'long-term', retention: true },
  },
  {
    source: '§6 #36b',
    text: '公开时长：长期，最新有效',
    expected: { kind: 'ongoing', text: '公开时长：长期，最新有效', mode: 'long-term', retention: true, latestOnly: true },
  },
  {
    source: '§6 #36c',
    text: '长期，最新有效',
    expected: { kind: 'ongoing', text: '长期，最新有效', mode: 'long-term', retention: true, latestOnly: true },
  },
  { source: '§6 #36d', text: '任期内', expected: { kind: 'ongoing', text: '任期内', mode: 'term-of-office', retention: true } },
];

/** 公开时限 cells of the example catalogue rows (§7) that the phrase bank does not already show. */
export const CATALOGUE_ROWS: PhraseCase[] = [
  {
    source: '§7 #28',
    text: '拟征收土地现状调查结束后5个工作日内，在村公示栏公开',
    expected: {
      kind: 'relative',
      text: '拟征收土地现状调查结束后5个工作日内，在村公示栏公开',
      amount: 5,
      unit: WD,
      anchor: 'event-finished',
      anchorText: '拟征收土地现状调查结束',
      channel: '村公示栏',
    },
  },
  {
    source: '§7 #29',
    text: '收到征地批准文件之日起10个工作日内公开',
    expected: {
      kind: 'relative',
      text: '收到征地批准文件之日起10个工作日内公开',
      amount: 10,
      unit: WD,
      anchor: 'received',
      anchorText: '收到征地批准文件',
    },
  },
  {
    source: '§7 #32',
    text: '作出决定之日起7个工作日内；情况复杂的，经负责人批准可延长7个工作日',
    expected: {
      kind: 'relative',
      text: '作出决定之日起7个工作日内；情况复杂的，经负责人批准可延长7个工作日',
      amount: 7,
      unit: WD,
      anchor: 'decided',
      anchorText: '作出决定',
      extension: { amount: 7, unit: WD, approval: '负责人', condition: '情况复杂的' },
    },
  },
  {
    source: '§7 #33',
    text: '信息形成或变更之日起20个工作日内公开',
    expected: {
      kind: 'relative',
      text: '信息形成或变更之日起20个工作日内公开',
      amount: 20,
      unit: WD,
      anchor: 'formed-or-changed',
      anchorText: '信息形成或变更',
    },
  },
  {
    source: '§7 #10',
    text: '20个工作日内',
    expected: { kind: 'relative', text: '20个工作日内', amount: 20, unit: WD, anchor: 'formed-or-changed', anchorImplied: true },
  },
];

/**
 * The seed plan (shared/seed/wenshang-2020-plan.txt): its 19 rows' 完成时限, in file order, quoted
 * exactly, with the date each one means (a 月底前 deadline is the month's last day, inclusive).
 */
export const PLAN_DEADLINES: [row: string, text: string, date: string][] = [
  ['task 1', '2020年9月底前', '2020-09-30'],
  ['task 2', '2020年9月底前', '2020-09-30'],
  ['task 3', '2020年9月底前', '2020-09-30'],
  ['task 4', '2020年9月底前', '2020-09-30'],
  ['task 5', '2020年9月底前', '2020-09-30'],
  ['task 6', '2020年9月底前', '2020-09-30'],
  ['task 7', '2020年9月底前', '2020-09-30'],
  ['task 8 row 1', '2020年7月底前', '2020-07-31'],
  ['task 8 row 2', '2020年7月底前', '2020-07-31'],
  ['task 9 row 1', '2020年9月底前', '2020-09-30'],
  ['task 9 row 2', '2020年11月底前', '2020-11-30'],
  ['task 10', '2020年11月底前', '2020-11-30'],
  ['task 11 row 1', '2020年6月底前', '2020-06-30'],
  ['task 11 row 2', '2020年9月底前', '2020-09-30'],
  ['task 12 row 1', '2020年6月底前', '2020-06-30'],
  ['task 12 row 2', '2020年11月底前', '2020-11-30'],
  ['task 13 row 1', '2020年11月底前', '2020-11-30'],
  ['task 13 row 2', '2020年6月底前', '2020-06-30'],
  ['task 13 row 3', '2020年9月底前', '2020-09-30'],
];

/** Other deadline shapes the brief and plans use (年底前, X月X日前, 长期坚持 …). */
export const OTHER_SHAPES: PhraseCase[] = [
  { source: 'plan', text: '年底前', context: { planYear: 2020 }, expected: { kind: 'fixed', text: '年底前', date: day('2020-12-31') } },
  {
    source: 'plan',
    text: '9月30日前',
    context: { planYear: 2020 },
    expected: { kind: 'fixed', text: '9月30日前', date: day('2020-09-30') },
  },
  { source: 'plan', text: '2020年底前', expected: { kind: 'fixed', text: '2020年底前', date: day('2020-12-31') } },
  {
    source: 'plan',
    text: '2021年6月30日前完成',
    expected: { kind: 'fixed', text: '2021年6月30日前完成', date: day('2021-06-30') },
  },
  { source: 'plan', text: '2020年上半年', expected: { kind: 'fixed', text: '2020年上半年', date: day('2020-06-30') } },
  {
    source: 'plan',
    text: '2024年2月底前',
    expected: { kind: 'fixed', text: '2024年2月底前', date: day('2024-02-29') },
  },
  { source: 'plan', text: '长期坚持', expected: { kind: 'ongoing', text: '长期坚持', mode: 'long-term' } },
  { source: 'plan', text: '持续推进', expected: { kind: 'ongoing', text: '持续推进', mode: 'continuous' } },
  { source: 'plan', text: '长期', expected: { kind: 'ongoing', text: '长期', mode: 'long-term' } },
  { source: 'plan text, task 2 (3)', text: '及时予以公开', expected: { kind: 'prompt', text: '及时予以公开', mode: 'prompt' } },
  { source: 'village', text: '常态化公开', expected: { kind: 'prompt', text: '常态化公开', mode: 'routine' } },
  {
    source: '§6 notes',
    text: '每年6月底前',
    expected: { kind: 'recurring', text: '每年6月底前', frequency: 'yearly', month: 6, day: 'end' },
  },
  { source: 'village', text: '每月公布一次', expected: { kind: 'recurring', text: '每月公布一次', frequency: 'monthly' } },
  { source: 'village', text: '每半年公开一次', expected: { kind: 'recurring', text: '每半年公开一次', frequency: 'half-yearly' } },
  {
    source: 'village',
    text: '至少每季度公布一次',
    expected: { kind: 'recurring', text: '至少每季度公布一次', frequency: 'quarterly', atLeast: true },
  },
  { source: 'village', text: '按季公布', expected: { kind: 'recurring', text: '按季公布', frequency: 'quarterly' } },
  {
    source: 'issue',
    text: '党务、村务一般每半年公开一次，全年财务收支情况按季进行公布',
    expected: {
      kind: 'compound',
      text: '党务、村务一般每半年公开一次，全年财务收支情况按季进行公布',
      parts: [
        { kind: 'recurring', text: '党务、村务一般每半年公开一次', frequency: 'half-yearly', subject: '党务、村务' },
        { kind: 'recurring', text: '全年财务收支情况按季进行公布', frequency: 'quarterly', subject: '全年财务收支情况' },
      ],
    },
  },
  {
    source: 'budget law',
    text: '批准后两个月内',
    expected: { kind: 'relative', text: '批准后两个月内', amount: 2, unit: 'month', anchor: 'approved', anchorText: '批准' },
  },
  {
    source: 'county rule',
    text: '项目竣工验收后1年内公开',
    expected: {
      kind: 'relative',
      text: '项目竣工验收后1年内公开',
      amount: 1,
      unit: 'year',
      anchor: 'other',
      anchorText: '项目竣工验收',
    },
  },
  {
    source: 'county rule',
    text: '自信息形成之日起，15天内公开',
    expected: { kind: 'relative', text: '自信息形成之日起，15天内公开', amount: 15, unit: 'day', anchor: 'formed', anchorText: '信息形成' },
  },
  {
    source: 'county rule',
    text: '法律、法规另有规定的，从其规定',
    expected: { kind: 'reference', text: '法律、法规另有规定的，从其规定', to: 'external', authority: '法律、法规' },
  },
];
