/** Messages of plans: plan-table import issues, progress, item states and escalation colours. */
import type { MessageCatalogue, Params, Template } from './types.js';
import { num, plural, s } from './types.js';
import { en as baseEn, zhCN as baseZh } from './base.js';

const at = (p: Record<string, unknown>) => (num(p.line) > 0 ? `第 ${s(p.line)} 行：` : '');
const atEn = (p: Record<string, unknown>) => (num(p.line) > 0 ? `Line ${s(p.line)}: ` : '');

// Field labels of a plan, a task, an item row and a progress entry (validatePlan, validateProgress).
const FIELD_ZH: Record<string, string> = {
  title: '标题',
  issuer: '发布机关',
  issueDate: '发布日期',
  planYear: '计划年度',
  tasks: '任务列表',
  notes: '备注',
  number: '序号',
  items: '事项行',
  id: '编号',
  units: '主体责任单位',
  requirements: '具体要求',
  deadline: '完成时限',
  itemId: '事项编号',
  date: '日期',
  status: '状态',
  note: '说明',
  evidence: '佐证',
  reportedBy: '报送单位',
  example: '示例标记',
};
const FIELD_EN: Record<keyof typeof FIELD_ZH, string> = {
  title: 'title',
  issuer: 'issuing office',
  issueDate: 'issue date',
  planYear: 'plan year',
  tasks: 'task list',
  notes: 'notes',
  number: 'number',
  items: 'item rows',
  id: 'id',
  units: 'responsible units',
  requirements: 'requirements',
  deadline: 'deadline',
  itemId: 'item id',
  date: 'date',
  status: 'status',
  note: 'note',
  evidence: 'evidence',
  reportedBy: 'reporting unit',
  example: 'example flag',
};
const own = (map: Record<string, string>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
/** The label of `field` ('deadline.rule' → 完成时限（deadline.rule）): the top key's label, the path when deeper. */
function fieldLabel(map: Record<string, string>, p: Params, fallback: string, open: string, close: string): string {
  const field = s(p.field);
  const top = field.split('.')[0] ?? '';
  const label = own(map, top);
  if (!label) return field || fallback;
  return field === top ? label : `${label}${open}${field}${close}`;
}
const fieldZh = (p: Params) => fieldLabel(FIELD_ZH, p, '字段', '（', '）');
const fieldEn = (p: Params) => fieldLabel(FIELD_EN, p, 'a field', ' (', ')');
const valueZh = (p: Params) => (p.value === undefined || p.value === '' ? '' : `：“${s(p.value)}”`);
const valueEn = (p: Params) => (p.value === undefined || p.value === '' ? '' : ` “${s(p.value)}”`);
/** 1-based number and 0-based index from `n` / `index` (or `row` / `rowIndex`). */
function position(n: unknown, index: unknown): { n: number; i: number } | undefined {
  if (typeof n === 'number' && n >= 1) return { n, i: typeof index === 'number' ? index : n - 1 };
  if (typeof index === 'number' && index >= 0) return { n: index + 1, i: index };
  return undefined;
}
function taskZh(p: Params): string {
  const t = position(p.n, p.index);
  const r = position(p.row, p.rowIndex);
  const task = t ? `第 ${t.n} 项任务 (tasks[${t.i}])` : '某项任务';
  return r ? `${task} 第 ${r.n} 行 (items[${r.i}])` : task;
}
function taskEn(p: Params): string {
  const t = position(p.n, p.index);
  const r = position(p.row, p.rowIndex);
  const task = t ? `Task ${t.n} (tasks[${t.i}])` : 'A task';
  return r ? `${task}, row ${r.n} (items[${r.i}])` : task;
}
function entryZh(p: Params): string {
  const e = position(p.n, p.index);
  return e ? `第 ${e.n} 条进度记录 (progress[${e.i}])` : '某条进度记录';
}
function entryEn(p: Params): string {
  const e = position(p.n, p.index);
  return e ? `Progress entry ${e.n} (progress[${e.i}])` : 'A progress entry';
}
const PROGRESS_ZH: Record<string, string> = { 'not-started': '未开始', 'in-progress': '推进中', blocked: '受阻', done: '已完成' };
const PROGRESS_EN: Record<keyof typeof PROGRESS_ZH, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};
/**
 * An item's deadline words as the deadline element shows them (base deadline.*), from
 * `state` and `n` (working days left, or overdue when the state is overdue); '' once done.
 */
