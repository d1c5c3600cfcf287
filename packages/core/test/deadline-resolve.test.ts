// resolveDeadline with dates computed by hand from the State Council notices
// (data/holiday-cn/2024.json: 09-29 and 10-12 make-up working days, 10-01..10-07 off) and the
// statutory rules for 2027 (data/statutory-holidays: 春节 02-05..02-08, make-up rest 02-09, 02-10).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createCalendar, formatTrace, resolveDeadline, type DeadlineRule, type ResolveResult, type TraceStep } from '../src/index.js';
import { parse } from './deadline-cases.js';

const FORMED = '信息形成或者变更之日起20个工作日内';

function due(r: ResolveResult): string {
  assert.ok(r.ok, `expected a due date, got ${JSON.stringify(!r.ok && r.reason)}`);
  return r.due;
}
function reason(r: ResolveResult): { code: string; params: Record<string, unknown> } {
  assert.ok(!r.ok, `expected no due date, got ${r.ok && r.due}`);
  return r.reason;
}
const codes = (trace: TraceStep[]) => trace.map((s) => s.code);

describe('working days (start day not counted)', () => {
  test('20 working days from Fri 2024-09-27 across 国庆 2024 → Wed 2024-10-30', () => {
    // Counted by hand: 09-29 (Sun, make-up) 1, 09-30 2, [10-01..10-07 off], 10-08 3, 10-09 4, 10-10 5,
    // 10-11 6, 10-12 (Sat, make-up) 7, 10-14..10-18 8–12, 10-21..10-25 13–17, 10-28 18, 10-29 19, 10-30 20.
    const r = resolveDeadline(parse(FORMED), { anchorDate: '2024-09-27', today: '2024-09-27' });
    assert.equal(due(r), '2024-10-30');
    assert.ok(r.ok);
    assert.equal(r.provisional, false);
    assert.deepEqual(codes(r.trace), ['deadline.trace.start', 'deadline.trace.count-workdays', 'deadline.trace.due']);
    assert.deepEqual(r.trace[0], {
      code: 'deadline.trace.start',
      params: { date: '2024-09-27', anchor: 'formed-or-changed', anchorText: '信息形成或者变更' },
    });
    const count = r.trace[1]!.params!;
    assert.equal(count.n, 20);
    assert.equal(count.to, '2024-10-30');
    const skipped = (count.skipped as { date: string }[]).map((d) => d.date);
    assert.deepEqual(skipped, [
      '2024-09-28',
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
      '2024-10-04',
      '2024-10-05',
      '2024-10-06',
      '2024-10-07',
      '2024-10-13',
      '2024-10-19',
      '2024-10-20',
      '2024-10-26',
      '2024-10-27',
    ]);
    assert.deepEqual(
      (count.adjusted as { date: string }[]).map((d) => d.date),
      ['2024-09-29', '2024-10-12'],
    );
    assert.deepEqual(formatTrace(r.trace, 'zh-CN'), [
      '起算：2024年9月27日（信息形成或变更之日），当日不计入',
      '往后数 20 个工作日，到 2024年10月30日；其间不计入休息日 13 天，调休上班的周末 2 天计为工作日',
      '截止日：2024年10月30日（含当日）',
    ]);
    assert.deepEqual(formatTrace(r.trace, 'en'), [
      'Start: 27 Sep 2024 (the information being formed or changed); that day is not counted',
      'Count 20 working days to 30 Oct 2024; 13 rest days not counted, 2 make-up working days counted',
      'Due: 30 Oct 2024 (inclusive)',
    ]);
  });
  test('7 working days from Fri 2026-12-18 → Tue 2026-12-29; the extension is noted, not added', () => {
    // 12-21..12-25 (1–5), 12-28 (6), 12-29 (7).
    const rule = parse('作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日');
    const r = resolveDeadline(rule, { anchorDate: '2026-12-18', today: '2026-12-18' });
    assert.equal(due(r), '2026-12-29');
    assert.ok(r.ok && !r.provisional);
    assert.deepEqual(codes(r.trace), [
      'deadline.trace.start',
      'deadline.trace.count-workdays',
      'deadline.trace.extension-available',
      'deadline.trace.due',
    ]);
  });
  test('a December 2026 start runs into provisional 2027: 20 working days from 2026-12-18 → 2027-01-18', () => {
    // Dec 21–25 (5), Dec 28–31 (9), 2027-01-01 元旦 off, Jan 4–8 (14), Jan 11–15 (19), Mon Jan 18 (20).
    const r = resolveDeadline(parse(FORMED), { anchorDate: '2026-12-18', today: '2026-12-18' });
    assert.equal(due(r), '2027-01-18');
    assert.ok(r.ok && r.provisional);
    assert.ok(codes(r.trace).includes('calendar.provisional'));
  });
  test('the calendar passed in is used (a county closure on 2024-10-30 moves the due date a day)', () => {
    const calendar = createCalendar({ closures: [{ date: '2024-10-30', name: '县防汛' }] });
    assert.equal(due(resolveDeadline(parse(FORMED), { anchorDate: '2024-09-27', today: '2024-09-27', calendar })), '2024-10-31');
  });
  test('override clause is noted in the trace', () => {
    const r = resolveDeadline(parse('自形成或者变更之日起20个工作日内予以公开，法律法规另有规定的从其规定。'), {
      anchorDate: '2024-09-27',
      today: '2024-09-27',
    });
    assert.ok(r.ok && codes(r.trace).includes('deadline.trace.override'));
  });
});

