/**
 * The negative list (政务公开负面清单, seed task 6.(1)): what is not disclosed, on which ground
 * and basis — 事项具体、依据充分、更新及时.
 */
import * as z from 'zod/mini';
import { type CalendarDate, toCalendarDate } from '../calendar/date.js';
import { InvalidArgumentError } from '../errors.js';
import { legalGround, LEGAL_GROUNDS, type LegalGround } from './attributes.js';
import { addMonthsClamped, DisclosureDateSchema, type DisclosureIssue, preview, schemaIssues, TextSchema } from './shared.js';

/**
 * One entry. `ground` and `basis` are kept as written so that a list under construction
 * validates; {@link checkNegativeList} flags an unknown ground or a missing basis.
 */
export const NegativeListEntrySchema = z.object({
  id: TextSchema,
  /** The item not disclosed, stated specifically (事项具体). */
  item: TextSchema,
  /** A ground code of regulations §1.2 (STATE_SECRET, …). */
  ground: z.string().check(z.trim()),
  /** The law or regulation relied on (依据充分), e.g. 《中华人民共和国保守国家秘密法》第九条. */
  basis: z.optional(z.string()),
  /** The owning unit: a unit id or its name. */
  owningUnit: TextSchema,
  lastReview: DisclosureDateSchema,
  nextReview: DisclosureDateSchema,
});
export type NegativeListEntry = z.infer<typeof NegativeListEntrySchema>;

/** Parses a negative list from outside (an array, or `{ entries: [...] }`); issues at `['entries', i, field]`. */
export function parseNegativeList(
  input: unknown,
): { ok: true; value: NegativeListEntry[]; issues: DisclosureIssue[] } | { ok: false; issues: DisclosureIssue[] } {
  const list = Array.isArray(input)
    ? input
    : input !== null && typeof input === 'object' && Array.isArray((input as { entries?: unknown }).entries)
      ? ((input as { entries: unknown[] }).entries as unknown[])
      : undefined;
  if (!list) {
    return {
      ok: false,
      issues: [{ code: 'disclosure.entries.not-array', path: ['entries'], params: { value: preview(input) }, severity: 'error' }],
    };
  }
  const issues: DisclosureIssue[] = [];
  const value: NegativeListEntry[] = [];
  list.forEach((raw: unknown, i) => {
    const r = NegativeListEntrySchema.safeParse(raw);
    if (r.success) value.push(r.data);
    else issues.push(...schemaIssues('entries', 'disclosure.entry', i, raw, r.error.issues));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value, issues: [] };
}

export interface CheckNegativeListOptions {
  /** The longest time since the last review before an entry is stale; default 12 months. */
  maxAgeMonths?: number;
  grounds?: readonly LegalGround[];
}

/**
 * Checks a negative list against `today`. Issues, at `['entries', i, field]`:
 * - `disclosure.negative.ground-invalid` (error): not a withholding ground of §1.2 (unknown, or a report-only row);
 * - `disclosure.negative.basis-missing` (error): no law or regulation named;
 * - `disclosure.negative.next-before-last` (error): next review before the last one;
 * - `disclosure.negative.stale` (warning): the next review date has passed;
 * - `disclosure.negative.stale-review` (warning): the last review is older than `maxAgeMonths`;
 * - `disclosure.negative.review-in-future` (warning): the last review is after today.
 */
export function checkNegativeList(
  entries: readonly NegativeListEntry[],
  today: CalendarDate | string,
  options: CheckNegativeListOptions = {},
): DisclosureIssue[] {
  const t = toCalendarDate(today);
  const maxAge = options.maxAgeMonths ?? 12;
  if (!Number.isInteger(maxAge) || maxAge < 1)
    throw new InvalidArgumentError('disclosure.option.invalid', { name: 'maxAgeMonths', value: maxAge });
  const grounds = options.grounds ?? LEGAL_GROUNDS;
  const issues: DisclosureIssue[] = [];
  entries.forEach((e, i) => {
    const path = (field: string) => ['entries', i, field];
    const g = legalGround(e.ground.trim(), grounds);
    if (!g || !g.withholding) {
      issues.push({
        code: 'disclosure.negative.ground-invalid',
        path: path('ground'),
        params: { value: preview(e.ground) },
        severity: 'error',
      });
    }
    if (e.basis === undefined || e.basis.trim() === '') {
      issues.push({ code: 'disclosure.negative.basis-missing', path: path('basis'), params: { item: e.item }, severity: 'error' });
    }
    if (e.nextReview < e.lastReview) {
      issues.push({
        code: 'disclosure.negative.next-before-last',
        path: path('nextReview'),
        params: { date: e.nextReview, lastReview: e.lastReview },
        severity: 'error',
      });
    }
    if (e.nextReview < t) {
      issues.push({
        code: 'disclosure.negative.stale',
        path: path('nextReview'),
        params: { date: e.nextReview, today: t },
        severity: 'warning',
      });
    }
    if (e.lastReview > t) {
      issues.push({
        code: 'disclosure.negative.review-in-future',
        path: path('lastReview'),
        params: { date: e.lastReview, today: t },
        severity: 'warning',
      });
    } else if (addMonthsClamped(e.lastReview, maxAge) < t) {
      issues.push({
        code: 'disclosure.negative.stale-review',
        path: path('lastReview'),
        params: { date: e.lastReview, months: maxAge, today: t },
        severity: 'warning',
      });
    }
  });
  return issues;
}
