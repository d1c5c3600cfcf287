/**
 * The HTTP protocol between a request form or status look-up and an agency's back end
 * (docs/requests-protocol.md): the JSON a server answers, its schemas (exported as JSON Schema by
 * the build), located parsers for the browser, and the status a citizen sees, read from the
 * request clock over the returned event log.
 */
import * as z from 'zod/mini';
import type { CalendarDate } from '../calendar/date.js';
import type { WorkdayCalendar } from '../calendar/calendar.js';
import type { Issue, Result } from '../errors.js';
import { chinaDayOf, RequestEventSchema, type RequestEvent } from '../deadlines/clock-schema.js';
import { requestClock } from '../deadlines/clock-engine.js';
import type { ClockNextStep, ClockStep, RequestClockResult } from '../deadlines/clock-types.js';
import { schemaIssues, TextSchema } from '../disclosure/shared.js';
import { estimateReplyBy } from './form.js';
import { normaliseTrackingCode, validateTrackingCode } from './tracking.js';

/** The header that makes a submission safe to retry: one key per application the user files. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** The multipart part holding the application JSON; files go in `identityProof` parts. */
export const APPLICATION_PART = 'application';
export const IDENTITY_PROOF_PART = 'identityProof';

const OptText = z.optional(TextSchema);
const TrackingCodeSchema = z.string().check(
  z.superRefine((s, ctx) => {
    const r = validateTrackingCode(s);
    if (!r.ok) ctx.addIssue({ code: 'custom', input: s, params: { gk: r.issues[0]!.code, ...r.issues[0]!.params, value: s } });
  }),
);

/** How the applicant reaches the unit handling the request. */
export const AgencyContactSchema = z.object({
  name: TextSchema,
  phone: OptText,
  email: OptText,
  address: OptText,
  /** Office hours, as the agency writes them. */
  hours: OptText,
});
export type AgencyContact = z.infer<typeof AgencyContactSchema>;

/** A server's answer to a successful submission (201). */
export const SubmissionReceiptSchema = z.object({
  trackingCode: TrackingCodeSchema,
  /** The instant the server registered it, ISO 8601 with an offset. */
  submittedAt: z.string().check(z.minLength(1)),
  agency: AgencyContactSchema,
  /** The request's log so far (at least `submitted`); the expected due date is computed from it. */
  events: z.optional(z.array(RequestEventSchema)),
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceiptSchema>;

/** A problem the server found, located in the application like core's own issues. */
export const ProtocolIssueSchema = z.object({
  code: z.string().check(z.minLength(1)),
  path: z.array(z.union([z.string(), z.number()])),
  params: z.optional(z.record(z.string(), z.unknown())),
});

/** Every error response (4xx, 5xx): a code, optional text, and for 400 the located issues. */
export const ProtocolErrorSchema = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1)),
    message: z.optional(z.string()),
    issues: z.optional(z.array(ProtocolIssueSchema)),
  }),
});
export type ProtocolError = z.infer<typeof ProtocolErrorSchema>;

/** The body of a status look-up: the tracking code and the last 4 phone digits or the email. */
export const StatusQuerySchema = z.object({ trackingCode: TrackingCodeSchema, secret: TextSchema });
export type StatusQuery = z.infer<typeof StatusQuerySchema>;

/** A server's answer to a status look-up (200). */
export const StatusRecordSchema = z.object({
  trackingCode: TrackingCodeSchema,
  agency: AgencyContactSchema,
  events: z.array(RequestEventSchema),
});
export type StatusRecord = z.infer<typeof StatusRecordSchema>;

// The prefix of the parsers' issue codes (`request.protocol.receipt.missing`, …).
const PROTOCOL = 'request.protocol';

function parseWith<T>(schema: z.ZodMiniType<T>, listKey: string, prefix: string, json: unknown): Result<T> {
  const r = schema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: schemaIssues(listKey, prefix, 0, json, r.error.issues).map((i) => ({
      code: i.code,
      path: i.path.slice(2),
      params: i.params ?? {},
    })),
  };
}