describe('calendar days, months and years (regulations §1.6: a period ending on a rest day moves on)', () => {
  const BUDGET = '本级人民代表大会或其常务委员会批准后20日内';
  test('20 days from 2024-09-11 land on 10-01 (国庆) and roll to Tue 2024-10-08', () => {
    const r = resolveDeadline(parse(BUDGET), { anchorDate: '2024-09-11', today: '2024-09-11' });
    assert.equal(due(r), '2024-10-08');
    assert.ok(r.ok);
    assert.deepEqual(r.trace[1], { code: 'deadline.trace.add-days', params: { n: 20, to: '2024-10-01' } });
    assert.deepEqual(r.trace[2], {
      code: 'deadline.trace.rolled',
      params: { from: '2024-10-01', to: '2024-10-08', kind: 'holiday', holiday: '国庆节' },
    });
  });
  test('… and stay on 10-01 with rollCalendarDays: false', () => {
    const r = resolveDeadline(parse(BUDGET), { anchorDate: '2024-09-11', today: '2024-09-11', rollCalendarDays: false });
    assert.equal(due(r), '2024-10-01');
    assert.ok(r.ok && codes(r.trace).includes('deadline.trace.not-rolled'));
  });
  test('landing on a make-up working day (Sat 2024-10-12) does not roll', () => {
    assert.equal(due(resolveDeadline(parse(BUDGET), { anchorDate: '2024-09-22', today: '2024-09-22' })), '2024-10-12');
  });
  test('landing on a plain Sunday (2024-03-10) rolls to Monday', () => {
    // 2024-02-19 + 20 days: February 2024 has 29 days, so 02-29 is +10 and 03-10 is +20.
    assert.equal(due(resolveDeadline(parse(BUDGET), { anchorDate: '2024-02-19', today: '2024-02-19' })), '2024-03-11');
  });
  test('provisional 2027: 2027-01-17 + 20 days = Sat 02-06 (春节) → Thu 2027-02-11', () => {
    // Statutory 2027: 02-05..02-08 off, make-up rest days 02-09 and 02-10; 02-11 is the first working day.
    const r = resolveDeadline(parse(BUDGET), { anchorDate: '2027-01-17', today: '2027-01-17' });
    assert.equal(due(r), '2027-02-11');
    assert.ok(r.ok && r.provisional);
  });
  test('months keep the day of the month, clamped to the month’s end', () => {
    const month = parse('批准后1个月内');
    assert.equal(due(resolveDeadline(month, { anchorDate: '2024-01-31', today: '2024-01-31' })), '2024-02-29'); // Thu, leap year
    assert.equal(due(resolveDeadline(month, { anchorDate: '2023-01-31', today: '2023-01-31' })), '2023-02-28'); // Tue
    const r = resolveDeadline(month, { anchorDate: '2023-01-31', today: '2023-01-31' });
    assert.ok(r.ok);
    assert.deepEqual(r.trace[1], { code: 'deadline.trace.add-months', params: { n: 1, to: '2023-02-28', clamped: true } });
    // 2024-09-01 + 1 month = 10-01 (国庆) → 10-08.
    assert.equal(due(resolveDeadline(month, { anchorDate: '2024-09-01', today: '2024-09-01' })), '2024-10-08');
    assert.equal(due(resolveDeadline(parse('批准后两个月内'), { anchorDate: '2024-12-31', today: '2024-12-31' })), '2025-02-28');
  });
  test('years: 2024-02-29 + 1 year = 2025-02-28 (a Friday)', () => {
    const r = resolveDeadline(parse('批准后1年内'), { anchorDate: '2024-02-29', today: '2024-02-29' });
    assert.equal(due(r), '2025-02-28');
    assert.ok(r.ok && r.trace[1]!.code === 'deadline.trace.add-years' && r.trace[1]!.params!.clamped === true);
  });
});

