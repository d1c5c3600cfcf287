/** Types of the request clock's options and result. */
import type { WorkdayCalendar } from '../calendar/calendar.js';
import type { CalendarDate } from '../calendar/date.js';
import type { Issue } from '../errors.js';
import type { ReplyOutcome, RequestChannel, WithholdGround } from './clock-schema.js';

/** Statutory lengths in working days (条例 2019). */
export const REPLY_WORKDAYS = 20; // Art. 33 ¶2
export const MAX_EXTENSION_WORKDAYS = 20; // Art. 33 ¶2
export const CORRECTION_NOTICE_WORKDAYS = 7; // Art. 30
export const CONSULTATION_WORKDAYS = 15; // Arts. 32, 34

/**
 * Where a request stands.
 * - `awaiting-receipt`: nothing establishes receipt yet (in person or registered post: no `received`);
 * - `awaiting-confirmation`: ordinary post, online or fax, not yet confirmed with the applicant (Art. 31);
 * - `processing`: the reply period is running;
 * - `consulting`: running, but paused by an open consultation (Arts. 32–34);
 * - `awaiting-correction`: a correction notice went out; the period restarts on the corrected request (Art. 30);
 * - `replied`, `not-processed`, `withdrawn`: closed by that event;
 * - `abandoned`: the correction lapsed, the request is deemed abandoned (Art. 30);
 * - `archived`: filed after closing (Art. 45);
 * - `invalid`: the log has errors; no dates are given.
 */
export type ClockPhase =
  | 'awaiting-receipt'
  | 'awaiting-confirmation'
  | 'processing'
  | 'consulting'
  | 'awaiting-correction'
  | 'replied'
  | 'not-processed'
  | 'withdrawn'
  | 'abandoned'
  | 'archived'
  | 'invalid';

export const CLOCK_PHASES: readonly ClockPhase[] = [
  'awaiting-receipt',
  'awaiting-confirmation',
  'processing',
  'consulting',
  'awaiting-correction',
  'replied',
  'not-processed',
  'withdrawn',
  'abandoned',
  'archived',
  'invalid',
];

/** Choices the law leaves to the agency or province. */
export interface ClockPolicy {
  /** How many extensions (Art. 33) a request may have; their total stays ≤ 20 working days. Default 1. */
  maxExtensions?: number;
}

export interface RequestClockOptions {
  /** The China calendar day to evaluate on. Core never reads the clock. */
  today: CalendarDate | string;
  calendar?: WorkdayCalendar;
  policy?: ClockPolicy;
}

/**
 * A located problem in the event log. `error`: the log cannot be right, so no dates are given
 * (phase `invalid`). `warning`: the dates stand, but the agency (or the log) departed from the rules.
 */
export interface ClockIssue extends Issue {
  severity: 'error' | 'warning';
  params: Record<string, unknown>;
}

/** One line of the explanation: a message code, the date it concerns, and the message's params. */
export interface ClockStep {
  code: string;
  date?: CalendarDate;
  params: Record<string, unknown>;
}

/** What the law requires next, and by when. */
export interface ClockNextStep {
  code: string;
  due?: CalendarDate;
  params: Record<string, unknown>;
}

/** How the request was closed. */
export interface ClockClosure {
  kind: 'replied' | 'not-processed' | 'withdrawn' | 'abandoned';
  date: CalendarDate;
  outcome?: ReplyOutcome;
  grounds?: WithholdGround[];
  reason?: string;
}

export interface RequestClockResult {
  phase: ClockPhase;
  /** The channel that decides the receipt date (the `received` event's, else the `submitted` one's). */
  channel?: RequestChannel;
  /** The receipt date under Art. 31. */
  receiptDate?: CalendarDate;
  /** Where the reply period counts from: the receipt date, or the day the corrected request arrived (none while a correction is awaited). */
  periodStart?: CalendarDate;
  /** The reply due date. While a consultation is open, as if it ended today (see `pauseOpen`). */
  due?: CalendarDate;
  /** With a consultation open: the due date if every open consultation runs to its 15-working-day limit. */
  dueLatest?: CalendarDate;
  /** A consultation is still open: `due` will move later each working day until it ends. */
  pauseOpen: boolean;
  /** The last day for the one correction notice (receipt + 7 working days), while none has been sent. */
  correctionNoticeDue?: CalendarDate;
  /** The day the applicant must correct by, when the notice recorded it. */
  correctBy?: CalendarDate;
  /** 20 plus the extension days in force. */
  periodWorkdays?: number;
  extensionWorkdays: number;
  /** Working days excluded from the period by consultations (they moved `due` later by this much). */
  pausedWorkdays: number;
  /** `due` was set by the agency under Art. 35. */
  manualDue: boolean;
  /** Countable working days from the period's start to today (or to the closing day), pauses excluded. */
  workdaysUsed?: number;
  /** Working days d with today < d ≤ due, while open; 0 when overdue. */
  workdaysLeft?: number;
  /** Working days d with due < d ≤ today, while open and overdue. */
  workdaysOverdue?: number;
  /** Open, and today is after the due date. */
  overdue: boolean;
  /** Closed by a reply or a not-processed decision after the due date. */
  repliedLate: boolean;
  /** Replied on the spot, in person, on the day of receipt (Art. 33 ¶1). */
  onTheSpot: boolean;
  /** A date involved lies in a year whose holiday notice is not out yet: it may change. */
  provisional: boolean;
  closure?: ClockClosure;
  archivedOn?: CalendarDate;
  nextStep: ClockNextStep;
  trace: ClockStep[];
  issues: ClockIssue[];
}
