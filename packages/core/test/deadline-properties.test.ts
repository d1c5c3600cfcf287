// fast-check properties of the deadline parser, formatter and resolver.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  DEADLINE_ANCHORS,
  DEADLINE_UNITS,
  DeadlineRuleSchema,
  formatDeadline,
  isWorkday,
  normalizeDeadlineText,
  parseDeadline,
  resolveDeadline,
  type DeadlineAnchor,
  type DeadlineRule,
  type DeadlineUnit,
} from '../src/index.js';
import { dayOfIso, isoOfDay } from './helpers.js';

// Pieces of real deadline texts, noise and separators: random joins reach deep into the parser.
const FRAGMENTS = [
  '信息',
  '形成',
  '或者',
  '变更',
  '之日起',
  '自',
  '20',
  '二十',
  '个',
  '工作日',
  '工作',
  '日',
  '天',
  '内',
  '以内',
  '公开',
  '予以',
  '及时',
  '实时',
  '随时',
  '常态化',
  '每年',
  '每季度',
  '每月',
  '每半年',
  '按季',
  '至少',
  '一次',
  '1月',
  '31日',
  '月底',
  '年底',
  '前',
  '2020年',
  '9月',
  '底前',
  '同上',
  '按',
  '要求',
  '卫健委',
  '不少于',
  '公示',
  '7',
  '个月',
  '年',
  '批准',
  '后',
  '作出决定',
  '收到',
  '结束',
  '其中',
  '；',
  '，',
  '。',
  '（',
  '）',
  '、',
  '…',
  ' ',
  '\n',
  '個',
  '內',
  '變',
  '２',
  '〇',
  '十',
  '百',
  '两',
  '零',
  '法律、法规',
  '另有规定的',
  '从其规定',
  '情况复杂的',
  '经',
  '可延长',
  '在',
  '村公示栏',
  '时',
  '长期',
  '持续推进',
  '任期内',
  '最新有效',
  '公开时长：',
  '的',
  '应当',
  '一般',
  '事项',
  '分段',
  '首个月',
  '第',
  '小时',
  '周',
  '0',
  '99999',
  '年内',
  '上半年',
  '季度',
  '号',
  '((',
  '））',
  '其',
  '中',
];
const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fragmentText,
  fragmentText,
);

function checkRule(text: string, r: DeadlineRule): DeadlineRule {
  assert.equal(r.text, text);
  const s = DeadlineRuleSchema.safeParse(r);
  assert.ok(s.success, `${JSON.stringify(text)} → ${JSON.stringify(r)}: ${JSON.stringify(s.error?.issues)}`);
  assert.ok(r.kind !== 'unparsed' || r.reason !== 'deadline.unparsed.internal', JSON.stringify(text));
  return r;
}

/** parseDeadline, with every result checked against the schema. */
const parse = (text: string, context?: Parameters<typeof parseDeadline>[1]) => checkRule(text, parseDeadline(text, context));

test('parseDeadline never throws, keeps the text and always returns a schema-valid rule', () => {
  fc.assert(
    fc.property(anyText, fc.option(fc.integer({ min: -5, max: 10000 }), { nil: undefined }), (text, planYear) => {
      checkRule(text, parseDeadline(text, { planYear, previous: parseDeadline('及时公开') }));
    }),
    { numRuns: 4000 },
  );
});

test('huge and pathological inputs return quickly', () => {
  const cases = [
    'x'.repeat(1_000_000),
    '二'.repeat(1999) + '日',
    '1'.repeat(1999) + '日',
    '（'.repeat(1000) + '）'.repeat(1000),
    '）'.repeat(2000),
    '，'.repeat(2000),
    '其中'.repeat(1000),
    '每'.repeat(1999) + '年',
    '20个工作日内；'.repeat(250),
    '在'.repeat(1000) + '公开',
    '经'.repeat(999) + '批准',
    '按'.repeat(1000) + '要求',
    '\u{1F600}'.repeat(1000),
    '\ud800'.repeat(2000),
  ];
  for (const text of cases) {
    const t0 = performance.now();
    checkRule(text, parseDeadline(text));
    assert.ok(performance.now() - t0 < 2000, `${JSON.stringify(text.slice(0, 10))}… took too long`);
  }
});

test('normalisation is idempotent', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const once = normalizeDeadlineText(text);
      assert.equal(normalizeDeadlineText(once), once);
    }),
    { numRuns: 4000 },
  );
});

