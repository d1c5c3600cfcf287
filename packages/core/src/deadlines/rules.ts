/**
 * Deadline rules: 公开时限 and plan 完成时限 texts as typed rules.
 * - parseDeadline (parse.ts): text → rule, never throws;
 * - formatDeadline (format.ts): rule → zh-CN / en text from the messages catalogue;
 * - resolveDeadline (resolve.ts): rule → due date with an explained trace;
 * - DeadlineRuleSchema (rule-schema.ts): zod/mini schema of the rules.
 */
export * from './rule-schema.js';
export { normalizeDeadlineText } from './normalize.js';
export { classifyAnchor, parseDeadline, MAX_DEADLINE_TEXT, type ParseContext } from './parse.js';
export { formatDeadline, formatDeadlineMessage, formatTrace, type DeadlineMessage } from './format.js';
export { resolveDeadline, type ResolveOptions, type ResolveReason, type ResolveResult, type TraceStep } from './resolve.js';
