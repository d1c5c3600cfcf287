/** Messages of plans: plan-table import issues, progress, item states and escalation colours. */
import type { MessageCatalogue, Template } from './types.js';
import { num, s } from './types.js';

const at = (p: Record<string, unknown>) => (num(p.line) > 0 ? `第 ${s(p.line)} 行：` : '');
const atEn = (p: Record<string, unknown>) => (num(p.line) > 0 ? `Line ${s(p.line)}: ` : '');

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
  'plan.progress.status.not-started': () => '未开始',
  'plan.progress.status.in-progress': () => '推进中',
  'plan.progress.status.blocked': () => '受阻',
  'plan.progress.status.done': () => '已完成',
  // Item deadline states beyond the calendar's
  'plan.item-state.done-on-time': () => '按期完成',
  'plan.item-state.done-late': (p) => (num(p.n) > 0 ? `逾期 ${s(p.n)} 个工作日完成` : '逾期完成'),
  'plan.item-state.no-due-date': () => '无具体到期日',
  // Escalation colours
  'plan.escalation.blue': () => '蓝色（正常推进）',
  'plan.escalation.yellow': () => '黄色（临近期限或受阻）',
  'plan.escalation.red': () => '红色（已逾期）',
  'plan.rollup.share': (p) => `已完成 ${s(p.done)}/${s(p.items)}`,
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
  'plan.progress.status.not-started': () => 'Not started',
  'plan.progress.status.in-progress': () => 'In progress',
  'plan.progress.status.blocked': () => 'Blocked',
  'plan.progress.status.done': () => 'Done',
  'plan.item-state.done-on-time': () => 'Done on time',
  'plan.item-state.done-late': (p) => (num(p.n) > 0 ? `Done ${s(p.n)} working day${num(p.n) === 1 ? '' : 's'} late` : 'Done late'),
  'plan.item-state.no-due-date': () => 'No due date',
  'plan.escalation.blue': () => 'Blue (on track)',
  'plan.escalation.yellow': () => 'Yellow (deadline near, or blocked)',
  'plan.escalation.red': () => 'Red (overdue)',
  'plan.rollup.share': (p) => `${s(p.done)} of ${s(p.items)} done`,
};

/** This module's catalogue, for `lookup`. */
export const planMessages: MessageCatalogue = { 'zh-CN': zhCN, en };
