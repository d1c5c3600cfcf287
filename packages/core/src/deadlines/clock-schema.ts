/**
 * The event log of one 依申请公开 request: the vocabulary the request clock reads.
 *
 * Each event is `{ type, ...fields }`. Dates are China calendar days `'YYYY-MM-DD'`; only
 * `submitted.at` is an instant (ISO timestamp with an offset), turned into its China day by
 * {@link chinaDayOf}, the one place that does so. Unknown extra fields are allowed and dropped.
 */
import * as z from 'zod/mini';
import { CALENDAR_RANGE } from '../calendar/calendar.js';
import { type CalendarDate, parseCalendarDate, readYmd } from '../calendar/date.js';

/** How the request reached the agency (Art. 31 decides the receipt date from this). */
export const RequestChannelSchema = z.enum(['in-person', 'registered-post', 'ordinary-post', 'online', 'fax']);
export type RequestChannel = z.infer<typeof RequestChannelSchema>;

/** Who is consulted: a third party (Art. 32) or another agency (Art. 34). */
export const ConsultedPartySchema = z.enum(['third-party', 'agency']);
export type ConsultedParty = z.infer<typeof ConsultedPartySchema>;

/** Reply types of Art. 36 (1)–(7) and partial disclosure of Art. 37 (regulations §1.4). */
export const ReplyOutcomeSchema = z.enum([
  'ALREADY_PUBLIC',
  'DISCLOSE',
  'WITHHOLD',
  'NOT_EXIST',
  'NOT_OUR_INFO',
  'REPEAT',
  'SPECIAL_REGIME',
  'PARTIAL',
]);
export type ReplyOutcome = z.infer<typeof ReplyOutcomeSchema>;

/** Grounds for not disclosing, Arts. 14–16 (regulations §1.2). */
export const WithholdGroundSchema = z.enum([
  'STATE_SECRET',
  'LAW_PROHIBITED',
  'SECURITY_STABILITY',
  'THIRD_PARTY',
  'THIRD_PARTY_TRADE_SECRET',
  'THIRD_PARTY_PRIVACY',
  'INTERNAL_AFFAIRS',
  'PROCESS_INFO',
  'ENFORCEMENT_FILE',
  'ADMIN_QUERY',
]);
export type WithholdGround = z.infer<typeof WithholdGroundSchema>;

const FIRST = CALENDAR_RANGE.first;
const LAST = CALENDAR_RANGE.last;

/** Why a date string fails, as one of the calendar's issue codes; undefined when it is fine. */
function dateProblem(s: string): string | undefined {
  const r = readYmd(s);
  if (r === -1) return 'date.format';
  if (r === -2) return 'date.invalid';
  return s < FIRST || s > LAST ? 'calendar.out-of-range' : undefined;
}

/** A China calendar day inside the calendar's range. */
const DateSchema = z.string().check(
  z.superRefine((s, ctx) => {
    const code = dateProblem(s);
    if (code) ctx.addIssue({ code: 'custom', input: s, params: { gk: code, value: s, first: FIRST, last: LAST } });
  }),
);

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The China calendar day (UTC+8) of an ISO timestamp with an offset: `2024-09-30T17:30:00-04:00`
 * is 2024-10-01 in China. Undefined when the text is not such a timestamp.
 */
export function chinaDayOf(at: string): CalendarDate | undefined {
  if (!TIMESTAMP.test(at)) return undefined;
  const r = parseCalendarDate(new Date(at));
  return r.ok ? r.value : undefined;
}

const TimestampSchema = z.string().check(
  z.superRefine((s, ctx) => {
    const day = chinaDayOf(s);
    const gk = day === undefined ? 'clock.event.timestamp' : day < FIRST || day > LAST ? 'calendar.out-of-range' : undefined;
    if (gk) ctx.addIssue({ code: 'custom', input: s, params: { gk, value: s, first: FIRST, last: LAST } });
  }),
);

const Text = z.string().check(z.trim(), z.minLength(1));
const WorkdayCount = z.int().check(z.minimum(1));