describe('fixed and recurring dates', () => {
  test('a 前 date is the due date itself, inclusive, even on a holiday (noted, never moved)', () => {
    const r = resolveDeadline(parse('2024年10月1日前'), { today: '2024-09-01' });
    assert.equal(due(r), '2024-10-01');
    assert.ok(r.ok);
    assert.deepEqual(codes(r.trace), ['deadline.trace.fixed', 'deadline.trace.fixed-rest-day', 'deadline.trace.due']);
    assert.equal(r.trace[1]!.params!.holiday, '国庆节');
  });
  test('年底前 needs a year: from the rule, or from planYear at resolution', () => {
    assert.equal(reason(resolveDeadline(parse('年底前'), { today: '2020-06-07' })).code, 'deadline.resolve.needs-year');
    const r = resolveDeadline(parse('年底前'), { today: '2020-06-07', planYear: 2020 });
    assert.equal(due(r), '2020-12-31');
    assert.ok(r.ok && r.trace[0]!.code === 'deadline.trace.plan-year');
    assert.equal(due(resolveDeadline(parse('年底前', { planYear: 2021 }), { today: '2020-06-07' })), '2021-12-31');
  });
  for (const [text, today, expected] of [
    ['每年1月31日前', '2024-09-27', '2025-01-31'],
    ['每年1月31日前', '2025-01-31', '2025-01-31'],
    ['每年3月31日前', '2025-02-01', '2025-03-31'],
    ['每年6月底前', '2024-07-01', '2025-06-30'],
    ['每年2月29日前', '2025-01-10', '2025-02-28'],
    ['每季度的首个月20日', '2024-09-27', '2024-10-20'],
    ['每季度的首个月20日', '2024-10-20', '2024-10-20'],
    ['每季度的首个月20日', '2024-10-21', '2025-01-20'],
    ['每月10日前', '2024-12-11', '2025-01-10'],
    ['每月底前', '2024-02-10', '2024-02-29'],
    ['每季度', '2024-05-15', '2024-06-30'],
    ['至少每季度公布一次', '2024-10-01', '2024-12-31'],
    ['每月公布一次', '2023-02-01', '2023-02-28'],
    ['每半年公开一次', '2024-07-01', '2024-12-31'],
    ['每半年公开一次', '2024-06-30', '2024-06-30'],
    ['按年度公开', '2024-03-01', '2024-12-31'],
  ] as const) {
    test(`${text}, today ${today} → ${expected}`, () => assert.equal(due(resolveDeadline(parse(text), { today })), expected));
  }
  test('a clamped day is explained', () => {
    const r = resolveDeadline(parse('每年2月29日前'), { today: '2025-01-10' });
    assert.ok(r.ok && codes(r.trace).includes('deadline.trace.clamped-day'));
  });
});

describe('rules without a date say why', () => {
  for (const [text, code] of [
    ['及时公开', 'deadline.resolve.prompt'],
    ['在实地启动拟征收土地工作时，在村公示栏公开', 'deadline.resolve.prompt'],
    ['持续推进', 'deadline.resolve.ongoing'],
    ['任期内', 'deadline.resolve.ongoing'],
    ['同上', 'deadline.resolve.reference'],
    ['按卫健委要求单独公开', 'deadline.resolve.reference'],
    ['公开征求意见的期限一般不少于30日', 'deadline.resolve.minimum'],
    ['公示7个工作日', 'deadline.resolve.duration'],
    ['请尽快办理', 'deadline.resolve.unparsed'],
    ['重大事项应当随时公布；及时公开', 'deadline.resolve.no-part'],
  ] as const) {
    test(`${text} → ${code}`, () => assert.equal(reason(resolveDeadline(parse(text), { today: '2024-09-27' })).code, code));
  }
  test('a relative rule without the anchor date names the anchor it needs', () => {
    assert.deepEqual(reason(resolveDeadline(parse(FORMED), { today: '2024-09-27' })), {
      code: 'deadline.resolve.needs-anchor',
      params: { anchor: 'formed-or-changed', anchorText: '信息形成或者变更' },
    });
    assert.deepEqual(reason(resolveDeadline(parse('20工作日'), { today: '2024-09-27' })), {
      code: 'deadline.resolve.needs-anchor',
      params: { anchor: 'formed-or-changed' },
    });
  });
});

