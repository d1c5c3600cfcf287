/**
 * The statutory request clock of 依申请公开 (条例 2019): `requestClock`, `whatIf`, and the
 * event vocabulary its logs use. See docs/deadlines.md and ADR 0006.
 */
export {
  ArchivedEventSchema,
  chinaDayOf,
  ConfirmedEventSchema,
  ConsultationEndedEventSchema,
  ConsultationStartedEventSchema,
  ConsultedPartySchema,
  CorrectedEventSchema,
  CorrectionLapsedEventSchema,
  CorrectionRequestedEventSchema,
  DueDateSetEventSchema,
  ExtendedEventSchema,
  NotProcessedEventSchema,
  ReceivedEventSchema,
  RepliedEventSchema,
  REQUEST_EVENT_TYPES,
  RequestChannelSchema,
  RequestEventSchema,
  ReplyOutcomeSchema,
  SubmittedEventSchema,
  WithdrawnEventSchema,
  WithholdGroundSchema,
  type ConsultedParty,
  type ReplyOutcome,
  type RequestChannel,
  type RequestEvent,
  type RequestEventType,
  type WithholdGround,
} from './clock-schema.js';
export {
  CLOCK_PHASES,
  CONSULTATION_WORKDAYS,
  CORRECTION_NOTICE_WORKDAYS,
  MAX_EXTENSION_WORKDAYS,
  REPLY_WORKDAYS,
  type ClockClosure,
  type ClockIssue,
  type ClockNextStep,
  type ClockPhase,
  type ClockPolicy,
  type ClockStep,
  type RequestClockOptions,
  type RequestClockResult,
} from './clock-types.js';
export { requestClock, whatIf } from './clock-engine.js';
