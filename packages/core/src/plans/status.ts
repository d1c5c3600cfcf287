/**
 * `taskStatusAt`: where a plan stands on a given day, from its progress updates.
 *
 * Per item: the progress status (the latest update on or before today), the deadline state from
 * the calendar's `deadlineStatus` (ok, due-soon, due-today, overdue) or, once done,
 * done-on-time / done-late, working days left or overdue, and an escalation colour. Roll-ups
 * per task (completion share), per unit (what a unit owes, by when) and per deadline month.
 *
 * Status words and colours are decided here, never in a view.
 */
import { defaultCalendar, type DeadlineState, type WorkdayCalendar } from '../calendar/calendar.js';
import { readYmd, type CalendarDate } from '../calendar/date.js';
import { resolveDeadline } from '../deadlines/resolve.js';
import type { Issue } from '../errors.js';
import { InvalidArgumentError } from '../errors.js';
import type { Plan, ProgressStatus, ProgressUpdate } from './schema.js';

/** An item's deadline state: the calendar's, or once done whether it was on time. */
export type ItemDeadlineState = DeadlineState | 'done-on-time' | 'done-late' | 'no-due-date';

/** Escalation colours (蓝/黄/红), as in 督办 practice. */
export type EscalationColour = 'blue' | 'yellow' | 'red';

/**
 * Escalation thresholds. Defaults: red once overdue (`redOverdueWorkdays` 0: any overdue day);
 * yellow when due today, when overdue by fewer working days than `redOverdueWorkdays`, when at
 * most `yellowWorkdaysLeft` working days are left (default: `dueSoonWorkdays`) or when the item
 * is blocked; blue otherwise. Done items have no colour.
 */
export interface EscalationOptions {
  yellowWorkdaysLeft?: number;
  redOverdueWorkdays?: number;
  /** A blocked item is at least yellow. Default true. */
  blockedIsYellow?: boolean;
}

export interface TaskStatusOptions {
  calendar?: WorkdayCalendar;
  /** At or below this many working days left, the state is `due-soon`. Default 3. */
  dueSoonWorkdays?: number;
  /** Thresholds of the escalation colours; `false` for no colours. */
  escalation?: EscalationOptions | false;
}

export interface ItemStatus {
  itemId: string;
  taskNumber: number;
  /** The deadline cell verbatim. */
  deadlineText: string;
  /** The due date, when the rule resolves to one. */
  due?: CalendarDate;
  /** Progress status: the latest update on or before today ('not-started' without one). */
  progress: ProgressStatus;
  /** Date of the latest update on or before today. */
  updatedOn?: CalendarDate | string;
  /** Date the item was (last) marked done, when done. */
  doneOn?: CalendarDate | string;
  state: ItemDeadlineState;
  workdaysLeft: number;
  workdaysOverdue: number;
  /** True when the counts use provisional calendar data. */
  provisional: boolean;
  escalation?: EscalationColour;
  /** The unit ids responsible (group expressions expanded). */
  units: string[];
  lead: string[];
}

export interface TaskRollup {
  number: number;
  title: string;
  items: number;
  done: number;
  /** done / items, 0–1. */
  share: number;
}

export interface UnitItem {
  itemId: string;
  due?: CalendarDate;
  state: ItemDeadlineState;
  progress: ProgressStatus;
  role: 'lead' | 'cooperating';
  escalation?: EscalationColour;
}

export interface UnitRollup {
  /** Unit id. */
  unit: string;
  /** Its items, by due date (items without one last), then by id. */
  items: UnitItem[];
  /** Items not done yet. */
  open: number;
  /** The earliest due date among open items. */
  nextDue?: CalendarDate;
}

export interface MonthRollup {
  /** 'YYYY-MM'. */
  month: string;
  items: string[];
  done: number;
}

export interface PlanStatus {
  today: CalendarDate | string;
  items: ItemStatus[];
  byTask: TaskRollup[];
  byUnit: UnitRollup[];
  byMonth: MonthRollup[];
  /** Updates for item ids the plan does not have (code 'plan.progress.unknown-item'). */
  issues: Issue[];
}

const byDateThenId = (a: { due?: string; itemId: string }, b: { due?: string; itemId: string }) =>
  (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') || compareIds(a.itemId, b.itemId);

function compareIds(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number) as [number, number];
  const [b1, b2] = b.split('.').map(Number) as [number, number];
  return a1 - b1 || a2 - b2;
}

function colour(s: ItemStatus, soon: number, e: EscalationOptions): EscalationColour | undefined {
  if (s.progress === 'done') return undefined;
  const yellowLeft = e.yellowWorkdaysLeft ?? soon;
  const redOverdue = e.redOverdueWorkdays ?? 0;
  let c: EscalationColour = 'blue';
  if (s.state === 'overdue') c = s.workdaysOverdue >= redOverdue ? 'red' : 'yellow';
  else if (s.state === 'due-today') c = 'yellow';
  else if ((s.state === 'due-soon' || s.state === 'ok') && s.workdaysLeft <= yellowLeft) c = 'yellow';
  if (c === 'blue' && s.progress === 'blocked' && e.blockedIsYellow !== false) c = 'yellow';
  return c;
}

