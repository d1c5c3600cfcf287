import { test } from 'node:test';
import fc from 'fast-check';
import { addWorkdays, addWorkdaysDetailed, dayInfo, isWorkday, workdaysBetween } from '../src/index.js';
import { dayOfIso, isoOfDay } from './helpers.js';

// Dates far enough from the range's ends that n ≤ 300 working days stays inside it.
const date = fc.integer({ min: dayOfIso('2007-01-01'), max: dayOfIso('2049-06-30') }).map(isoOfDay);
const count = fc.integer({ min: 0, max: 300 });

test('workdaysBetween(d, addWorkdays(d, n)) === n', () => {
  fc.assert(
    fc.property(date, count, (d, n) => workdaysBetween(d, addWorkdays(d, n)) === n),
    { numRuns: 2000 },
  );
});

test('addWorkdays is strictly monotonic in n', () => {
  fc.assert(
    fc.property(date, count, count, (d, a, b) => {
      fc.pre(a !== b);
      const [lo, hi] = a < b ? [a, b] : [b, a];
      return addWorkdays(d, lo) < addWorkdays(d, hi);
    }),
    { numRuns: 1000 },
  );
});

test('addWorkdays and workdaysBetween are monotonic in the date', () => {
  fc.assert(
    fc.property(date, date, count, (d1, d2, n) => {
      const [a, b] = d1 <= d2 ? [d1, d2] : [d2, d1];
      return addWorkdays(a, n) <= addWorkdays(b, n) && workdaysBetween(a, '2050-12-31') >= workdaysBetween(b, '2050-12-31');
    }),
    { numRuns: 1000 },
  );
});

test('agrees with isWorkday: a day-by-day walk gives the same answer', () => {
  fc.assert(
    fc.property(date, fc.integer({ min: 0, max: 60 }), (d, n) => {
      let day = dayOfIso(d);
      let left = n;
      while (left > 0) {
        day++;
        if (isWorkday(isoOfDay(day))) left--;
      }
      const expected = isoOfDay(day);
      return addWorkdays(d, n) === expected && (n === 0 || isWorkday(expected));
    }),
    { numRuns: 1000 },
  );
});

test('workdaysBetween counts exactly the isWorkday days in (start, end]', () => {
  fc.assert(
    fc.property(
      date.filter((d) => d >= '2007-03-01'),
      fc.integer({ min: -40, max: 40 }),
      (d, span) => {
        const a = dayOfIso(d);
        const [lo, hi] = span >= 0 ? [a, a + span] : [a + span, a];
        let c = 0;
        for (let x = lo + 1; x <= hi; x++) if (dayInfo(isoOfDay(x)).workday) c++;
        return workdaysBetween(isoOfDay(a), isoOfDay(a + span)) === (span >= 0 ? c : -c);
      },
    ),
    { numRuns: 1000 },
  );
});

test('backwards undoes forwards from a working day', () => {
  fc.assert(
    fc.property(date, fc.integer({ min: 1, max: 300 }), (d, n) => {
      fc.pre(isWorkday(d));
      return addWorkdays(addWorkdays(d, n), -n) === d;
    }),
    { numRuns: 1000 },
  );
});

test('the detailed variant lists every rest day it skipped', () => {
  fc.assert(
    fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => {
      const r = addWorkdaysDetailed(d, n);
      const span = dayOfIso(r.date) - dayOfIso(d);
      return r.date === addWorkdays(d, n) && r.skipped.length === span - n && r.skipped.every((s) => !s.workday);
    }),
    { numRuns: 500 },
  );
});
