/**
 * The statutory clock of one 依申请公开 request (条例 2019, Arts. 30–37): reads the event log,
 * returns the phase, the dates, what the law requires next, a trace explaining every date, and
 * located issues. Pure: "today" and the calendar are arguments.
 */
import { defaultCalendar, type WorkdayCalendar } from '../calendar/calendar.js';
import { type CalendarDate, parseCalendarDate } from '../calendar/date.js';
import { GkError, InvalidArgumentError, InvalidDateError } from '../errors.js';
import { addWorkdaysPaused, mergePauses, type Pause, pausedWorkdaysIn } from './clock-count.js';
import {
  chinaDayOf,
  type ConsultedParty,
  type RequestChannel,
  type RequestEvent,
  RequestEventSchema,
  type WithholdGround,
} from './clock-schema.js';
import {
  type ClockClosure,
  type ClockIssue,
  type ClockNextStep,
  type ClockPhase,
  type ClockStep,
  CONSULTATION_WORKDAYS,
  CORRECTION_NOTICE_WORKDAYS,
  MAX_EXTENSION_WORKDAYS,
  REPLY_WORKDAYS,
  type RequestClockOptions,
  type RequestClockResult,
} from './clock-types.js';
import { preview, valueAt } from '../internal/values.js';

type Path = (string | number)[];

/** Channels whose receipt date is the day receipt is confirmed with the applicant (Art. 31). */
const CONFIRM_CHANNELS: ReadonlySet<RequestChannel> = new Set<RequestChannel>(['ordinary-post', 'online', 'fax']);
/** Events that only make sense once the request has been received. */
const AFTER_RECEIPT: ReadonlySet<string> = new Set([
  'correction-requested',
  'corrected',
  'correction-lapsed',
  'consultation-started',
  'consultation-ended',
  'extended',
  'due-date-set',
  'replied',
  'not-processed',
]);

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

// ---------------------------------------------------------------------------------------------
// Validation

/** A valid event with its position in the log and its China day. */
interface Parsed {
  i: number;
  ev: RequestEvent;
  day: CalendarDate;
  field: 'date' | 'at';
}

/** Turns zod's issues for event `i` into clock issues with stable codes. */
function schemaIssues(
  i: number,
  raw: unknown,
  zodIssues: readonly { code?: string; path: PropertyKey[]; params?: unknown }[],
): ClockIssue[] {
  return zodIssues.map((zi) => {
    const keys = zi.path.filter((k): k is string | number => typeof k !== 'symbol');
    const path: Path = ['events', i, ...keys];
    const field = keys.join('.');
    const gk = (zi.params as { gk?: string; value?: unknown; first?: unknown; last?: unknown } | undefined) ?? {};
    if (zi.code === 'custom' && gk.gk) {
      const params: Record<string, unknown> = { field, value: preview(gk.value) };
      if (gk.gk === 'calendar.out-of-range') Object.assign(params, { first: gk.first, last: gk.last });
      return { code: gk.gk, path, params, severity: 'error' };
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return { code: 'clock.event.not-object', path: ['events', i], params: { value: preview(raw) }, severity: 'error' };
    }
    if (field === 'type') {
      const type = (raw as { type?: unknown }).type;
      return type === undefined
        ? { code: 'clock.event.missing', path, params: { field }, severity: 'error' }
        : { code: 'clock.event.type', path, params: { value: preview(type) }, severity: 'error' };
    }
    const value = valueAt(raw, keys);
    return value === undefined
      ? { code: 'clock.event.missing', path, params: { field }, severity: 'error' }
      : { code: 'clock.event.invalid-value', path, params: { field, value: preview(value) }, severity: 'error' };
  });
}

