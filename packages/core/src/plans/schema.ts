/**
 * Plans, tasks and progress as zod schemas; the TypeScript types are inferred from them.
 *
 * A plan (工作方案的重点任务表) has tasks (工作任务); a task has one or more item rows, each with
 * its responsible units (主体责任单位), requirements (具体要求) and deadline (完成时限).
 */
import * as z from 'zod/mini';
import { readYmd } from '../calendar/date.js';
import { DeadlineRuleSchema } from '../deadlines/rule-schema.js';
import { isHttpUrl } from '../internal/values.js';

/** A real `YYYY-MM-DD` calendar day. */
export const PlanDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((s) => readYmd(s) >= 0, { params: { gk: 'date.invalid' } }),
);

const Text = z.string().check(z.trim(), z.minLength(1));

/** The responsible-units cell: the expression as written, and what it resolved to (unit ids). */
export const TaskUnitsSchema = z.object({
  /** The cell verbatim (trimmed), e.g. "县直各部门、单位；\n各乡镇（街道）". */
  text: Text,
  /** Every unit the expression names, group expressions expanded (unit ids). */
  resolved: z.array(Text),
  /** Lead units (牵头) where the text says so; otherwise every resolved unit. */
  lead: z.array(Text),
  /** Co-responsible units (配合) where the text says so. */
  cooperating: z.array(Text),
  /** Names the unit directory does not know; reported, never dropped. */
  unresolved: z.array(Text),
  /** True when the text says "有关部门" without naming them: someone must choose. */
  needsChoice: z.boolean(),
});
export type TaskUnits = z.infer<typeof TaskUnitsSchema>;

/** A deadline cell: the text verbatim and what `parseDeadline` made of it. */
export const TaskDeadlineSchema = z.object({
  text: Text,
  rule: DeadlineRuleSchema,
});
export type TaskDeadline = z.infer<typeof TaskDeadlineSchema>;

/** One row of a task. */
export const TaskItemSchema = z.object({
  /** Stable id: task number and row, '8.1', '8.2'. */
  id: z.string().check(z.regex(/^\d+\.\d+$/)),
  units: TaskUnitsSchema,
  /** The numbered points （1）（2）… without their markers; one paragraph → one requirement. */
  requirements: z.array(Text).check(z.minLength(1)),
  deadline: TaskDeadlineSchema,
});
export type TaskItem = z.infer<typeof TaskItemSchema>;

/** A task (工作任务): its number in the plan, title and item rows. */
export const TaskSchema = z.object({
  number: z.int().check(z.minimum(1)),
  title: Text,
  items: z.array(TaskItemSchema).check(z.minLength(1)),
});
export type Task = z.infer<typeof TaskSchema>;

/** A plan: title, issuer, issue date, plan year and tasks. */
export const PlanSchema = z.object({
  title: Text,
  issuer: Text,
  issueDate: PlanDateSchema,
  planYear: z.int().check(z.minimum(1949), z.maximum(2100)),
  tasks: z.array(TaskSchema).check(z.minLength(1)),
  notes: z.optional(z.string()),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PROGRESS_STATUSES = ['not-started', 'in-progress', 'blocked', 'done'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES);

/** An http(s) link; other schemes (javascript:, file:, data:) are refused. */
export const EvidenceUrlSchema = z.string().check(z.refine((s) => isHttpUrl(s), { params: { gk: 'plan.progress.evidence-url' } }));

/** A link to evidence of progress: a published page, a notice, a record. */
export const EvidenceSchema = z.object({
  title: z.optional(Text),
  url: EvidenceUrlSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The longest progress note, in characters (code points). */
export const PROGRESS_NOTE_MAX = 500;

/** One progress report on one item. */
export const ProgressUpdateSchema = z.object({
  itemId: z.string().check(z.regex(/^\d+\.\d+$/)),
  date: PlanDateSchema,
  status: ProgressStatusSchema,
  /** At most {@link PROGRESS_NOTE_MAX} characters (code points). */
  note: z.optional(
    z
      .string()
      .check(
        z.refine((v) => [...v].length <= PROGRESS_NOTE_MAX, { params: { gk: 'plan.progress.note-too-long', max: PROGRESS_NOTE_MAX } }),
      ),
  ),
  evidence: z.optional(z.array(EvidenceSchema)),
  reportedBy: z.optional(Text),
  /** True for fictional example data (sampleProgress2020). */
  example: z.optional(z.boolean()),
});
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>;

export const ProgressLogSchema = z.array(ProgressUpdateSchema);
