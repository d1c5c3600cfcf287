// The calendar agrees with every day in the data: each listed day of every notice, each
// statutory day of the years without a notice, and every unlisted day in between.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayInfo, isWorkday } from '../src/index.js';
import { dayOfIso, isoOfDay, isWeekendIso, readNotices, readStatutory, type NoticeDay } from './helpers.js';

const notices = readNotices();
const noticeYears = new Set(notices.filter((n) => n.days.length > 0).map((n) => n.year));
const listed = new Map<string, NoticeDay>();
for (const n of notices) for (const d of n.days) if (d.date >= '2007-01-01') listed.set(d.date, d);

test('every listed day of every notice has the notice’s kind and holiday name', () => {
  let checked = 0;
  for (const n of notices) {
    for (const d of n.days) {
      if (d.date < '2007-01-01') continue;
      const info = dayInfo(d.date);
      const where = `${n.file} ${d.date} ${d.name}`;
      assert.equal(info.provisional, false, where);
      if (d.isOffDay) {
        assert.equal(info.kind, 'holiday', where);
        assert.equal(info.workday, false, where);
        assert.equal(info.holiday, d.name, where);
      } else {
        assert.equal(info.kind, isWeekendIso(d.date) ? 'adjusted-workday' : 'workday', where);
        assert.equal(info.workday, true, where);
      }
      checked++;
    }
  }
  assert.ok(checked > 600, `checked ${checked} listed days`);
});

test('days before 2007-01-01 listed in 2007.json are outside the range', () => {
  const early = notices.flatMap((n) => n.days).filter((d) => d.date < '2007-01-01');
  assert.ok(early.length >= 2);
  for (const d of early) assert.throws(() => dayInfo(d.date), { name: 'CalendarRangeError', code: 'calendar.out-of-range' });
});

test('every unlisted day of a notice year follows Monday–Friday', () => {
  for (let n = dayOfIso('2007-01-01'); n <= dayOfIso('2026-12-31'); n++) {
    const iso = isoOfDay(n);
    if (listed.has(iso) || !noticeYears.has(Number(iso.slice(0, 4)))) continue;
    const weekend = isWeekendIso(iso);
    const info = dayInfo(iso);
    assert.equal(info.kind, weekend ? 'weekend' : 'workday', iso);
    assert.equal(isWorkday(iso), !weekend, iso);
    assert.equal(info.provisional, false, iso);
  }
});

test('years without a notice follow the statutory dates and make-up rest days, provisionally', () => {
  const statutory = readStatutory();
  const rest = new Map<string, string>();
  for (const [year, holidays] of Object.entries(statutory)) {
    if (noticeYears.has(Number(year))) continue;
    for (const h of holidays) for (const d of [...h.dates, ...h.makeUpDates]) rest.set(d, h.name);
  }
  assert.ok(rest.size > 300);
  for (let n = dayOfIso('2027-01-01'); n <= dayOfIso('2050-12-31'); n++) {
    const iso = isoOfDay(n);
    const info = dayInfo(iso);
    assert.equal(info.provisional, true, iso);
    const name = rest.get(iso);
    if (name) {
      assert.equal(info.kind, 'holiday', iso);
      assert.equal(info.holiday, name, iso);
    } else {
      assert.equal(info.kind, isWeekendIso(iso) ? 'weekend' : 'workday', iso);
    }
  }
});
