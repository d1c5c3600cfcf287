/** Helpers shared by the disclosure module: dates as schemas, month arithmetic, issue mapping. */
import * as z from 'zod/mini';
import { type CalendarDate, daysInMonth, readYmd, ymdToString } from '../calendar/date.js';
import type { Issue } from '../errors.js';
export { preview } from '../internal/values.js';
import { preview, valueAt } from '../internal/values.js';

/** An issue of the disclosure module. `error`s stop a parse; `warning`s keep the data. */
export interface DisclosureIssue extends Issue {
  severity: 'error' | 'warning';
}

/** A `'YYYY-MM-DD'` day (any real date; the working-day calendar's range does not apply). */
export const DisclosureDateSchema = z.string().check(
  z.superRefine((s, ctx) => {
    const r = readYmd(s);
    if (r < 0) ctx.addIssue({ code: 'custom', input: s, params: { gk: r === -1 ? 'date.format' : 'date.invalid', value: s } });
  }),
);

/** Trimmed, non-empty text. */
export const TextSchema = z.string().check(z.trim(), z.minLength(1));

/** `date` plus `months`, clamped to the end of the month: 2024-02-29 + 12 → 2025-02-28. */
export function addMonthsClamped(date: string, months: number): CalendarDate {
  const r = readYmd(date);
  const y = Math.floor(r / 10000);
  const m = Math.floor(r / 100) % 100;
  const d = r % 100;
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymdToString(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

function dayNumber(date: string): number {
  const r = readYmd(date);
  return Math.floor(Date.UTC(Math.floor(r / 10000), (Math.floor(r / 100) % 100) - 1, r % 100) / 86400000);
}

/** Calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** `date` plus `n` calendar days. */
export function addDays(date: string, n: number): CalendarDate {
  const t = new Date((dayNumber(date) + n) * 86400000);
  return ymdToString(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Turns zod's issues for item `i` of a list into located issues with stable codes:
 * `<prefix>.not-object`, `<prefix>.missing`, `<prefix>.invalid-value`, or the `gk` code a
 * refinement set (date.format, …), with `special` naming fields that get their own code.
 */
export function schemaIssues(
  listKey: string,
  prefix: string,
  i: number,
  raw: unknown,
  zodIssues: readonly { code?: string; path: PropertyKey[]; params?: unknown }[],
  special: Record<string, string> = {},
): DisclosureIssue[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return [{ code: `${prefix}.not-object`, path: [listKey, i], params: { value: preview(raw) }, severity: 'error' }];
  }
  return zodIssues.map((zi) => {
    const keys = zi.path.filter((k): k is string | number => typeof k !== 'symbol');
    const path = [listKey, i, ...keys];
    const field = keys.join('.');
    const gk = (zi.params as Record<string, unknown> | undefined) ?? {};
    if (zi.code === 'custom' && typeof gk.gk === 'string') {
      const { gk: code, ...rest } = gk;
      return { code: code as string, path, params: { field, ...rest, value: preview(rest.value) }, severity: 'error' as const };
    }
    const value = valueAt(raw, keys);
    if (value === undefined) return { code: `${prefix}.missing`, path, params: { field }, severity: 'error' as const };
    const top = keys[0];
    if (typeof top === 'string' && keys.length === 1 && special[top]) {
      return { code: special[top], path, params: { field, value: preview(value) }, severity: 'error' as const };
    }
    return { code: `${prefix}.invalid-value`, path, params: { field, value: preview(value) }, severity: 'error' as const };
  });
}