function stateWords(base: Readonly<Record<keyof typeof baseZh, Template>>, noDue: string, p: Params): string {
  switch (s(p.state)) {
    case 'done-on-time':
    case 'done-late':
      return '';
    case 'no-due-date':
      return noDue;
    case 'due-today':
      return base['deadline.due-today']({});
    case 'overdue':
      return base['deadline.overdue']({ n: p.n });
    default:
      return num(p.n) > 0 ? base['deadline.left']({ n: p.n }) : base['deadline.last-workday']({});
  }
}
/** The progress label, then (unless done) the deadline words: 推进中；已逾期 3 个工作日. */
function itemStatusZh(p: Params): string {
  const progress = own(PROGRESS_ZH, s(p.progress)) ?? s(p.progress);
  const state = p.progress === 'done' ? '' : stateWords(baseZh, '无具体到期日', p);
  return [progress, state].filter((t) => t !== '').join('；');
}
function itemStatusEn(p: Params): string {
  const progress = own(PROGRESS_EN, s(p.progress)) ?? s(p.progress);
  const state = p.progress === 'done' ? '' : stateWords(baseEn, 'No due date', p);
  return progress === '' ? state : [progress, lowerFirst(state)].filter((t) => t !== '').join('; ');
}
/** The words of an item's deadline chip: done on time / late, or the deadline words. */
function itemDeadlineZh(p: Params): string {
  if (p.state === 'done-on-time') return zhCN['plan.item-state.done-on-time']();
  if (p.state === 'done-late') return zhCN['plan.item-state.done-late'](p);
  return stateWords(baseZh, zhCN['plan.item-state.no-due-date'](), p);
}
function itemDeadlineEn(p: Params): string {
  if (p.state === 'done-on-time') return en['plan.item-state.done-on-time']({});
  if (p.state === 'done-late') return en['plan.item-state.done-late'](p);
  return stateWords(baseEn, en['plan.item-state.no-due-date']({}), p);
}
/** The first letter in lower case, for a sentence that goes on after a semicolon (English only). */
const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