/** The applicant sent the request (`at`: the instant, with its offset). */
export const SubmittedEventSchema = z.object({ type: z.literal('submitted'), at: TimestampSchema, channel: RequestChannelSchema });
/** The agency got the request: handed in (in person) or signed for (registered post) on `date`; for other channels, arrival. */
export const ReceivedEventSchema = z.object({ type: z.literal('received'), date: DateSchema, channel: RequestChannelSchema });
/** Receipt confirmed with the applicant (ordinary post, online, fax: Art. 31). */
export const ConfirmedEventSchema = z.object({ type: z.literal('confirmed'), date: DateSchema });
/** The one correction notice (补正告知, Art. 30). `correctBy`: the reasonable period the agency set, if recorded. */
export const CorrectionRequestedEventSchema = z.object({
  type: z.literal('correction-requested'),
  date: DateSchema,
  correctBy: z.optional(DateSchema),
});
/** The corrected request was received: the reply period starts again (Art. 30). */
export const CorrectedEventSchema = z.object({ type: z.literal('corrected'), date: DateSchema });
/** The applicant did not correct in time: the request is deemed abandoned (Art. 30). */
export const CorrectionLapsedEventSchema = z.object({ type: z.literal('correction-lapsed'), date: DateSchema });
/** A consultation letter was sent (`date`) to a third party (Art. 32) or an agency (Art. 34). */
export const ConsultationStartedEventSchema = z.object({
  type: z.literal('consultation-started'),
  date: DateSchema,
  party: ConsultedPartySchema,
  /** The day the party received the letter; its 15 working days run from here. Defaults to `date`. */
  letterReceived: z.optional(DateSchema),
  /** Names this consultation (a letter number, the party's name) so its opinion can be matched. */
  ref: z.optional(Text),
});
/**
 * The consulted party's opinion arrived. It closes the open consultation with the same `ref`;
 * without one, the earliest open consultation (of `party`, when given).
 */
export const ConsultationEndedEventSchema = z.object({
  type: z.literal('consultation-ended'),
  date: DateSchema,
  party: z.optional(ConsultedPartySchema),
  ref: z.optional(Text),
});
/** The reply period was extended by `workdays` (Art. 33 ¶2: at most 20 in total, approved by the office head). */
export const ExtendedEventSchema = z.object({
  type: z.literal('extended'),
  date: DateSchema,
  workdays: WorkdayCount,
  approvedBy: z.optional(Text),
});
/** The agency set its own reasonable due date (Art. 35: excessive requests). */
export const DueDateSetEventSchema = z.object({ type: z.literal('due-date-set'), date: DateSchema, due: DateSchema, reason: Text });
/** The reply (Art. 36 outcome, or Art. 37 partial); WITHHOLD and PARTIAL state their grounds. */
export const RepliedEventSchema = z.object({
  type: z.literal('replied'),
  date: DateSchema,
  outcome: ReplyOutcomeSchema,
  grounds: z.optional(z.union([WithholdGroundSchema, z.array(WithholdGroundSchema)])),
});
/** The agency decided not to process the request (Arts. 35, 39; fee unpaid). */
export const NotProcessedEventSchema = z.object({ type: z.literal('not-processed'), date: DateSchema, reason: Text });
/** The applicant withdrew the request. */
export const WithdrawnEventSchema = z.object({ type: z.literal('withdrawn'), date: DateSchema });
/** The file was archived (Art. 45: 归档). */
export const ArchivedEventSchema = z.object({ type: z.literal('archived'), date: DateSchema });

/** One event of a request's log, discriminated on `type`. */
export const RequestEventSchema = z.discriminatedUnion('type', [
  SubmittedEventSchema,
  ReceivedEventSchema,
  ConfirmedEventSchema,
  CorrectionRequestedEventSchema,
  CorrectedEventSchema,
  CorrectionLapsedEventSchema,
  ConsultationStartedEventSchema,
  ConsultationEndedEventSchema,
  ExtendedEventSchema,
  DueDateSetEventSchema,
  RepliedEventSchema,
  NotProcessedEventSchema,
  WithdrawnEventSchema,
  ArchivedEventSchema,
]);
export type RequestEvent = z.infer<typeof RequestEventSchema>;
export type RequestEventType = RequestEvent['type'];

/** Every event type, in the order of the vocabulary (a test checks it against the schema). */
export const REQUEST_EVENT_TYPES: readonly RequestEventType[] = [
  'submitted',
  'received',
  'confirmed',
  'correction-requested',
  'corrected',
  'correction-lapsed',
  'consultation-started',
  'consultation-ended',
  'extended',
  'due-date-set',
  'replied',
  'not-processed',
  'withdrawn',
  'archived',
];