// The schema accepts a tracking code as typed (any case, dashes optional); the parsers hand it on canonical.
function canonicalCode<T extends { trackingCode: string }>(r: Result<T>): Result<T> {
  return r.ok ? { ok: true, value: { ...r.value, trackingCode: normaliseTrackingCode(r.value.trackingCode) ?? r.value.trackingCode } } : r;
}

/**
 * Reads a submission receipt; located issues (`request.protocol.receipt.*`) when it is not one.
 * The tracking code comes back canonical (upper case, `XXXX-XXXX-XX`).
 */
export function parseSubmissionReceipt(json: unknown): Result<SubmissionReceipt> {
  return canonicalCode(parseWith(SubmissionReceiptSchema, 'receipt', `${PROTOCOL}.receipt`, json));
}

/**
 * Reads a status record; located issues (`request.protocol.status.*`) when it is not one.
 * The tracking code comes back canonical (upper case, `XXXX-XXXX-XX`).
 */
export function parseStatusRecord(json: unknown): Result<StatusRecord> {
  return canonicalCode(parseWith(StatusRecordSchema, 'status', `${PROTOCOL}.status`, json));
}

/** The error of an error response, or undefined when the body is not in the error format. */
export function parseProtocolError(json: unknown): ProtocolError['error'] | undefined {
  const r = ProtocolErrorSchema.safeParse(json);
  return r.success ? r.data.error : undefined;
}

/** The issues of a 400 answer that point into the application, as core issues. */
export function protocolFieldIssues(error: ProtocolError['error'] | undefined): Issue[] {
  return (error?.issues ?? []).map((i) => ({ code: i.code, path: i.path, params: i.params ?? {} }));
}

/**
 * The reply date a receipt can promise: the due date the clock gives the receipt's event log, or,
 * while the request still awaits confirmation (no due date yet), the estimate for an online
 * request filed on the day of `submittedAt` (China time). `today` is the day the log is read at;
 * a submission dated later (a server clock ahead of the reader's) is read at its own day.
 */
export function receiptDueDate(
  receipt: Pick<SubmissionReceipt, 'submittedAt' | 'events'>,
  options: { today: string },
): CalendarDate | undefined {
  const submittedDay = chinaDayOf(receipt.submittedAt) ?? options.today;
  const events = receipt.events ?? [];
  if (events.length > 0) {
    const clock = requestClock(events, { today: submittedDay > options.today ? submittedDay : options.today });
    if (clock.due !== undefined) return clock.due;
  }
  return estimateReplyBy(submittedDay, { channel: 'online' })?.due;
}

/** A milestone of a request, in the order it happened; `code` is a `request.status.milestone.*` message. */
export interface StatusMilestone {
  code: string;
  date?: CalendarDate;
  params: Record<string, unknown>;
}

export interface RequestStatus {
  phase: RequestClockResult['phase'];
  /** What happened, in plain words: one per event of the log. */
  milestones: StatusMilestone[];
  receiptDate?: CalendarDate;
  due?: CalendarDate;
  workdaysLeft?: number;
  workdaysOverdue?: number;
  overdue: boolean;
  /** The due date still moves (an open consultation). */
  pauseOpen: boolean;
  closed: boolean;
  provisional: boolean;
  /** How the due date was reached: the clock's trace (`clock.trace.*` messages). */
  explanation: ClockStep[];
  /** What happens next and when (`clock.next.*`), as the clock says. */
  nextStep: ClockNextStep;
  /** The applicant's next legal step (`request.status.rights.*`): what they may do now. */
  rights: StatusMilestone;
  /** Problems of the log (the server sent a log the clock cannot read). */
  issues: Issue[];
}

const CLOSED_PHASES = new Set(['replied', 'not-processed', 'withdrawn', 'abandoned', 'archived']);

