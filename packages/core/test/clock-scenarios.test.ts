// The statutory request clock, scenario by scenario, written by hand from 条例 (2019).
//
// Every expected date below was counted by hand on the State Council notices in
// packages/core/data/holiday-cn/20XX.json (2027: the statutory rules in
// data/statutory-holidays, provisional). The count is written out next to each case;
// "(n)" marks the n-th working day, A a weekend make-up working day (调休上班), H a holiday.
// No expected date comes from addWorkdays. The start day never counts.
//
// Calendars used:
//   2024 春节: 02-10..02-17 off; 02-04 (Sun) and 02-18 (Sun) working.
//   2024 清明: 04-04..04-06 off; 04-07 (Sun) working. 2024 劳动节: 05-01..05-05 off; 04-28 (Sun), 05-11 (Sat) working.
//   2024 国庆: 10-01..10-07 off; 09-29 (Sun) and 10-12 (Sat) working.
//   2025 元旦: 01-01 off. 2025 春节: 01-28..02-04 off; 01-26 (Sun), 02-08 (Sat) working.
//   2025 国庆、中秋: 10-01..10-08 off; 09-28 (Sun), 10-11 (Sat) working.
//   2026 元旦: 01-01..01-03 off; 01-04 (Sun) working. 2026 春节: 02-15..02-23 off; 02-14 (Sat), 02-28 (Sat) working.
//   2023 中秋、国庆: 09-29..10-06 off; 10-07 (Sat), 10-08 (Sun) working.
//   2027 (provisional): 01-01 元旦; 春节 02-05..02-08 plus make-up rest days 02-09, 02-10.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ClockPolicy, requestClock, type RequestClockResult } from '../src/index.js';

// Field names are checked; values are plain strings (dates are not branded here).
type Want = { [K in Exclude<keyof RequestClockResult, 'issues'>]?: unknown } & {
  /** The exact issues expected: [code, path joined with '.', severity]. Default: none. */
  issues?: [string, string, 'error' | 'warning'][];
};

function clock(events: unknown[], today: string, policy?: ClockPolicy): RequestClockResult {
  return requestClock(events, policy ? { today, policy } : { today });
}

/** Checks the listed fields, and that the issues are exactly the expected ones. */
function expect(r: RequestClockResult, want: Want): void {
  const { issues = [], ...fields } = want;
  for (const [k, v] of Object.entries(fields)) {
    assert.deepEqual(r[k as keyof RequestClockResult], v, `${k}: got ${JSON.stringify(r[k as keyof RequestClockResult])}`);
  }
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path.join('.'), i.severity]),
    issues,
  );
  if (r.phase === 'invalid') {
    for (const k of ['receiptDate', 'due', 'dueLatest', 'correctionNoticeDue', 'periodStart'] as const) assert.equal(r[k], undefined, k);
    assert.deepEqual(r.trace, []);
  }
}

const codes = (r: RequestClockResult) => r.trace.map((s) => s.code);

