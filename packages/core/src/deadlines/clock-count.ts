/**
 * Working-day counting with pauses: the arithmetic under the request clock.
 *
 * The pause convention, stated once: a pause from A to B excludes the working days d with
 * A < d ≤ B, exactly the days `workdaysBetween(A, B)` counts. Pauses that overlap or touch are
 * merged first, so no day is excluded twice.
 */
import type { WorkdayCalendar } from '../calendar/calendar.js';
import type { CalendarDate } from '../calendar/date.js';

/** A pause of the reply clock: working days d with `from` < d ≤ `to` do not count. */
export interface Pause {
  from: string;
  to: string;
}

/** Sorts pauses and joins those that overlap or touch; empty pauses (to ≤ from) are dropped. */
export function mergePauses(pauses: readonly Pause[]): Pause[] {
  const sorted = pauses.filter((p) => p.to > p.from).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Pause[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to) {
      if (p.to > last.to) last.to = p.to;
    } else out.push({ from: p.from, to: p.to });
  }
  return out;
}

/** A stretch of a pause that actually moved the due date: `n` working days in (from, to]. */
export interface ExcludedStretch {
  from: string;
  to: string;
  n: number;
}

export interface PausedCount {
  /** The `n`-th working day after `start` that lies in no pause. */
  due: CalendarDate;
  /** Working days excluded before `due` (the due date is `addWorkdays(start, n + paused)`). */
  paused: number;
  stretches: ExcludedStretch[];
}

/**
 * The `n`-th countable working day after `start` (n ≥ 1), skipping paused days.
 * `merged` must come from {@link mergePauses}. Pauses before `start` or after the result do not
 * count. O(number of pauses): every step is a calendar lookup.
 */
export function addWorkdaysPaused(cal: WorkdayCalendar, start: string, n: number, merged: readonly Pause[]): PausedCount {
  let cursor = start;
  let left = n;
  let paused = 0;
  const stretches: ExcludedStretch[] = [];
  for (const p of merged) {
    if (p.to <= cursor) continue;
    const a = p.from > cursor ? p.from : cursor;
    const counted = cal.workdaysBetween(cursor, a);
    if (counted >= left) break; // the due date comes before this pause
    left -= counted;
    const skipped = cal.workdaysBetween(a, p.to);
    if (skipped > 0) {
      paused += skipped;
      stretches.push({ from: a, to: p.to, n: skipped });
    }
    cursor = p.to;
  }
  return { due: cal.addWorkdays(cursor, left), paused, stretches };
}

/** Working days in (start, end] that fall in a pause. */
export function pausedWorkdaysIn(cal: WorkdayCalendar, start: string, end: string, merged: readonly Pause[]): number {
  let n = 0;
  for (const p of merged) {
    const a = p.from > start ? p.from : start;
    const b = p.to < end ? p.to : end;
    if (b > a) n += cal.workdaysBetween(a, b);
  }
  return n;
}