function milestone(e: RequestEvent): StatusMilestone {
  const base = `request.status.milestone.${e.type}`;
  switch (e.type) {
    case 'submitted': {
      const day = chinaDayOf(e.at);
      return day === undefined
        ? { code: base, params: { channel: e.channel, at: e.at } }
        : { code: base, date: day, params: { channel: e.channel, at: e.at } };
    }
    case 'received':
      return { code: base, date: e.date as CalendarDate, params: { channel: e.channel } };
    case 'correction-requested':
      return { code: base, date: e.date as CalendarDate, params: e.correctBy === undefined ? {} : { correctBy: e.correctBy } };
    case 'consultation-started':
      return { code: base, date: e.date as CalendarDate, params: { party: e.party } };
    case 'extended':
      return { code: base, date: e.date as CalendarDate, params: { workdays: e.workdays } };
    case 'due-date-set':
      return { code: base, date: e.date as CalendarDate, params: { due: e.due } };
    case 'replied':
      return { code: base, date: e.date as CalendarDate, params: { outcome: e.outcome } };
    case 'not-processed':
      return { code: base, date: e.date as CalendarDate, params: { reason: e.reason } };
    default:
      return { code: base, date: e.date as CalendarDate, params: {} };
  }
}

// The applicant's next steps (`request.status.rights.*`), built from parts so that no code prefix
// reads as a message code of its own.
const STATUS = 'request.status';
const RIGHTS = `${STATUS}.rights`;

function rightsOf(r: RequestClockResult, events: readonly RequestEvent[]): StatusMilestone {
  switch (r.phase) {
    case 'awaiting-receipt':
    case 'awaiting-confirmation':
      return { code: `${RIGHTS}.await-confirmation`, params: {} };
    case 'awaiting-correction':
      return r.correctBy === undefined
        ? { code: `${RIGHTS}.correct`, params: {} }
        : { code: `${RIGHTS}.correct-by`, date: r.correctBy, params: { date: r.correctBy } };
    case 'processing':
    case 'consulting':
      return r.overdue
        ? { code: `${RIGHTS}.overdue`, params: { days: r.workdaysOverdue ?? 0 } }
        : { code: `${RIGHTS}.wait`, params: r.due === undefined ? {} : { date: r.due } };
    case 'replied':
    case 'not-processed': {
      const closing = [...events].reverse().find((e) => e.type === 'replied' || e.type === 'not-processed');
      return { code: `${RIGHTS}.challenge`, params: { date: closing && 'date' in closing ? closing.date : '' } };
    }
    case 'withdrawn':
    case 'abandoned':
    case 'archived':
      return { code: `${RIGHTS}.new-request`, params: {} };
    default:
      return { code: `${RIGHTS}.contact`, params: {} };
  }
}

/**
 * The status a citizen sees for a request: milestones in plain words, the due date and working
 * days left with the clock's explanation, what happens next, and the applicant's own next legal
 * step (correct by a date; wait for the reply; past the due date or after a reply, 行政复议 or
 * 行政诉讼 under Art. 51). `today` is the China day to count to (core never reads the clock).
 */
export function requestStatus(events: readonly RequestEvent[], options: { today: string; calendar?: WorkdayCalendar }): RequestStatus {
  const r = requestClock(
    events,
    options.calendar === undefined ? { today: options.today } : { today: options.today, calendar: options.calendar },
  );
  const out: RequestStatus = {
    phase: r.phase,
    milestones: events.map(milestone),
    overdue: r.overdue,
    pauseOpen: r.pauseOpen,
    closed: CLOSED_PHASES.has(r.phase),
    provisional: r.provisional,
    explanation: r.trace,
    nextStep: r.nextStep,
    rights: rightsOf(r, events),
    issues: r.issues.filter((i) => i.severity === 'error'),
  };
  if (r.receiptDate !== undefined) out.receiptDate = r.receiptDate;
  if (r.due !== undefined) out.due = r.due;
  if (r.workdaysLeft !== undefined) out.workdaysLeft = r.workdaysLeft;
  if (r.workdaysOverdue !== undefined) out.workdaysOverdue = r.workdaysOverdue;
  return out;
}