describe('receipt date by channel (Art. 31)', () => {
  test('in person: the day it is handed in; 2024 Spring Festival block with both make-up Sundays', () => {
    // Art. 31(1), Art. 33 ¶2. Received Thu 2024-02-01.
    // 02-02(1) 02-03 Sat 02-04 A(2) 02-05(3) 06(4) 07(5) 08(6) 09(7) 02-10..17 H 02-18 A(8) 19(9) 20(10)
    // 21(11) 22(12) 23(13) 26(14) 27(15) 28(16) 29(17) 03-01(18) 03-04(19) 03-05(20).
    const r = clock(
      [
        { type: 'submitted', at: '2024-02-01T09:20:00+08:00', channel: 'in-person' },
        { type: 'received', date: '2024-02-01', channel: 'in-person' },
      ],
      '2024-02-01',
    );
    expect(r, {
      phase: 'processing',
      channel: 'in-person',
      receiptDate: '2024-02-01',
      periodStart: '2024-02-01',
      due: '2024-03-05',
      correctionNoticeDue: '2024-02-09', // Art. 30: the 7th working day
      workdaysUsed: 0,
      workdaysLeft: 20,
      overdue: false,
      provisional: false,
      pauseOpen: false,
    });
    const rest = r.trace.find((s) => s.code === 'clock.trace.rest-days')!;
    assert.deepEqual(rest.params.holidays, ['春节']);
    assert.deepEqual(rest.params.adjusted, ['2024-02-04', '2024-02-18']);
    // 33 calendar days in (02-01, 03-05], 20 working: 13 rest days, 8 of them the holiday block.
    assert.equal(rest.params.n, 13);
    assert.equal(rest.params.weekends, 5);
    assert.deepEqual(r.nextStep, { code: 'clock.next.reply', due: '2024-03-05', params: { due: '2024-03-05', n: 20 } });
  });

  test('registered post: the day it is signed for, the day before the Spring Festival block', () => {
    // Art. 31(2). Signed for Thu 2024-02-08.
    // 02-09(1) 02-10..17 H 02-18 A(2) 19(3) 20(4) 21(5) 22(6) 23(7) 26(8) 27(9) 28(10) 29(11)
    // 03-01(12) 04(13) 05(14) 06(15) 07(16) 08(17) 11(18) 12(19) 13(20).
    const r = clock(
      [
        { type: 'submitted', at: '2024-02-06T16:00:00+08:00', channel: 'registered-post' },
        { type: 'received', date: '2024-02-08', channel: 'registered-post' },
      ],
      '2024-02-19',
    );
    expect(r, {
      phase: 'processing',
      receiptDate: '2024-02-08',
      due: '2024-03-13',
      correctionNoticeDue: '2024-02-23',
      workdaysUsed: 3, // 02-09, 02-18, 02-19
      workdaysLeft: 17,
    });
    assert.ok(codes(r).includes('clock.trace.receipt.registered-post'));
  });

  test('ordinary post: confirmed on the day it arrives, across 清明 and its make-up Sunday', () => {
    // Art. 31(2) (平常信函: the confirmation date). Arrived and confirmed Mon 2024-03-11.
    // 12(1) 13 14 15(4) 18..22(9) 25..29(14) 04-01(15) 02(16) 03(17) 04-04..06 H 04-07 A(18) 08(19) 09(20).
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'ordinary-post' },
        { type: 'confirmed', date: '2024-03-11' },
      ],
      '2024-03-11',
    );
    expect(r, {
      phase: 'processing',
      channel: 'ordinary-post',
      receiptDate: '2024-03-11',
      due: '2024-04-09',
      correctionNoticeDue: '2024-03-20',
    });
  });

  test('ordinary post confirmed two days after it arrived: the confirmation date counts, with a warning', () => {
    // Art. 31(2): confirm on the day the letter arrives. Arrived 03-11, confirmed Wed 03-13.
    // 14(1) 15(2) 18..22(7) 25..29(12) 04-01(13) 02(14) 03(15) 04-07 A(16) 08(17) 09(18) 10(19) 11(20).
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'ordinary-post' },
        { type: 'confirmed', date: '2024-03-13' },
      ],
      '2024-03-13',
    );
    expect(r, { receiptDate: '2024-03-13', due: '2024-04-11', issues: [['clock.confirm.late', 'events.1.date', 'warning']] });
  });

  test('online: submitted on the evening of 31 Dec in New York, which is New Year’s Day in China; confirmed 2025-01-02', () => {
    // Art. 31(3): the day both sides confirm. Across 2025 春节 (01-28..02-04) and its make-up Sunday 01-26.
    // 01-03(1) 06..10(6) 13..17(11) 20..24(16) 01-26 A(17) 27(18) 01-28..02-04 H 02-05(19) 06(20).
    const r = clock(
      [
        { type: 'submitted', at: '2024-12-31T18:30:00-05:00', channel: 'online' },
        { type: 'confirmed', date: '2025-01-02' },
      ],
      '2025-01-02',
    );
    expect(r, { phase: 'processing', channel: 'online', receiptDate: '2025-01-02', due: '2025-02-06', correctionNoticeDue: '2025-01-13' });
    assert.equal(r.trace[0]!.code, 'clock.trace.submitted');
    assert.equal(r.trace[0]!.date, '2025-01-01'); // 07:30 on 1 January in Beijing
  });

  test('online, submitted during the 2024 National Day holiday (New York afternoon), confirmed after it', () => {
    // Art. 31(3). 2024-09-30T13:00-04:00 is 2024-10-01 01:00 in Beijing. Confirmed Tue 10-08.
    // 09(1) 10(2) 11(3) 12 A(4) 14(5) 15 16 17 18(9) 21..25(14) 28..31(18) 11-01(19) 11-04(20).
    const r = clock(
      [
        { type: 'submitted', at: '2024-09-30T13:00:00-04:00', channel: 'online' },
        { type: 'confirmed', date: '2024-10-08' },
      ],
      '2024-10-08',
    );
    expect(r, { receiptDate: '2024-10-08', due: '2024-11-04' });
    assert.equal(r.trace[0]!.date, '2024-10-01');
  });

  test('fax, confirmed just before the year end: the period runs over 2025 New Year’s Day', () => {
    // Art. 31(3). Confirmed Mon 2024-12-23.
    // 24(1) 25 26 27(4) 30(5) 31(6) 2025-01-01 H 02(7) 03(8) 06..10(13) 13..17(18) 20(19) 21(20).
    const r = clock(
      [
        { type: 'submitted', at: '2024-12-20T10:00:00+08:00', channel: 'fax' },
        { type: 'confirmed', date: '2024-12-23' },
      ],
      '2024-12-30',
    );
    expect(r, {
      receiptDate: '2024-12-23',
      due: '2025-01-21',
      correctionNoticeDue: '2025-01-02', // Art. 30: 24(1) .. 31(6), 2025-01-01 H, 01-02(7)
      workdaysUsed: 5, // 24, 25, 26, 27, 30
      workdaysLeft: 15,
    });
  });

  test('in person, submitted but no receipt recorded yet: awaiting receipt, no due date', () => {
    // Art. 31(1): receipt is the hand-in day, recorded by a `received` event.
    const r = clock([{ type: 'submitted', at: '2024-03-11T10:00:00+08:00', channel: 'registered-post' }], '2024-03-12');
    expect(r, { phase: 'awaiting-receipt', receiptDate: undefined, due: undefined, correctionNoticeDue: undefined });
    assert.deepEqual(r.nextStep, { code: 'clock.next.record-receipt', params: { channel: 'registered-post' } });
  });

  test('online, not yet confirmed: awaiting confirmation, no due date', () => {
    // Art. 31(3): until both sides confirm there is no receipt date.
    const r = clock([{ type: 'submitted', at: '2024-10-11T20:00:00+08:00', channel: 'online' }], '2024-10-12');
    expect(r, { phase: 'awaiting-confirmation', due: undefined, workdaysLeft: undefined });
    assert.equal(r.nextStep.code, 'clock.next.confirm-receipt');
  });

  test('ordinary post arrived, not confirmed: the next step is to confirm on the arrival day', () => {
    // Art. 31(2): 平常信函 are confirmed with the applicant on the day they arrive.
    const r = clock([{ type: 'received', date: '2024-03-11', channel: 'ordinary-post' }], '2024-03-11');
    expect(r, { phase: 'awaiting-confirmation', due: undefined });
    assert.deepEqual(r.nextStep, {
      code: 'clock.next.confirm-receipt',
      due: '2024-03-11',
      params: { channel: 'ordinary-post', due: '2024-03-11' },
    });
  });

  test('submitted online but handed in at the counter: the receiving channel decides, with a warning', () => {
    // Art. 31(1). Received in person Mon 2024-03-11: due 2024-04-09 (count as for ordinary post above).
    const r = clock(
      [
        { type: 'submitted', at: '2024-03-08T10:00:00+08:00', channel: 'online' },
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
      ],
      '2024-03-11',
    );
    expect(r, {
      channel: 'in-person',
      receiptDate: '2024-03-11',
      due: '2024-04-09',
      issues: [['clock.channel.mismatch', 'events.1.channel', 'warning']],
    });
  });
});