export const zhCN = {
  // Import of a plan table (parsePlanTable)
  'plan.table.empty': () => '没有可读取的任务表内容',
  'plan.table.too-long': (p) => `任务表文本过长（最多 ${s(p.max)} 个字符）`,
  'plan.header.missing': (p) => `${at(p)}未找到表头，应为“${s(p.expected)}”；已按任务行读取`,
  'plan.row.no-cells': (p) => `${at(p)}“${s(p.text)}”不是表格行：每个单元格应以制表符开头`,
  'plan.row.text-before-cells': (p) => `${at(p)}单元格前有多余文字“${s(p.text)}”：行应以制表符开头`,
  'plan.row.cell-count': (p) => `${at(p)}该行有 ${s(p.found)} 个单元格，应为 ${s(p.expected)} 个（${s(p.names)}）`,
  'plan.row.task-cell': (p) => `${at(p)}“${s(p.text)}”不是任务编号和名称，应为“序号．任务名称”，续行则留空`,
  'plan.row.orphan-continuation': (p) => `${at(p)}续行（工作任务为空）之前没有任务行`,
  'plan.task.number-sequence': (p) => `${at(p)}任务序号为 ${s(p.found)}，应为 ${s(p.expected)}`,
  'plan.task.no-items': (p) => `任务 ${s(p.number)} 没有任何事项行`,
  'plan.tasks.empty': () => '任务表中没有任务',
  'plan.row.units-empty': (p) => `${at(p)}主体责任单位为空`,
  'plan.row.requirements-empty': (p) => `${at(p)}具体要求为空`,
  'plan.row.deadline-empty': (p) => `${at(p)}完成时限为空，应为如“2020年9月底前”的期限`,
  'plan.row.deadline-unparsed': (p) => `${at(p)}无法识别完成时限“${s(p.text)}”，应为如“2020年9月底前”的日期`,
  'plan.row.deadline-not-date': (p) => `${at(p)}完成时限“${s(p.text)}”不是具体日期，无法计算到期日`,
  'plan.units.unresolved': (p) => `${at(p)}单位名录中没有“${s(p.name)}”`,
  'plan.units.needs-choice': (p) => `${at(p)}“${s(p.text)}”未列明具体部门，需指定责任单位`,
  'plan.issuer.missing': (p) => `未找到发文机关，应有形如${s(p.expected)}的落款`,
  'plan.issue-date.missing': () => '未找到印发日期（“YYYY年M月D日印发”）',
  'plan.issue-date.invalid': (p) => `${at(p)}印发日期“${s(p.value)}”不是真实存在的日期`,
  'plan.year.missing': () => '无法确定计划年度：请提供印发日期或计划年度',
  // Progress
  'plan.progress.unknown-item': (p) => `进度记录中的事项“${s(p.itemId)}”不在计划中`,
  'plan.progress.evidence-url': () => '佐证链接必须是 http 或 https 地址',
  'plan.progress.status.not-started': () => PROGRESS_ZH['not-started']!,
  'plan.progress.status.in-progress': () => PROGRESS_ZH['in-progress']!,
  'plan.progress.status.blocked': () => PROGRESS_ZH.blocked!,
  'plan.progress.status.done': () => PROGRESS_ZH.done!,
  // Item deadline states beyond the calendar's
  'plan.item-state.done-on-time': () => '按期完成',
  'plan.item-state.done-late': (p) => (num(p.n) > 0 ? `逾期 ${s(p.n)} 个工作日完成` : '逾期完成'),
  'plan.item-state.no-due-date': () => '无具体到期日',
  // Escalation colours
  'plan.escalation.blue': () => '蓝色（正常推进）',
  'plan.escalation.yellow': () => '黄色（临近期限或受阻）',
  'plan.escalation.red': () => '红色（已逾期）',
  'plan.rollup.share': (p) => `已完成 ${s(p.done)}/${s(p.items)}`,
  // Validation of a plan in its JSON form (validatePlan)
  'plan.json.invalid': (p) => `计划数据应为含有 title、issuer、issueDate、planYear、tasks 的对象${p.value ? `，收到“${s(p.value)}”` : ''}`,
  'plan.json.missing': (p) => `计划缺少 ${fieldZh(p)}`,
  'plan.json.invalid-value': (p) => `计划的 ${fieldZh(p)} 无效${valueZh(p)}`,
  'plan.json.tasks-not-array': (p) => `计划的任务列表（tasks）应为列表${valueZh(p)}`,
  'plan.task.not-object': (p) => `${taskZh(p)} 应为对象${valueZh(p)}`,
  'plan.task.missing': (p) => `${taskZh(p)} 缺少 ${fieldZh(p)}`,
  'plan.task.invalid-value': (p) => `${taskZh(p)} 的 ${fieldZh(p)} 无效${valueZh(p)}`,
  'plan.task.items-empty': (p) => `${taskZh(p)} 没有事项行`,
  'plan.task.duplicate-number': (p) => `${taskZh(p)} 的序号 ${s(p.number)} 与第 ${s(p.firstN)} 项任务重复`,
  'plan.item.not-object': (p) => `${taskZh(p)} 应为对象${valueZh(p)}`,
  'plan.item.missing': (p) => `${taskZh(p)} 缺少 ${fieldZh(p)}`,
  'plan.item.invalid-value': (p) => `${taskZh(p)} 的 ${fieldZh(p)} 无效${valueZh(p)}`,
  'plan.item.duplicate-id': (p) => `${taskZh(p)} 的编号“${s(p.itemId)}”与第 ${s(p.firstN)} 项任务第 ${s(p.firstRow)} 行重复`,
  // Validation of a progress log (validateProgress)
  'plan.progress.not-array': (p) => `进度记录应为列表${valueZh(p)}`,
  'plan.progress.entry.not-object': (p) => `${entryZh(p)} 应为对象${valueZh(p)}`,
  'plan.progress.entry.missing': (p) => `${entryZh(p)} 缺少 ${fieldZh(p)}`,
  'plan.progress.entry.invalid-value': (p) => `${entryZh(p)} 的 ${fieldZh(p)} 无效${valueZh(p)}`,
  'plan.progress.entry.evidence-url': (p) => `${entryZh(p)} 的佐证链接必须是 http 或 https 地址${valueZh(p)}`,
  'plan.progress.entry.unknown-item': (p) => `${entryZh(p)} 的事项“${s(p.itemId)}”不在计划中`,
  'plan.progress.entry.note-too-long': (p) => `${entryZh(p)} 的进展说明超过 ${s(p.max)} 个字`,
  'plan.progress.note-too-long': (p) => `进展说明最多 ${s(p.max)} 个字`,
  // The plan as a table (planTable, planToCsv) and as a calendar (planToIcs)
  'plan.table.column.number': () => '序号',
  'plan.table.column.task': () => '工作任务',
  'plan.table.column.units': () => '主体责任单位',
  'plan.table.column.requirements': () => '具体要求',
  'plan.table.column.deadline': () => '完成时限',
  'plan.table.column.status': () => '进展情况',
  'plan.item.status': (p) => itemStatusZh(p),
  'plan.item.deadline': (p) => itemDeadlineZh(p),
  'plan.ics.summary': (p) => `任务${s(p.itemId)} ${s(p.title)}`,
  'plan.ics.alarm': (p) => `${num(p.n) > 0 ? `${s(p.n)} 天后到期` : '今日到期'}：任务${s(p.itemId)} ${s(p.title)}`,
  'plan.ics.stamp-invalid': (p) => `时间戳“${s(p.value)}”不是 ISO 8601 时刻（例如 2026-11-29T08:00:00Z）`,
  'plan.ics.uid-domain-invalid': (p) => `UID 域名“${s(p.value)}”无效：应为如 gongkai.invalid 的域名`,
} satisfies Record<string, Template>;

