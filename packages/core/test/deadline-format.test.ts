// formatDeadline in zh-CN and en for every kind; the deadline messages in both catalogues.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEADLINE_ANCHORS,
  DEADLINE_UNITS,
  formatDeadline,
  formatDeadlineMessage,
  formatTrace,
  hasMessage,
  MESSAGE_CODES,
  msg,
  ONGOING_MODES,
  PROMPT_ACTIONS,
  PROMPT_MODES,
  RECURRING_FREQUENCIES,
  UNPARSED_REASONS,
  type CalendarDate,
  type DeadlineRule,
} from '../src/index.js';
import { parse } from './deadline-cases.js';

const HAN = /[\u4e00-\u9fff]/;
const GAPS = /undefined|NaN|\[object|null/;

describe('formatDeadline: each kind, word for word', () => {
  const previous = parse('制定或获取信息之日起10个工作日内');
  for (const [text, zh, en, context] of [
    [
      '信息形成或者变更之日起20个工作日内',
      '信息形成或变更之日起 20 个工作日内',
      'Within 20 working days of the information being formed or changed',
    ],
    ['2020年9月底前', '2020年9月30日前（含当日）', 'By 30 Sep 2020'],
    [
      '20工作日',
      '20 个工作日内（未写明起算日，按信息形成或变更之日起算）',
      'Within 20 working days (the start is not stated; counted from the information being formed or changed)',
    ],
    [
      '作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日',
      '作出决定之日起 7 个工作日内；情况复杂的，经本单位负责人批准，可延长 7 个工作日',
      'Within 7 working days of the decision being made; extendable by 7 working days with the approval of 本单位负责人 (where: 情况复杂的)',
    ],
    [
      '信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。',
      '信息形成或变更之日起 20 个工作日内；法律、法规另有规定的，从其规定',
      'Within 20 working days of the information being formed or changed; unless a law or regulation sets another period',
    ],
    [
      '本级人民代表大会或其常务委员会批准后20日内',
      '本级人民代表大会或其常务委员会批准之日起 20 日内',
      'Within 20 calendar days of approval (“本级人民代表大会或其常务委员会批准”)',
    ],
    [
      '拟征收土地现状调查结束后5个工作日内，在村公示栏公开',
      '拟征收土地现状调查结束之日起 5 个工作日内，在村公示栏公开',
      'Within 5 working days of the event finishing (“拟征收土地现状调查结束”); channel: 村公示栏',
    ],
    ['批准后两个月内', '批准之日起 2 个月内', 'Within 2 months of approval (“批准”)'],
    ['项目竣工验收后1年内', '项目竣工验收之日起 1 年内', 'Within 1 year of “项目竣工验收”'],
    [
      '条目化展示、信息形成（变更）20个工作日内',
      '信息形成或变更之日起 20 个工作日内（条目化展示）',
      'Within 20 working days of the information being formed or changed (条目化展示)',
    ],
    ['每年1月31日前', '每年1月31日前', 'By 31 January every year'],
    ['每年6月底前', '每年6月底前', 'By the end of June every year'],
    ['每季度', '每季度公开一次', 'Once a quarter'],
    ['至少每季度公布一次', '至少每季度公开一次', 'At least once a quarter'],
    ['每半年公开一次', '每半年公开一次', 'Once every six months'],
    ['每月底前', '每月底前', 'By the end of every month'],
    ['每月10日前', '每月10日前', 'By the 10th of every month'],
    ['公示7个工作日', '公示 7 个工作日', 'Posted for 7 working days'],
    ['公开征求意见的期限一般不少于30日', '公开征求意见的期限：不少于 30 日', '公开征求意见的期限: At least 30 calendar days'],
    ['实时公开', '实时公开', 'Publish in real time'],
    ['及时公开', '及时公开', 'Publish promptly'],
    ['及时回应', '及时回应', 'Respond promptly'],
    ['随时公布', '随时公开', 'Publish at any time, as matters arise'],
    ['常态化公开', '常态化公开', 'Publish routinely, as a regular practice'],
    ['重大决策作出后及时公开', '重大决策作出后及时公开', 'Publish promptly (when: 重大决策作出后)'],
    [
      '在实地启动拟征收土地工作时，在村公示栏公开',
      '在实地启动拟征收土地工作时，在村公示栏公开',
      'Publish at the time of the event (when: 在实地启动拟征收土地工作时); channel: 村公示栏',
    ],
    [
      '历时较长的事项应按事前、事中、事后实施分段公布',
      '历时较长的事项：按事前、事中、事后分段公开',
      '历时较长的事项: Publish in stages (事前、事中、事后)',
    ],
    ['长期坚持', '长期', 'Long-term, no fixed date'],
    ['持续推进', '持续推进', 'Ongoing, no fixed date'],
    [
      '公开时长：长期，最新有效',
      '长期，最新有效（公开时长，不是办理期限）',
      'Long-term, no fixed date, latest version valid (how long it stays published, not a deadline)',
    ],
    ['任期内', '任期内（公开时长，不是办理期限）', 'For the term of office (how long it stays published, not a deadline)'],
    ['同上', '同上', 'Same as the row above'],
    [
      '同上',
      '同上（制作或获取信息之日起 10 个工作日内）',
      'Same as the row above (Within 10 working days of the information being made or obtained)',
      { previous },
    ],
    ['按卫健委要求单独公开', '按卫健委要求', 'As required by 卫健委'],
    [
      '制定或获取信息之日起10个工作日内，公示7个工作日',
      '共 2 项：制作或获取信息之日起 10 个工作日内；公示 7 个工作日',
      '2 parts: Within 10 working days of the information being made or obtained; Posted for 7 working days',
    ],
    [
      '每季度的首个月20日（集体财务往来较多的，财务收支情况应每月公布一次）',
      '共 2 项：每季度第1个月20日前；集体财务往来较多的，财务收支情况：每月公开一次',
      '2 parts: By the 20th of the first month of every quarter; Where 集体财务往来较多的: 财务收支情况: Once a month',
    ],
    ['请尽快办理', '未能识别的时限：“请尽快办理”', 'Deadline not recognised: “请尽快办理”'],
  ] as const) {
    test(`${text}${context ? ' (with the previous row)' : ''}`, () => {
      const rule = parse(text, context);
      assert.equal(formatDeadline(rule, 'zh-CN'), zh);
      assert.equal(formatDeadline(rule, 'en'), en);
    });
  }
});

/** One rule of every kind, anchor, unit, frequency, mode and action, with no Chinese in its fields. */
function everyShape(): DeadlineRule[] {
  const rules: DeadlineRule[] = [{ kind: 'fixed', text: 't', date: '2024-10-12' as CalendarDate }];
  for (const anchor of DEADLINE_ANCHORS) {
    for (const unit of DEADLINE_UNITS) {
      rules.push({ kind: 'relative', text: 't', amount: 1, unit, anchor, ...(anchor === 'other' ? { anchorText: 'X' } : {}) });
      rules.push({ kind: 'relative', text: 't', amount: 20, unit, anchor, anchorImplied: true });
    }
  }
  rules.push({
    kind: 'relative',
    text: 't',
    amount: 7,
    unit: 'workday',
    anchor: 'decided',
    extension: { amount: 7, unit: 'workday', approval: 'A', condition: 'C' },
    override: { text: 'O' },
    channel: 'B',
  });
  for (const frequency of RECURRING_FREQUENCIES) {
    rules.push({ kind: 'recurring', text: 't', frequency }, { kind: 'recurring', text: 't', frequency, atLeast: true });
  }
  rules.push(
    { kind: 'recurring', text: 't', frequency: 'yearly', month: 2, day: 29 },
    { kind: 'recurring', text: 't', frequency: 'yearly', month: 12, day: 'end' },
    { kind: 'recurring', text: 't', frequency: 'quarterly', monthOfQuarter: 3, day: 1, channel: 'B' },
    { kind: 'recurring', text: 't', frequency: 'monthly', day: 22 },
  );
  for (const unit of DEADLINE_UNITS) {
    rules.push({ kind: 'duration', text: 't', amount: 3, unit }, { kind: 'minimum', text: 't', amount: 1, unit });
  }
  for (const mode of PROMPT_MODES) {
    rules.push({ kind: 'prompt', text: 't', mode }, { kind: 'prompt', text: 't', mode, event: 'E', channel: 'B' });
    for (const action of PROMPT_ACTIONS) rules.push({ kind: 'prompt', text: 't', mode, action });
  }
  for (const mode of ONGOING_MODES) {
    rules.push({ kind: 'ongoing', text: 't', mode }, { kind: 'ongoing', text: 't', mode, retention: true, latestOnly: true });
  }
  rules.push(
    { kind: 'reference', text: 't', to: 'previous' },
    { kind: 'reference', text: 't', to: 'previous', rule: { kind: 'prompt', text: 't', mode: 'prompt' } },
    { kind: 'reference', text: 't', to: 'external' },
    { kind: 'reference', text: 't', to: 'external', authority: 'W' },
  );
  for (const reason of UNPARSED_REASONS) rules.push({ kind: 'unparsed', text: 'u', reason });
  rules.push({ kind: 'compound', text: 't', parts: [rules[0]!, rules[1]!], subject: 'S', condition: 'C', note: 'N' });
  return rules;
}

describe('formatDeadline: every kind, anchor, unit, frequency and mode in both languages', () => {
  const rules = everyShape();
  test('covers every kind', () => {
    assert.deepEqual(new Set(rules.map((r) => r.kind)).size, 10);
  });
  test('no gaps; zh-CN has Chinese, en has none, and they differ', () => {
    const seen = new Map<string, string>();
    for (const rule of rules) {
      const zh = formatDeadline(rule, 'zh-CN');
      const en = formatDeadline(rule, 'en');
      for (const t of [zh, en]) assert.doesNotMatch(t, GAPS, JSON.stringify(rule));
      assert.match(zh, HAN, JSON.stringify(rule));
      assert.doesNotMatch(en, HAN, `${JSON.stringify(rule)} → ${en}`);
      assert.notEqual(zh, en);
      seen.set(en, JSON.stringify(rule));
    }
    // Different anchors and units read differently.
    const relEn = DEADLINE_ANCHORS.map((anchor) =>
      formatDeadline({ kind: 'relative', text: '', amount: 3, unit: 'workday', anchor }, 'en'),
    );
    assert.equal(new Set(relEn).size, DEADLINE_ANCHORS.length);
    const unitZh = DEADLINE_UNITS.map((unit) => formatDeadline({ kind: 'duration', text: '', amount: 3, unit }, 'zh-CN'));
    assert.equal(new Set(unitZh).size, DEADLINE_UNITS.length);
  });
  test('singular and plural in English', () => {
    assert.equal(formatDeadline({ kind: 'duration', text: '', amount: 1, unit: 'workday' }, 'en'), 'Posted for 1 working day');
    assert.equal(formatDeadline({ kind: 'minimum', text: '', amount: 1, unit: 'month' }, 'en'), 'At least 1 month');
    assert.equal(formatDeadline({ kind: 'minimum', text: '', amount: 2, unit: 'year' }, 'en'), 'At least 2 years');
    assert.equal(formatDeadline({ kind: 'recurring', text: '', frequency: 'monthly', day: 22 }, 'en'), 'By the 22nd of every month');
    assert.equal(formatDeadline({ kind: 'recurring', text: '', frequency: 'monthly', day: 11 }, 'en'), 'By the 11th of every month');
  });
  test('junk from JavaScript does not throw', () => {
    assert.match(formatDeadline(null as unknown as DeadlineRule, 'en'), /not recognised/);
    assert.match(formatDeadline({ kind: 'nope', text: 'x' } as unknown as DeadlineRule, 'zh-CN'), /未能识别/);
  });
});

describe('deadline messages', () => {
  test('every unparsed reason, unit, anchor, prompt mode, ongoing mode and frequency has a message', () => {
    const codes = [
      ...UNPARSED_REASONS,
      ...DEADLINE_UNITS.map((u) => `deadline.unit.${u}`),
      ...DEADLINE_ANCHORS.map((a) => `deadline.anchor.${a}`),
      ...PROMPT_MODES.map((m) => `deadline.prompt.${m}`),
      ...ONGOING_MODES.map((m) => `deadline.ongoing.${m}`),
      ...RECURRING_FREQUENCIES.map((f) => `deadline.recurring.${f}`),
    ];
    for (const code of codes) {
      assert.ok(hasMessage(code), code);
      assert.match(msg('zh-CN', code, { n: 2 }), HAN, code);
      assert.doesNotMatch(msg('en', code, { n: 2 }), HAN, code);
    }
    assert.ok(MESSAGE_CODES.filter((c) => c.startsWith('deadline.')).length > 80);
  });
  test('the anchor and unit words on their own', () => {
    assert.equal(msg('zh-CN', 'deadline.anchor.formed-or-changed'), '信息形成或变更');
    assert.equal(msg('en', 'deadline.anchor.formed-or-changed'), 'the information being formed or changed');
    assert.equal(msg('zh-CN', 'deadline.unit.workday', { n: 5 }), '个工作日');
    assert.equal(msg('en', 'deadline.unit.workday', { n: 1 }), 'working day');
    assert.equal(msg('en', 'deadline.unit.day', { n: 5 }), 'calendar days');
  });
  test('reasons read as the issue says', () => {
    const reason = { code: 'deadline.resolve.needs-anchor', params: { anchor: 'formed-or-changed' } };
    assert.equal(formatDeadlineMessage(reason, 'en'), 'Needs the date the information was formed or changed to compute the due date');
    assert.equal(formatDeadlineMessage(reason, 'zh-CN'), '需要提供信息形成或变更的日期，才能算出截止日');
    const other = { code: 'deadline.resolve.needs-anchor', params: { anchor: 'event-finished', anchorText: '现状调查结束' } };
    assert.equal(formatDeadlineMessage(other, 'zh-CN'), '需要提供现状调查结束的日期，才能算出截止日');
    assert.equal(formatDeadlineMessage(other, 'en'), 'Needs the date the event finished (“现状调查结束”) to compute the due date');
  });
  test('trace steps write dates for people and translate holiday names', () => {
    const step = { code: 'deadline.trace.rolled', params: { from: '2024-10-01', to: '2024-10-08', kind: 'holiday', holiday: '国庆节' } };
    assert.equal(formatDeadlineMessage(step, 'zh-CN'), '2024年10月1日 是国庆节假期，期间届满日顺延至其后第一个工作日 2024年10月8日');
    assert.equal(
      formatDeadlineMessage(step, 'en'),
      '1 Oct 2024 is a public holiday (National Day): the period ends on the next working day, 8 Oct 2024',
    );
    assert.deepEqual(
      formatTrace([{ code: 'calendar.provisional' }, { code: 'deadline.trace.due', params: { date: '2027-01-18' } }], 'en'),
      [
        'The State Council has not yet published the holiday arrangements for a year involved; its days follow the statutory holiday rules and may change.',
        'Due: 18 Jan 2027 (inclusive)',
      ],
    );
  });
});
