/**
 * Deadline rules: the typed form of a 公开时限 or 完成时限 text.
 *
 * The TypeScript types are written out (the rule is recursive: compound parts, references)
 * and {@link DeadlineRuleSchema} is annotated with them, so the compiler checks that every
 * value the schema accepts is a `DeadlineRule`. The schemas are strict: an unknown field is
 * an error, which keeps the parser and the schema in step (a test parses every rule the
 * parser produces with the schema). Design notes: docs/decisions/0005-deadline-rule-shape.md.
 */
import * as z from 'zod/mini';
import { readYmd, type CalendarDate } from '../calendar/date.js';

/** Units of a period: 工作日, 日/天 (calendar days), 个月, 年. */
export const DEADLINE_UNITS = ['workday', 'day', 'month', 'year'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/**
 * What a relative period counts from. `other` keeps the source's words in `anchorText`.
 * - `formed`, `changed`, `formed-or-changed`: 信息形成 / 变更 (OGI Art. 26);
 * - `made-or-obtained`: 制作（制定）或获取信息;
 * - `decided`: 作出（行政）决定; `approved`: …批准后; `received`: 收到…之日起;
 * - `event-finished`: …结束后 (a named event); `related-document-published`: 关联文件公开 / 与政策文件同步发布.
 */
export const DEADLINE_ANCHORS = [
  'formed',
  'changed',
  'formed-or-changed',
  'made-or-obtained',
  'decided',
  'approved',
  'received',
  'event-finished',
  'related-document-published',
  'other',
] as const;
export type DeadlineAnchor = (typeof DEADLINE_ANCHORS)[number];

/** How often a recurring rule repeats. */
export const RECURRING_FREQUENCIES = ['yearly', 'half-yearly', 'quarterly', 'monthly'] as const;
export type RecurringFrequency = (typeof RECURRING_FREQUENCIES)[number];

/** 实时, 及时, 随时, 常态化, "at the time of an event" (在…时) and staged (分段公布). */
export const PROMPT_MODES = ['real-time', 'prompt', 'any-time', 'routine', 'at-event', 'staged'] as const;
export type PromptMode = (typeof PROMPT_MODES)[number];

/** A verb other than 公开/公布: 回应, 答复, 更新, 公示. Absent means "publish". */
export const PROMPT_ACTIONS = ['respond', 'reply', 'update', 'post'] as const;
export type PromptAction = (typeof PROMPT_ACTIONS)[number];

/** 长期 (long-term), 持续推进 (continuous), 任期内 (for the term of office). */
export const ONGOING_MODES = ['long-term', 'continuous', 'term-of-office'] as const;
export type OngoingMode = (typeof ONGOING_MODES)[number];

/** Why a text did not parse. Each is a message code. */
export const UNPARSED_REASONS = [
  'deadline.unparsed.empty',
  'deadline.unparsed.too-long',
  'deadline.unparsed.no-pattern',
  'deadline.unparsed.needs-year',
  'deadline.unparsed.truncated',
  'deadline.unparsed.invalid-date',
  'deadline.unparsed.amount',
  'deadline.unparsed.unit',
  'deadline.unparsed.ambiguous',
  'deadline.unparsed.internal',
] as const;
export type UnparsedReason = (typeof UNPARSED_REASONS)[number];

export const DEADLINE_KINDS = [
  'fixed',
  'relative',
  'recurring',
  'duration',
  'minimum',
  'prompt',
  'ongoing',
  'reference',
  'compound',
  'unparsed',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Fields every rule may carry. */
export interface RuleBase {
  /** The source text, verbatim (for a compound part: its slice of the source). */
  text: string;
  /** Whom or what the rule covers, when the text names it: 党务、村务; 行政许可、行政处罚事项. */
  subject?: string;
  /** A "…的" clause that limits when the rule applies: 集体财务往来较多的. */
  condition?: string;
  /** A presentation requirement written with the deadline: 条目化展示. */
  note?: string;
}

/** 2020年9月底前, 年底前, X月X日前: due on `date`, inclusive. */
export interface FixedRule extends RuleBase {
  kind: 'fixed';
  date: CalendarDate;
}

/** 情况复杂的，经本单位负责人批准，可延长7个工作日. */
export interface DeadlineExtension {
  amount: number;
  unit: DeadlineUnit;
  /** Who approves: 本单位负责人. */
  approval?: string;
  condition?: string;
}

/** N units after an anchor event: 信息形成或者变更之日起20个工作日内. */
export interface RelativeRule extends RuleBase {
  kind: 'relative';
  amount: number;
  unit: DeadlineUnit;
  anchor: DeadlineAnchor;
  /** The anchor in the source's words (without 自 / 之日起 / 后); absent when the text names none. */
  anchorText?: string;
  /** The text names no anchor ("20工作日"): OGI Art. 26's 信息形成或者变更 is assumed. */
  anchorImplied?: true;
  extension?: DeadlineExtension;
  /** 法律、法规另有规定的，从其规定 (`true`); another authority's rule keeps its words. */
  override?: true | { text: string };
  /** A channel written into the deadline: 村公示栏 (from 在村公示栏公开). */
  channel?: string;
}

/** 每年1月31日前; 每季度的首个月20日; 每月; 每半年公开一次; 至少每季度公布一次. */
export interface RecurringRule extends RuleBase {
  kind: 'recurring';
  frequency: RecurringFrequency;
  /** Yearly rules: the month of the date. */
  month?: number;
  /** Quarterly rules: 1, 2 or 3 for the first, second or third month of each quarter. */
  monthOfQuarter?: number;
  /** The day of the month the rule falls due, or `end` for 月底. Absent: by the end of each period. */
  day?: number | 'end';
  /** 至少每X: the frequency is a maximum interval, publishing more often is fine. */
  atLeast?: true;
  channel?: string;
}

/** 公示7个工作日: how long something stays posted. */
export interface DurationRule extends RuleBase {
  kind: 'duration';
  amount: number;
  unit: DeadlineUnit;
}

/** 不少于30日: a minimum period. */
export interface MinimumRule extends RuleBase {
  kind: 'minimum';
  amount: number;
  unit: DeadlineUnit;
}

/** 实时, 及时, 随时, 常态化 and event-driven publication, with no number. */
export interface PromptRule extends RuleBase {
  kind: 'prompt';
  mode: PromptMode;
  /** The triggering event as written: 重大决策作出后; 在实地启动拟征收土地工作时; 按进展情况. */
  event?: string;
  action?: PromptAction;
  channel?: string;
}

/** 持续推进, 长期坚持, 长期; and retention (公开时长: 长期公开, 任期内), which is not a deadline. */
export interface OngoingRule extends RuleBase {
  kind: 'ongoing';
  mode: OngoingMode;
  /** The text says how long information stays published, not when it is due. */
  retention?: true;
  /** 最新有效: only the latest version stays published. */
  latestOnly?: true;
}

/** 同上 (the previous row's rule) or another body's rule (按卫健委要求). */
export interface ReferenceRule extends RuleBase {
  kind: 'reference';
  to: 'previous' | 'external';
  /** For `external`: whose requirement applies: 卫健委. */
  authority?: string;
  /** For `previous`: the previous row's rule, when the caller passed it. */
  rule?: DeadlineRule;
}

/** Several rules in one cell: split on 其中, ；, 。 or ， when each side is a rule. */
export interface CompoundRule extends RuleBase {
  kind: 'compound';
  parts: DeadlineRule[];
}

/** Text that is not (or not entirely) a deadline the parser knows. */
export interface UnparsedRule extends RuleBase {
  kind: 'unparsed';
  reason: UnparsedReason;
}

export type DeadlineRule =
  | FixedRule
  | RelativeRule
  | RecurringRule
  | DurationRule
  | MinimumRule
  | PromptRule
  | OngoingRule
  | ReferenceRule
  | CompoundRule
  | UnparsedRule;

// ---------------------------------------------------------------------------------------------
// Schemas

const calendarDate = z.custom<CalendarDate>((v) => typeof v === 'string' && readYmd(v) > 0, 'date.invalid');
const amount = z.int().check(z.minimum(1), z.maximum(9999));
const unit = z.enum(DEADLINE_UNITS);
const text = z.string();
const words = z.string().check(z.minLength(1));

const base = {
  text,
  subject: z.optional(words),
  condition: z.optional(words),
  note: z.optional(words),
};

export const DeadlineExtensionSchema = z.strictObject({
  amount,
  unit,
  approval: z.optional(words),
  condition: z.optional(words),
});

const fixed = z.strictObject({ ...base, kind: z.literal('fixed'), date: calendarDate });

const relative = z.strictObject({
  ...base,
  kind: z.literal('relative'),
  amount,
  unit,
  anchor: z.enum(DEADLINE_ANCHORS),
  anchorText: z.optional(words),
  anchorImplied: z.optional(z.literal(true)),
  extension: z.optional(DeadlineExtensionSchema),
  override: z.optional(z.union([z.literal(true), z.strictObject({ text: words })])),
  channel: z.optional(words),
});

const recurring = z.strictObject({
  ...base,
  kind: z.literal('recurring'),
  frequency: z.enum(RECURRING_FREQUENCIES),
  month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  monthOfQuarter: z.optional(z.int().check(z.minimum(1), z.maximum(3))),
  day: z.optional(z.union([z.int().check(z.minimum(1), z.maximum(31)), z.literal('end')])),
  atLeast: z.optional(z.literal(true)),
  channel: z.optional(words),
});

const duration = z.strictObject({ ...base, kind: z.literal('duration'), amount, unit });
const minimum = z.strictObject({ ...base, kind: z.literal('minimum'), amount, unit });

const prompt = z.strictObject({
  ...base,
  kind: z.literal('prompt'),
  mode: z.enum(PROMPT_MODES),
  event: z.optional(words),
  action: z.optional(z.enum(PROMPT_ACTIONS)),
  channel: z.optional(words),
});

const ongoing = z.strictObject({
  ...base,
  kind: z.literal('ongoing'),
  mode: z.enum(ONGOING_MODES),
  retention: z.optional(z.literal(true)),
  latestOnly: z.optional(z.literal(true)),
});

const reference = z.strictObject({
  ...base,
  kind: z.literal('reference'),
  to: z.enum(['previous', 'external']),
  authority: z.optional(words),
  get rule() {
    return z.optional(DeadlineRuleSchema);
  },
});

const compound = z.strictObject({
  ...base,
  kind: z.literal('compound'),
  get parts() {
    return z.array(DeadlineRuleSchema).check(z.minLength(2));
  },
});

const unparsed = z.strictObject({ ...base, kind: z.literal('unparsed'), reason: z.enum(UNPARSED_REASONS) });

/** Validates a {@link DeadlineRule} (for example one stored as JSON). Strict: unknown fields fail. */
export const DeadlineRuleSchema: z.ZodMiniType<DeadlineRule> = z.discriminatedUnion('kind', [
  fixed,
  relative,
  recurring,
  duration,
  minimum,
  prompt,
  ongoing,
  reference,
  compound,
  unparsed,
]);
