/**
 * The plan as the official key-task table (序号 | 工作任务 | 主体责任单位 | 具体要求 | 完成时限 |
 * 进展情况), as CSV that Excel opens correctly, and a progress log as stable JSON.
 */
import { toCsv } from '../internal/csv.js';
import { DataError } from '../errors.js';
import { lookup, type Lang } from '../messages/lookup.js';
import { planMessages } from '../messages/plans.js';
import type { Plan, ProgressUpdate, TaskItem } from './schema.js';
import type { ItemStatus, PlanStatus } from './status.js';
import { validateProgress } from './validate.js';

/** The columns of the exported table, in the document's order. */
export const PLAN_TABLE_COLUMNS = ['number', 'task', 'units', 'requirements', 'deadline', 'status'] as const;
export type PlanTableColumn = (typeof PLAN_TABLE_COLUMNS)[number];

const CATALOGUES = [planMessages];

/**
 * An item's 进展情况 text: the progress label and, unless done, the deadline words as the
 * deadline element shows them: "推进中；已逾期 3 个工作日", "In progress; overdue by 3 working
 * days", "未开始；还剩 34 个工作日", "已完成". Without a status, the item counts as not started
 * with no due date.
 */
export function itemStatusText(status: ItemStatus | undefined, lang: Lang): string {
  if (!status) return lookup(CATALOGUES, lang, 'plan.item.status', { progress: 'not-started', state: 'no-due-date', n: 0 });
  return lookup(CATALOGUES, lang, 'plan.item.status', { progress: status.progress, state: status.state, n: dayCount(status) });
}

/**
 * The words of an item's deadline chip: "还剩 12 个工作日", "今日到期", "已逾期 3 个工作日",
 * "按期完成", "逾期 2 个工作日完成", "无具体到期日" (and the English equivalents).
 */
export function itemDeadlineText(status: ItemStatus, lang: Lang): string {
  return lookup(CATALOGUES, lang, 'plan.item.deadline', { state: status.state, n: dayCount(status) });
}

/** The working days the words count: overdue (or late) days, else days left. */
const dayCount = (s: ItemStatus): number => (s.state === 'overdue' || s.state === 'done-late' ? s.workdaysOverdue : s.workdaysLeft);

/** The requirements cell: one requirement as is; several numbered （1）…\n（2）… ((1) … in English). */
export function requirementsText(item: TaskItem, lang: Lang): string {
  if (item.requirements.length === 1) return item.requirements[0]!;
  return item.requirements.map((r, i) => (lang === 'en' ? `(${i + 1}) ${r}` : `（${i + 1}）${r}`)).join('\n');
}

/**
 * The table: the header row, then one row per item in plan order. The task's number and title
 * are repeated on every row of the task (CSV has no merged cells); units and deadline are the
 * text as written; the status column is {@link itemStatusText} of the item in `status` (from
 * `taskStatusAt` on the same plan).
 */
export function planTable(plan: Plan, status: PlanStatus, lang: Lang): string[][] {
  const header = PLAN_TABLE_COLUMNS.map((c) => lookup(CATALOGUES, lang, `plan.table.column.${c}`));
  const byId = new Map(status.items.map((s) => [s.itemId, s]));
  const rows = plan.tasks.flatMap((task) =>
    task.items.map((item) => [
      String(task.number),
      task.title,
      item.units.text,
      requirementsText(item, lang),
      item.deadline.text,
      itemStatusText(byId.get(item.id), lang),
    ]),
  );
  return [header, ...rows];
}

/** The table in CSV: UTF-8 with a byte-order mark, CRLF, formulas neutralised (see `toCsv`). */
export function planToCsv(plan: Plan, status: PlanStatus, lang: Lang): string {
  return toCsv(planTable(plan, status, lang));
}

/**
 * A progress log as pretty JSON (2-space indent, trailing newline), in list order, with the
 * fields of each entry in a fixed order (itemId, date, status, note, evidence, reportedBy,
 * example), so the same log always gives the same text. The log is validated first (with
 * `plan`, its item ids too): throws `DataError` with the located issues when it is invalid.
 */
export function progressToJson(updates: readonly ProgressUpdate[], plan?: Plan): string {
  const r = validateProgress(updates, plan);
  if (!r.ok || !r.value) throw new DataError(r.issues);
  const entries = r.value.map((u) => ({
    itemId: u.itemId,
    date: u.date,
    status: u.status,
    ...(u.note !== undefined ? { note: u.note } : {}),
    ...(u.evidence !== undefined
      ? { evidence: u.evidence.map((e) => ({ ...(e.title !== undefined ? { title: e.title } : {}), url: e.url })) }
      : {}),
    ...(u.reportedBy !== undefined ? { reportedBy: u.reportedBy } : {}),
    ...(u.example !== undefined ? { example: u.example } : {}),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
