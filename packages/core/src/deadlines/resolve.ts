/**
 * resolveDeadline: a rule → its due date, with a trace that explains every step.
 *
 * Conventions (regulations §1.6; docs/decisions/0005-deadline-rule-shape.md):
 * - the anchor day is not counted;
 * - working days: `addWorkdays(anchor, n)`;
 * - calendar days, months, years: anchor + n (months and years keep the day of the month,
 *   clamped to the month's end); when that day is a rest day the period ends on the next
 *   working day, unless `rollCalendarDays: false`;
 * - fixed dates ("…前") are inclusive and never move;
 * - recurring rules: the next occurrence on or after `today`; without a day, the end of the
 *   period containing `today`;
 * - compound rules: the earliest due date among the general parts (no subject, no condition) that
 *   resolve, else among all parts that resolve; every part's own result is in `parts`.
 * Never throws: bad input and dates outside the calendar come back as `{ ok: false, reason }`.
 */
import { defaultCalendar, type WorkdayCalendar } from '../calendar/calendar.js';
import { daysInMonth, parseCalendarDate, readYmd, ymdToString, type CalendarDate } from '../calendar/date.js';
import { CalendarRangeError, GkError } from '../errors.js';
import { parseDeadline } from './parse.js';
import type { DeadlineRule, RecurringRule, RelativeRule } from './rule-schema.js';

export interface ResolveOptions {
  /** The day the anchor event happened (信息形成之日 …), for relative rules. */
  anchorDate?: CalendarDate | string;
  /** Completes rules written without a year (年底前), which parse as `needs-year`. */
  planYear?: number;
  /** Today in China; recurring rules resolve to their next occurrence on or after it. */
  today: CalendarDate | string;
  /** Default: the built-in calendar. */
  calendar?: WorkdayCalendar;
  /** A calendar-day (or month, year) period that ends on a rest day ends on the next working day. Default true. */
  rollCalendarDays?: boolean;
}

/** One step of an explanation: a message code and its parameters (dates as `YYYY-MM-DD`). */
export interface TraceStep {
  code: string;
  params?: Record<string, unknown>;
}

/** Why no due date: a message code and its parameters. */
export interface ResolveReason {
  code: string;
  params: Record<string, unknown>;
}

export type ResolveResult =
  | {
      ok: true;
      due: CalendarDate;
      /** True when the answer depends on calendar data past the State Council's notices. */
      provisional: boolean;
      trace: TraceStep[];
      /** Compound rules: every part's own result, in order. */
      parts?: ResolveResult[];
    }
  | { ok: false; reason: ResolveReason };

interface Env {
  cal: WorkdayCalendar;
  today: CalendarDate;
  anchor: CalendarDate | undefined;
  planYear: number | undefined;
  roll: boolean;
}

const fail = (code: string, params: Record<string, unknown> = {}): ResolveResult => ({ ok: false, reason: { code, params } });

function done(due: CalendarDate, provisional: boolean, trace: TraceStep[]): ResolveResult {
  if (provisional) trace.push({ code: 'calendar.provisional' });
  trace.push({ code: 'deadline.trace.due', params: { date: due } });
  return { ok: true, due, provisional, trace };
}

function ymd(date: string): [number, number, number] {
  const r = readYmd(date);
  return [Math.floor(r / 10000), Math.floor(r / 100) % 100, r % 100];
}

/** A date the calendar covers, or CalendarRangeError (never a guess). */
function inRange(cal: WorkdayCalendar, y: number, m: number, d: number): CalendarDate {
  const date = ymdToString(y, m, d);
  if (y < 1 || y > 9999 || date < cal.first || date > cal.last) throw new CalendarRangeError(date, cal.first, cal.last);
  return date;
}