export const en: Record<keyof typeof zhCN, Template> = {
  'plan.table.empty': () => 'The task table is empty',
  'plan.table.too-long': (p) => `The task table is too long (at most ${s(p.max)} characters)`,
  'plan.header.missing': (p) => `${atEn(p)}no header row (expected “${s(p.expected)}”); rows read as tasks`,
  'plan.row.no-cells': (p) => `${atEn(p)}“${s(p.text)}” is not a table row: each cell should start with a tab`,
  'plan.row.text-before-cells': (p) => `${atEn(p)}stray text “${s(p.text)}” before the cells: a row should start with a tab`,
  'plan.row.cell-count': (p) => `${atEn(p)}the row has ${s(p.found)} cells; expected ${s(p.expected)} (${s(p.names)})`,
  'plan.row.task-cell': (p) =>
    `${atEn(p)}“${s(p.text)}” is not a task number and title; expected “N．title”, or empty for a continuation row`,
  'plan.row.orphan-continuation': (p) => `${atEn(p)}a continuation row (empty task cell) with no task row above it`,
  'plan.task.number-sequence': (p) => `${atEn(p)}task number ${s(p.found)}; expected ${s(p.expected)}`,
  'plan.task.no-items': (p) => `Task ${s(p.number)} has no item rows`,
  'plan.tasks.empty': () => 'The table has no tasks',
  'plan.row.units-empty': (p) => `${atEn(p)}the responsible-units cell is empty`,
  'plan.row.requirements-empty': (p) => `${atEn(p)}the requirements cell is empty`,
  'plan.row.deadline-empty': (p) => `${atEn(p)}the deadline cell is empty; expected a deadline such as “end of September 2020”`,
  'plan.row.deadline-unparsed': (p) => `${atEn(p)}cannot read the deadline “${s(p.text)}”; expected a date such as “end of September 2020”`,
  'plan.row.deadline-not-date': (p) => `${atEn(p)}the deadline “${s(p.text)}” is not a date; no due date can be computed`,
  'plan.units.unresolved': (p) => `${atEn(p)}“${s(p.name)}” is not in the unit directory`,
  'plan.units.needs-choice': (p) => `${atEn(p)}“${s(p.text)}” names no department; choose the responsible units`,
  'plan.issuer.missing': (p) => `No issuing office found; expected a closing line such as ${s(p.expected)}`,
  'plan.issue-date.missing': () => 'No issue date found (the closing line “… issued on <date>”)',
  'plan.issue-date.invalid': (p) => `${atEn(p)}the issue date “${s(p.value)}” is not a real date`,
  'plan.year.missing': () => 'Cannot tell the plan year: give the issue date or the plan year',
  'plan.progress.unknown-item': (p) => `The progress log names item “${s(p.itemId)}”, which the plan does not have`,
  'plan.progress.evidence-url': () => 'An evidence link must be an http or https address',
  'plan.progress.status.not-started': () => PROGRESS_EN['not-started']!,
  'plan.progress.status.in-progress': () => PROGRESS_EN['in-progress']!,
  'plan.progress.status.blocked': () => PROGRESS_EN.blocked!,
  'plan.progress.status.done': () => PROGRESS_EN.done!,
  'plan.item-state.done-on-time': () => 'Done on time',
  'plan.item-state.done-late': (p) => (num(p.n) > 0 ? `Done ${s(p.n)} working day${num(p.n) === 1 ? '' : 's'} late` : 'Done late'),
  'plan.item-state.no-due-date': () => 'No due date',
  'plan.escalation.blue': () => 'Blue (on track)',
  'plan.escalation.yellow': () => 'Yellow (deadline near, or blocked)',
  'plan.escalation.red': () => 'Red (overdue)',
  'plan.rollup.share': (p) => `${s(p.done)} of ${s(p.items)} done`,
  'plan.json.invalid': (p) =>
    `The plan should be an object with title, issuer, issueDate, planYear and tasks${p.value ? `; got “${s(p.value)}”` : ''}`,
  'plan.json.missing': (p) => `The plan is missing its ${fieldEn(p)}`,
  'plan.json.invalid-value': (p) => `The plan's ${fieldEn(p)} is invalid${valueEn(p)}`,
  'plan.json.tasks-not-array': (p) => `The plan's tasks should be a list${valueEn(p)}`,
  'plan.task.not-object': (p) => `${taskEn(p)} should be an object${valueEn(p)}`,
  'plan.task.missing': (p) => `${taskEn(p)} is missing its ${fieldEn(p)}`,
  'plan.task.invalid-value': (p) => `${taskEn(p)}: the ${fieldEn(p)} is invalid${valueEn(p)}`,
  'plan.task.items-empty': (p) => `${taskEn(p)} has no item rows`,
  'plan.task.duplicate-number': (p) => `${taskEn(p)}: the number ${s(p.number)} is already used by task ${s(p.firstN)}`,
  'plan.item.not-object': (p) => `${taskEn(p)} should be an object${valueEn(p)}`,
  'plan.item.missing': (p) => `${taskEn(p)} is missing its ${fieldEn(p)}`,
  'plan.item.invalid-value': (p) => `${taskEn(p)}: the ${fieldEn(p)} is invalid${valueEn(p)}`,
  'plan.item.duplicate-id': (p) => `${taskEn(p)}: the id “${s(p.itemId)}” is already used by task ${s(p.firstN)}, row ${s(p.firstRow)}`,
  'plan.progress.not-array': (p) => `The progress log should be a list${valueEn(p)}`,
  'plan.progress.entry.not-object': (p) => `${entryEn(p)} should be an object${valueEn(p)}`,
  'plan.progress.entry.missing': (p) => `${entryEn(p)} is missing its ${fieldEn(p)}`,
  'plan.progress.entry.invalid-value': (p) => `${entryEn(p)}: the ${fieldEn(p)} is invalid${valueEn(p)}`,
  'plan.progress.entry.evidence-url': (p) => `${entryEn(p)}: an evidence link must be an http or https address${valueEn(p)}`,
  'plan.progress.entry.unknown-item': (p) => `${entryEn(p)} names item “${s(p.itemId)}”, which the plan does not have`,
  'plan.progress.entry.note-too-long': (p) => `${entryEn(p)}: the note is longer than ${s(p.max)} characters`,
  'plan.progress.note-too-long': (p) => `A progress note can have at most ${s(p.max)} characters`,
  'plan.table.column.number': () => 'No.',
  'plan.table.column.task': () => 'Task',
  'plan.table.column.units': () => 'Responsible units',
  'plan.table.column.requirements': () => 'Requirements',
  'plan.table.column.deadline': () => 'Deadline',
  'plan.table.column.status': () => 'Progress',
  'plan.item.status': (p) => itemStatusEn(p),
  'plan.item.deadline': (p) => itemDeadlineEn(p),
  'plan.ics.summary': (p) => `Task ${s(p.itemId)} ${s(p.title)}`,
  'plan.ics.alarm': (p) =>
    `${num(p.n) > 0 ? `Due in ${s(p.n)} ${plural(p.n, 'day', 'days')}` : 'Due today'}: task ${s(p.itemId)} ${s(p.title)}`,
  'plan.ics.stamp-invalid': (p) => `The time stamp “${s(p.value)}” is not an ISO 8601 instant (for example 2026-11-29T08:00:00Z)`,
  'plan.ics.uid-domain-invalid': (p) => `The UID domain “${s(p.value)}” is invalid: expected a domain name such as gongkai.invalid`,
};

/** This module's catalogue, for `lookup`. */
export const planMessages: MessageCatalogue = { 'zh-CN': zhCN, en };