describe('holiday blocks and year ends (Art. 33 ¶2 on the working-day calendar)', () => {
  test('2024 National Day: received Fri 09-27, both make-up days count', () => {
    // Art. 33 ¶2. 09-28 Sat 09-29 A(1) 30(2) 10-01..07 H 08(3) 09(4) 10(5) 11(6) 12 A(7) 14(8) 15..18(12)
    // 21..25(17) 28(18) 29(19) 30(20).
    const r = clock([{ type: 'received', date: '2024-09-27', channel: 'in-person' }], '2024-10-14');
    expect(r, {
      due: '2024-10-30',
      correctionNoticeDue: '2024-10-12', // Art. 30: the 7th working day is the make-up Saturday
      workdaysUsed: 8,
      workdaysLeft: 12,
    });
    const rest = r.trace.find((s) => s.code === 'clock.trace.rest-days')!;
    // (09-27, 10-30]: 33 days, 20 working; 13 rest days: 7 of 国庆, 6 weekend days (09-28, 10-13, 19, 20, 26, 27).
    assert.deepEqual(rest.params, {
      from: '2024-09-27',
      to: '2024-10-30',
      n: 13,
      weekends: 6,
      holidays: ['国庆节'],
      adjusted: ['2024-09-29', '2024-10-12'],
    });
  });

  test('2025 National Day and Mid-Autumn (eight days off) by registered post', () => {
    // Art. 31(2), 33 ¶2. Signed for Fri 2025-09-26. 09-28 A(1) 29(2) 30(3) 10-01..08 H 09(4) 10(5) 11 A(6)
    // 13..17(11) 20..24(16) 27(17) 28(18) 29(19) 30(20).
    const r = clock([{ type: 'received', date: '2025-09-26', channel: 'registered-post' }], '2025-09-26');
    expect(r, { due: '2025-10-30', correctionNoticeDue: '2025-10-13', provisional: false });
    assert.deepEqual(r.trace.find((s) => s.code === 'clock.trace.rest-days')!.params.holidays, ['国庆节、中秋节']);
  });

  test('2023 Mid-Autumn and National Day: the two make-up weekend days are the first working days', () => {
    // Art. 33 ¶2. Fax confirmed Thu 2023-09-28. 09-29..10-06 H 10-07 A(1) 08 A(2) 09..13(7) 16..20(12)
    // 23..27(17) 30(18) 31(19) 11-01(20).
    const r = clock(
      [
        { type: 'submitted', at: '2023-09-28T09:00:00+08:00', channel: 'fax' },
        { type: 'confirmed', date: '2023-09-28' },
      ],
      '2023-10-09',
    );
    expect(r, { due: '2023-11-01', correctionNoticeDue: '2023-10-13', workdaysUsed: 3, workdaysLeft: 17 });
  });

  test('2026 Spring Festival: nine days off between two make-up Saturdays', () => {
    // Art. 33 ¶2. Received Tue 2026-02-10. 11(1) 12(2) 13(3) 14 A(4) 15..23 H 24(5) 25(6) 26(7) 27(8) 28 A(9)
    // 03-02..06(14) 09..13(19) 16(20).
    const r = clock([{ type: 'received', date: '2026-02-10', channel: 'in-person' }], '2026-02-24');
    expect(r, { due: '2026-03-16', correctionNoticeDue: '2026-02-26', workdaysUsed: 5, workdaysLeft: 15 });
  });

  test('year end 2025 → 2026: New Year 01-01..03 off, Sunday 01-04 worked', () => {
    // Art. 33 ¶2. Received Mon 2025-12-22. 23(1) 24 25 26(4) 29(5) 30(6) 31(7) 01-01..03 H 01-04 A(8)
    // 05..09(13) 12..16(18) 19(19) 20(20).
    const r = clock([{ type: 'received', date: '2025-12-22', channel: 'in-person' }], '2025-12-22');
    expect(r, { due: '2026-01-20', correctionNoticeDue: '2025-12-31', provisional: false });
  });

  test('received in December 2026: the period runs into 2027, whose holidays are provisional', () => {
    // Art. 33 ¶2; 2027 has no notice yet (statutory rules: 01-01 元旦). Received Tue 2026-12-15.
    // 16(1) 17(2) 18(3) 21..25(8) 28..31(12) 2027-01-01 H 04..08(17) 11(18) 12(19) 13(20).
    const r = clock([{ type: 'received', date: '2026-12-15', channel: 'in-person' }], '2026-12-20');
    expect(r, {
      due: '2027-01-13',
      correctionNoticeDue: '2026-12-24',
      provisional: true,
      workdaysUsed: 3, // 16, 17, 18
      workdaysLeft: 17,
    });
    const prov = r.trace.find((s) => s.code === 'clock.trace.provisional')!;
    assert.deepEqual(prov.params, { years: [2027] });
  });

  test('December 2026 with a 20-day extension into the provisional 2027 Spring Festival', () => {
    // Art. 33 ¶2. Received Mon 2026-12-28. 29(1) 30 31(3) 2027-01-01 H 04..08(8) 11..15(13) 18..22(18)
    // 25(19) 26(20): due 2027-01-26. Extended by 20 on 01-20: 27(21) 28(22) 29(23) 02-01..04(27)
    // 02-05..08 春节 h, 02-09, 02-10 make-up rest days h, 11(28) 12(29) 15..19(34) 22..26(39) 03-01(40).
    const r = clock(
      [
        { type: 'received', date: '2026-12-28', channel: 'in-person' },
        { type: 'extended', date: '2027-01-20', workdays: 20, approvedBy: '政务公开办公室主任' },
      ],
      '2027-01-20',
    );
    expect(r, { due: '2027-03-01', periodWorkdays: 40, extensionWorkdays: 20, provisional: true, workdaysUsed: 16, workdaysLeft: 24 });
  });

  test('a year-end request in 2024 that stays within notice years is not provisional', () => {
    // Art. 33 ¶2. In person Fri 2024-12-20. 23..27(5) 30(6) 31(7) 2025-01-01 H 02(8) 03(9) 06..10(14)
    // 13..17(19) 20(20).
    const r = clock([{ type: 'received', date: '2024-12-20', channel: 'in-person' }], '2024-12-20');
    expect(r, { due: '2025-01-20', provisional: false });
    assert.ok(!codes(r).includes('clock.trace.provisional'));
  });
});

