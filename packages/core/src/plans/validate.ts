/**
 * `validatePlan` and `validateProgress`: a plan or a progress log in its canonical JSON form
 * (PlanSchema, ProgressLogSchema) → the valid part, with located issues. Never throws.
 *
 * Like `validateCatalogue`: a task with any invalid field or item row is left out (every problem
 * of it reported); the others are kept. Only the schemas are loaded (no deadline parser, no unit
 * resolver), so a board that only displays plans stays small.
 */
import * as z from 'zod/mini';
import { preview, valueAt } from '../internal/values.js';
import type { PlanIssue } from './parse.js';
import {
  PlanSchema,
  ProgressUpdateSchema,
  TaskItemSchema,
  TaskSchema,
  type Plan,
  type ProgressUpdate,
  type Task,
  type TaskItem,
} from './schema.js';

/**
 * The result of {@link validatePlan}.
 * - `ok`: true when there is no issue at all.
 * - `value`: the plan with the **valid tasks only** (in input order) whenever the header
 *   (title, issuer, issueDate, planYear) is valid and `tasks` is a list; `undefined` otherwise.
 *   Its `tasks` may be `[]` when no task is valid (then it is not a valid `PlanSchema` plan).
 *   An invalid `notes` is reported and left out.
 * - `issues`: every problem, located, all `error`s. Paths run from the plan
 *   (`['tasks', 2, 'items', 0, 'deadline', 'rule']`). Task issues carry `params.n` (1-based task
 *   number in the list), `params.index` (0-based), `params.field` (the dotted path inside the
 *   task or item) and `params.value` (a short preview); item issues also `params.row` (1-based)
 *   and `params.rowIndex` (0-based).
 *
 * Codes: `plan.json.invalid` (not an object), `plan.json.missing` / `plan.json.invalid-value`
 * (a header field), `plan.json.tasks-not-array`, `plan.tasks.empty`, `plan.task.not-object`,
 * `plan.task.missing`, `plan.task.invalid-value`, `plan.task.items-empty`,
 * `plan.task.duplicate-number` (params `number`, `firstN`), `plan.item.not-object`,
 * `plan.item.missing`, `plan.item.invalid-value`, `plan.item.duplicate-id` (params `itemId`,
 * `firstN`, `firstRow`).
 */
export interface PlanValidationResult {
  ok: boolean;
  value: Plan | undefined;
  issues: PlanIssue[];
}

/**
 * The result of {@link validateProgress}: the valid entries (in input order) whenever the input
 * is a list, and located issues (`['progress', 1, 'status']`, params `n`, `index`, `field`,
 * `value`). Codes: `plan.progress.not-array`, `plan.progress.entry.not-object`,
 * `plan.progress.entry.missing`, `plan.progress.entry.invalid-value`,
 * `plan.progress.entry.evidence-url` (a link that is not http or https) and, with a plan,
 * `plan.progress.entry.unknown-item` (params `itemId`).
 */
export interface ProgressValidationResult {
  ok: boolean;
  value: ProgressUpdate[] | undefined;
  issues: PlanIssue[];
}

/** The header fields of a plan, in order. */
export const PLAN_HEADER_FIELDS = ['title', 'issuer', 'issueDate', 'planYear'] as const;

const HeaderSchema = z.object({
  title: PlanSchema.shape.title,
  issuer: PlanSchema.shape.issuer,
  issueDate: PlanSchema.shape.issueDate,
  planYear: PlanSchema.shape.planYear,
});
const TaskHeadSchema = z.object({ number: TaskSchema.shape.number, title: TaskSchema.shape.title });
const NotesSchema = PlanSchema.shape.notes;