describe('references and compound rules', () => {
  test('同上 with the previous rule resolves through it', () => {
    const r = resolveDeadline(parse('同上', { previous: parse(FORMED) }), { anchorDate: '2024-09-27', today: '2024-09-27' });
    assert.equal(due(r), '2024-10-30');
    assert.ok(r.ok && r.trace[0]!.code === 'deadline.trace.reference');
  });
  test('#11: the 10-working-day clock decides; the posting period is kept as its own part', () => {
    const rule = parse('制定或获取信息之日起10个工作日内，公示7个工作日');
    // 2024-09-27 + 10 working days: 09-29, 09-30, 10-08, 10-09, 10-10, 10-11, 10-12, 10-14, 10-15, 10-16.
    const r = resolveDeadline(rule, { anchorDate: '2024-09-27', today: '2024-09-27' });
    assert.equal(due(r), '2024-10-16');
    assert.ok(r.ok && r.parts?.length === 2);
    assert.equal(r.parts![1]!.ok, false);
    assert.equal(r.trace[0]!.code, 'deadline.trace.part');
    assert.equal(r.trace.at(-1)!.code, 'deadline.trace.earliest');
    // Without the anchor date the compound says what it needs.
    assert.equal(reason(resolveDeadline(rule, { today: '2024-09-27' })).code, 'deadline.resolve.needs-anchor');
  });
  test('#18: the general part decides; the part for named items keeps its own result', () => {
    const r = resolveDeadline(parse('信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示'), {
      anchorDate: '2024-09-27',
      today: '2024-09-27',
    });
    assert.equal(due(r), '2024-10-30');
    assert.ok(r.ok && r.parts![1]!.ok && r.parts![1]!.due === '2024-10-12'); // 7th working day: Sat 10-12 (make-up)
    assert.equal(r.trace.at(-1)!.params!.scope, 'general');
  });
  test('#33: all parts are for named items: the earliest of them (monthly) decides', () => {
    const r = resolveDeadline(parse('一般事项至少每季度公布一次；财务收支情况应当每月公布一次；重大事项应当随时公布'), {
      today: '2024-08-05',
    });
    assert.equal(due(r), '2024-08-31');
    assert.ok(r.ok && r.trace.at(-1)!.params!.scope === 'all' && r.trace.at(-1)!.params!.index === 2);
  });
});

describe('bad input never throws', () => {
  test('out of the calendar’s range', () => {
    assert.deepEqual(reason(resolveDeadline(parse(FORMED), { anchorDate: '2050-12-20', today: '2024-01-01' })), {
      code: 'calendar.out-of-range',
      params: { value: '2050-12-20', first: '2007-01-01', last: '2050-12-31' },
    });
    assert.equal(reason(resolveDeadline(parse(FORMED), { anchorDate: '2006-12-29', today: '2024-01-01' })).code, 'calendar.out-of-range');
    assert.equal(
      reason(resolveDeadline(parse('批准后20日内'), { anchorDate: '2050-12-20', today: '2024-01-01' })).code,
      'calendar.out-of-range',
    );
    assert.equal(
      reason(resolveDeadline(parse('批准后99年内'), { anchorDate: '2024-01-01', today: '2024-01-01' })).code,
      'calendar.out-of-range',
    );
    assert.equal(reason(resolveDeadline(parse('2051年1月底前'), { today: '2024-01-01' })).code, 'calendar.out-of-range');
    assert.equal(reason(resolveDeadline(parse('每年1月31日前'), { today: '2050-12-31' })).code, 'calendar.out-of-range');
  });
  test('invalid dates come back with the date issue code', () => {
    assert.deepEqual(reason(resolveDeadline(parse(FORMED), { anchorDate: '2024-02-30', today: '2024-01-01' })), {
      code: 'date.invalid',
      params: { value: '2024-02-30', field: 'anchorDate' },
    });
    assert.equal(reason(resolveDeadline(parse(FORMED), { anchorDate: '2024/1/2', today: '2024-01-01' })).code, 'date.format');
    assert.equal(reason(resolveDeadline(parse(FORMED), { today: 'tomorrow' })).code, 'date.format');
    assert.equal(reason(resolveDeadline(parse(FORMED), { today: '' })).code, 'date.empty');
    assert.equal(reason(resolveDeadline(parse(FORMED), undefined as never)).code, 'date.format');
  });
  test('rules of the wrong shape', () => {
    const today = '2024-01-01';
    assert.equal(reason(resolveDeadline(null as unknown as DeadlineRule, { today })).code, 'deadline.resolve.invalid-rule');
    assert.equal(reason(resolveDeadline({ kind: 'nope' } as unknown as DeadlineRule, { today })).code, 'deadline.resolve.invalid-rule');
    const bad = { kind: 'relative', text: '', amount: 1.5, unit: 'workday', anchor: 'formed' } as DeadlineRule;
    assert.equal(reason(resolveDeadline(bad, { today, anchorDate: today })).code, 'calendar.invalid-count');
    const noParts = { kind: 'compound', text: '', parts: null } as unknown as DeadlineRule;
    assert.equal(reason(resolveDeadline(noParts, { today })).code, 'deadline.resolve.invalid-rule');
    const badDate = { kind: 'fixed', text: '', date: '2024-13-01' } as unknown as DeadlineRule;
    assert.equal(reason(resolveDeadline(badDate, { today })).code, 'date.invalid');
  });
});
