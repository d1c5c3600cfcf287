import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addWorkdays,
  addWorkdaysDetailed,
  CALENDAR_RANGE,
  CalendarRangeError,
  createCalendar,
  DataError,
  dayInfo,
  deadlineStatus,
  InvalidDateError,
  isWorkday,
  nextWorkday,
  parseCalendarDate,
  previousWorkday,
  todayInChina,
  workdaysBetween,
  workdaysBetweenDetailed,
} from '../src/index.js';

describe('parseCalendarDate', () => {
  test('accepts real dates and trims', () => {
    assert.deepEqual(parseCalendarDate('2024-02-29'), { ok: true, value: '2024-02-29' });
    assert.deepEqual(parseCalendarDate(' 2024-10-12 '), { ok: true, value: '2024-10-12' });
  });
  for (const [input, code] of [
    ['2024-02-30', 'date.invalid'],
    ['2024-13-01', 'date.invalid'],
    ['2023-02-29', 'date.invalid'],
    ['2024-00-10', 'date.invalid'],
    ['', 'date.empty'],
    ['   ', 'date.empty'],
    ['abc', 'date.format'],
    ['2024/10/12', 'date.format'],
    ['2024-1-2', 'date.format'],
    ['２０２４-10-12', 'date.format'],
  ] as const) {
    test(`rejects ${JSON.stringify(input)} with ${code}, never rolling over`, () => {
      const r = parseCalendarDate(input);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.issues[0]!.code, code);
        assert.deepEqual(r.issues[0]!.path, []);
      }
    });
  }
  test('reads a Date as the calendar day in China (UTC+8), whatever the machine zone', () => {
    // 2024-10-11T16:30Z is 00:30 on 12 October in Beijing.
    assert.deepEqual(parseCalendarDate(new Date('2024-10-11T16:30:00Z')), { ok: true, value: '2024-10-12' });
    assert.deepEqual(parseCalendarDate(new Date('2024-10-11T15:59:59Z')), { ok: true, value: '2024-10-11' });
    assert.deepEqual(parseCalendarDate(new Date('2024-12-31T16:00:00Z')), { ok: true, value: '2025-01-01' });
    assert.equal(todayInChina(new Date('2024-09-26T20:00:00-04:00')), '2024-09-27'); // New York evening
    const bad = parseCalendarDate(new Date('nope'));
    assert.equal(bad.ok, false);
  });
});

describe('working days around the data’s edges', () => {
  test('cross-year block 2018-12-29 .. 2019-01-01 (listed in 2019.json)', () => {
    assert.deepEqual(
      ['2018-12-29', '2018-12-30', '2018-12-31', '2019-01-01'].map((d) => [dayInfo(d).kind, dayInfo(d).holiday ?? null]),
      [
        ['adjusted-workday', '元旦'],
        ['holiday', '元旦'],
        ['holiday', '元旦'],
        ['holiday', '元旦'],
      ],
    );
    assert.equal(addWorkdays('2018-12-28', 1), '2018-12-29');
    assert.equal(addWorkdays('2018-12-29', 1), '2019-01-02');
  });
  test('cross-year block 2023-12-30 .. 2024-01-01: New Year joins the weekend without make-up days', () => {
    // The 2024 notice lists only 2024-01-01; the two days before it stay ordinary weekend days.
    assert.deepEqual(
      ['2023-12-29', '2023-12-30', '2023-12-31', '2024-01-01', '2024-01-02'].map((d) => [dayInfo(d).kind, dayInfo(d).holiday ?? null]),
      [
        ['workday', null],
        ['weekend', null],
        ['weekend', null],
        ['holiday', '元旦'],
        ['workday', null],
      ],
    );
    assert.equal(addWorkdays('2023-12-29', 1), '2024-01-02');
    assert.equal(workdaysBetween('2023-12-29', '2024-01-02'), 1);
    assert.equal(addWorkdaysDetailed('2023-12-29', 1).skipped.length, 3);
  });
  test('2020-02-03, the Monday the extended Spring Festival ended, is a plain working day', () => {
    assert.deepEqual(dayInfo('2020-02-03'), { date: '2020-02-03', workday: true, kind: 'workday', provisional: false });
    assert.equal(dayInfo('2020-02-02').kind, 'holiday');
    assert.equal(nextWorkday('2020-01-23'), '2020-02-03');
  });
  test('a notice’s weekend holiday is a holiday, not a weekend', () => {
    assert.equal(dayInfo('2024-10-05').kind, 'holiday');
    assert.equal(dayInfo('2024-10-05').holiday, '国庆节');
  });
  test('provisional 2027: 02-09 and 02-10 are make-up rest days, 02-11 a provisional working day', () => {
    assert.deepEqual(dayInfo('2027-02-09'), { date: '2027-02-09', workday: false, kind: 'holiday', holiday: '春节', provisional: true });
    assert.deepEqual(dayInfo('2027-02-10'), { date: '2027-02-10', workday: false, kind: 'holiday', holiday: '春节', provisional: true });
    assert.deepEqual(dayInfo('2027-02-11'), { date: '2027-02-11', workday: true, kind: 'workday', provisional: true });
    const d = addWorkdaysDetailed('2027-02-04', 1);
    assert.equal(d.date, '2027-02-11');
    assert.equal(d.provisional, true);
    assert.deepEqual(
      d.skipped.map((s) => [s.date, s.kind]),
      [
        ['2027-02-05', 'holiday'],
        ['2027-02-06', 'holiday'],
        ['2027-02-07', 'holiday'],
        ['2027-02-08', 'holiday'],
        ['2027-02-09', 'holiday'],
        ['2027-02-10', 'holiday'],
      ],
    );
  });
  test('the supported range is 2007-01-01 .. 2050-12-31 and nothing past it is guessed', () => {
    assert.deepEqual(CALENDAR_RANGE, { first: '2007-01-01', last: '2050-12-31' });
    assert.equal(isWorkday('2007-01-04'), true);
    assert.throws(() => isWorkday('2006-12-31'), CalendarRangeError);
    assert.throws(() => isWorkday('2051-01-01'), CalendarRangeError);
    assert.throws(() => addWorkdays('2050-12-30', 5), CalendarRangeError);
    assert.throws(() => addWorkdays('2007-01-05', -5), CalendarRangeError);
  });
});