describe('correction (补正, Art. 30)', () => {
  test('notice within 7 working days; the reply period restarts on the corrected request', () => {
    // Art. 30. Received Fri 2024-09-27 (notice due 10-12). Notice Wed 10-09 (the 4th working day:
    // 09-29 A, 30, 10-08, 10-09). Corrected Wed 10-16: 17(1) 18(2) 21..25(7) 28..11-01(12) 04..08(17)
    // 11(18) 12(19) 13(20).
    const r = clock(
      [
        { type: 'received', date: '2024-09-27', channel: 'in-person' },
        { type: 'correction-requested', date: '2024-10-09', correctBy: '2024-10-18' },
        { type: 'corrected', date: '2024-10-16' },
      ],
      '2024-10-21',
    );
    expect(r, {
      phase: 'processing',
      receiptDate: '2024-09-27',
      periodStart: '2024-10-16',
      due: '2024-11-13',
      correctionNoticeDue: undefined, // the one notice has been given
      workdaysUsed: 3, // 17, 18, 21
      workdaysLeft: 17,
    });
    const period = r.trace.find((s) => s.code === 'clock.trace.period')!;
    assert.equal(period.params.basis, 'corrected');
  });

  test('while the correction is awaited there is no reply due date', () => {
    // Art. 30: the period restarts from the corrected request, so nothing runs meanwhile.
    const r = clock(
      [
        { type: 'received', date: '2024-09-27', channel: 'in-person' },
        { type: 'correction-requested', date: '2024-10-09', correctBy: '2024-10-18' },
      ],
      '2024-10-14',
    );
    expect(r, { phase: 'awaiting-correction', due: undefined, correctBy: '2024-10-18', workdaysLeft: undefined, overdue: false });
    assert.deepEqual(r.nextStep, { code: 'clock.next.await-correction', due: '2024-10-18', params: { correctBy: '2024-10-18' } });
  });

  test('late notice (on the make-up Sunday after the Spring Festival) still takes effect, with a warning', () => {
    // Art. 30. Received Thu 2024-02-01: the 7th working day is Fri 02-09. Notice on Sun 02-18 (a working
    // day, the 8th) is late.
    const r = clock(
      [
        { type: 'received', date: '2024-02-01', channel: 'in-person' },
        { type: 'correction-requested', date: '2024-02-18' },
      ],
      '2024-02-19',
    );
    expect(r, { phase: 'awaiting-correction', due: undefined, issues: [['clock.correction.late', 'events.1.date', 'warning']] });
    const issue = r.issues[0]!;
    assert.deepEqual(issue.params, { date: '2024-02-18', due: '2024-02-09' });
  });

  test('late notice, then corrected: 20 working days from the corrected request', () => {
    // Art. 30. Corrected Mon 2024-02-26: 27(1) 28 29(3) 03-01(4) 04..08(9) 11..15(14) 18..22(19) 25(20).
    const r = clock(
      [
        { type: 'received', date: '2024-02-01', channel: 'in-person' },
        { type: 'correction-requested', date: '2024-02-18' },
        { type: 'corrected', date: '2024-02-26' },
      ],
      '2024-02-26',
    );
    expect(r, { phase: 'processing', due: '2024-03-25', issues: [['clock.correction.late', 'events.1.date', 'warning']] });
  });

  test('correction lapsed: deemed abandoned, no due date', () => {
    // Art. 30: 视为放弃申请. Received Mon 2024-03-11, notice 03-13 (correct by 03-27), lapsed 03-28.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'correction-requested', date: '2024-03-13', correctBy: '2024-03-27' },
        { type: 'correction-lapsed', date: '2024-03-28' },
      ],
      '2024-03-28',
    );
    expect(r, { phase: 'abandoned', due: undefined, overdue: false, closure: { kind: 'abandoned', date: '2024-03-28' } });
    assert.equal(r.nextStep.code, 'clock.next.archive');
  });

  test('a lapse recorded on the last day of the correction period is premature (warning)', () => {
    // Art. 30: the applicant has until the day the agency set.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'correction-requested', date: '2024-03-13', correctBy: '2024-03-27' },
        { type: 'correction-lapsed', date: '2024-03-27' },
      ],
      '2024-03-27',
    );
    expect(r, { phase: 'abandoned', issues: [['clock.correction.lapsed-early', 'events.2.date', 'warning']] });
  });

  test('the correction period has passed: the next step says the request may be treated as abandoned', () => {
    // Art. 30.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'correction-requested', date: '2024-03-13', correctBy: '2024-03-27' },
      ],
      '2024-03-29',
    );
    expect(r, { phase: 'awaiting-correction' });
    assert.deepEqual(r.nextStep, { code: 'clock.next.correction-overdue', params: { correctBy: '2024-03-27' } });
  });

  test('a correction after an extension cancels the extension', () => {
    // Arts. 30, 33. Received Mon 2024-04-01: 02(1) 03(2) 04-04..06 H 07 A(3) 08(4) 09(5) 10(6) 11(7):
    // notice due 04-11. Extended by 10 on 04-10; notice 04-11 (on time); corrected Fri 04-19.
    // New period: 22..26(5) 28 A(6) 29(7) 30(8) 05-01..05 H 06..10(13) 11 A(14) 13..17(19) 20(20).
    const r = clock(
      [
        { type: 'received', date: '2024-04-01', channel: 'in-person' },
        { type: 'extended', date: '2024-04-10', workdays: 10, approvedBy: '办公室主任' },
        { type: 'correction-requested', date: '2024-04-11' },
        { type: 'corrected', date: '2024-04-19' },
      ],
      '2024-04-22',
    );
    expect(r, { due: '2024-05-20', periodStart: '2024-04-19', extensionWorkdays: 0, periodWorkdays: 20, workdaysUsed: 1 });
    const cancelled = r.trace.find((s) => s.code === 'clock.trace.extension-cancelled')!;
    assert.deepEqual(cancelled.params, { count: 1, workdays: 10 });
  });

  test('a second correction notice is an error: only one notice is allowed', () => {
    // Art. 30: 一次性告知.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'correction-requested', date: '2024-03-13' },
        { type: 'corrected', date: '2024-03-15' },
        { type: 'correction-requested', date: '2024-03-18' },
      ],
      '2024-03-18',
    );
    expect(r, { phase: 'invalid', issues: [['clock.correction.second', 'events.3.type', 'error']] });
  });

  test('a corrected request without a notice is an error', () => {
    // Art. 30.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'corrected', date: '2024-03-15' },
      ],
      '2024-03-18',
    );
    expect(r, { phase: 'invalid', issues: [['clock.correction.not-requested', 'events.1.type', 'error']] });
  });
});

