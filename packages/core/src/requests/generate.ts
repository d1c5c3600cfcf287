/**
 * Deterministic sample request sets for tests and benchmarks: `generateRequests(count, seed)`.
 * Every log is built with `applyEvent`, so each one is a legal lifecycle.
 */
import type { RequestEvent, ReplyOutcome, WithholdGround } from '../deadlines/clock-schema.js';
import { addDays, daysBetween } from '../disclosure/shared.js';
import { InvalidArgumentError } from '../errors.js';
import { type ApplicantKind, ORGANISATION_TYPES, type OrganisationType } from './application.js';
import { applyEvent, NOT_PROCESSED_REASONS, newRequest, type RequestRecord } from './lifecycle.js';
import type { ReportRequest } from './report.js';
import { seededRandom } from '../internal/random.js';

export { seededRandom } from '../internal/random.js';

export interface GenerateRequestsOptions {
  /** Receipt dates are drawn from this range (inclusive). Default 2023-12-01 … 2025-01-31. */
  years?: { from: string; to: string };
}

const OUTCOMES: readonly ReplyOutcome[] = [
  'DISCLOSE',
  'DISCLOSE',
  'DISCLOSE',
  'ALREADY_PUBLIC',
  'PARTIAL',
  'WITHHOLD',
  'NOT_EXIST',
  'NOT_OUR_INFO',
  'REPEAT',
  'SPECIAL_REGIME',
];
const GROUNDS: readonly WithholdGround[] = [
  'STATE_SECRET',
  'LAW_PROHIBITED',
  'SECURITY_STABILITY',
  'THIRD_PARTY_PRIVACY',
  'INTERNAL_AFFAIRS',
  'PROCESS_INFO',
  'ENFORCEMENT_FILE',
  'ADMIN_QUERY',
];

/**
 * `count` requests with receipt dates spread over `years`, deterministic in `seed`: natural
 * persons and every organisation type; replies of every kind, not-processed decisions,
 * withdrawals, lapsed corrections, and some still open at the end of their logs.
 */
export function generateRequests(count: number, seed: number, options: GenerateRequestsOptions = {}): (ReportRequest & { id: string })[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new InvalidArgumentError('request.generate.count-invalid', { value: String(count) });
  const from = options.years?.from ?? '2023-12-01';
  const to = options.years?.to ?? '2025-01-31';
  const span = daysBetween(from, to);
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: (ReportRequest & { id: string })[] = [];
  for (let n = 0; n < count; n++) {
    const id = `gen-${seed}-${n}`;
    let req: RequestRecord = newRequest(id);
    let day = addDays(from, Math.floor(rnd() * (span + 1)));
    const push = (e: RequestEvent) => {
      const r = applyEvent(req, e);
      if (!r.ok) throw new Error(`generateRequests: ${JSON.stringify(r.issues)}`);
      req = r.request;
    };
    const later = (min: number, max: number) => (day = addDays(day, min + Math.floor(rnd() * (max - min + 1))));
    push({ type: 'received', date: day, channel: 'in-person' });
    const fate = rnd();
    if (fate < 0.1) {
      later(1, 5);
      push({ type: 'correction-requested', date: day });
      later(3, 20);
      if (rnd() < 0.5) push({ type: 'correction-lapsed', date: day });
      else push({ type: 'corrected', date: day });
    }
    if (req.state === 'processing' && rnd() < 0.1) {
      later(1, 5);
      push({ type: 'consultation-started', date: day, party: 'third-party' });
      later(3, 15);
      push({ type: 'consultation-ended', date: day });
    }
    if (req.state === 'processing' && rnd() < 0.1) {
      later(5, 15);
      push({ type: 'extended', date: day, workdays: 20 });
    }
    if (req.state === 'processing') {
      const close = rnd();
      later(1, 40);
      if (close < 0.08) {
        /* still open */
      } else if (close < 0.13) push({ type: 'withdrawn', date: day });
      else if (close < 0.25) push({ type: 'not-processed', date: day, reason: pick(NOT_PROCESSED_REASONS) });
      else {
        const outcome = pick(OUTCOMES);
        if (outcome === 'WITHHOLD' || outcome === 'PARTIAL') push({ type: 'replied', date: day, outcome, grounds: [pick(GROUNDS)] });
        else push({ type: 'replied', date: day, outcome });
      }
      if (req.state !== 'processing' && rnd() < 0.3) push({ type: 'archived', date: later(1, 10) });
    }
    const kind: ApplicantKind = rnd() < 0.7 ? 'natural-person' : 'organisation';
    const applicant: { kind: ApplicantKind; organisationType?: OrganisationType } =
      kind === 'organisation' ? { kind, organisationType: pick(ORGANISATION_TYPES) } : { kind };
    out.push({ id, application: { applicant }, events: req.events });
  }
  return out;
}