/** Validates every event, then their order. `valid` is false when an event fails its schema. */
function parseEvents(events: unknown, today: string): { parsed: Parsed[]; issues: ClockIssue[]; valid: boolean } {
  const issues: ClockIssue[] = [];
  const parsed: Parsed[] = [];
  if (!Array.isArray(events)) {
    issues.push({ code: 'clock.events.not-array', path: ['events'], params: { value: preview(events) }, severity: 'error' });
    return { parsed, issues, valid: false };
  }
  events.forEach((raw: unknown, i) => {
    const r = RequestEventSchema.safeParse(raw);
    if (!r.success) {
      issues.push(...schemaIssues(i, raw, r.error.issues));
      return;
    }
    const ev = r.data;
    // The one place an instant becomes a China day: submitted.at (validated, so never undefined).
    const day = ev.type === 'submitted' ? chinaDayOf(ev.at)! : (ev.date as CalendarDate);
    parsed.push({ i, ev, day, field: ev.type === 'submitted' ? 'at' : 'date' });
  });
  if (issues.length > 0) return { parsed, issues, valid: false };
  // Dates never decrease along the log, and nothing has happened after today.
  parsed.forEach((p, k) => {
    const prev = parsed[k - 1];
    if (prev && p.day < prev.day) {
      issues.push({
        code: 'clock.order',
        path: ['events', p.i, p.field],
        params: { date: p.day, previous: prev.day, type: p.ev.type },
        severity: 'error',
      });
    }
    if (p.day > today) {
      issues.push({ code: 'clock.future', path: ['events', p.i, p.field], params: { date: p.day, today }, severity: 'error' });
    }
  });
  return { parsed, issues, valid: true };
}

// ---------------------------------------------------------------------------------------------
// The walk: one pass over the log, in order

interface Consultation {
  i: number;
  party: ConsultedParty;
  ref?: string;
  sent: CalendarDate;
  letterReceived: CalendarDate;
  limit: CalendarDate;
  ended?: CalendarDate;
}

interface Extension {
  i: number;
  date: CalendarDate;
  workdays: number;
}

interface ManualDue {
  i: number;
  date: CalendarDate;
  due: CalendarDate;
  reason: string;
}

class Walk {
  readonly trace: ClockStep[] = [];
  channel?: RequestChannel;
  channelFromReceived = false;
  readonly seen = new Set<string>();
  /** Arrival day of an ordinary-post letter (confirm on that day, Art. 31). */
  arrival?: CalendarDate;
  receipt?: CalendarDate;
  start?: CalendarDate;
  startBasis: 'receipt' | 'corrected' = 'receipt';
  correction: 'none' | 'pending' | 'done' = 'none';
  correctionSent?: CalendarDate;
  correctBy?: CalendarDate;
  readonly consultations: Consultation[] = [];
  extensions: Extension[] = [];
  manual?: ManualDue;
  closure?: ClockClosure & { i: number };
  archived?: CalendarDate;
  onTheSpot = false;

  constructor(
    readonly cal: WorkdayCalendar,
    readonly maxExtensions: number,
    /** Shared with the validation step: the walk appends to it. */
    readonly issues: ClockIssue[],
  ) {}

  error(path: Path, code: string, params: Record<string, unknown> = {}): void {
    this.issues.push({ code, path, params, severity: 'error' });
  }

  warn(path: Path, code: string, params: Record<string, unknown> = {}): void {
    this.issues.push({ code, path, params, severity: 'warning' });
  }

  /** `corrected` and `correction-lapsed` need a correction notice first (Art. 30); an error otherwise. */
  correctionPending(path: Path, type: string): boolean {
    if (this.correction === 'pending') return true;
    this.error([...path, 'type'], 'clock.correction.not-requested', { type });
    return false;
  }

  step(code: string, date: CalendarDate | undefined, params: Record<string, unknown> = {}): void {
    this.trace.push(date === undefined ? { code, params } : { code, date, params });
  }

  extensionTotal(): number {
    return this.extensions.reduce((n, e) => n + e.workdays, 0);
  }

