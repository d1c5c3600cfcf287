import { InvalidDateError, type Issue, type Result } from '../errors.js';

/** A China calendar day as `'YYYY-MM-DD'` (the day in UTC+8, whatever the machine's zone). */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month, `m` 1–12. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Reads `'YYYY-MM-DD'` from its digits, without `Date`. Returns y*10000+m*100+d,
 * or a negative issue marker: -1 format, -2 not a real date.
 */
export function readYmd(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    y = y * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -2;
  return y * 10000 + m * 100 + d;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Formats year, month, day as a CalendarDate. */
export function ymdToString(y: number, m: number, d: number): CalendarDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as CalendarDate;
}

function issue(code: string, value: unknown): Result<never> {
  const params: Record<string, unknown> = { value: String(value) };
  const issues: Issue[] = [{ code, path: [], params }];
  return { ok: false, issues };
}

/**
 * Parses a `'YYYY-MM-DD'` string or a `Date` into a CalendarDate.
 * A `Date` is read as the calendar day in China (UTC+8). Impossible dates such as
 * `'2024-02-30'` are rejected, never rolled over.
 */
export function parseCalendarDate(input: string | Date): Result<CalendarDate> {
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) return issue('date.invalid', 'Invalid Date');
    const c = new Date(t + CHINA_OFFSET_MS);
    const y = c.getUTCFullYear();
    if (y < 1 || y > 9999) return issue('date.invalid', input.toISOString());
    return { ok: true, value: ymdToString(y, c.getUTCMonth() + 1, c.getUTCDate()) };
  }
  if (typeof input !== 'string') return issue('date.format', input);
  const s = input.trim();
  if (s === '') return issue('date.empty', input);
  const r = readYmd(s);
  if (r === -1) return issue('date.format', input);
  if (r === -2) return issue('date.invalid', input);
  return { ok: true, value: s as CalendarDate };
}

/** The calendar day in China at the instant `now`. Core never reads the clock: pass it in. */
export function todayInChina(now: Date): CalendarDate {
  const r = parseCalendarDate(now);
  if (!r.ok) throw new InvalidDateError(r.issues[0]!.code, now);
  return r.value;
}

/** Asserts a CalendarDate (or throws InvalidDateError with the issue's code). */
export function toCalendarDate(input: string | Date): CalendarDate {
  const r = parseCalendarDate(input);
  if (!r.ok) throw new InvalidDateError(r.issues[0]!.code, input);
  return r.value;
}
