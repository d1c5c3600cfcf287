/**
 * Deadlines: 公开时限 and plan deadlines as typed rules (parseDeadline, formatDeadline,
 * resolveDeadline) and the statutory 依申请公开 request clock (requestClock, whatIf).
 */
export * from './rules.js';
export * from './clock.js';
