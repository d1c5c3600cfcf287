/**
 * `parsePlanTable`: reads a plan's key-task table written in the seed's table-text layout.
 *
 * Layout (as copied out of the published document):
 * - rows are separated by empty lines; inside a row, cells start with a tab and may span lines
 *   (a line without a tab continues the cell above it);
 * - the header row's cells are 工作任务 / 主体责任单位 / 具体要求 / 完成时限;
 * - a task row's first cell is "N．title"; a row whose first cell is empty continues the task
 *   above it (another item of the same task);
 * - after the table, a footer: 抄送 … and "issuer   YYYY年M月D日印发".
 *
 * Every malformed row gets a located issue (line and what was expected), never a silent skip.
 */
import { readYmd, ymdToString } from '../calendar/date.js';
import { parseDeadline } from '../deadlines/parse.js';
import type { DeadlineRule } from '../deadlines/rule-schema.js';
import type { Issue } from '../errors.js';
import { resolveUnits, type UnitDirectory } from '../units/index.js';
import { PlanSchema, type Plan, type Task, type TaskItem, type TaskUnits } from './schema.js';

/** An issue of a plan table: `error` stops the import, `warning` does not. */
export interface PlanIssue extends Issue {
  severity: 'error' | 'warning';
}

/** What a units cell resolves to in `directory`: unit ids, lead and co-responsible split. */
export function resolveUnitsCell(text: string, directory: UnitDirectory): Omit<TaskUnits, 'text'> {
  const r = resolveUnits(text, directory);
  return {
    resolved: r.units.map((u) => u.id),
    lead: r.lead.map((u) => u.id),
    cooperating: r.cooperating.map((u) => u.id),
    unresolved: r.unresolved,
    needsChoice: r.needsChoice,
  };
}

export interface ParsePlanTableOptions {
  /** The plan year, for deadlines written without one. Default: the year of the issue date. */
  planYear?: number;
  /** The unit directory the units cells resolve in; without one, units are kept as text only. */
  units?: UnitDirectory;
  /** Overrides for what the text does not say (or says differently). */
  title?: string;
  issuer?: string;
  issueDate?: string;
  notes?: string;
}

export type ParsePlanResult = { ok: true; value: Plan; issues: PlanIssue[] } | { ok: false; issues: PlanIssue[] };

/** The header cells, whitespace removed. */
export const PLAN_HEADER = ['工作任务', '主体责任单位', '具体要求', '完成时限'] as const;

interface Line {
  n: number; // 1-based line number
  text: string;
}
interface Cell {
  text: string; // trimmed
  line: number; // where the cell starts
}

const TASK_RE = /^(\d+)\s*[．.、]\s*([\s\S]+)$/;
const FOOTER_START = /^\s*(抄送|主送|报送)[：:]/;
const ISSUED_RE = /^\s*(\S.*?)\s{2,}(\d{4})年(\d{1,2})月(\d{1,2})日印发\s*$/;
const NUM_POINT = /（(\d+)）|\((\d+)\)/g;
const MAX_TEXT = 200_000;

/** A cell's text for reading: lines joined without the line breaks of a wrapped cell. */
const flat = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .join('');

/**
 * The requirements of a cell: split on the numbered points （1）（2）… when they run 1, 2, 3 … at
 * the starts of lines or sentences; otherwise the cell is one requirement.
 */
export function splitRequirements(cell: string): string[] {
  const text = cell.trim();
  if (text === '') return [];
  const starts: number[] = [];
  let expected = 1;
  for (const m of text.matchAll(NUM_POINT)) {
    const n = Number(m[1] ?? m[2]);
    const before = text.slice(0, m.index).replace(/[ \t]+$/, '');
    const atBoundary = before === '' || /[\n。；;：:]$/.test(before);
    if (atBoundary && n === expected) {
      starts.push(m.index);
      expected++;
    }
  }
  if (starts.length < 2 || starts[0] !== 0) return [flat(text)];
  return starts.map((start, i) => {
    const part = text.slice(start, starts[i + 1] ?? text.length);
    return flat(part.replace(/^(（\d+）|\(\d+\))/, ''));
  });
}

/** Splits a row's lines into cells at tabs; `lead` is the text before the first tab. */
function cellsOf(lines: Line[]): { lead: string; cells: Cell[] } {
  let lead = '';
  const cells: Cell[] = [];
  let current: { parts: string[]; line: number } | undefined;
  for (const l of lines) {
    const segs = l.text.split('\t');
    segs.forEach((seg, i) => {
      if (i > 0) {
        if (current) cells.push({ text: current.parts.join('\n').trim(), line: current.line });
        current = { parts: [seg], line: l.n };
      } else if (current) {
        current.parts.push(seg);
        if (current.parts.join('').trim() === seg.trim() && seg.trim() !== '') current.line = l.n;
      } else {
        lead += (lead ? '\n' : '') + seg;
      }
    });
  }
  if (current) cells.push({ text: current.parts.join('\n').trim(), line: current.line });
  return { lead: lead.trim(), cells };
}