/**
 * Where `plan` stands on `today` given `progress`. Updates dated after today are ignored; of
 * several on one day, the later in the list wins.
 */
export function taskStatusAt(
  plan: Plan,
  progress: readonly ProgressUpdate[],
  today: CalendarDate | string,
  options: TaskStatusOptions = {},
): PlanStatus {
  if (readYmd(String(today)) < 0) throw new InvalidArgumentError('date.invalid', { value: String(today) });
  const calendar = options.calendar ?? defaultCalendar;
  const soon = options.dueSoonWorkdays ?? 3;
  const escalation = options.escalation === false ? undefined : (options.escalation ?? {});
  const issues: Issue[] = [];

  const known = new Set(plan.tasks.flatMap((t) => t.items.map((i) => i.id)));
  const updates = new Map<string, ProgressUpdate[]>();
  progress.forEach((u, i) => {
    if (!known.has(u.itemId)) {
      issues.push({ code: 'plan.progress.unknown-item', path: ['progress', i, 'itemId'], params: { itemId: u.itemId } });
      return;
    }
    if (u.date > today) return;
    const list = updates.get(u.itemId) ?? [];
    list.push(u);
    updates.set(u.itemId, list);
  });

  const items: ItemStatus[] = [];
  for (const task of plan.tasks) {
    for (const item of task.items) {
      const list = [...(updates.get(item.id) ?? [])].sort((a, b) => a.date.localeCompare(b.date)); // stable
      const last = list[list.length - 1]; // not .at(): the embed runs on Chromium 69+ (ADR 0010)
      const status: ProgressStatus = last?.status ?? 'not-started';
      let doneOn: string | undefined;
      if (status === 'done') {
        // The first 'done' of the final run of done updates.
        let k = list.length - 1;
        while (k > 0 && list[k - 1]!.status === 'done') k--;
        doneOn = list[k]!.date;
      }
      const r = resolveDeadline(item.deadline.rule, { planYear: plan.planYear, today, calendar });
      const due = r.ok ? r.due : undefined;
      const s: ItemStatus = {
        itemId: item.id,
        taskNumber: task.number,
        deadlineText: item.deadline.text,
        ...(due ? { due } : {}),
        progress: status,
        ...(last ? { updatedOn: last.date } : {}),
        ...(doneOn ? { doneOn } : {}),
        state: 'no-due-date',
        workdaysLeft: 0,
        workdaysOverdue: 0,
        provisional: r.ok ? r.provisional : false,
        units: item.units.resolved,
        lead: item.units.lead,
      };
      if (due && doneOn) {
        if (doneOn <= due) s.state = 'done-on-time';
        else {
          s.state = 'done-late';
          s.workdaysOverdue = calendar.workdaysBetween(due, doneOn);
        }
      } else if (due) {
        const d = calendar.deadlineStatus(due, today, { dueSoonWorkdays: soon });
        s.state = d.state;
        s.workdaysLeft = d.workdaysLeft;
        s.workdaysOverdue = d.workdaysOverdue;
        s.provisional ||= d.provisional;
      }
      if (escalation) {
        const c = colour(s, soon, escalation);
        if (c) s.escalation = c;
      }
      items.push(s);
    }
  }

  const byTask: TaskRollup[] = plan.tasks.map((t) => {
    const mine = items.filter((i) => i.taskNumber === t.number);
    const done = mine.filter((i) => i.progress === 'done').length;
    return { number: t.number, title: t.title, items: mine.length, done, share: mine.length ? done / mine.length : 0 };
  });

  const units = new Map<string, UnitItem[]>();
  for (const s of items) {
    const lead = new Set(s.lead);
    for (const u of s.units) {
      const list = units.get(u) ?? [];
      list.push({
        itemId: s.itemId,
        ...(s.due ? { due: s.due } : {}),
        state: s.state,
        progress: s.progress,
        role: lead.size === 0 || lead.has(u) ? 'lead' : 'cooperating',
        ...(s.escalation ? { escalation: s.escalation } : {}),
      });
      units.set(u, list);
    }
  }
  const byUnit: UnitRollup[] = [...units.entries()]
    .map(([unit, list]) => {
      list.sort(byDateThenId);
      const open = list.filter((i) => i.progress !== 'done');
      const nextDue = open.find((i) => i.due)?.due;
      return { unit, items: list, open: open.length, ...(nextDue ? { nextDue } : {}) };
    })
    .sort((a, b) => (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999') || a.unit.localeCompare(b.unit));

  const months = new Map<string, ItemStatus[]>();
  for (const s of items) {
    if (!s.due) continue;
    const m = s.due.slice(0, 7);
    months.set(m, [...(months.get(m) ?? []), s]);
  }
  const byMonth: MonthRollup[] = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, list]) => ({
      month,
      items: list.sort(byDateThenId).map((i) => i.itemId),
      done: list.filter((i) => i.progress === 'done').length,
    }));

  return { today, items, byTask, byUnit, byMonth, issues };
}

/** The items one unit owes (by id), by due date: "what does 县财政局 owe, by when". */
export function unitObligations(status: PlanStatus, unitId: string): UnitRollup | undefined {
  return status.byUnit.find((u) => u.unit === unitId);
}
