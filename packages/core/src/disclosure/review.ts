/**
 * Seed task 2.(3): review withheld documents every year (按年度评估, OGI Art. 18) and publish
 * the clean-up of expired and repealed ones (对失效、废止的政府信息定期清理，及时公开清理结果).
 */
import { type CalendarDate, toCalendarDate } from '../calendar/date.js';
import { InvalidArgumentError } from '../errors.js';
import { isWithheld } from './attributes.js';
import type { DocumentRecord, ReviewEntry } from './records.js';
import { addDays, addMonthsClamped, daysBetween } from './shared.js';

export interface ReviewDueOptions {
  /** Months between reviews; default 12 (yearly). */
  intervalMonths?: number;
  /** Also list reviews falling due within this many calendar days after today; default 30. */
  lookAheadDays?: number;
}

export interface ReviewDueItem {
  record: DocumentRecord;
  /** Last review (or issue date) plus the interval, clamped to the month's end. */
  dueDate: CalendarDate;
  /** True when the due date is today or past. */
  overdue: boolean;
  /** Calendar days from today to the due date: 0 on the day, negative once past. */
  daysLeft: number;
  /** The latest review, when there is one. */
  lastReview?: ReviewEntry;
}

function positiveInt(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 0) throw new InvalidArgumentError('disclosure.option.invalid', { name, value: v });
  return v;
}

/** The latest review of a record (by date; the later one of a tie), or undefined. */
export function lastReviewOf(record: DocumentRecord): ReviewEntry | undefined {
  let last: ReviewEntry | undefined;
  for (const r of record.reviews) if (!last || r.date >= last.date) last = r;
  return last;
}

/**
 * The withheld documents (ON_REQUEST and NOT_DISCLOSED, in force) whose yearly review is due:
 * due date = last review date (or issue date) + `intervalMonths`, clamped to the month's end.
 * Listed when the due date is on or before today (`overdue`) or within `lookAheadDays`;
 * sorted by due date, then id.
 */
export function reviewDue(
  records: readonly DocumentRecord[],
  today: CalendarDate | string,
  options: ReviewDueOptions = {},
): ReviewDueItem[] {
  const t = toCalendarDate(today);
  const interval = positiveInt('intervalMonths', options.intervalMonths ?? 12);
  if (interval === 0) throw new InvalidArgumentError('disclosure.option.invalid', { name: 'intervalMonths', value: 0 });
  const horizon = addDays(t, positiveInt('lookAheadDays', options.lookAheadDays ?? 30));
  const out: ReviewDueItem[] = [];
  for (const record of records) {
    if (!isWithheld(record.attribute) || record.status !== 'in-force') continue;
    const lastReview = lastReviewOf(record);
    const dueDate = addMonthsClamped(lastReview?.date ?? record.issueDate, interval);
    if (dueDate > horizon) continue;
    const item: ReviewDueItem = { record, dueDate, overdue: dueDate <= t, daysLeft: daysBetween(t, dueDate) };
    if (lastReview) item.lastReview = lastReview;
    out.push(item);
  }
  return out.sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0,
  );
}

export interface CleanupItem {
  record: DocumentRecord;
  /** The day it expired or was repealed (`statusDate`); undefined when the record lacks it. */
  since?: CalendarDate;
  /** Calendar days from `since` to today; undefined without `since`. */
  daysSince?: number;
}

/**
 * Expired and repealed documents whose clean-up result has not been published
 * (no `cleanupPublished`). A `statusDate` after today is not yet due and is left out.
 * Sorted oldest first; records without a `statusDate` come first (their age is unknown), then by id.
 */
export function cleanupList(records: readonly DocumentRecord[], today: CalendarDate | string): CleanupItem[] {
  const t = toCalendarDate(today);
  const out: CleanupItem[] = [];
  for (const record of records) {
    if (record.status === 'in-force' || record.cleanupPublished !== undefined) continue;
    if (record.statusDate === undefined) {
      out.push({ record });
      continue;
    }
    if (record.statusDate > t) continue;
    out.push({ record, since: record.statusDate as CalendarDate, daysSince: daysBetween(record.statusDate, t) });
  }
  const key = (i: CleanupItem) => i.since ?? '';
  return out.sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0,
  );
}