function addDays(cal: WorkdayCalendar, date: CalendarDate, n: number): CalendarDate {
  const [y, m, d] = ymd(date);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + n); // UTC arithmetic: the same answer in every time zone
  return inRange(cal, t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function addMonths(cal: WorkdayCalendar, date: CalendarDate, months: number): { to: CalendarDate; clamped: boolean } {
  const [y, m, d] = ymd(date);
  const m0 = m - 1 + months;
  const ny = y + Math.floor(m0 / 12);
  const nm = (((m0 % 12) + 12) % 12) + 1;
  if (ny < 1 || ny > 9999) throw new CalendarRangeError(`${ny}-${nm}`, cal.first, cal.last);
  const dim = daysInMonth(ny, nm);
  return { to: inRange(cal, ny, nm, Math.min(d, dim)), clamped: d > dim };
}

/** The period's last day; if a rest day, the next working day (regulations §1.6), unless rolling is off. */
function endOfPeriod(env: Env, to: CalendarDate, provisional: boolean, trace: TraceStep[]): ResolveResult {
  const info = env.cal.dayInfo(to);
  provisional ||= info.provisional;
  if (info.workday) return done(to, provisional, trace);
  const rest = { kind: info.kind, holiday: info.holiday };
  if (!env.roll) {
    trace.push({ code: 'deadline.trace.not-rolled', params: { date: to, ...rest } });
    return done(to, provisional, trace);
  }
  const next = env.cal.addWorkdaysDetailed(to, 1);
  trace.push({ code: 'deadline.trace.rolled', params: { from: to, to: next.date, ...rest } });
  return done(next.date, provisional || next.provisional, trace);
}

function resolveRelative(rule: RelativeRule, env: Env): ResolveResult {
  if (!env.anchor) {
    return fail(
      'deadline.resolve.needs-anchor',
      rule.anchorText ? { anchor: rule.anchor, anchorText: rule.anchorText } : { anchor: rule.anchor },
    );
  }
  const { cal, anchor } = env;
  const n = rule.amount;
  if (!Number.isSafeInteger(n) || n < 0) return fail('calendar.invalid-count', { value: String(n) });
  cal.dayInfo(anchor); // the anchor itself must be in the calendar's range
  const trace: TraceStep[] = [
    {
      code: 'deadline.trace.start',
      params: { date: anchor, anchor: rule.anchor, ...(rule.anchorText ? { anchorText: rule.anchorText } : {}) },
    },
  ];
  const notes: TraceStep[] = [];
  if (rule.extension)
    notes.push({ code: 'deadline.trace.extension-available', params: { n: rule.extension.amount, unit: rule.extension.unit } });
  if (rule.override) notes.push({ code: 'deadline.trace.override' });
  let result: ResolveResult;
  if (rule.unit === 'workday') {
    const d = cal.addWorkdaysDetailed(anchor, n);
    trace.push({ code: 'deadline.trace.count-workdays', params: { n, to: d.date, skipped: d.skipped, adjusted: d.adjusted } });
    trace.push(...notes);
    return done(d.date, d.provisional, trace);
  }
  if (rule.unit === 'day') {
    const to = addDays(cal, anchor, n);
    trace.push({ code: 'deadline.trace.add-days', params: { n, to } });
    result = endOfPeriod(env, to, false, trace);
  } else {
    const { to, clamped } = addMonths(cal, anchor, rule.unit === 'year' ? n * 12 : n);
    trace.push({ code: rule.unit === 'year' ? 'deadline.trace.add-years' : 'deadline.trace.add-months', params: { n, to, clamped } });
    result = endOfPeriod(env, to, false, trace);
  }
  if (result.ok && notes.length > 0) result.trace.splice(result.trace.length - (result.provisional ? 2 : 1), 0, ...notes);
  return result;
}

function resolveRecurring(rule: RecurringRule, env: Env): ResolveResult {
  const { cal, today } = env;
  const [ty, tm] = ymd(today);
  const trace: TraceStep[] = [];
  const at = (y: number, m: number, day: number | 'end' | undefined) => {
    const dim = y >= 1 && y <= 9999 ? daysInMonth(y, m) : 31;
    const d = typeof day === 'number' ? Math.min(day, dim) : dim;
    return { date: inRange(cal, y, m, d), clamped: typeof day === 'number' && day > dim, day };
  };
  let found: { date: CalendarDate; clamped: boolean; day: number | 'end' | undefined } | undefined;
  const candidates: [number, number][] = [];
  if (rule.frequency === 'yearly' && rule.month) candidates.push([ty, rule.month], [ty + 1, rule.month]);
  else if (rule.frequency === 'quarterly' && rule.day !== undefined) {
    const q = Math.floor((tm - 1) / 3);
    for (const qi of [q, q + 1]) candidates.push([ty + Math.floor(qi / 4), (qi % 4) * 3 + (rule.monthOfQuarter ?? 1)]);
  } else if (rule.frequency === 'monthly' && rule.day !== undefined) {
    candidates.push([ty, tm], tm === 12 ? [ty + 1, 1] : [ty, tm + 1]);
  }
  if (candidates.length > 0) {
    for (const [y, m] of candidates) {
      const c = at(y, m, rule.day);
      if (c.date >= today) {
        found = c;
        break;
      }
    }
    if (!found) return fail('deadline.resolve.invalid-rule');
    trace.push({ code: 'deadline.trace.recurring', params: { frequency: rule.frequency, today, date: found.date } });
  } else {
    // No day given: by the end of the period (month, quarter, half-year, year) that contains today.
    const endMonth =
      rule.frequency === 'monthly'
        ? tm
        : rule.frequency === 'quarterly'
          ? Math.ceil(tm / 3) * 3
          : rule.frequency === 'half-yearly'
            ? tm <= 6
              ? 6
              : 12
            : 12;
    found = at(ty, endMonth, 'end');
    trace.push({ code: 'deadline.trace.period-end', params: { frequency: rule.frequency, today, date: found.date } });
  }
  if (found.clamped) trace.push({ code: 'deadline.trace.clamped-day', params: { day: found.day, date: found.date } });
  return done(found.date, false, trace);
}

/** Reasons that tell the user what to supply; a compound rule with no due date reports the first. */
const ACTIONABLE = /^(?:deadline\.resolve\.needs-|calendar\.|date\.)/;

function resolveRule(rule: DeadlineRule, env: Env, depth: number): ResolveResult {
  if (!rule || typeof rule !== 'object' || depth > 16) return fail('deadline.resolve.invalid-rule');
  switch (rule.kind) {
    case 'fixed': {
      if (readYmd(String(rule.date)) < 0) return fail('date.invalid', { value: String(rule.date) });
      const [y, m, d] = ymd(rule.date);
      const date = inRange(env.cal, y, m, d);
      const trace: TraceStep[] = [{ code: 'deadline.trace.fixed', params: { date } }];
      const info = env.cal.dayInfo(date);
      if (!info.workday) {
        trace.push({
          code: 'deadline.trace.fixed-rest-day',
          params: { date, kind: info.kind, holiday: info.holiday, provisional: info.provisional },
        });
      }
      return done(date, false, trace);
    }
    case 'relative':
      return resolveRelative(rule, env);
    case 'recurring':
      return resolveRecurring(rule, env);
    case 'duration':
      return fail('deadline.resolve.duration');
    case 'minimum':
      return fail('deadline.resolve.minimum');
    case 'prompt':
      return fail('deadline.resolve.prompt');
    case 'ongoing':
      return fail('deadline.resolve.ongoing');
    case 'reference': {
      if (!rule.rule) return fail('deadline.resolve.reference', { to: rule.to });
      const r = resolveRule(rule.rule, env, depth + 1);
      if (r.ok) r.trace.unshift({ code: 'deadline.trace.reference' });
      return r;
    }
    case 'compound': {
      // General parts (no subject, no condition) decide; parts for named items or cases are
      // alternatives, used only when no general part gives a date. Every part's result is kept.
      const results = rule.parts.map((p) => resolveRule(p, env, depth + 1));
      const general = rule.parts.map((p) => !p.subject && !p.condition);
      const earliest = (only: boolean) => {
        let best = -1;
        results.forEach((r, i) => {
          const b = results[best];
          if (r.ok && (!only || general[i]) && (!b || !b.ok || r.due < b.due)) best = i;
        });
        return best;
      };
      let scope: 'general' | 'all' = 'general';
      let best = earliest(true);
      if (best < 0) [scope, best] = ['all', earliest(false)];
      const chosen = results[best];
      if (!chosen || !chosen.ok) {
        const first = results.find((r) => !r.ok && ACTIONABLE.test(r.reason.code));
        return first ?? fail('deadline.resolve.no-part', { count: results.length });
      }
      const count = results.length;
      const trace: TraceStep[] = [
        { code: 'deadline.trace.part', params: { index: best + 1, count } },
        ...chosen.trace,
        { code: 'deadline.trace.earliest', params: { index: best + 1, count, resolved: results.filter((r) => r.ok).length, scope } },
      ];
      return { ok: true, due: chosen.due, provisional: chosen.provisional, trace, parts: results };
    }
    case 'unparsed': {
      if (rule.reason !== 'deadline.unparsed.needs-year') return fail('deadline.resolve.unparsed', { reason: rule.reason });
      if (env.planYear === undefined) return fail('deadline.resolve.needs-year');
      const again = parseDeadline(rule.text, { planYear: env.planYear });
      if (again.kind === 'unparsed') return fail('deadline.resolve.unparsed', { reason: again.reason });
      const r = resolveRule(again, env, depth + 1);
      if (r.ok) r.trace.unshift({ code: 'deadline.trace.plan-year', params: { year: env.planYear } });
      return r;
    }
    default:
      return fail('deadline.resolve.invalid-rule');
  }
}

/**
 * The due date of a rule, with its trace, or why there is none. Never throws.
 * Reasons: `deadline.resolve.needs-anchor` {anchor}, `deadline.resolve.needs-year`, `deadline.resolve.prompt`,
 * `…ongoing`, `…reference`, `…minimum`, `…duration`, `…unparsed`, `…no-part`, `…invalid-rule`,
 * `calendar.out-of-range` {value, first, last}, `calendar.invalid-count`, and the date codes for a bad date.
 */
export function resolveDeadline(rule: DeadlineRule, options: ResolveOptions): ResolveResult {
  try {
    const today = parseCalendarDate(options?.today as string);
    if (!today.ok) return fail(today.issues[0]!.code, today.issues[0]!.params ?? {});
    let anchor: CalendarDate | undefined;
    if (options.anchorDate !== undefined) {
      const a = parseCalendarDate(options.anchorDate);
      if (!a.ok) return fail(a.issues[0]!.code, { ...a.issues[0]!.params, field: 'anchorDate' });
      anchor = a.value;
    }
    const py = options.planYear;
    const env: Env = {
      cal: options.calendar ?? defaultCalendar,
      today: today.value,
      anchor,
      planYear: Number.isSafeInteger(py) && py! >= 1 && py! <= 9999 ? py : undefined,
      roll: options.rollCalendarDays !== false,
    };
    return resolveRule(rule, env, 0);
  } catch (e) {
    if (e instanceof GkError) return fail(e.code, e.params);
    return fail('deadline.resolve.invalid-rule');
  }
}