type ZodIssueLike = { path: PropertyKey[]; params?: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** `{ value: preview }`, or nothing for undefined (a message then names no value). */
const shown = (v: unknown): { value?: string } => (v === undefined ? {} : { value: preview(v) });
const keysOf = (zi: ZodIssueLike) => zi.path.filter((k): k is string | number => typeof k !== 'symbol');
const error = (code: string, path: (string | number)[], params: Record<string, unknown>): PlanIssue => ({
  code,
  path,
  params,
  severity: 'error',
});

/**
 * Turns zod's issues on `raw` into located issues: `<prefix>.missing` when nothing (or null, or
 * blank text) is at the path, `<prefix>.invalid-value` otherwise, or `special[gk]` for a
 * refinement's own code. Issues inside a deadline rule are located at the rule.
 */
function located(
  prefix: string,
  base: (string | number)[],
  params: Record<string, unknown>,
  raw: unknown,
  zodIssues: readonly ZodIssueLike[],
  special: Record<string, string> = {},
): PlanIssue[] {
  const out: PlanIssue[] = [];
  const seen = new Set<string>();
  for (const zi of zodIssues) {
    const keys = keysOf(zi);
    // A deadline rule is reported as a whole: it is derived data, its inner paths mean little.
    if (keys[0] === 'deadline' && keys[1] === 'rule') keys.length = 2;
    const field = keys.join('.');
    const value = valueAt(raw, keys);
    const gk = (zi.params as { gk?: unknown } | undefined)?.gk;
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    const code = typeof gk === 'string' && special[gk] ? special[gk] : blank ? `${prefix}.missing` : `${prefix}.invalid-value`;
    const key = `${code} ${field}`;
    if (seen.has(key)) continue; // a regex and a refinement on one value: one issue
    seen.add(key);
    // Parameters a refinement gives (a limit such as max) go with its message.
    const { gk: _gk, ...extra } = (zi.params as Record<string, unknown> | undefined) ?? {};
    out.push(error(code, [...base, ...keys], { ...params, ...extra, field, ...(blank ? {} : { value: preview(value) }) }));
  }
  return out;
}

/**
 * Validates a plan in its canonical JSON form. Never throws. Valid tasks are kept even when
 * others are invalid; see {@link PlanValidationResult} for the exact shape. Task numbers and
 * item ids must be unique across the plan: a task that repeats a number or an id of a task
 * kept before it is left out.
 */
export function validatePlan(json: unknown): PlanValidationResult {
  if (!isObject(json)) return { ok: false, value: undefined, issues: [error('plan.json.invalid', [], shown(json))] };
  const issues: PlanIssue[] = [];

  const header = HeaderSchema.safeParse(json);
  if (!header.success) issues.push(...located('plan.json', [], {}, json, header.error.issues));
  const notes = json.notes === undefined ? undefined : NotesSchema.safeParse(json.notes);
  if (notes && !notes.success) issues.push(error('plan.json.invalid-value', ['notes'], { field: 'notes', value: preview(json.notes) }));

  const rawTasks = json.tasks;
  if (!Array.isArray(rawTasks)) {
    issues.push(
      rawTasks === undefined
        ? error('plan.json.missing', ['tasks'], { field: 'tasks' })
        : error('plan.json.tasks-not-array', ['tasks'], { field: 'tasks', value: preview(rawTasks) }),
    );
    return { ok: false, value: undefined, issues };
  }
  if (rawTasks.length === 0) issues.push(error('plan.tasks.empty', ['tasks'], {}));

  const tasks: Task[] = [];
  const numbers = new Map<number, number>(); // task number → n of the task kept with it
  const ids = new Map<string, { n: number; row: number }>(); // item id → where it was kept
  rawTasks.forEach((raw: unknown, i) => {
    const at = { n: i + 1, index: i };
    const problems = checkTask(raw, i, at);
    if (!problems.task) {
      issues.push(...problems.issues);
      return;
    }
    const task = problems.task;
    const own: PlanIssue[] = [];
    const first = numbers.get(task.number);
    if (first !== undefined) {
      own.push(
        error('plan.task.duplicate-number', ['tasks', i, 'number'], {
          ...at,
          field: 'number',
          value: String(task.number),
          number: task.number,
          firstN: first,
        }),
      );
    }
    const mine = new Map<string, number>();
    task.items.forEach((item, j) => {
      const before = ids.get(item.id) ?? (mine.has(item.id) ? { n: i + 1, row: mine.get(item.id)! } : undefined);
      if (before) {
        own.push(
          error('plan.item.duplicate-id', ['tasks', i, 'items', j, 'id'], {
            ...at,
            row: j + 1,
            rowIndex: j,
            field: 'id',
            value: item.id,
            itemId: item.id,
            firstN: before.n,
            firstRow: before.row,
          }),
        );
      } else mine.set(item.id, j + 1);
    });
    if (own.length > 0) {
      issues.push(...own);
      return;
    }
    numbers.set(task.number, i + 1);
    for (const [id, row] of mine) ids.set(id, { n: i + 1, row });
    tasks.push(task);
  });

  const value: Plan | undefined = header.success
    ? { ...header.data, tasks, ...(notes?.success && notes.data !== undefined ? { notes: notes.data } : {}) }
    : undefined;
  return { ok: issues.length === 0, value, issues };
}

/** One task: its own fields, then every item row. `task` only when all of it is valid. */
function checkTask(raw: unknown, i: number, at: { n: number; index: number }): { task?: Task; issues: PlanIssue[] } {
  if (!isObject(raw)) return { issues: [error('plan.task.not-object', ['tasks', i], { ...at, value: preview(raw) })] };
  const issues: PlanIssue[] = [];
  const head = TaskHeadSchema.safeParse(raw);
  if (!head.success) issues.push(...located('plan.task', ['tasks', i], at, raw, head.error.issues));
  const rawItems = raw.items;
  const items: TaskItem[] = [];
  if (!Array.isArray(rawItems)) {
    issues.push(
      rawItems === undefined
        ? error('plan.task.missing', ['tasks', i, 'items'], { ...at, field: 'items' })
        : error('plan.task.invalid-value', ['tasks', i, 'items'], { ...at, field: 'items', value: preview(rawItems) }),
    );
  } else if (rawItems.length === 0) {
    issues.push(error('plan.task.items-empty', ['tasks', i, 'items'], { ...at, field: 'items' }));
  } else {
    rawItems.forEach((rawItem: unknown, j) => {
      const where = { ...at, row: j + 1, rowIndex: j };
      const base = ['tasks', i, 'items', j];
      if (!isObject(rawItem)) {
        issues.push(error('plan.item.not-object', base, { ...where, value: preview(rawItem) }));
        return;
      }
      const r = TaskItemSchema.safeParse(rawItem);
      if (r.success) items.push(r.data);
      else issues.push(...located('plan.item', base, where, rawItem, r.error.issues));
    });
  }
  if (issues.length > 0 || !head.success) return { issues };
  return { task: { ...head.data, items }, issues };
}

/**
 * Validates a progress log (a list of ProgressUpdate). Never throws. Valid entries are kept;
 * see {@link ProgressValidationResult}. With `plan`, an entry whose item the plan does not have
 * is reported and left out.
 */
export function validateProgress(json: unknown, plan?: Plan): ProgressValidationResult {
  if (!Array.isArray(json)) {
    return { ok: false, value: undefined, issues: [error('plan.progress.not-array', [], shown(json))] };
  }
  const known = plan ? new Set(plan.tasks.flatMap((t) => t.items.map((it) => it.id))) : undefined;
  const issues: PlanIssue[] = [];
  const value: ProgressUpdate[] = [];
  json.forEach((raw: unknown, i) => {
    const at = { n: i + 1, index: i };
    if (!isObject(raw)) {
      issues.push(error('plan.progress.entry.not-object', ['progress', i], { ...at, value: preview(raw) }));
      return;
    }
    const r = ProgressUpdateSchema.safeParse(raw);
    if (!r.success) {
      issues.push(
        ...located('plan.progress.entry', ['progress', i], at, raw, r.error.issues, {
          'plan.progress.evidence-url': 'plan.progress.entry.evidence-url',
          'plan.progress.note-too-long': 'plan.progress.entry.note-too-long',
        }),
      );
      return;
    }
    if (known && !known.has(r.data.itemId)) {
      issues.push(
        error('plan.progress.entry.unknown-item', ['progress', i, 'itemId'], {
          ...at,
          field: 'itemId',
          value: r.data.itemId,
          itemId: r.data.itemId,
        }),
      );
      return;
    }
    value.push(r.data);
  });
  return { ok: issues.length === 0, value, issues };
}