  /** The pauses as they stand on `asOf`: an unanswered consultation runs to asOf or its limit. */
  pauses(asOf: string, untilLimit = false): Pause[] {
    return this.consultations.map((c) => ({
      from: c.sent,
      to: minDate(c.ended ?? (untilLimit ? c.limit : asOf), c.limit),
    }));
  }

  /** The reply due date as known on `asOf` (for checks made while walking). */
  dueOn(asOf: string): CalendarDate | undefined {
    if (this.start === undefined || this.correction === 'pending') return undefined;
    if (this.manual) return this.manual.due;
    return addWorkdaysPaused(this.cal, this.start, REPLY_WORKDAYS + this.extensionTotal(), mergePauses(this.pauses(asOf))).due;
  }

  establishReceipt(date: CalendarDate, rule: string): void {
    this.receipt = date;
    this.start = date;
    this.startBasis = 'receipt';
    this.step(rule, date, { date, channel: this.channel ?? '' });
    const noticeDue = this.cal.addWorkdays(date, CORRECTION_NOTICE_WORKDAYS);
    this.step('clock.trace.correction-window', noticeDue, { from: date, due: noticeDue, n: CORRECTION_NOTICE_WORKDAYS });
  }

  apply(p: Parsed): void {
    const { i, ev, day } = p;
    const here: Path = ['events', i];
    if (this.archived !== undefined || (this.closure && ev.type !== 'archived')) {
      this.error([...here, 'type'], 'clock.after-close', {
        type: ev.type,
        closedBy: this.archived !== undefined ? 'archived' : this.closure!.kind,
      });
      return;
    }
    if (ev.type === 'submitted' || ev.type === 'received' || ev.type === 'confirmed') {
      if (this.seen.has(ev.type)) {
        this.error([...here, 'type'], 'clock.duplicate', { type: ev.type });
        return;
      }
      this.seen.add(ev.type);
    }
    if (AFTER_RECEIPT.has(ev.type) && this.receipt === undefined) {
      this.error([...here, 'type'], 'clock.before-receipt', { type: ev.type });
      return;
    }
    switch (ev.type) {
      case 'submitted': {
        if (this.channel !== undefined && this.channelFromReceived && this.channel !== ev.channel) {
          this.warn([...here, 'channel'], 'clock.channel.mismatch', { submitted: ev.channel, received: this.channel });
        } else if (this.channel === undefined) this.channel = ev.channel;
        this.step('clock.trace.submitted', day, { date: day, at: ev.at, channel: ev.channel });
        return;
      }
      case 'received': {
        if (this.channel !== undefined && this.channel !== ev.channel) {
          this.warn([...here, 'channel'], 'clock.channel.mismatch', { submitted: this.channel, received: ev.channel });
        }
        this.channel = ev.channel;
        this.channelFromReceived = true;
        const date = ev.date as CalendarDate;
        if (this.receipt !== undefined) {
          this.step('clock.trace.received', date, { date, channel: ev.channel });
        } else if (ev.channel === 'in-person') this.establishReceipt(date, 'clock.trace.receipt.in-person');
        else if (ev.channel === 'registered-post') this.establishReceipt(date, 'clock.trace.receipt.registered-post');
        else {
          this.arrival = date;
          this.step('clock.trace.received', date, { date, channel: ev.channel });
        }
        return;
      }
      case 'confirmed': {
        const date = ev.date as CalendarDate;
        if (this.receipt !== undefined || (this.channel !== undefined && !CONFIRM_CHANNELS.has(this.channel))) {
          this.warn([...here, 'type'], 'clock.confirm.not-needed', { channel: this.channel ?? '' });
          this.step('clock.trace.confirmed', date, { date });
          return;
        }
        if (this.channel === undefined) {
          this.warn([...here, 'type'], 'clock.channel.unknown', {});
          this.establishReceipt(date, 'clock.trace.receipt.confirmed');
          return;
        }
        if (this.channel === 'ordinary-post' && this.arrival !== undefined && date > this.arrival) {
          this.warn([...here, 'date'], 'clock.confirm.late', { date, arrival: this.arrival });
        }
        this.establishReceipt(date, 'clock.trace.receipt.confirmed');
        return;
      }
      case 'correction-requested': {
        const date = ev.date as CalendarDate;
        if (this.correctionSent !== undefined) {
          this.error([...here, 'type'], 'clock.correction.second', { first: this.correctionSent });
          return;
        }
        const noticeDue = this.cal.addWorkdays(this.receipt!, CORRECTION_NOTICE_WORKDAYS);
        if (date > noticeDue) this.warn([...here, 'date'], 'clock.correction.late', { date, due: noticeDue });
        if (ev.correctBy !== undefined && ev.correctBy < date) {
          this.error([...here, 'correctBy'], 'clock.correction.correct-by-before-notice', { date, correctBy: ev.correctBy });
          return;
        }
        this.correction = 'pending';
        this.correctionSent = date;
        this.correctBy = ev.correctBy as CalendarDate | undefined;
        this.step('clock.trace.correction-requested', date, {
          date,
          due: noticeDue,
          late: date > noticeDue,
          correctBy: ev.correctBy ?? '',
        });
        return;
      }
      case 'corrected': {
        const date = ev.date as CalendarDate;
        if (!this.correctionPending(here, ev.type)) return;
        this.correction = 'done';
        this.start = date;
        this.startBasis = 'corrected';
        this.step('clock.trace.corrected', date, { date });
        if (this.extensions.length > 0) {
          this.step('clock.trace.extension-cancelled', date, { count: this.extensions.length, workdays: this.extensionTotal() });
          this.extensions = [];
        }
        if (this.manual) {
          this.step('clock.trace.manual-due-cancelled', date, { due: this.manual.due });
          this.manual = undefined;
        }
        return;
      }
      case 'correction-lapsed': {
        const date = ev.date as CalendarDate;
        if (!this.correctionPending(here, ev.type)) return;
        if (this.correctBy !== undefined && date <= this.correctBy) {
          this.warn([...here, 'date'], 'clock.correction.lapsed-early', { date, correctBy: this.correctBy });
        }
        this.closure = { kind: 'abandoned', date, i };
        this.step('clock.trace.correction-lapsed', date, { date });
        return;
      }
      case 'consultation-started': {
        const sent = ev.date as CalendarDate;
        const letterReceived = (ev.letterReceived ?? sent) as CalendarDate;
        if (letterReceived < sent) {
          this.error([...here, 'letterReceived'], 'clock.consultation.letter-before-sent', { date: sent, letterReceived });
          return;
        }
        const limit = this.cal.addWorkdays(letterReceived, CONSULTATION_WORKDAYS);
        if (ev.ref !== undefined && this.consultations.some((c) => c.ref === ev.ref && c.ended === undefined)) {
          this.error([...here, 'ref'], 'clock.consultation.duplicate-ref', { ref: ev.ref });
          return;
        }
        this.consultations.push({ i, party: ev.party, sent, letterReceived, limit, ...(ev.ref !== undefined && { ref: ev.ref }) });
        this.step('clock.trace.consultation-started', sent, {
          date: sent,
          party: ev.party,
          letterReceived,
          assumed: ev.letterReceived === undefined,
          limit,
          n: CONSULTATION_WORKDAYS,
        });
        return;
      }
      case 'consultation-ended': {
        const date = ev.date as CalendarDate;
        // Match by ref; without one, the earliest open consultation (of the party, if given).
        const open = this.consultations.filter(
          (c) => c.ended === undefined && (ev.ref !== undefined ? c.ref === ev.ref : ev.party === undefined || c.party === ev.party),
        );
        const c = open[0];
        if (!c) {
          this.error([...here, 'type'], 'clock.consultation.end-without-start', { party: ev.party ?? '', ref: ev.ref ?? '' });
          return;
        }
        if (ev.ref !== undefined && ev.party !== undefined && c.party !== ev.party) {
          this.warn([...here, 'party'], 'clock.consultation.party-mismatch', { ref: ev.ref, party: ev.party, started: c.party });
        }
        if (ev.ref === undefined && open.length > 1) {
          this.warn([...here, 'ref'], 'clock.consultation.ambiguous-end', { party: c.party, from: c.sent });
        }
        if (date < c.sent) {
          this.error([...here, 'date'], 'clock.consultation.ends-before-start', { date, start: c.sent });
          return;
        }
        c.ended = date;
        if (date > c.limit) this.warn([...here, 'date'], 'clock.consultation.ended-after-limit', { date, limit: c.limit, party: c.party });
        this.step('clock.trace.consultation-ended', date, { date, party: c.party, from: c.sent, limit: c.limit, capped: date > c.limit });
        return;
      }
      case 'extended': {
        const date = ev.date as CalendarDate;
        if (this.correction === 'pending') {
          this.error([...here, 'type'], 'clock.not-running', { type: ev.type });
          return;
        }
        const count = this.extensions.length + 1;
        const total = this.extensionTotal() + ev.workdays;
        let bad = false;
        if (count > this.maxExtensions) {
          this.error([...here, 'type'], 'clock.extension.too-many', { max: this.maxExtensions, count });
          bad = true;
        }
        if (total > MAX_EXTENSION_WORKDAYS) {
          this.error([...here, 'workdays'], 'clock.extension.too-long', { total, max: MAX_EXTENSION_WORKDAYS });
          bad = true;
        }
        if (bad) return;
        if (ev.approvedBy === undefined) this.warn([...here, 'approvedBy'], 'clock.extension.no-approval', {});
        if (this.manual) this.warn([...here, 'type'], 'clock.extension.after-manual-due', { due: this.manual.due });
        const dueNow = this.dueOn(date);
        if (dueNow !== undefined && date > dueNow) this.warn([...here, 'date'], 'clock.extension.late', { date, due: dueNow });
        this.extensions.push({ i, date, workdays: ev.workdays });
        this.step('clock.trace.extended', date, { date, workdays: ev.workdays, total, approvedBy: ev.approvedBy ?? '' });
        return;
      }
      case 'due-date-set': {
        const date = ev.date as CalendarDate;
        if (this.correction === 'pending') {
          this.error([...here, 'type'], 'clock.not-running', { type: ev.type });
          return;
        }
        if (ev.due < date) {
          this.error([...here, 'due'], 'clock.manual-due.before-date', { date, due: ev.due });
          return;
        }
        this.manual = { i, date, due: ev.due as CalendarDate, reason: ev.reason };
        this.step('clock.trace.manual-due', date, { date, due: ev.due, reason: ev.reason });
        return;
      }
      case 'replied': {
        const date = ev.date as CalendarDate;
        const grounds: WithholdGround[] = ev.grounds === undefined ? [] : Array.isArray(ev.grounds) ? ev.grounds : [ev.grounds];
        if ((ev.outcome === 'WITHHOLD' || ev.outcome === 'PARTIAL') && grounds.length === 0) {
          this.warn([...here, 'grounds'], 'clock.reply.grounds-missing', { outcome: ev.outcome });
        }
        this.closure = { kind: 'replied', date, outcome: ev.outcome, grounds, i };
        if (date === this.receipt && this.channel === 'in-person' && this.correction === 'none') {
          this.onTheSpot = true;
          this.step('clock.trace.on-the-spot', date, { date });
        }
        this.step('clock.trace.replied', date, { date, outcome: ev.outcome, grounds });
        return;
      }
      case 'not-processed': {
        const date = ev.date as CalendarDate;
        this.closure = { kind: 'not-processed', date, reason: ev.reason, i };
        this.step('clock.trace.not-processed', date, { date, reason: ev.reason });
        return;
      }
      case 'withdrawn': {
        const date = ev.date as CalendarDate;
        this.closure = { kind: 'withdrawn', date, i };
        this.step('clock.trace.withdrawn', date, { date });
        return;
      }
      case 'archived': {
        const date = ev.date as CalendarDate;
        if (!this.closure) this.warn([...here, 'type'], 'clock.archived-open', {});
        this.archived = date;
        this.step('clock.trace.archived', date, { date });
        return;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Results

function invalid(issues: ClockIssue[]): RequestClockResult {
  return {
    phase: 'invalid',
    pauseOpen: false,
    extensionWorkdays: 0,
    pausedWorkdays: 0,
    manualDue: false,
    overdue: false,
    repliedLate: false,
    onTheSpot: false,
    provisional: false,
    nextStep: { code: 'clock.next.fix-log', params: { count: issues.filter((x) => x.severity === 'error').length } },
    trace: [],
    issues,
  };
}

/** Years with provisional calendar data among the days lo..hi. */
function provisionalYears(cal: WorkdayCalendar, lo: string, hi: string): number[] {
  const out: number[] = [];
  for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) {
    if (cal.dayInfo(`${y}-01-01`).provisional) out.push(y);
  }
  return out;
}

function finish(w: Walk, today: CalendarDate): RequestClockResult {
  const cal = w.cal;
  const open = w.closure === undefined && w.archived === undefined;
  const asOf = w.closure?.date ?? w.archived ?? today;
  const r: RequestClockResult = {
    phase: 'processing',
    pauseOpen: false,
    extensionWorkdays: 0,
    pausedWorkdays: 0,
    manualDue: false,
    overdue: false,
    repliedLate: false,
    onTheSpot: w.onTheSpot,
    provisional: false,
    nextStep: { code: 'clock.next.none', params: {} },
    trace: w.trace,
    issues: w.issues,
  };
  if (w.channel !== undefined) r.channel = w.channel;
  if (w.closure) {
    const { i: _i, ...closure } = w.closure;
    r.closure = closure;
  }
  if (w.archived !== undefined) r.archivedOn = w.archived;
  const dates: string[] = []; // every computed date, for `provisional`

  if (w.receipt !== undefined && w.start !== undefined) {
    r.receiptDate = w.receipt;
    if (w.correction !== 'pending') r.periodStart = w.start;
    if (open && w.correction === 'none') {
      r.correctionNoticeDue = cal.addWorkdays(w.receipt, CORRECTION_NOTICE_WORKDAYS);
      dates.push(r.correctionNoticeDue);
    }
    if (w.correction === 'pending' && w.correctBy !== undefined) r.correctBy = w.correctBy;
    // Consultations: lapsed by silence, or still open.
    for (const c of w.consultations) {
      if (c.ended === undefined && c.limit <= asOf) {
        w.step('clock.trace.consultation-silence', c.limit, { party: c.party, from: c.sent, limit: c.limit });
      }
    }
    const openCons = open ? w.consultations.filter((c) => c.ended === undefined && c.limit > today) : [];
    if (w.correction !== 'pending') {
      const ext = w.extensionTotal();
      const n = REPLY_WORKDAYS + ext;
      const merged = mergePauses(w.pauses(asOf));
      const counted = addWorkdaysPaused(cal, w.start, n, merged);
      r.extensionWorkdays = ext;
      r.periodWorkdays = n;
      r.workdaysUsed = cal.workdaysBetween(w.start, asOf) - pausedWorkdaysIn(cal, w.start, asOf, merged);
      if (w.manual) {
        r.due = w.manual.due;
        r.manualDue = true;
        w.step('clock.trace.due-manual', r.due, { due: r.due, date: w.manual.date, reason: w.manual.reason });
      } else {
        r.due = counted.due;
        r.pausedWorkdays = counted.paused;
        w.step('clock.trace.period', w.start, { from: w.start, basis: w.startBasis, n: REPLY_WORKDAYS, extension: ext, total: n });
        for (const s of counted.stretches) {
          w.step('clock.trace.pause', s.from as CalendarDate, {
            from: s.from,
            to: s.to,
            n: s.n,
            open: openCons.length > 0 && s.to === today,
          });
        }
        const detail = cal.workdaysBetweenDetailed(w.start, r.due);
        const holidays = [...new Set(detail.skipped.filter((d) => d.holiday !== undefined).map((d) => d.holiday!))];
        w.step('clock.trace.rest-days', undefined, {
          from: w.start,
          to: r.due,
          n: detail.skipped.length,
          weekends: detail.skipped.filter((d) => d.kind === 'weekend').length,
          holidays,
          adjusted: detail.adjusted.map((d) => d.date),
        });
        w.step('clock.trace.due', r.due, { due: r.due, from: w.start, n, paused: counted.paused });
        if (openCons.length > 0) {
          r.pauseOpen = true;
          r.dueLatest = addWorkdaysPaused(cal, w.start, n, mergePauses(w.pauses(asOf, true))).due;
          dates.push(r.dueLatest);
          w.step('clock.trace.due-latest', r.dueLatest, { due: r.dueLatest, today });
        }
      }
      dates.push(r.due);
      if (open) {
        const status = cal.deadlineStatus(r.due, today);
        r.workdaysLeft = status.workdaysLeft;
        r.overdue = status.state === 'overdue';
        if (r.overdue) r.workdaysOverdue = status.workdaysOverdue;
      } else if (w.closure && (w.closure.kind === 'replied' || w.closure.kind === 'not-processed') && w.closure.date > r.due) {
        r.repliedLate = true;
        w.warn(['events', w.closure.i, 'date'], 'clock.reply.late', { date: w.closure.date, due: r.due });
      }
    }
    for (const c of openCons) {
      dates.push(c.limit);
      w.step('clock.trace.consultation-open', undefined, { party: c.party, from: c.sent, limit: c.limit });
    }
    if (open) dates.push(today);
    const hi = dates.reduce(maxDate, w.receipt);
    const years = provisionalYears(cal, w.receipt, hi);
    r.provisional = cal.deadlineStatus(w.receipt, hi).provisional;
    if (r.provisional) w.step('clock.trace.provisional', undefined, { years });
    r.phase = phaseOf(w, openCons.length > 0);
    r.nextStep = nextStepOf(w, r, openCons, today);
  } else {
    r.phase = phaseOf(w, false);
    r.nextStep = nextStepOf(w, r, [], today);
  }
  return r;
}

function phaseOf(w: Walk, consulting: boolean): ClockPhase {
  if (w.archived !== undefined) return 'archived';
  if (w.closure) return w.closure.kind;
  if (w.receipt === undefined)
    return w.channel !== undefined && CONFIRM_CHANNELS.has(w.channel) ? 'awaiting-confirmation' : 'awaiting-receipt';
  if (w.correction === 'pending') return 'awaiting-correction';
  return consulting ? 'consulting' : 'processing';
}

function nextStepOf(w: Walk, r: RequestClockResult, openCons: Consultation[], today: CalendarDate): ClockNextStep {
  switch (r.phase) {
    case 'archived':
      return { code: 'clock.next.none', params: {} };
    case 'replied':
    case 'not-processed':
    case 'withdrawn':
    case 'abandoned':
      return { code: 'clock.next.archive', params: {} };
    case 'awaiting-receipt':
      return { code: 'clock.next.record-receipt', params: { channel: w.channel ?? '' } };
    case 'awaiting-confirmation':
      // Ordinary post: confirm on the day the letter arrives (Art. 31).
      return w.channel === 'ordinary-post' && w.arrival !== undefined
        ? { code: 'clock.next.confirm-receipt', due: w.arrival, params: { channel: w.channel, due: w.arrival } }
        : { code: 'clock.next.confirm-receipt', params: { channel: w.channel ?? '' } };
    case 'awaiting-correction':
      if (w.correctBy !== undefined && today > w.correctBy) {
        return { code: 'clock.next.correction-overdue', params: { correctBy: w.correctBy } };
      }
      return w.correctBy !== undefined
        ? { code: 'clock.next.await-correction', due: w.correctBy, params: { correctBy: w.correctBy } }
        : { code: 'clock.next.await-correction', params: { correctBy: '' } };
    case 'consulting': {
      const c = openCons.reduce((a, b) => (b.limit < a.limit ? b : a));
      return { code: 'clock.next.await-opinion', due: c.limit, params: { party: c.party, limit: c.limit, due: r.due ?? '' } };
    }
    default:
      if (r.overdue) return { code: 'clock.next.reply-overdue', params: { due: r.due ?? '', n: r.workdaysOverdue ?? 0 } };
      return r.due !== undefined
        ? { code: 'clock.next.reply', due: r.due, params: { due: r.due, n: r.workdaysLeft ?? 0 } }
        : { code: 'clock.next.reply', params: { due: '', n: 0 } };
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

function readOptions(options: RequestClockOptions): { today: CalendarDate; cal: WorkdayCalendar; maxExtensions: number } {
  const cal = options?.calendar ?? defaultCalendar;
  const t = parseCalendarDate(options?.today as string);
  if (!t.ok) throw new InvalidDateError(t.issues[0]!.code, options?.today);
  cal.isWorkday(t.value); // throws CalendarRangeError outside the calendar
  const maxExtensions = options.policy?.maxExtensions ?? 1;
  if (!Number.isSafeInteger(maxExtensions) || maxExtensions < 0) {
    throw new InvalidArgumentError('clock.policy.invalid', { name: 'maxExtensions', value: String(maxExtensions) });
  }
  return { today: t.value, cal, maxExtensions };
}

/**
 * Reads the event log of one 依申请公开 request and answers: where it stands (`phase`), the
 * receipt date (Art. 31), the reply due date (Art. 33, with corrections, consultations,
 * extensions and Art. 35), what the law requires next, a trace explaining each date, and
 * located issues. Never throws on the log; an invalid log gives phase `invalid` and no dates.
 * Throws a typed error only for bad options (`today` not a date, a bad policy).
 */
export function requestClock(events: unknown, options: RequestClockOptions): RequestClockResult {
  const { today, cal, maxExtensions } = readOptions(options);
  const { parsed, issues, valid } = parseEvents(events, today);
  // With schema errors, stop: the walk would mislead. With an ordering problem, still walk the
  // log: more specific errors help (a consultation that ends before it starts).
  if (!valid) return invalid(issues);
  const w = new Walk(cal, maxExtensions, issues);
  try {
    for (const p of parsed) w.apply(p);
    if (w.issues.some((x) => x.severity === 'error')) return invalid(w.issues);
    const r = finish(w, today);
    return r.issues.some((x) => x.severity === 'error') ? invalid(r.issues) : r;
  } catch (e) {
    // Only a date beyond the calendar's range can get here (a period running past 2050).
    if (e instanceof GkError) {
      return invalid([...w.issues, { code: e.code, path: ['events'], params: e.params, severity: 'error' }]);
    }
    throw e;
  }
}

/**
 * The clock as if `next` happened after the logged events: "send 补正 today", "start a
 * third-party consultation", "extend now". Exactly `requestClock([...events, next], options)`;
 * `next` is validated like any event (its issues are located at its index).
 */
export function whatIf(events: unknown, next: unknown, options: RequestClockOptions): RequestClockResult {
  return requestClock(Array.isArray(events) ? [...(events as unknown[]), next] : events, options);
}