// Anchors other than `other` round-trip through their generic wording; `other` keeps its own words.
const OTHER_WORDS = ['项目开工', '合同签订', '会议召开', '检查开始', '方案公布', '名单确定'];
const relativeRule = fc
  .record({
    amount: fc.integer({ min: 1, max: 9999 }),
    unit: fc.constantFrom<DeadlineUnit>(...DEADLINE_UNITS),
    anchor: fc.constantFrom<DeadlineAnchor>(...DEADLINE_ANCHORS),
    other: fc.constantFrom(...OTHER_WORDS),
  })
  .map(({ amount, unit, anchor, other }): DeadlineRule => ({
    kind: 'relative',
    text: '',
    amount: unit === 'year' ? Math.min(amount, 99) : amount,
    unit,
    anchor,
    ...(anchor === 'other' ? { anchorText: other } : {}),
  }));

test('parse(formatDeadline(rule, zh-CN)) gives back kind, amount, unit and anchor', () => {
  fc.assert(
    fc.property(relativeRule, (rule) => {
      const text = formatDeadline(rule, 'zh-CN');
      const back = parse(text);
      assert.equal(back.kind, 'relative', `${text} → ${JSON.stringify(back)}`);
      if (rule.kind !== 'relative' || back.kind !== 'relative') return;
      assert.deepEqual([back.amount, back.unit, back.anchor], [rule.amount, rule.unit, rule.anchor], text);
      if (rule.anchor === 'other') assert.equal(back.anchorText, rule.anchorText);
    }),
    { numRuns: 2000 },
  );
});

test('formatDeadline never leaves a gap, whatever was parsed', () => {
  fc.assert(
    fc.property(fragmentText, (text) => {
      const rule = parse(text, { planYear: 2024 });
      for (const lang of ['zh-CN', 'en'] as const) assert.doesNotMatch(formatDeadline(rule, lang), /undefined|NaN|\[object/);
    }),
    { numRuns: 2000 },
  );
});

const date = fc.integer({ min: dayOfIso('2006-06-01'), max: dayOfIso('2051-06-30') }).map(isoOfDay);

test('resolveDeadline never throws, on any parsed rule and any dates', () => {
  fc.assert(
    fc.property(
      fragmentText,
      date,
      date,
      fc.boolean(),
      fc.option(fc.integer({ min: 1990, max: 2060 }), { nil: undefined }),
      (text, a, t, roll, planYear) => {
        const r = resolveDeadline(parse(text), { anchorDate: a, today: t, rollCalendarDays: roll, planYear });
        if (r.ok) assert.match(r.due, /^\d{4}-\d\d-\d\d$/);
        else assert.equal(typeof r.reason.code, 'string');
      },
    ),
    { numRuns: 3000 },
  );
});

const inRange = fc.integer({ min: dayOfIso('2007-01-01'), max: dayOfIso('2049-06-30') });

test('calendar days: with rolling the due date is the first working day on or after anchor + n; without, anchor + n', () => {
  fc.assert(
    fc.property(inRange, fc.integer({ min: 1, max: 400 }), (anchor, n) => {
      const rule: DeadlineRule = { kind: 'relative', text: '', amount: n, unit: 'day', anchor: 'approved' };
      const plain = isoOfDay(anchor + n); // Date arithmetic, independent of the code under test
      const off = resolveDeadline(rule, { anchorDate: isoOfDay(anchor), today: isoOfDay(anchor), rollCalendarDays: false });
      assert.ok(off.ok && off.due === plain);
      const on = resolveDeadline(rule, { anchorDate: isoOfDay(anchor), today: isoOfDay(anchor) });
      assert.ok(on.ok);
      let d = anchor + n;
      while (!isWorkday(isoOfDay(d))) d++;
      assert.equal(on.due, isoOfDay(d));
    }),
    { numRuns: 1500 },
  );
});

test('working days: the due date is the n-th working day after the anchor (day-by-day walk)', () => {
  fc.assert(
    fc.property(inRange, fc.integer({ min: 1, max: 60 }), (anchor, n) => {
      const r = resolveDeadline(
        { kind: 'relative', text: '', amount: n, unit: 'workday', anchor: 'formed' },
        { anchorDate: isoOfDay(anchor), today: isoOfDay(anchor) },
      );
      let d = anchor;
      for (let k = 0; k < n;) if (isWorkday(isoOfDay(++d))) k++;
      assert.ok(r.ok && r.due === isoOfDay(d));
    }),
    { numRuns: 1500 },
  );
});

test('recurring rules resolve on or after today, within one period', () => {
  fc.assert(
    fc.property(
      inRange,
      fc.constantFrom(
        ...['每年1月31日前', '每年2月29日前', '每季度的首个月20日', '每月10日前', '每月底前', '每季度', '每半年公开一次', '每月', '每年'],
      ),
      (today, text) => {
        const r = resolveDeadline(parse(text), { today: isoOfDay(today) });
        assert.ok(r.ok);
        const days = dayOfIso(r.due) - today;
        assert.ok(days >= 0 && days <= 366, `${text} ${isoOfDay(today)} → ${r.due}`);
      },
    ),
    { numRuns: 2000 },
  );
});
