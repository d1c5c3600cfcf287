import { CalendarRangeError, InvalidArgumentError, InvalidDateError } from '../errors.js';
import { FIRST_YEAR, LAST_YEAR, NAMES, NOTICE_DAYS, NOTICE_YEARS, STATUTORY_DAYS } from '../generated/calendar-data.js';
import { type CalendarDate, daysInMonth, readYmd, ymdToString } from './date.js';

/**
 * How a day counts:
 * - `workday`: Monday–Friday, or a weekday a notice lists as a working day (2020-02-03);
 * - `weekend`: Saturday or Sunday with no notice entry;
 * - `holiday`: any rest day a notice (or, past the notices, the statutory rules) lists,
 *   weekends included, or a county's own closure;
 * - `adjusted-workday`: a weekend day a notice turns into a working day (调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

export interface DayInfo {
  date: CalendarDate;
  workday: boolean;
  kind: DayKind;
  /** The holiday's name as the notice writes it (also on adjusted working days). */
  holiday?: string;
  /** True when the day's year has no State Council notice in the data: statutory rules only. */
  provisional: boolean;
}

/** The rest days and make-up working days behind a count, for explanations. */
export interface WorkdayTrace {
  provisional: boolean;
  /** Rest days (weekends, holidays) in the counted interval, in date order. */
  skipped: DayInfo[];
  /** Weekend days counted as working days (调休上班) in the interval. */
  adjusted: DayInfo[];
}

export interface AddWorkdaysDetail extends WorkdayTrace {
  date: CalendarDate;
}

export interface WorkdaysBetweenDetail extends WorkdayTrace {
  count: number;
}

export type DeadlineState = 'ok' | 'due-soon' | 'due-today' | 'overdue';

export interface DeadlineStatus {
  state: DeadlineState;
  /** Working days d with today < d ≤ due; 0 when due today or overdue. */
  workdaysLeft: number;
  /** Working days d with due < d ≤ today; 0 unless overdue. */
  workdaysOverdue: number;
  /** True when a day between today and due comes from provisional calendar data. */
  provisional: boolean;
}

export interface DeadlineStatusOptions {
  /** At or below this many working days left, the state is `due-soon`. Default 3. */
  dueSoonWorkdays?: number;
}

type DateArg = CalendarDate | string;

/** A China working-day calendar. Every method is O(1) (detailed variants walk their interval). */
export interface WorkdayCalendar {
  readonly first: CalendarDate;
  readonly last: CalendarDate;
  isWorkday(date: DateArg): boolean;
  dayInfo(date: DateArg): DayInfo;
  /** The n-th working day strictly after `date` (before it for n < 0). The start day never counts. */
  addWorkdays(date: DateArg, n: number): CalendarDate;
  addWorkdaysDetailed(date: DateArg, n: number): AddWorkdaysDetail;
  /** The number of working days d with start < d ≤ end; negative when end < start. */
  workdaysBetween(start: DateArg, end: DateArg): number;
  workdaysBetweenDetailed(start: DateArg, end: DateArg): WorkdaysBetweenDetail;
  nextWorkday(date: DateArg): CalendarDate;
  previousWorkday(date: DateArg): CalendarDate;
  deadlineStatus(due: DateArg, today: DateArg, options?: DeadlineStatusOptions): DeadlineStatus;
}

// ---------------------------------------------------------------------------------------------
// Day numbers: day 0 is FIRST_YEAR-01-01 (a Monday for 2007).

const YEARS = LAST_YEAR - FIRST_YEAR + 1;
const YEAR_START = new Int32Array(YEARS + 1);
const MONTH_START: Int32Array[] = [new Int32Array(13), new Int32Array(13)];
for (let leap = 0; leap < 2; leap++) {
  for (let m = 1; m <= 12; m++) MONTH_START[leap]![m] = MONTH_START[leap]![m - 1]! + daysInMonth(leap ? 2024 : 2023, m);
}
for (let y = 0; y < YEARS; y++) YEAR_START[y + 1] = YEAR_START[y]! + (daysInMonth(FIRST_YEAR + y, 2) === 29 ? 366 : 365);
const DAYS = YEAR_START[YEARS]!;
const LEAP = new Uint8Array(YEARS);
for (let y = 0; y < YEARS; y++) LEAP[y] = daysInMonth(FIRST_YEAR + y, 2) === 29 ? 1 : 0;
// Weekday of day 0 (0 = Monday … 6 = Sunday), derived, not assumed.
export const WEEKDAY0 = (new Date(Date.UTC(FIRST_YEAR, 0, 1)).getUTCDay() + 6) % 7;

export const FIRST = ymdToString(FIRST_YEAR, 1, 1);
export const LAST = ymdToString(LAST_YEAR, 12, 31);