describe('consultation (Arts. 32, 34; excluded by Art. 33 ¶3)', () => {
  // Received Mon 2024-03-11; without pauses the reply is due Tue 04-09 (see the ordinary-post case).
  const received = { type: 'received', date: '2024-03-11', channel: 'in-person' };

  test('third party answers within a week: the due date moves by the paused working days', () => {
    // Art. 32, 33 ¶3. Letter sent Fri 03-15 (counted so far: 12, 13, 14, 15 = 4). Opinion Fri 03-22:
    // excluded (03-15, 03-22] = 18, 19, 20, 21, 22 = 5. Remaining 16 after 03-22: 25..29(5) 04-01..03(8)
    // 04-07 A(9) 08(10) 09(11) 10(12) 11(13) 12(14) 15(15) 16(16).
    const r = clock(
      [
        received,
        { type: 'consultation-started', date: '2024-03-15', party: 'third-party' },
        { type: 'consultation-ended', date: '2024-03-22' },
      ],
      '2024-03-25',
    );
    expect(r, { phase: 'processing', due: '2024-04-16', pausedWorkdays: 5, pauseOpen: false, workdaysUsed: 5, workdaysLeft: 15 });
  });

  test('a consultation spanning the 2024 National Day block', () => {
    // Arts. 32, 33 ¶3. Received Mon 2024-09-23; without pause due 10-24. Letter sent Thu 09-26 (counted:
    // 24, 25, 26 = 3), received by the third party Fri 09-27: limit 15 working days after 09-27 =
    // 09-29 A(1) 30(2) 10-08..11(6) 12 A(7) 14..18(12) 21..23(15) → 10-23. Opinion Tue 10-15.
    // Excluded (09-26, 10-15]: 27, 29 A, 30, 10-08, 09, 10, 11, 12 A, 14, 15 = 10.
    // Remaining 17 after 10-15: 16..18(3) 21..25(8) 28..31(12) 11-01(13) 04..07(17) → 11-07.
    const r = clock(
      [
        { type: 'received', date: '2024-09-23', channel: 'in-person' },
        { type: 'consultation-started', date: '2024-09-26', party: 'third-party', letterReceived: '2024-09-27' },
        { type: 'consultation-ended', date: '2024-10-15' },
      ],
      '2024-10-15',
    );
    expect(r, { due: '2024-11-07', pausedWorkdays: 10, workdaysUsed: 3, workdaysLeft: 17 });
    const started = r.trace.find((s) => s.code === 'clock.trace.consultation-started')!;
    assert.equal(started.params.limit, '2024-10-23');
    const pause = r.trace.find((s) => s.code === 'clock.trace.pause')!;
    assert.deepEqual(pause.params, { from: '2024-09-26', to: '2024-10-15', n: 10, open: false });
  });

  test('another agency stays silent: consent, and the pause ends at its 15-working-day limit', () => {
    // Art. 34 (silence = consent), 33 ¶3. Letter sent Wed 03-13 (counted 12, 13 = 2). Limit: 14(1) 15(2)
    // 18..22(7) 25..29(12) 04-01(13) 02(14) 03(15) → 04-03. Excluded (03-13, 04-03] = 15.
    // Remaining 18 after 04-03: 07 A(1) 08..12(6) 15..19(11) 22..26(16) 28 A(17) 29(18) → 04-29.
    const r = clock([received, { type: 'consultation-started', date: '2024-03-13', party: 'agency' }], '2024-04-15');
    expect(r, {
      phase: 'processing',
      due: '2024-04-29',
      pausedWorkdays: 15,
      pauseOpen: false,
      workdaysUsed: 9, // 12, 13, then 04-07, 08, 09, 10, 11, 12, 15
      workdaysLeft: 11,
    });
    const silence = r.trace.find((s) => s.code === 'clock.trace.consultation-silence')!;
    assert.equal(silence.date, '2024-04-03');
    assert.equal(silence.params.party, 'agency');
  });

  test('an open consultation: due as if it ended today, pauseOpen, and the latest possible due date', () => {
    // Art. 32, 33 ¶3. Same letter (limit 04-03), today Mon 03-25. Excluded so far (03-13, 03-25] =
    // 14, 15, 18..22, 25 = 8. Remaining 18 after 03-25: 26..29(4) 04-01..03(7) 07 A(8) 08..12(13)
    // 15..19(18) → 04-19. If the party uses the whole limit: 04-29 (previous case).
    const r = clock([received, { type: 'consultation-started', date: '2024-03-13', party: 'third-party' }], '2024-03-25');
    expect(r, {
      phase: 'consulting',
      due: '2024-04-19',
      dueLatest: '2024-04-29',
      pauseOpen: true,
      pausedWorkdays: 8,
      workdaysUsed: 2,
      workdaysLeft: 18,
      overdue: false,
    });
    assert.deepEqual(r.nextStep, {
      code: 'clock.next.await-opinion',
      due: '2024-04-03',
      params: { party: 'third-party', limit: '2024-04-03', due: '2024-04-19' },
    });
  });

  test('the letter reached the third party five days after it was sent: the limit runs from receipt of the letter', () => {
    // Art. 32: 15 working days from receiving the letter. Sent Wed 03-13, received Mon 03-18:
    // 19(1) 20 21 22(4) 25..29(9) 04-01..03(12) 07 A(13) 08(14) 09(15) → limit 04-09.
    // The pause still starts when the letter is sent: excluded (03-13, 04-09] = 15 + 07, 08, 09 = 18.
    // Remaining 18 after 04-09: 10(1) 11(2) 12(3) 15..19(8) 22..26(13) 28 A(14) 29(15) 30(16)
    // 05-01..05 H 06(17) 07(18) → 05-07.
    const r = clock(
      [received, { type: 'consultation-started', date: '2024-03-13', party: 'third-party', letterReceived: '2024-03-18' }],
      '2024-04-30',
    );
    expect(r, { phase: 'processing', due: '2024-05-07', pausedWorkdays: 18, workdaysLeft: 2 });
  });

  test('an opinion after the limit: the pause stops at the limit, with a warning', () => {
    // Arts. 32, 33 ¶3. Letter 03-13 (limit 04-03), opinion 04-10: the pause is (03-13, 04-03] as if silent,
    // due 04-29.
    const r = clock(
      [
        received,
        { type: 'consultation-started', date: '2024-03-13', party: 'third-party' },
        { type: 'consultation-ended', date: '2024-04-10' },
      ],
      '2024-04-10',
    );
    expect(r, { due: '2024-04-29', pausedWorkdays: 15, issues: [['clock.consultation.ended-after-limit', 'events.2.date', 'warning']] });
  });

  test('overlapping consultations of a third party and an agency are not counted twice', () => {
    // Arts. 32, 34, 33 ¶3. Third party 03-13..03-20, agency 03-15..03-27: together (03-13, 03-27] =
    // 14, 15, 18..22, 25, 26, 27 = 10 (not 5 + 8 = 13... nor 18). Remaining 18 after 03-27: 28(1) 29(2)
    // 04-01..03(5) 07 A(6) 08..12(11) 15..19(16) 22(17) 23(18) → 04-23.
    const r = clock(
      [
        received,
        { type: 'consultation-started', date: '2024-03-13', party: 'third-party' },
        { type: 'consultation-started', date: '2024-03-15', party: 'agency' },
        { type: 'consultation-ended', date: '2024-03-20', party: 'third-party' },
        { type: 'consultation-ended', date: '2024-03-27', party: 'agency' },
      ],
      '2024-03-28',
    );
    expect(r, { due: '2024-04-23', pausedWorkdays: 10 });
  });

  test('two third parties: the opinion names its letter (ref); without it the earliest letter is closed, with a warning', () => {
    // Art. 32, 33 ¶3. Letter A sent Wed 03-13 (limit 04-03, as above), letter B sent Thu 03-14: limit
    // 15(1) 18..22(6) 25..29(11) 04-01..03(14) 07 A(15) → 04-07. Only B answers, on Fri 03-15. Today 04-15.
    // With refs: A pauses (03-13, 04-03], B (03-14, 03-15]: together (03-13, 04-03] = 15 → due 04-29.
    // Without refs the answer closes A, and B runs to 04-07: (03-13, 04-07] = 16. Remaining 18 after
    // 04-07: 08..12(5) 15..19(10) 22..26(15) 28 A(16) 29(17) 30(18) → 04-30.
    const a = { type: 'consultation-started', date: '2024-03-13', party: 'third-party', ref: '征求意见函A' };
    const b = { type: 'consultation-started', date: '2024-03-14', party: 'third-party', ref: '征求意见函B' };
    const withRef = clock([received, a, b, { type: 'consultation-ended', date: '2024-03-15', ref: '征求意见函B' }], '2024-04-15');
    expect(withRef, { due: '2024-04-29', pausedWorkdays: 15 });
    const withoutRef = clock([received, a, b, { type: 'consultation-ended', date: '2024-03-15', party: 'third-party' }], '2024-04-15');
    expect(withoutRef, {
      due: '2024-04-30',
      pausedWorkdays: 16,
      issues: [['clock.consultation.ambiguous-end', 'events.3.ref', 'warning']],
    });
  });

  test('a consultation across the provisional 2027 Spring Festival, then overdue', () => {
    // Arts. 32, 33 ¶3. Received Mon 2026-12-28; letter sent Mon 2027-01-25 with 19 of 20 working days
    // used (29, 30, 31, 01-04..08, 11..15, 18..22, 25). Limit: 26(1) 27 28 29(4) 02-01..04(8)
    // 02-05..10 h 11(9) 12(10) 15..19(15) → 02-19, no opinion. The last working day: 02-22.
    // Today 03-01: overdue by 23, 24, 25, 26, 03-01 = 5.
    const r = clock(
      [
        { type: 'received', date: '2026-12-28', channel: 'in-person' },
        { type: 'consultation-started', date: '2027-01-25', party: 'third-party' },
      ],
      '2027-03-01',
    );
    expect(r, {
      phase: 'processing',
      due: '2027-02-22',
      pausedWorkdays: 15,
      provisional: true,
      overdue: true,
      workdaysLeft: 0,
      workdaysOverdue: 5,
    });
    assert.deepEqual(r.nextStep, { code: 'clock.next.reply-overdue', params: { due: '2027-02-22', n: 5 } });
  });

  test('an opinion with no consultation open is an error', () => {
    // Arts. 32, 34.
    const r = clock([received, { type: 'consultation-ended', date: '2024-03-15' }], '2024-03-15');
    expect(r, { phase: 'invalid', issues: [['clock.consultation.end-without-start', 'events.1.type', 'error']] });
  });

  test('a consultation that ends before it starts is an error (and out of order)', () => {
    // Arts. 32, 34.
    const r = clock(
      [
        received,
        { type: 'consultation-started', date: '2024-03-15', party: 'third-party' },
        { type: 'consultation-ended', date: '2024-03-13' },
      ],
      '2024-03-15',
    );
    expect(r, {
      phase: 'invalid',
      due: undefined,
      issues: [
        ['clock.order', 'events.2.date', 'error'],
        ['clock.consultation.ends-before-start', 'events.2.date', 'error'],
      ],
    });
  });
});

