/**
 * The lifecycle of a 依申请公开 request as a pure transition function over the clock's event
 * vocabulary (deadlines/clock-schema.ts). `applyEvent` checks that the event may follow the log
 * (the workflow rules of Arts. 30–39 and 45), then lets `requestClock` read the extended log:
 * the new state is the clock's phase, so the two always agree.
 */
import * as z from 'zod/mini';
import type { Issue } from '../errors.js';
import { chinaDayOf, type RequestEvent, RequestEventSchema } from '../deadlines/clock-schema.js';
import { requestClock } from '../deadlines/clock-engine.js';
import type { ClockPhase } from '../deadlines/clock-types.js';
import { schemaIssues } from '../disclosure/shared.js';

/** Why a request was not processed: Art. 35 (excessive), Art. 39 ¶1 (petition), Art. 39 ¶2 (published), fee unpaid, other; and the table 三 cases of Arts. 38 and 30. */
export const NotProcessedReasonSchema = z.enum([
  'EXCESSIVE_UNREASONABLE',
  'PETITION_COMPLAINT',
  'PUBLISHED_MATERIAL',
  'FEE_UNPAID',
  'NEEDS_CREATION',
  'STILL_UNCLEAR',
  'RECONFIRM',
  'OTHER',
]);
export type NotProcessedReason = z.infer<typeof NotProcessedReasonSchema>;
export const NOT_PROCESSED_REASONS = NotProcessedReasonSchema.options;

/** The state of a request: the clock's phase (never `invalid`). */
export type RequestState = Exclude<ClockPhase, 'invalid'>;

export interface RequestRecord {
  id?: string;
  events: RequestEvent[];
  state: RequestState;
}

export type ApplyResult = { ok: true; request: RequestRecord } | { ok: false; issues: Issue[] };

const CLOSED = new Set<RequestState>(['replied', 'not-processed', 'withdrawn', 'abandoned']);
const RECEIPT_EVENTS = new Set<RequestEvent['type']>(['submitted', 'received', 'confirmed']);
const WITHHOLDING_OUTCOMES = new Set(['WITHHOLD', 'PARTIAL']);

/** A new, empty request (nothing received yet). */
export function newRequest(id?: string): RequestRecord {
  return id === undefined ? { events: [], state: 'awaiting-receipt' } : { id, events: [], state: 'awaiting-receipt' };
}

function dayOf(e: RequestEvent): string {
  return e.type === 'submitted' ? (chinaDayOf(e.at) ?? '') : e.date;
}

const latestDay = (events: readonly RequestEvent[]) => events.map(dayOf).reduce((a, b) => (b > a ? b : a), '');

/** The state the clock gives a log, or the clock's error issues. */
export function stateOf(events: readonly RequestEvent[]): { state: RequestState } | { issues: Issue[] } {
  if (events.length === 0) return { state: 'awaiting-receipt' };
  const r = requestClock(events, { today: latestDay(events) });
  if (r.phase === 'invalid') return { issues: r.issues.filter((i) => i.severity === 'error') };
  return { state: r.phase };
}

const illegal = (code: string, from: RequestState, event: string): Issue => ({
  code,
  path: ['event', 'type'],
  params: { from, event },
});

function ruleIssue(events: readonly RequestEvent[], from: RequestState, e: RequestEvent): Issue | undefined {
  const t = e.type;
  if (from === 'archived') return illegal('request.transition.archived', from, t);
  if (CLOSED.has(from)) return t === 'archived' ? undefined : illegal('request.transition.closed', from, t);
  if (t === 'archived') return illegal('request.transition.not-closed', from, t);
  if (t === 'submitted' && events.length > 0) return illegal('request.transition.submitted-twice', from, t);
  if (from === 'awaiting-receipt' || from === 'awaiting-confirmation') {
    return RECEIPT_EVENTS.has(t) || t === 'withdrawn' ? undefined : illegal('request.transition.before-receipt', from, t);
  }
  if (t === 'received' || t === 'submitted' || t === 'confirmed') return illegal('request.transition.already-received', from, t);
  if (from === 'awaiting-correction') {
    return t === 'corrected' || t === 'correction-lapsed' || t === 'withdrawn'
      ? undefined
      : illegal('request.transition.awaiting-correction', from, t);
  }
  if (t === 'corrected' || t === 'correction-lapsed') return illegal('request.transition.no-correction-pending', from, t);
  if (t === 'correction-requested' && events.some((x) => x.type === 'correction-requested')) {
    return illegal('request.transition.correction-twice', from, t);
  }
  if (t === 'replied' && WITHHOLDING_OUTCOMES.has(e.outcome)) {
    const g = e.grounds === undefined ? [] : Array.isArray(e.grounds) ? e.grounds : [e.grounds];
    if (g.length === 0) return { code: 'request.transition.grounds-required', path: ['event', 'grounds'], params: { outcome: e.outcome } };
  }
  if (t === 'not-processed' && !NotProcessedReasonSchema.safeParse(e.reason).success) {
    return { code: 'request.transition.reason-unknown', path: ['event', 'reason'], params: { value: e.reason } };
  }
  return undefined;
}

/**
 * Applies one event to a request: `{ ok: true, request }` with the event appended and the new
 * state, or `{ ok: false, issues }` when the event is malformed or may not follow the log
 * (a reply before receipt, a correction without a notice, anything after closing but archiving,
 * a withdrawal after the reply, WITHHOLD or PARTIAL without grounds, an unknown not-processed reason),
 * or when `request.state` is not the state its log gives (`request.state-mismatch`).
 */
export function applyEvent(request: RequestRecord, event: unknown): ApplyResult {
  const parsed = RequestEventSchema.safeParse(event);
  if (!parsed.success) {
    return {
      ok: false,
      issues: schemaIssues('event', 'request.event', 0, event, parsed.error.issues).map((i) => ({
        ...i,
        path: ['event', ...i.path.slice(2)],
      })),
    };
  }
  const e = parsed.data;
  const current = stateOf(request.events);
  if ('issues' in current)
    return {
      ok: false,
      issues: [{ code: 'request.log-invalid', path: ['events'], params: { count: current.issues.length } }, ...current.issues],
    };
  if (request.state !== current.state) {
    return {
      ok: false,
      issues: [{ code: 'request.state-mismatch', path: ['state'], params: { state: request.state, expected: current.state } }],
    };
  }
  const rule = ruleIssue(request.events, current.state, e);
  if (rule) return { ok: false, issues: [rule] };
  const events = [...request.events, e];
  const next = stateOf(events);
  if ('issues' in next) {
    const last = events.length - 1;
    return { ok: false, issues: next.issues.map((i) => (i.path[1] === last ? { ...i, path: ['event', ...i.path.slice(2)] } : i)) };
  }
  const out: RequestRecord = { events, state: next.state };
  if (request.id !== undefined) out.id = request.id;
  return { ok: true, request: out };
}