/** Every day's string, built once on first use, so results are returned, not formatted. */
let STRINGS: CalendarDate[] | null = null;
function strings(): CalendarDate[] {
  if (STRINGS) return STRINGS;
  const out = new Array<CalendarDate>(DAYS);
  let i = 0;
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    for (let m = 1; m <= 12; m++) {
      const dim = daysInMonth(y, m);
      for (let d = 1; d <= dim; d++) out[i++] = ymdToString(y, m, d);
    }
  }
  return (STRINGS = out);
}

function yearOfIndex(i: number): number {
  let lo = 0;
  let hi = YEARS - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (YEAR_START[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return FIRST_YEAR + lo;
}

function fail(date: unknown): never {
  if (typeof date !== 'string') throw new InvalidDateError('date.format', date);
  const r = readYmd(date);
  if (date === '') throw new InvalidDateError('date.empty', date);
  if (r === -1) throw new InvalidDateError('date.format', date);
  if (r === -2) throw new InvalidDateError('date.invalid', date);
  throw new CalendarRangeError(date, FIRST, LAST);
}

/** Day number of a `'YYYY-MM-DD'` string, read straight from its digits. Throws on bad input. */
export function indexOf(date: DateArg): number {
  // Fast path: 10 chars, digits at fixed places. Anything odd goes to `fail` for the right error.
  if (typeof date === 'string' && date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y =
      (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
    const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
    const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
    const yi = y - FIRST_YEAR;
    if (yi >= 0 && yi < YEARS && m >= 1 && m <= 12 && d >= 1 && isDigits(date)) {
      const leap = LEAP[yi]!;
      const ms = MONTH_START[leap]!;
      if (d <= ms[m]! - ms[m - 1]!) return YEAR_START[yi]! + ms[m - 1]! + d - 1;
    }
  }
  return fail(date);
}

function isDigits(s: string): boolean {
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function checkCount(n: number): void {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new InvalidArgumentError('calendar.invalid-count', { value: String(n) });
}

// Kinds as small integers in the tables.
export const K_WORKDAY = 0;
export const K_WEEKEND = 1;
export const K_HOLIDAY = 2;
export const K_ADJUSTED = 3;
const KIND_NAMES: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'adjusted-workday'];

/** @internal One day's override while building a calendar. */
export interface Entry {
  index: number;
  kind: number;
  name: string | undefined;
}

class TableCalendar implements WorkdayCalendar {
  readonly first = FIRST;
  readonly last = LAST;
  private readonly kind: Uint8Array;
  private readonly name: Uint8Array;
  private readonly names: string[];
  private readonly prefix: Int32Array;
  private readonly work: Int32Array;
  private readonly provPrefix: Int32Array;

  constructor(noticeYears: Set<number>, entries: Entry[]) {
    const kind = new Uint8Array(DAYS);
    const name = new Uint8Array(DAYS);
    const names: string[] = [];
    for (let i = 0; i < DAYS; i++) kind[i] = (i + WEEKDAY0) % 7 >= 5 ? K_WEEKEND : K_WORKDAY;
    for (const e of entries) {
      kind[e.index] = e.kind;
      if (e.name !== undefined) {
        let n = names.indexOf(e.name);
        if (n < 0) n = names.push(e.name) - 1;
        name[e.index] = n + 1;
      } else name[e.index] = 0;
    }
    const prefix = new Int32Array(DAYS + 1);
    const provPrefix = new Int32Array(DAYS + 1);
    let w = 0;
    for (let y = 0; y < YEARS; y++) {
      const provisional = noticeYears.has(FIRST_YEAR + y) ? 0 : 1;
      for (let i = YEAR_START[y]!; i < YEAR_START[y + 1]!; i++) {
        const k = kind[i]!;
        if (k === K_WORKDAY || k === K_ADJUSTED) w++;
        prefix[i + 1] = w;
        provPrefix[i + 1] = provPrefix[i]! + provisional;
      }
    }
    const work = new Int32Array(w);
    for (let i = 0, j = 0; i < DAYS; i++) if (prefix[i + 1]! !== prefix[i]!) work[j++] = i;
    this.kind = kind;
    this.name = name;
    this.names = names;
    this.prefix = prefix;
    this.work = work;
    this.provPrefix = provPrefix;
  }

  private info(i: number): DayInfo {
    const k = this.kind[i]!;
    const n = this.name[i]!;
    const out: DayInfo = {
      date: strings()[i]!,
      workday: k === K_WORKDAY || k === K_ADJUSTED,
      kind: KIND_NAMES[k]!,
      provisional: this.provPrefix[i + 1]! !== this.provPrefix[i]!,
    };
    if (n !== 0 && k !== K_WORKDAY) out.holiday = this.names[n - 1]!;
    return out;
  }

  /** Any provisional day in (a, b]. */
  private provisionalIn(a: number, b: number): boolean {
    return this.provPrefix[b + 1]! - this.provPrefix[a + 1]! > 0;
  }

  private trace(a: number, b: number): WorkdayTrace {
    // Days in (a, b].
    const skipped: DayInfo[] = [];
    const adjusted: DayInfo[] = [];
    for (let i = a + 1; i <= b; i++) {
      const k = this.kind[i]!;
      if (k === K_WEEKEND || k === K_HOLIDAY) skipped.push(this.info(i));
      else if (k === K_ADJUSTED) adjusted.push(this.info(i));
    }
    return { provisional: this.provisionalIn(a, b), skipped, adjusted };
  }

  private addIndex(date: DateArg, n: number): [number, number] {
    const i = indexOf(date);
    checkCount(n);
    if (n === 0) return [i, i];
    const k = n > 0 ? this.prefix[i + 1]! + n - 1 : this.prefix[i]! + n;
    if (k < 0 || k >= this.work.length) {
      throw new CalendarRangeError(String(date), FIRST, LAST);
    }
    return [i, this.work[k]!];
  }

  isWorkday(date: DateArg): boolean {
    const k = this.kind[indexOf(date)]!;
    return k === K_WORKDAY || k === K_ADJUSTED;
  }

  dayInfo(date: DateArg): DayInfo {
    return this.info(indexOf(date));
  }

  addWorkdays(date: DateArg, n: number): CalendarDate {
    const [, r] = this.addIndex(date, n);
    return strings()[r]!;
  }

  addWorkdaysDetailed(date: DateArg, n: number): AddWorkdaysDetail {
    const [i, r] = this.addIndex(date, n);
    const t = r >= i ? this.trace(i, r) : this.trace(r - 1, i - 1);
    return { date: strings()[r]!, ...t };
  }

  workdaysBetween(start: DateArg, end: DateArg): number {
    return this.prefix[indexOf(end) + 1]! - this.prefix[indexOf(start) + 1]!;
  }

  workdaysBetweenDetailed(start: DateArg, end: DateArg): WorkdaysBetweenDetail {
    const s = indexOf(start);
    const e = indexOf(end);
    const count = this.prefix[e + 1]! - this.prefix[s + 1]!;
    return { count, ...(e >= s ? this.trace(s, e) : this.trace(e, s)) };
  }

  nextWorkday(date: DateArg): CalendarDate {
    return this.addWorkdays(date, 1);
  }

  previousWorkday(date: DateArg): CalendarDate {
    return this.addWorkdays(date, -1);
  }

  deadlineStatus(due: DateArg, today: DateArg, options: DeadlineStatusOptions = {}): DeadlineStatus {
    const soon = options.dueSoonWorkdays ?? 3;
    if (!Number.isSafeInteger(soon) || soon < 0) throw new InvalidArgumentError('calendar.invalid-count', { value: String(soon) });
    const d = indexOf(due);
    const t = indexOf(today);
    const between = this.prefix[Math.max(d, t) + 1]! - this.prefix[Math.min(d, t) + 1]!;
    const provisional = this.provisionalIn(Math.min(d, t) - 1, Math.max(d, t));
    if (t === d) return { state: 'due-today', workdaysLeft: 0, workdaysOverdue: 0, provisional };
    if (t > d) return { state: 'overdue', workdaysLeft: 0, workdaysOverdue: between, provisional };
    return { state: between <= soon ? 'due-soon' : 'ok', workdaysLeft: between, workdaysOverdue: 0, provisional };
  }
}

function decode(flat: readonly number[], each: (index: number, code: number) => void): void {
  let n = 0;
  for (let p = 0; p < flat.length; p += 2) {
    n += flat[p]!;
    each(n, flat[p + 1]!);
  }
}

export function entryFromNotice(index: number, off: boolean, name: string | undefined): Entry {
  const weekend = (index + WEEKDAY0) % 7 >= 5;
  return { index, kind: off ? K_HOLIDAY : weekend ? K_ADJUSTED : K_WORKDAY, name };
}

/** @internal Builds a calendar: statutory rules for years without a notice, then notices, then `extra`. */
export function build(noticeYears: Set<number>, extra: Entry[]): WorkdayCalendar {
  const entries: Entry[] = [];
  // Statutory rules first, only for years without a notice; then notices (later ones win); then closures.
  decode(STATUTORY_DAYS, (index, code) => {
    if (!noticeYears.has(yearOfIndex(index))) entries.push({ index, kind: K_HOLIDAY, name: NAMES[code >> 1] });
  });
  decode(NOTICE_DAYS, (index, code) => entries.push(entryFromNotice(index, (code & 1) === 1, NAMES[code >> 1])));
  entries.push(...extra);
  return new TableCalendar(noticeYears, entries);
}

/** The built-in calendar: notices 2007–2026 and statutory rules to 2050. */
export const defaultCalendar: WorkdayCalendar = build(new Set(NOTICE_YEARS), []);

/** The supported range of every calendar. Outside it, functions throw CalendarRangeError. */
export const CALENDAR_RANGE: { readonly first: CalendarDate; readonly last: CalendarDate } = Object.freeze({ first: FIRST, last: LAST });