describe('extension (Art. 33 ¶2)', () => {
  // Received Fri 2024-09-27: due 10-30 (see the National Day case).
  const received = { type: 'received', date: '2024-09-27', channel: 'in-person' };

  test('20 more working days with the office head’s approval', () => {
    // Art. 33 ¶2. From 10-30: 31(1) 11-01(2) 04..08(7) 11..15(12) 18..22(17) 25(18) 26(19) 27(20).
    const r = clock([received, { type: 'extended', date: '2024-10-28', workdays: 20, approvedBy: '公开办主任' }], '2024-10-28');
    expect(r, { due: '2024-11-27', periodWorkdays: 40, extensionWorkdays: 20, workdaysUsed: 18, workdaysLeft: 22 });
  });

  test('an extension with no approval recorded is a warning', () => {
    // Art. 33 ¶2: 经政府信息公开工作机构负责人同意.
    const r = clock([received, { type: 'extended', date: '2024-10-28', workdays: 20 }], '2024-10-28');
    expect(r, { due: '2024-11-27', issues: [['clock.extension.no-approval', 'events.1.approvedBy', 'warning']] });
  });

  test('a second extension is an error by default and allowed by policy (total still ≤ 20)', () => {
    // Art. 33 ¶2. 10 + 10 = 20 extra working days: due 11-27 as above.
    const events = [
      received,
      { type: 'extended', date: '2024-10-21', workdays: 10, approvedBy: '公开办主任' },
      { type: 'extended', date: '2024-10-28', workdays: 10, approvedBy: '公开办主任' },
    ];
    expect(clock(events, '2024-10-28'), { phase: 'invalid', issues: [['clock.extension.too-many', 'events.2.type', 'error']] });
    expect(clock(events, '2024-10-28', { maxExtensions: 2 }), { phase: 'processing', due: '2024-11-27', extensionWorkdays: 20 });
  });

  test('more than 20 extension days is an error, in one step or in total', () => {
    // Art. 33 ¶2: 延长期限最长不得超过20个工作日.
    expect(clock([received, { type: 'extended', date: '2024-10-28', workdays: 21, approvedBy: 'x' }], '2024-10-28'), {
      phase: 'invalid',
      issues: [['clock.extension.too-long', 'events.1.workdays', 'error']],
    });
    const twice = [
      received,
      { type: 'extended', date: '2024-10-21', workdays: 15, approvedBy: 'x' },
      { type: 'extended', date: '2024-10-28', workdays: 10, approvedBy: 'x' },
    ];
    expect(clock(twice, '2024-10-28', { maxExtensions: 3 }), {
      phase: 'invalid',
      issues: [['clock.extension.too-long', 'events.2.workdays', 'error']],
    });
  });

  test('an extension decided after the due date is a warning; the days still add', () => {
    // Art. 33 ¶2. Due 10-30; extended by 5 on 10-31: 31(1) 11-01(2) 04(3) 05(4) 06(5).
    const r = clock([received, { type: 'extended', date: '2024-10-31', workdays: 5, approvedBy: 'x' }], '2024-10-31');
    expect(r, { due: '2024-11-06', overdue: false, issues: [['clock.extension.late', 'events.1.date', 'warning']] });
  });

  test('the example in docs/deadlines.md: a consultation from 09-30 to 10-10 moves the due date to 11-04', () => {
    // Arts. 32, 33 ¶3. Letter 09-30 (counted: 09-29 A, 30 = 2), opinion 10-10: 08, 09, 10 excluded.
    // Remaining 18 after 10-10: 11(1) 12 A(2) 14..18(7) 21..25(12) 28..31(16) 11-01(17) 04(18).
    const r = clock(
      [
        received,
        { type: 'consultation-started', date: '2024-09-30', party: 'third-party' },
        { type: 'consultation-ended', date: '2024-10-10' },
      ],
      '2024-10-10',
    );
    expect(r, { due: '2024-11-04', correctionNoticeDue: '2024-10-12', pausedWorkdays: 3 });
  });

  test('an extension and a consultation together', () => {
    // Arts. 32, 33. Letter 09-30 (counted: 09-29 A, 30 = 2), opinion 10-10: excluded (09-30, 10-10] =
    // 08, 09, 10 = 3. Period 20 + 5 = 25; remaining 23 after 10-10: 11(1) 12 A(2) 14..18(7) 21..25(12)
    // 28..31(16) 11-01(17) 04..08(22) 11(23) → 11-11.
    const r = clock(
      [
        received,
        { type: 'consultation-started', date: '2024-09-30', party: 'third-party' },
        { type: 'consultation-ended', date: '2024-10-10' },
        { type: 'extended', date: '2024-10-30', workdays: 5, approvedBy: 'x' },
      ],
      '2024-10-30',
    );
    expect(r, { due: '2024-11-11', pausedWorkdays: 3, periodWorkdays: 25 });
  });
});

