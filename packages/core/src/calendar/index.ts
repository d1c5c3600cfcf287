/**
 * China's working-day calendar (工作日): Monday to Friday, minus the State Council's public
 * holidays, plus the weekend days its notices turn into working days (调休上班).
 * Notices 2007–2026 come from holiday-cn (MIT); later years follow the statutory rules and
 * are marked provisional.
 */
import { defaultCalendar, type DeadlineStatusOptions } from './calendar.js';
import type { CalendarDate } from './date.js';

export {
  CALENDAR_RANGE,
  defaultCalendar,
  type AddWorkdaysDetail,
  type DayInfo,
  type DayKind,
  type DeadlineState,
  type DeadlineStatus,
  type DeadlineStatusOptions,
  type WorkdayCalendar,
  type WorkdaysBetweenDetail,
  type WorkdayTrace,
} from './calendar.js';
export { createCalendar, HolidayNoticeSchema, type CreateCalendarOptions } from './custom.js';
export { parseCalendarDate, todayInChina, toCalendarDate, type CalendarDate } from './date.js';

type DateArg = CalendarDate | string;
const cal = defaultCalendar;

/** True when `date` is a working day in China. */
export const isWorkday = (date: DateArg) => cal.isWorkday(date);
/** What kind of day `date` is, with the holiday's name and whether the data is provisional. */
export const dayInfo = (date: DateArg) => cal.dayInfo(date);
/** The n-th working day strictly after `date` (before it for negative n). `n = 0` returns `date`. */
export const addWorkdays = (date: DateArg, n: number) => cal.addWorkdays(date, n);
/** {@link addWorkdays} with the rest days it skipped and whether provisional data was used. */
export const addWorkdaysDetailed = (date: DateArg, n: number) => cal.addWorkdaysDetailed(date, n);
/** Working days d with start < d ≤ end; `-workdaysBetween(end, start)` when end < start. */
export const workdaysBetween = (start: DateArg, end: DateArg) => cal.workdaysBetween(start, end);
/** {@link workdaysBetween} with the rest days and make-up working days in the interval. */
export const workdaysBetweenDetailed = (start: DateArg, end: DateArg) => cal.workdaysBetweenDetailed(start, end);
/** The first working day after `date`. */
export const nextWorkday = (date: DateArg) => cal.nextWorkday(date);
/** The last working day before `date`. */
export const previousWorkday = (date: DateArg) => cal.previousWorkday(date);
/** The one function every view uses for a deadline's state: ok, due-soon, due-today or overdue. */
export const deadlineStatus = (due: DateArg, today: DateArg, options?: DeadlineStatusOptions) => cal.deadlineStatus(due, today, options);