const isHeader = (cells: Cell[]) => cells.length === 4 && cells.every((c, i) => c.text.replace(/\s+/g, '') === PLAN_HEADER[i]);

const noUnits = (): Omit<TaskUnits, 'text'> => ({ resolved: [], lead: [], cooperating: [], unresolved: [], needsChoice: false });

/**
 * Reads a plan table. `ok` is false when any issue is an error; warnings (an unresolved unit
 * name, a deadline that is not a date) come with the plan.
 */
export function parsePlanTable(text: string, options: ParsePlanTableOptions = {}): ParsePlanResult {
  const issues: PlanIssue[] = [];
  const error = (code: string, line: number, params: Record<string, unknown> = {}, cell?: string) =>
    issues.push({ code, path: cell ? ['line', line, cell] : ['line', line], params: { line, ...params }, severity: 'error' });
  const warn = (code: string, line: number, params: Record<string, unknown> = {}, cell?: string) =>
    issues.push({ code, path: cell ? ['line', line, cell] : ['line', line], params: { line, ...params }, severity: 'warning' });

  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, issues: [{ code: 'plan.table.empty', path: [], params: {}, severity: 'error' }] };
  }
  if (text.length > MAX_TEXT) {
    return { ok: false, issues: [{ code: 'plan.table.too-long', path: [], params: { max: MAX_TEXT }, severity: 'error' }] };
  }
  const all: Line[] = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t }));

  // The footer: from the first 抄送/主送 line, or the "…印发" line, to the end.
  let footerAt = all.findIndex((l) => !l.text.startsWith('\t') && (FOOTER_START.test(l.text) || ISSUED_RE.test(l.text)));
  if (footerAt < 0) footerAt = all.length;
  let issuer = options.issuer?.trim() || undefined;
  let issueDate = options.issueDate;
  for (const l of all.slice(footerAt)) {
    const m = ISSUED_RE.exec(l.text);
    if (!m) continue;
    const date = ymdToString(Number(m[2]), Number(m[3]), Number(m[4]));
    if (readYmd(date) < 0) error('plan.issue-date.invalid', l.n, { value: `${m[2]}年${m[3]}月${m[4]}日` });
    else issueDate ??= date;
    issuer ??= m[1]!.trim();
  }
  if (issueDate !== undefined && readYmd(issueDate) < 0) {
    error('plan.issue-date.invalid', 0, { value: issueDate });
    issueDate = undefined;
  }
  const planYear = options.planYear ?? (issueDate ? Number(issueDate.slice(0, 4)) : undefined);

  // Rows: runs of lines separated by empty lines (a line of only a tab opens an empty cell).
  const rows: Line[][] = [];
  let run: Line[] = [];
  for (const l of all.slice(0, footerAt)) {
    if (l.text.trim() === '' && !l.text.includes('\t')) {
      if (run.length) rows.push(run);
      run = [];
    } else run.push(l);
  }
  if (run.length) rows.push(run);

  const tasks: Task[] = [];
  let task: Task | undefined;
  let previousRule: DeadlineRule | undefined;
  let seenHeader = false;
  let preamble: string | undefined;
  const broken = new Set<Task>(); // tasks with a malformed row: no second error for "no items"
  const directory = options.units;

  rows.forEach((row, ri) => {
    const first = row[0]!.n;
    const { lead, cells } = cellsOf(row);
    if (!seenHeader && isHeader(cells) && lead === '') {
      seenHeader = true;
      return;
    }
    if (cells.length === 0) {
      // Text without any cell: a title before the table, or garbage inside it.
      if (!seenHeader && tasks.length === 0 && ri === 0) {
        preamble = flat(lead);
        return;
      }
      error('plan.row.no-cells', first, { text: preview(lead) });
      return;
    }
    // Stray text before the first tab: reported, and the row's cells are still read.
    if (lead !== '') error('plan.row.text-before-cells', first, { text: preview(lead) });
    if (!seenHeader && tasks.length === 0) {
      warn('plan.header.missing', first, { expected: PLAN_HEADER.join(' / ') });
      seenHeader = true;
    }
    if (cells.length !== 4) {
      error('plan.row.cell-count', first, { found: cells.length, expected: 4, names: PLAN_HEADER.join(' / ') });
      // Keep the task's number, so the rows after it are read against the right sequence.
      const m = TASK_RE.exec(cells[0]?.text ?? '');
      if (m) {
        task = { number: Number(m[1]), title: flat(m[2]!), items: [] };
        tasks.push(task);
        broken.add(task);
      }
      return;
    }
    const [taskCell, unitsCell, reqCell, deadlineCell] = cells as [Cell, Cell, Cell, Cell];

    // The task cell: "N．title" opens a task; empty continues the one above.
    if (taskCell.text !== '') {
      const m = TASK_RE.exec(taskCell.text);
      if (!m) {
        error('plan.row.task-cell', taskCell.line, { text: preview(taskCell.text) }, 'task');
        task = undefined;
        return;
      }
      const number = Number(m[1]);
      const expected = (tasks.at(-1)?.number ?? 0) + 1;
      if (number !== expected) error('plan.task.number-sequence', taskCell.line, { found: number, expected }, 'task');
      task = { number, title: flat(m[2]!), items: [] };
      tasks.push(task);
    } else if (!task) {
      error('plan.row.orphan-continuation', first, {}, 'task');
      return;
    }

    let bad = false;
    if (unitsCell.text === '') {
      error('plan.row.units-empty', unitsCell.line, {}, 'units');
      bad = true;
    }
    const requirements = splitRequirements(reqCell.text);
    if (requirements.length === 0) {
      error('plan.row.requirements-empty', reqCell.line, {}, 'requirements');
      bad = true;
    }
    const deadlineText = flat(deadlineCell.text);
    let rule: DeadlineRule | undefined;
    if (deadlineText === '') {
      error('plan.row.deadline-empty', deadlineCell.line, {}, 'deadline');
      bad = true;
    } else {
      rule = parseDeadline(deadlineText, {
        ...(planYear !== undefined ? { planYear } : {}),
        ...(previousRule ? { previous: previousRule } : {}),
      });
      if (rule.kind === 'unparsed') {
        error('plan.row.deadline-unparsed', deadlineCell.line, { text: preview(deadlineText), reason: rule.reason }, 'deadline');
        bad = true;
      } else if (rule.kind !== 'fixed' && rule.kind !== 'reference' && rule.kind !== 'compound') {
        warn('plan.row.deadline-not-date', deadlineCell.line, { text: preview(deadlineText), kind: rule.kind }, 'deadline');
      }
    }
    if (bad || !rule) {
      broken.add(task);
      return;
    }
    previousRule = rule;

    const unitsText = unitsCell.text
      .split('\n')
      .map((l) => l.trim())
      .join('\n');
    const units: TaskUnits = { text: unitsText, ...(directory ? resolveUnitsCell(unitsText, directory) : noUnits()) };
    if (directory) {
      for (const name of units.unresolved) warn('plan.units.unresolved', unitsCell.line, { name }, 'units');
      if (units.needsChoice) warn('plan.units.needs-choice', unitsCell.line, { text: preview(flat(unitsText)) }, 'units');
    }
    const item: TaskItem = {
      id: `${task.number}.${task.items.length + 1}`,
      units,
      requirements,
      deadline: { text: deadlineText, rule },
    };
    task.items.push(item);
  });

  for (const t of tasks) {
    if (t.items.length === 0 && !broken.has(t)) error('plan.task.no-items', 0, { number: t.number });
  }
  if (tasks.length === 0) error('plan.tasks.empty', 0);
  if (!issuer) error('plan.issuer.missing', 0, { expected: '“发文机关    YYYY年M月D日印发”' });
  if (!issueDate) error('plan.issue-date.missing', 0);
  if (planYear === undefined) error('plan.year.missing', 0);

  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues: fixLocations(issues) };

  const plan: Plan = {
    title: options.title?.trim() || preamble || `${issuer!}${planYear!}年重点任务表`,
    issuer: issuer!,
    issueDate: issueDate!,
    planYear: planYear!,
    tasks,
    ...(options.notes !== undefined ? { notes: options.notes } : {}),
  };
  const parsed = PlanSchema.safeParse(plan);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((zi) => ({
        code: 'data.schema',
        path: zi.path.filter((k): k is string | number => typeof k !== 'symbol'),
        params: { expected: zi.code },
        severity: 'error' as const,
      })),
    };
  }
  return { ok: true, value: parsed.data, issues: fixLocations(issues) };
}

/** Whole-plan issues (line 0) carry no line. */
function fixLocations(issues: PlanIssue[]): PlanIssue[] {
  return issues.map((i) => {
    if (i.params?.line !== 0) return i;
    const { line: _line, ...params } = i.params;
    const field =
      i.code === 'plan.issuer.missing'
        ? ['issuer']
        : i.code.startsWith('plan.issue-date')
          ? ['issueDate']
          : i.code === 'plan.year.missing'
            ? ['planYear']
            : ['tasks'];
    return { ...i, path: field, params };
  });
}

/** At most 60 characters of a text, for a message. */
function preview(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