describe('Art. 35: a due date set by the agency', () => {
  test('due-date-set overrides the statutory count', () => {
    // Art. 35. Received 2024-03-11, due set to 05-31 on 03-20. Today 04-15: working days left
    // (04-15, 05-31]: 16..19(4) 22..26(9) 28 A(10) 29 30(12) 05-06..10(17) 11 A(18) 13..17(23) 20..24(28) 27..31(33).
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'due-date-set', date: '2024-03-20', due: '2024-05-31', reason: '申请数量明显超过合理范围' },
      ],
      '2024-04-15',
    );
    expect(r, { due: '2024-05-31', manualDue: true, workdaysLeft: 33, overdue: false });
    assert.ok(codes(r).includes('clock.trace.due-manual'));
  });

  test('a due date before the day it is set is an error', () => {
    // Art. 35.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'due-date-set', date: '2024-03-20', due: '2024-03-19', reason: 'x' },
      ],
      '2024-03-20',
    );
    expect(r, { phase: 'invalid', issues: [['clock.manual-due.before-date', 'events.1.due', 'error']] });
  });
});

describe('closing: replies (Arts. 33 ¶1, 36, 37), not processed, withdrawn, archived (Art. 45)', () => {
  test('on-the-spot reply on a make-up Saturday closes the request at once', () => {
    // Art. 33 ¶1. Handed in and answered Sat 2024-10-12 (a working day). The statutory due date is still
    // shown: 14..18(5) 21..25(10) 28..11-01(15) 04..08(20) → 11-08.
    const r = clock(
      [
        { type: 'submitted', at: '2024-10-12T09:30:00+08:00', channel: 'in-person' },
        { type: 'received', date: '2024-10-12', channel: 'in-person' },
        { type: 'replied', date: '2024-10-12', outcome: 'DISCLOSE' },
      ],
      '2024-10-12',
    );
    expect(r, {
      phase: 'replied',
      onTheSpot: true,
      due: '2024-11-08',
      workdaysUsed: 0,
      workdaysLeft: undefined,
      overdue: false,
      repliedLate: false,
      correctionNoticeDue: undefined,
      closure: { kind: 'replied', date: '2024-10-12', outcome: 'DISCLOSE', grounds: [] },
    });
    assert.ok(codes(r).includes('clock.trace.on-the-spot'));
    assert.deepEqual(r.nextStep, { code: 'clock.next.archive', params: {} });
  });

  test('a reply after the due date: repliedLate and a warning', () => {
    // Art. 33 ¶2. Received 2024-09-27, due 10-30, replied 10-31 (the 21st working day).
    const r = clock(
      [
        { type: 'received', date: '2024-09-27', channel: 'in-person' },
        { type: 'replied', date: '2024-10-31', outcome: 'DISCLOSE' },
      ],
      '2024-11-05',
    );
    expect(r, {
      phase: 'replied',
      repliedLate: true,
      overdue: false,
      workdaysUsed: 21,
      issues: [['clock.reply.late', 'events.1.date', 'warning']],
    });
  });

  test('WITHHOLD without grounds is a warning; with grounds it is clean', () => {
    // Art. 36(3): 告知不予公开并说明理由.
    const base = [{ type: 'received', date: '2024-03-11', channel: 'in-person' }];
    const bare = clock([...base, { type: 'replied', date: '2024-03-20', outcome: 'WITHHOLD' }], '2024-03-20');
    expect(bare, { phase: 'replied', due: '2024-04-09', issues: [['clock.reply.grounds-missing', 'events.1.grounds', 'warning']] });
    const empty = clock([...base, { type: 'replied', date: '2024-03-20', outcome: 'WITHHOLD', grounds: [] }], '2024-03-20');
    expect(empty, { phase: 'replied', issues: [['clock.reply.grounds-missing', 'events.1.grounds', 'warning']] });
    const one = clock([...base, { type: 'replied', date: '2024-03-20', outcome: 'WITHHOLD', grounds: 'STATE_SECRET' }], '2024-03-20');
    expect(one, { phase: 'replied', closure: { kind: 'replied', date: '2024-03-20', outcome: 'WITHHOLD', grounds: ['STATE_SECRET'] } });
  });

  test('PARTIAL with grounds is clean; PARTIAL without them is a warning', () => {
    // Art. 37.
    const base = [{ type: 'received', date: '2024-03-11', channel: 'in-person' }];
    expect(clock([...base, { type: 'replied', date: '2024-03-20', outcome: 'PARTIAL', grounds: ['THIRD_PARTY_PRIVACY'] }], '2024-03-20'), {
      phase: 'replied',
    });
    expect(clock([...base, { type: 'replied', date: '2024-03-20', outcome: 'PARTIAL' }], '2024-03-20'), {
      issues: [['clock.reply.grounds-missing', 'events.1.grounds', 'warning']],
    });
  });

  test('not processed (Art. 39 petition dressed as a request)', () => {
    // Art. 39.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'not-processed', date: '2024-03-15', reason: '信访举报投诉类申请' },
      ],
      '2024-03-15',
    );
    expect(r, {
      phase: 'not-processed',
      due: '2024-04-09',
      closure: { kind: 'not-processed', date: '2024-03-15', reason: '信访举报投诉类申请' },
    });
  });

  test('withdrawn before receipt: no receipt, no due date', () => {
    // Art. 31: an online request never confirmed has no receipt date.
    const r = clock(
      [
        { type: 'submitted', at: '2024-03-11T10:00:00+08:00', channel: 'online' },
        { type: 'withdrawn', date: '2024-03-12' },
      ],
      '2024-03-12',
    );
    expect(r, { phase: 'withdrawn', receiptDate: undefined, due: undefined, closure: { kind: 'withdrawn', date: '2024-03-12' } });
  });

  test('withdrawn while processing: closed, nothing overdue afterwards', () => {
    // Art. 33: the clock stops with the request.
    const r = clock(
      [
        { type: 'received', date: '2024-09-27', channel: 'in-person' },
        { type: 'withdrawn', date: '2024-10-09' },
      ],
      '2024-12-01',
    );
    expect(r, { phase: 'withdrawn', overdue: false, workdaysUsed: 4, workdaysLeft: undefined });
  });

  test('archived after the reply', () => {
    // Art. 45: 登记、审核、办理、答复、归档.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'replied', date: '2024-03-20', outcome: 'NOT_EXIST' },
        { type: 'archived', date: '2024-03-22' },
      ],
      '2024-04-30',
    );
    expect(r, {
      phase: 'archived',
      archivedOn: '2024-03-22',
      overdue: false,
      closure: { kind: 'replied', date: '2024-03-20', outcome: 'NOT_EXIST', grounds: [] },
    });
    assert.deepEqual(r.nextStep, { code: 'clock.next.none', params: {} });
  });

  test('nothing but archiving may follow a reply', () => {
    // Arts. 33, 45.
    const r = clock(
      [
        { type: 'received', date: '2024-03-11', channel: 'in-person' },
        { type: 'replied', date: '2024-03-20', outcome: 'DISCLOSE' },
        { type: 'extended', date: '2024-03-21', workdays: 5, approvedBy: 'x' },
      ],
      '2024-03-21',
    );
    expect(r, { phase: 'invalid', issues: [['clock.after-close', 'events.2.type', 'error']] });
  });

  test('overdue while processing', () => {
    // Art. 33 ¶2. Due 2024-10-30; today Fri 11-01: overdue by 31, 11-01 = 2.
    const r = clock([{ type: 'received', date: '2024-09-27', channel: 'in-person' }], '2024-11-01');
    expect(r, { phase: 'processing', overdue: true, workdaysLeft: 0, workdaysOverdue: 2, workdaysUsed: 22 });
    assert.equal(r.nextStep.code, 'clock.next.reply-overdue');
  });
});

