import * as z from 'zod/mini';
import { DataError, type Issue } from '../errors.js';
import { FIRST_YEAR, LAST_YEAR, NOTICE_YEARS } from '../generated/calendar-data.js';
import { build, entryFromNotice, type Entry, FIRST, indexOf, K_HOLIDAY, LAST, type WorkdayCalendar } from './calendar.js';
import { readYmd } from './date.js';

// createCalendar lives apart from the built-in calendar so that code which never builds a
// custom calendar (most widgets) does not bundle the validation schemas.

/** A State Council holiday notice in holiday-cn's JSON shape (extra keys such as $schema are kept). */
export const HolidayNoticeSchema = z.looseObject({
  year: z.number().check(z.int()),
  days: z.array(
    z.object({
      name: z.string().check(z.minLength(1)),
      date: z.string(),
      isOffDay: z.boolean(),
    }),
  ),
});

const closureSchema = z.union([z.string(), z.object({ date: z.string(), name: z.optional(z.string()) })]);

export interface CreateCalendarOptions {
  /**
   * Newer (or corrected) State Council notices in holiday-cn's JSON shape: one notice or a list.
   * A notice's year stops being provisional; its days replace the statutory rules for that year.
   */
  notices?: unknown[] | unknown;
  /** A county's own extra rest days (for example an officially announced closure). */
  closures?: unknown[];
}

/** Validates a date given in calendar data; pushes an issue and returns -1 when it fails. */
function dataIndex(date: string, path: (string | number)[], issues: Issue[]): number {
  const r = readYmd(date);
  if (r < 0) {
    issues.push({ code: r === -1 ? 'date.format' : 'date.invalid', path, params: { value: date } });
    return -1;
  }
  const y = Math.floor(r / 10000);
  if (y < FIRST_YEAR || y > LAST_YEAR) {
    issues.push({ code: 'calendar.out-of-range', path, params: { value: date, first: FIRST, last: LAST } });
    return -1;
  }
  return indexOf(date);
}

/**
 * Builds a calendar from the built-in data plus newer notices and a county's closures.
 * Invalid input throws a {@link DataError} whose `issues` are located (`notices.0.days.3.date`).
 */
export function createCalendar(options: CreateCalendarOptions = {}): WorkdayCalendar {
  const issues: Issue[] = [];
  const noticeYears = new Set(NOTICE_YEARS);
  const extra: Entry[] = [];
  const notices = options.notices === undefined ? [] : Array.isArray(options.notices) ? options.notices : [options.notices];
  notices.forEach((raw, ni) => {
    const parsed = HolidayNoticeSchema.safeParse(raw);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        issues.push({ code: 'data.schema', path: ['notices', ni, ...(zi.path as (string | number)[])], params: { expected: zi.code } });
      }
      return;
    }
    const notice = parsed.data;
    if (notice.year < FIRST_YEAR || notice.year > LAST_YEAR) {
      issues.push({
        code: 'calendar.out-of-range',
        path: ['notices', ni, 'year'],
        params: { value: String(notice.year), first: FIRST, last: LAST },
      });
      return;
    }
    if (notice.days.length === 0) return; // a placeholder: still no notice for that year
    noticeYears.add(notice.year);
    notice.days.forEach((day, di) => {
      const i = dataIndex(day.date, ['notices', ni, 'days', di, 'date'], issues);
      if (i >= 0) extra.push(entryFromNotice(i, day.isOffDay, day.name));
    });
  });
  (options.closures ?? []).forEach((raw, ci) => {
    const parsed = closureSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push({ code: 'data.schema', path: ['closures', ci], params: { expected: 'date' } });
      return;
    }
    const c = typeof parsed.data === 'string' ? { date: parsed.data, name: undefined } : parsed.data;
    const i = dataIndex(c.date, typeof parsed.data === 'string' ? ['closures', ci] : ['closures', ci, 'date'], issues);
    if (i >= 0) extra.push({ index: i, kind: K_HOLIDAY, name: c.name });
  });
  if (issues.length > 0) throw new DataError(issues);
  return build(noticeYears, extra);
}