describe('addWorkdays and workdaysBetween', () => {
  test('the start day never counts, whether or not it is a working day', () => {
    assert.equal(addWorkdays('2024-09-27', 1), '2024-09-29'); // Friday → Sunday make-up working day
    assert.equal(addWorkdays('2024-10-01', 1), '2024-10-08'); // from inside the holiday
    assert.equal(addWorkdays('2024-10-05', 1), '2024-10-08');
    assert.equal(addWorkdays('2024-09-30', 1), '2024-10-08');
  });
  test('n = 0 returns the date unchanged, even on a rest day', () => {
    assert.equal(addWorkdays('2024-10-03', 0), '2024-10-03');
  });
  test('negative n counts backwards the same way', () => {
    assert.equal(addWorkdays('2024-10-08', -1), '2024-09-30');
    assert.equal(addWorkdays('2024-10-03', -1), '2024-09-30');
    assert.equal(previousWorkday('2024-10-08'), '2024-09-30');
    assert.equal(addWorkdays('2024-10-08', -2), '2024-09-29');
  });
  test('the reference case: 2024-09-27 to 2024-10-12 is 7 working days', () => {
    assert.equal(workdaysBetween('2024-09-27', '2024-10-12'), 7);
    assert.equal(workdaysBetween('2024-10-12', '2024-09-27'), -7);
    assert.equal(workdaysBetween('2024-10-12', '2024-10-12'), 0);
    const d = workdaysBetweenDetailed('2024-09-27', '2024-10-12');
    assert.equal(d.count, 7);
    assert.deepEqual(
      d.adjusted.map((x) => x.date),
      ['2024-09-29', '2024-10-12'],
    );
    assert.deepEqual(
      d.skipped.map((x) => x.date),
      ['2024-09-28', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
    );
    assert.equal(d.skipped.filter((x) => x.holiday === '国庆节').length, 7);
  });
  test('a 20-working-day reply clock over the Spring Festival (OGI Art. 33)', () => {
    // Received Fri 2024-02-02; 02-04 (Sun) and 02-18 (Sun) are make-up working days; 02-10..17 are the Spring Festival.
    assert.equal(addWorkdays('2024-02-02', 20), '2024-03-06');
  });
  test('bad arguments throw typed errors with codes', () => {
    assert.throws(
      () => addWorkdays('2024-02-30', 1),
      (e: unknown) => e instanceof InvalidDateError && e.code === 'date.invalid',
    );
    assert.throws(() => addWorkdays('2024-13-01', 1), { code: 'date.invalid' });
    assert.throws(() => addWorkdays('abc', 1), { code: 'date.format' });
    assert.throws(() => addWorkdays('', 1), { code: 'date.empty' });
    assert.throws(() => addWorkdays('2024-01-01', 1.5), { code: 'calendar.invalid-count' });
    assert.throws(() => addWorkdays('2024-01-01', Number.NaN), { code: 'calendar.invalid-count' });
    assert.throws(() => workdaysBetween('2024-01-01', '2024-1-5'), { code: 'date.format' });
    assert.throws(() => isWorkday(undefined as unknown as string), { code: 'date.format' });
  });
});

describe('deadlineStatus', () => {
  test('ok, due-soon, due-today and overdue', () => {
    assert.deepEqual(deadlineStatus('2024-10-12', '2024-09-27'), { state: 'ok', workdaysLeft: 7, workdaysOverdue: 0, provisional: false });
    assert.equal(deadlineStatus('2024-10-12', '2024-10-09').state, 'due-soon'); // 10, 11, 12 left
    assert.equal(deadlineStatus('2024-10-12', '2024-10-09').workdaysLeft, 3);
    assert.equal(deadlineStatus('2024-10-12', '2024-10-08', { dueSoonWorkdays: 3 }).state, 'ok');
    assert.equal(deadlineStatus('2024-10-12', '2024-10-08', { dueSoonWorkdays: 4 }).state, 'due-soon');
    assert.deepEqual(deadlineStatus('2024-10-12', '2024-10-12'), {
      state: 'due-today',
      workdaysLeft: 0,
      workdaysOverdue: 0,
      provisional: false,
    });
    assert.deepEqual(deadlineStatus('2024-10-08', '2024-10-10'), {
      state: 'overdue',
      workdaysLeft: 0,
      workdaysOverdue: 2,
      provisional: false,
    });
    // Due on Monday 2024-09-30, seen on the holiday: overdue by 0 working days so far.
    assert.deepEqual(deadlineStatus('2024-09-30', '2024-10-03'), {
      state: 'overdue',
      workdaysLeft: 0,
      workdaysOverdue: 0,
      provisional: false,
    });
  });
  test('says when provisional data is involved', () => {
    assert.equal(deadlineStatus('2027-02-15', '2027-02-05').provisional, true);
    assert.equal(deadlineStatus('2027-01-05', '2026-12-28').provisional, true);
    assert.equal(deadlineStatus('2026-12-30', '2026-12-28').provisional, false);
  });
  test('rejects a negative or fractional due-soon threshold', () => {
    assert.throws(() => deadlineStatus('2024-10-12', '2024-10-01', { dueSoonWorkdays: -1 }), { code: 'calendar.invalid-count' });
  });
});

describe('createCalendar', () => {
  const notice2027 = {
    year: 2027,
    papers: [],
    days: [
      { name: '春节', date: '2027-02-06', isOffDay: false },
      { name: '春节', date: '2027-02-05', isOffDay: true },
      { name: '春节', date: '2027-02-11', isOffDay: true },
      { name: '春节', date: '2027-02-12', isOffDay: true },
    ],
  };
  test('a newer notice replaces the statutory rules for its year and is no longer provisional', () => {
    const cal = createCalendar({ notices: [notice2027] });
    assert.deepEqual(cal.dayInfo('2027-02-06'), {
      date: '2027-02-06',
      workday: true,
      kind: 'adjusted-workday',
      holiday: '春节',
      provisional: false,
    });
    assert.equal(cal.dayInfo('2027-02-09').kind, 'workday'); // the statutory make-up rest day is gone
    assert.equal(cal.dayInfo('2027-02-11').kind, 'holiday');
    assert.equal(cal.dayInfo('2028-01-28').provisional, true);
    // One notice may be passed without a list.
    assert.equal(createCalendar({ notices: notice2027 }).dayInfo('2027-02-06').kind, 'adjusted-workday');
    // The built-in calendar is untouched.
    assert.equal(dayInfo('2027-02-09').kind, 'holiday');
  });
  test('closures are a county’s own rest days', () => {
    const cal = createCalendar({ closures: ['2024-07-10', { date: '2024-07-11', name: '防汛' }] });
    assert.equal(cal.isWorkday('2024-07-10'), false);
    assert.deepEqual(cal.dayInfo('2024-07-11'), {
      date: '2024-07-11',
      workday: false,
      kind: 'holiday',
      holiday: '防汛',
      provisional: false,
    });
    assert.equal(cal.addWorkdays('2024-07-09', 1), '2024-07-12');
    assert.equal(isWorkday('2024-07-10'), true);
  });
  test('invalid notices and closures fail with located issues', () => {
    try {
      createCalendar({
        notices: [{ year: 2027, days: [{ name: '春节', date: '2027-02-30', isOffDay: true }] }, { year: '2028' }],
        closures: ['2024-7-1', { date: '2060-01-01' }],
      });
      assert.fail('expected a DataError');
    } catch (e) {
      assert.ok(e instanceof DataError);
      assert.equal(e.code, 'data.invalid');
      const got = e.issues.map((i) => [i.path.join('.'), i.code]);
      assert.deepEqual(got, [
        ['notices.0.days.0.date', 'date.invalid'],
        ['notices.1.year', 'data.schema'],
        ['notices.1.days', 'data.schema'],
        ['closures.0', 'date.format'],
        ['closures.1.date', 'calendar.out-of-range'],
      ]);
    }
  });
});