describe('invalid logs: located errors and no dates', () => {
  const received = { type: 'received', date: '2024-03-11', channel: 'in-person' };

  test('a reply before receipt', () => {
    // Arts. 31, 33: the period starts at receipt.
    const r = clock(
      [
        { type: 'submitted', at: '2024-03-11T10:00:00+08:00', channel: 'online' },
        { type: 'replied', date: '2024-03-12', outcome: 'DISCLOSE' },
        { type: 'confirmed', date: '2024-03-12' },
      ],
      '2024-03-12',
    );
    expect(r, { phase: 'invalid', issues: [['clock.before-receipt', 'events.1.type', 'error']] });
    assert.deepEqual(r.nextStep, { code: 'clock.next.fix-log', params: { count: 1 } });
  });

  test('events out of chronological order', () => {
    const r = clock(
      [received, { type: 'correction-requested', date: '2024-03-13' }, { type: 'corrected', date: '2024-03-12' }],
      '2024-03-13',
    );
    expect(r, { phase: 'invalid', issues: [['clock.order', 'events.2.date', 'error']] });
  });

  test('an event after today', () => {
    const r = clock([received, { type: 'replied', date: '2024-03-12', outcome: 'DISCLOSE' }], '2024-03-11');
    expect(r, { phase: 'invalid', issues: [['clock.future', 'events.1.date', 'error']] });
  });

  test('schema errors are located at the field', () => {
    const r = clock(
      [
        { type: 'received', date: '2024-02-30', channel: 'in-person' },
        { type: 'recieved', date: '2024-03-01' },
        { type: 'received', date: '2024-03-01' },
        { type: 'submitted', at: '2024-03-01 10:00', channel: 'online' },
        { type: 'extended', date: '2024-03-01', workdays: 2.5 },
        'received',
        { type: 'confirmed', date: '2060-01-01' },
      ],
      '2024-03-11',
    );
    expect(r, {
      phase: 'invalid',
      issues: [
        ['date.invalid', 'events.0.date', 'error'],
        ['clock.event.type', 'events.1.type', 'error'],
        ['clock.event.missing', 'events.2.channel', 'error'],
        ['clock.event.timestamp', 'events.3.at', 'error'],
        ['clock.event.invalid-value', 'events.4.workdays', 'error'],
        ['clock.event.not-object', 'events.5', 'error'],
        ['calendar.out-of-range', 'events.6.date', 'error'],
      ],
    });
  });

  test('a log that is not a list', () => {
    expect(requestClock({ type: 'received' }, { today: '2024-03-11' }), {
      phase: 'invalid',
      issues: [['clock.events.not-array', 'events', 'error']],
    });
  });

  test('two receipts are an error', () => {
    // Art. 31: one receipt date.
    const r = clock([received, { type: 'received', date: '2024-03-12', channel: 'in-person' }], '2024-03-12');
    expect(r, { phase: 'invalid', issues: [['clock.duplicate', 'events.1.type', 'error']] });
  });

  test('an empty log awaits receipt', () => {
    expect(clock([], '2024-03-11'), { phase: 'awaiting-receipt', due: undefined, issues: [] });
  });
});
